"""The activity log in words (issue 18 item 6): every action and every detail the core logs has
words, in the window and in the log's CSV; the log page's count and integrity line follow a
language switch."""

from __future__ import annotations

import ast
import csv
import io
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditEntry, Outcome
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import WrongPin
from salonvault.domain.messages import CATALOGUE
from salonvault.domain.roles import Role
from tests.support import NAMES, Team
from tests.ui.support import sign_in_as
from ui.audit_details import AuditDetails
from ui.audit_words import AuditWords
from ui.i18n import Translations
from ui.pages.activity_page import DETAILS, WHAT, ActivityPage
from ui.shell import ShellWindow

CORE = Path(__file__).resolve().parents[2] / "salonvault"
_ACTION = re.compile(r"[a-z_]+\.[a-z_]+")
# Actions named by a pattern in the core, and every value the pattern takes there.
DYNAMIC_ACTIONS = {"backup.{}": ("backup", "verify", "drill")}
# Namespaces of actions logged without an AuditEvent("…") literal (the export's own helper).
EXTRA_NAMESPACES = {"export"}
_DETAIL_KEY = re.compile(r"(?:^|\s)([a-z_]+)=")


def _strings(path: Path) -> list[tuple[str, bool]]:
    """Every string in a module, f-strings with {} for their fields (True)."""
    found: list[tuple[str, bool]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((node.value, False))
        elif isinstance(node, ast.JoinedStr):
            parts = (v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            found.append(("".join(str(p) for p in parts), True))
    return found


def logged_actions() -> set[str]:
    """The actions the core writes to the log: AuditEvent's literal first arguments give the
    namespaces; every service string in those namespaces is an action."""
    literal: set[str] = {"sign_in"}
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "AuditEvent"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                literal.add(str(node.args[0].value))
    namespaces = {a.split(".")[0] for a in literal if "." in a} | EXTRA_NAMESPACES
    actions = set(literal)
    for path in (CORE / "services").rglob("*.py"):
        for text, is_f in _strings(path):
            if text.split(".")[0] not in namespaces:
                continue
            if is_f and re.fullmatch(r"[a-z_]+\.\{\}", text):
                assert text in DYNAMIC_ACTIONS, f"{path}: a new pattern of actions: {text}"
                actions |= {text.replace("{}", value) for value in DYNAMIC_ACTIONS[text]}
            elif not is_f and _ACTION.fullmatch(text) and text not in CATALOGUE:
                actions.add(text)  # error keys (the message catalogue) are not actions
    return actions


def logged_detail_keys() -> set[str]:
    keys: set[str] = set()
    for path in [*(CORE / "services").rglob("*.py"), CORE / "storage" / "merge_repo.py"]:
        for text, _is_f in _strings(path):
            if "\n" not in text and len(text) < 140:
                keys |= set(_DETAIL_KEY.findall(text))
    return keys


def test_every_action_the_core_logs_has_words_and_no_two_share_them(qapp: object) -> None:
    words = AuditWords()
    actions = logged_actions()
    assert {"client.open", "consent.purpose", "service.reorder", "visit.open"} <= actions
    assert {"formula.repeat", "backup.drill", "export.activity", "staff.locked_out"} <= actions
    missing = sorted(a for a in actions if words.action_name(a) == a)
    assert missing == []
    by_words: dict[str, list[str]] = {}
    for action in actions:
        by_words.setdefault(words.action_name(action), []).append(action)
    assert [a for a in by_words.values() if len(a) > 1] == []


def test_every_detail_key_the_core_logs_has_words(qapp: object) -> None:
    known = AuditDetails().known_keys()
    assert sorted(logged_detail_keys() - known) == []


@pytest.mark.parametrize(
    ("detail", "expected"),
    [
        ("reason=wrong_pin failures=3", "wrong PIN · wrong tries in a row: 3"),
        ("form=6 use=save", "signed form 6 · saved to a file"),
        ("blank=photos use=print", "blank form: Before/after photos · printed"),
        ("purpose=photos enabled=0", "Before/after photos · switched off"),
        ("fields=family_name,phone_masked,alerts", "family name, phone (masked), alerts"),
        ("reason=idle", "locked after being idle"),
        ("permission=EXPORT", "not allowed: export records"),
        ("visit=12 locked", "visit 12 · the time to change it had passed"),
        (
            "file=salon.svbak created_at=2026-11-22T09:00:00+00:00 by=recovery key",
            "file salon.svbak · made {} · with the recovery key",
        ),
        ("field=phone_region", "country of local phone numbers"),
        (
            "slots=device,recovery pages=120 kept=1",
            "this computer's key, the recovery key · pages encrypted again: 120"
            " · device keys kept for another folder: 1",
        ),
    ],
)
def test_details_read_as_words(qapp: object, detail: str, expected: str) -> None:
    """Each piece in words, and no code left over (no `=`, no `_`)."""
    from datetime import UTC, datetime

    from ui.labels import local_time

    made = local_time(datetime(2026, 11, 22, 9, 0, tzinfo=UTC))
    words = AuditDetails().words(detail)
    assert words == expected.replace("{}", made)
    assert "=" not in words and "_" not in words


def test_the_log_in_words_on_the_page_and_in_its_csv(
    qtbot: QtBot,
    shell: ShellWindow,
    team: Team,
    tmp_path: Path,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = shell.vault
    with pytest.raises(WrongPin):
        vault.auth.sign_in(NAMES[Role.RECEPTIONIST], "135790")
    client = vault.clients.create(team.owner, ClientInput("Nowak", "Ewa")).id
    vault.clients.open(team.owner, client)
    vault.consent.form_for(team.owner, client, "photos", "print")
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None
    shell.workspace.show_page("activity")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ActivityPage)
    shown = {
        page.table.item(row, WHAT).text(): page.table.item(row, DETAILS).text()
        for row in range(page.table.rowCount())
    }
    assert shown["Signed in (failed)"] == "wrong PIN · wrong tries in a row: 1"
    assert shown["Printed a consent form"] == "blank form: Before/after photos · printed"
    assert "Opened the card" in shown
    assert not [d for d in shown.values() if "=" in d]

    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.StandardButton.Ok)
    written = page.export_to(tmp_path / "log.csv", encrypted=False)
    assert written is not None
    rows = list(csv.reader(io.StringIO(written.read_text(encoding="utf-8-sig")), delimiter=","))
    assert rows[0][-2:] == ["What", "Details"] and rows[0][5] == "action"
    by_action = {(row[5], row[8]): row for row in rows[1:]}
    assert by_action["sign_in", "failed"][-2:] == [
        "Signed in (failed)",
        "wrong PIN · wrong tries in a row: 1",
    ]
    assert by_action["consent.form", "ok"][-1] == "blank form: Before/after photos · printed"


def test_the_count_and_the_integrity_line_follow_a_language_switch(
    qtbot: QtBot, shell: ShellWindow, translations: Translations
) -> None:
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None
    shell.workspace.show_page("activity")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ActivityPage)
    page.verify()
    english_verdict, english_count = page.verdict.text(), page.count.text()
    assert english_verdict.startswith("The activity log is intact")
    translations.switch("pl")
    qtbot.waitUntil(lambda: page.verdict.text() != english_verdict, timeout=3000)
    assert page.count.text() != english_count
    assert not page.verdict.text().startswith("The activity log")


def test_photos_opened_are_named_and_photos_listed_are_counted(qapp: object) -> None:
    details = AuditDetails()
    assert details.words("photos=5 card=yes", "photo.view") == "photos 5 · the card's photo"
    assert details.words("photos=3,4", "photo.view") == "photos 3, 4"
    assert details.words("photos=5", "photo.list") == "photos: 5"


def test_entries_of_every_outcome_read_as_words(qapp: object) -> None:
    from datetime import UTC, datetime

    words = AuditWords()
    entry = AuditEntry(
        seq=1,
        at=datetime(2026, 11, 22, tzinfo=UTC),
        staff_id=None,
        role=None,
        workstation="PC",
        action="consent.purpose",
        object_type=None,
        object_id=None,
        outcome=Outcome.OK,
        detail="purpose=marketing_sms enabled=1",
    )
    assert words.action(entry) == "Switched a consent purpose on or off"
    assert words.details(entry.detail) == "Marketing by SMS · switched on"
