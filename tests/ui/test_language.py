"""Switching the language changes visible text at once, without a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from salonvault.domain.roles import Role
from tests.ui.support import sign_in_as
from ui.i18n import LANGUAGE_KEY, LANGUAGES, Translations, translations_dir
from ui.shell import ShellWindow


def test_every_language_has_a_compiled_translation() -> None:
    for code in LANGUAGES:
        assert (translations_dir() / f"salonvault_{code}.qm").is_file(), code


def test_language_switch_in_settings_changes_visible_text(
    qtbot: QtBot, shell: ShellWindow, translations: Translations
) -> None:
    sign_in_as(qtbot, shell, Role.OWNER)
    workspace = shell.workspace
    assert workspace is not None
    assert workspace.nav.item(0).text() == "Dashboard"
    workspace.show_page("settings")
    page = workspace.pages.currentWidget()
    combo = page.language  # type: ignore[attr-defined]

    def choose(language: str, dashboard: str) -> None:
        combo.setCurrentIndex(list(LANGUAGES).index(language))
        assert translations.language == language
        # Qt delivers LanguageChange as posted events: wait for the widgets to retranslate.
        qtbot.waitUntil(lambda: workspace.nav.item(0).text() == dashboard, timeout=3000)

    choose("vi", "Tổng quan")
    assert "Đổi người dùng" in shell.switch_button.text()
    assert QSettings().value(LANGUAGE_KEY) == "vi"
    choose("zh_CN", "概览")
    choose("pl", "Pulpit")
    assert "Zmień użytkownika" in shell.switch_button.text()
    choose("en", "Dashboard")


@pytest.mark.parametrize(
    ("language", "cancel"), [("vi", "Hủy"), ("pl", "Anuluj"), ("zh_CN", "取消")]
)
def test_standard_buttons_follow_the_language(
    qtbot: QtBot, translations: Translations, language: str, cancel: str
) -> None:
    """Qt's own buttons come from qtbase_*.qm (ours for Vietnamese, which Qt lacks)."""
    translations.switch(language)
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == cancel


def test_plural_forms_and_long_waits_in_minutes(
    qtbot: QtBot, shell: ShellWindow, translations: Translations
) -> None:
    from salonvault.domain.errors import SignInDelayed, WrongPin

    text = shell.lock_screen.refusal_text
    assert "1 more wrong try " in text(WrongPin(1))
    assert "9 more wrong tries " in text(WrongPin(9))
    assert "in 30 seconds" in text(SignInDelayed(30))
    assert "in 30 minutes" in text(SignInDelayed(1800))
    assert "in 2 minutes" in text(SignInDelayed(120))
    assert "in 3 minutes" in text(SignInDelayed(121))  # rounded up, never too early
    translations.switch("pl")
    assert "za 2 minuty" in text(SignInDelayed(120))
    assert "za 5 minut" in text(SignInDelayed(300))
    assert "za 1 sekundę" in text(SignInDelayed(1))


def test_the_backup_reminder_follows_the_language_and_stays_off_the_lock_screen(
    qtbot: QtBot, shell: ShellWindow, translations: Translations
) -> None:
    sign_in_as(qtbot, shell, Role.RECEPTIONIST)
    assert shell.backup_reminder.isVisible()
    assert shell.backup_reminder.text().startswith("No verified backup yet")
    translations.switch("pl")
    qtbot.waitUntil(
        lambda: not shell.backup_reminder.text().startswith("No verified"), timeout=3000
    )
    assert shell.backup_reminder.isVisible() and shell.backup_reminder.text()
    shell.switch_user()
    translations.switch("en")
    qtbot.waitUntil(lambda: "Switch" in shell.switch_button.text(), timeout=3000)
    assert not shell.backup_reminder.isVisible()


def test_a_missing_translation_is_said_not_silently_english(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installation without its .qm files fails loudly (issue 18 item 14)."""
    from ui import i18n

    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    with pytest.raises(FileNotFoundError, match=r"salonvault_vi\.qm is missing"):
        i18n.Translations(qapp).switch("vi")


@pytest.mark.parametrize("language", ["pl", "vi", "zh_CN"])
def test_each_page_is_called_what_its_navigation_entry_says(
    qtbot: QtBot, shell: ShellWindow, translations: Translations, language: str
) -> None:
    """Issue 18 item 6: "Prywatność" opened "Obowiązki RODO"."""
    sign_in_as(qtbot, shell, Role.OWNER)
    workspace = shell.workspace
    assert workspace is not None
    for key in workspace.nav_keys()[:3]:  # built in English, the others in the new language
        workspace.page(key)
    translations.switch(language)
    qtbot.waitUntil(lambda: workspace.nav.item(0).text() != "Dashboard", timeout=3000)
    titled = 0
    for row, entry in enumerate(workspace.entries):
        page = workspace.page(entry.key)
        heading = getattr(page, "heading", None)
        if heading is None:
            assert entry.key == "clients"  # the list's search box is its first line
            continue
        assert heading.text() == workspace.nav.item(row).text(), entry.key
        titled += 1
    assert titled == len(workspace.entries) - 1


def test_no_translate_call_hides_from_lupdate() -> None:
    """lupdate finds `tr(…)` and `QCoreApplication.translate(…)` by those names: through an
    alias (`t = QCoreApplication.translate`), the import wizard's field names never reached the
    .ts files and showed in English in every language."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "ui"
    aliases = [
        f"{path.relative_to(root)}:{node.lineno}"
        for path in sorted(root.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "translate"
    ]
    assert aliases == []
