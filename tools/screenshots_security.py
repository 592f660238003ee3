"""Settings → Security screenshots for tools.screenshots (issue 20, decision 0036): the recovery
slot missing, reached from the dashboard's warning (Vietnamese), and the three key boxes after
the slot was made again, the recovery key replaced and the vault re-keyed (Polish), on salons
made the way real ones are.

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots security
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from salonvault.services.vault import SalonDetails, create_vault, recovery_key_from_file
from tools.screenshots_settings import PIN, SALONS
from ui.app import AppController
from ui.i18n import Translations
from ui.operations import Operations
from ui.pages.dashboard_page import DashboardPage
from ui.pages.settings_page import SettingsPage
from ui.shell import ShellWindow


def security_shots(
    root: Path,
    translations: Translations,
    operations: Operations,
    grab: Callable[[QWidget, str], None],
    settle: Callable[[int], None],
) -> None:
    for lang in ("vi", "pl"):
        salon, owner = SALONS[lang]
        key_file = _salon_without_recovery_slot(root / f"security-{lang}", salon, owner)
        translations.switch(lang)
        controller = AppController(key_file.parent / "salon", translations, operations)
        controller.start()  # opens the vault off the GUI thread
        for _ in range(200):
            settle(50)
            if controller.shell is not None:
                break
        shell = controller.shell
        assert shell is not None
        shell.move(0, 0)
        shell.resize(1100, 700)
        _sign_in(shell, owner, settle)
        assert shell.workspace is not None
        dashboard = shell.workspace.pages.currentWidget()
        assert isinstance(dashboard, DashboardPage)
        dashboard.key_warning.open_button.click()  # the warning leads to the slot's button
        page = shell.workspace.pages.currentWidget()
        assert isinstance(page, SettingsPage)
        if lang == "vi":
            grab(shell, "security-slot-missing-vi")
        else:
            _make_replace_rekey(shell, page, key_file, settle)
            grab(shell, "security-done-pl")
        shell.switch_user()
        shell.vault.close()
        shell.hide()


def _salon_without_recovery_slot(folder: Path, salon: SalonDetails, owner: str) -> Path:
    """A new salon whose slot file lost its recovery slot (both generations); its key file."""
    folder.mkdir()
    key_file = folder / "recovery-key.txt"
    create_vault(folder / "salon", salon, owner, PIN, key_file).close()
    slot_file = folder / "salon" / "keyslots.json"
    for generation in (slot_file, slot_file.with_name("keyslots.json.prev")):
        if generation.exists():
            document = json.loads(generation.read_text())
            document["slots"] = [s for s in document["slots"] if s["kind"] != "recovery"]
            generation.write_text(json.dumps(document))
    return key_file


def _sign_in(shell: ShellWindow, owner: str, settle: Callable[[int], None]) -> None:
    shell.lock_screen.select(owner)
    shell.lock_screen.sign_in_requested.emit(owner, PIN)
    for _ in range(100):
        settle(50)
        if shell.session is not None:
            break


def _make_replace_rekey(
    shell: ShellWindow, page: SettingsPage, key_file: Path, settle: Callable[[int], None]
) -> None:
    """What the three boxes do after their questions are answered Yes."""
    session, slot_box = shell.session, page.recovery_slot_box
    replace_box, rekey_box = page.replace_key_box, page.rekey_box
    assert session is not None and slot_box is not None
    assert replace_box is not None and rekey_box is not None
    shell.vault.keys.add_recovery_slot(session, recovery_key_from_file(key_file))
    slot_box.refresh()
    replace_box.replace()
    for _ in range(200):
        settle(50)
        if replace_box.kit_dialog is not None:
            break
    if replace_box.kit_dialog is not None:
        replace_box.kit_dialog.reject()
    rekey_box.rekey()
    for _ in range(400):
        settle(50)
        if rekey_box.outcome is not None:
            break
