"""In Vietnamese, Polish and Chinese the window says the core's errors through its own entries
(ui/error_text, decision 0032): a bad phone, a wrong PIN, a refused action, an import row's
reason and a backup to a read-only folder.

The real translations come after merging, so each language here is a tiny .ts compiled with
lrelease whose every translation is marked "[vi] …": the text shown can only have come through
the entry's tr() string, looked up in that language, with the error's parameters filled in."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from salonvault.domain.errors import (
    BackupNotWritten,
    FileProblem,
    PermissionDenied,
    SalonVaultError,
    ValidationError,
    WrongPin,
)
from salonvault.domain.roles import Permission, Role
from salonvault.services.clients.fields import parse_phone
from salonvault.services.imports.rows import parse_date
from ui.error_text import error_text, reason_text

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("vi", "pl", "zh_CN")
PLURAL_FORMS = {"vi": 1, "pl": 3, "zh_CN": 1}

# (context, source, plural) of each entry the five errors go through.
ENTRIES = [
    (
        "ClientsErrors",
        "That phone number is not valid (numbers without a country code are read as "
        "%1; add +48, +84, +86 … for others).",
        False,
    ),
    ("AuthErrors", "Wrong PIN. %n more wrong tries will disable this account.", True),
    ("AccessErrors", "A %1 may not %2.", False),
    ("Labels", "Receptionist", False),
    ("Permissions", "export records", False),
    ("ImportsErrors", 'The %1 "%2" is not a real date.', False),
    ("FileProblem", "SalonVault may not write to %2: the drive is read-only", False),
    ("FileProblem", "%1; %2.", False),
    ("FileProblem", "earlier backups were not touched", False),
]


def _entry_sources() -> set[tuple[str, str]]:
    """Every (context, source) the window's entries hold, read from their code."""
    found = set()
    for path in [
        *sorted((ROOT / "ui" / "error_text").glob("*.py")),
        ROOT / "ui" / "file_messages.py",
    ]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for call in ast.walk(node):
                    if (
                        isinstance(call, ast.Call)
                        and ast.unparse(call.func) == "self.tr"
                        and isinstance(call.args[0], ast.Constant)
                    ):
                        found.add((node.name, str(call.args[0].value)))
            if isinstance(node, ast.Call) and ast.unparse(node.func) == (
                "QCoreApplication.translate"
            ):
                context, source = node.args[0], node.args[1]
                if isinstance(context, ast.Constant) and isinstance(source, ast.Constant):
                    found.add((str(context.value), str(source.value)))
    return found


def _ts(language: str) -> str:
    contexts: dict[str, list[str]] = {}
    for context, source, plural in ENTRIES:
        marked = escape(f"[{language}] {source}")
        if plural:
            forms = "".join(
                f"<numerusform>{marked}</numerusform>" for _ in range(PLURAL_FORMS[language])
            )
            line = f'<message numerus="yes"><source>{escape(source)}</source>'
            line += f"<translation>{forms}</translation></message>"
        else:
            line = f"<message><source>{escape(source)}</source>"
            line += f"<translation>{marked}</translation></message>"
        contexts.setdefault(context, []).append(line)
    body = "".join(
        f"<context><name>{name}</name>{''.join(lines)}</context>"
        for name, lines in contexts.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">{body}</TS>\n'
    )


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    if not Path(found).exists():
        pytest.fail("pyside6-lrelease is part of PySide6 and should be here")
    return found


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    code = str(request.param)
    ts, qm = tmp_path / f"test_{code}.ts", tmp_path / f"test_{code}.qm"
    ts.write_text(_ts(code), encoding="utf-8")
    subprocess.run([_lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield code
    finally:
        QCoreApplication.removeTranslator(translator)


def _raised(call: object) -> SalonVaultError:
    try:
        call()  # type: ignore[operator]
    except SalonVaultError as error:
        return error
    raise AssertionError("nothing was refused")


def test_the_tiny_translations_are_the_entries_the_window_really_has() -> None:
    held = _entry_sources()
    assert [
        (c, s) for c, s, _p in ENTRIES if (c, s) not in held and c not in {"Labels", "Permissions"}
    ] == []


def test_a_bad_phone_is_said_in_the_language(language: str) -> None:
    error = _raised(lambda: parse_phone("12", "VN"))
    assert isinstance(error, ValidationError) and error.key.startswith("clients.phone_number")
    assert error_text(error) == (
        f"[{language}] That phone number is not valid (numbers without a country code are read"
        " as VN; add +48, +84, +86 … for others)."
    )
    assert str(error).startswith("That phone number")  # the CLI's English is unchanged


def test_a_wrong_pin_is_said_in_the_language_with_its_count(language: str) -> None:
    assert error_text(WrongPin(2)) == (
        f"[{language}] Wrong PIN. 2 more wrong tries will disable this account."
    )


def test_a_refusal_names_the_role_and_the_action_in_the_language(language: str) -> None:
    error = PermissionDenied(Permission.EXPORT.value, Role.RECEPTIONIST.value)
    assert str(error) == "A receptionist may not export records."
    assert error_text(error) == (
        f"[{language}] A [{language}] Receptionist may not [{language}] export records."
    )


def test_an_import_row_reason_is_said_in_the_language(language: str) -> None:
    error = _raised(lambda: parse_date("31.02.1990", True, "birth date", "birth_date"))
    assert isinstance(error, ValidationError)
    reason = error.message  # what a preview row carries
    assert reason_text(reason) == f'[{language}] The birth date "31.02.1990" is not a real date.'


def test_a_backup_to_a_read_only_folder_is_said_in_the_language(
    language: str, tmp_path: Path
) -> None:
    error = BackupNotWritten(FileProblem.READ_ONLY, tmp_path / "backup.svbak")
    assert error_text(error) == (
        f"[{language}] [{language}] SalonVault may not write to {tmp_path}: the drive is"
        f" read-only; [{language}] earlier backups were not touched."
    )


@pytest.mark.parametrize(
    ("field", "words"), [("birth_date", "birth date"), ("last_visit", "last visit")]
)
def test_an_import_date_reason_names_its_field_in_the_language(
    qapp: QApplication, field: str, words: str
) -> None:
    """The field was an English fragment ("birth date") inside the translated sentence."""
    from datetime import date

    from salonvault.domain.imports import ImportField
    from salonvault.services.imports.rows import RowContext, parse_row
    from tests.ui.pseudo_locale import PseudoTranslator, pseudo

    context = RowContext((ImportField(field),), 1, True, (True,), date(2026, 1, 1))
    error = _raised(lambda: parse_row(["31.02.1990"], context))
    assert isinstance(error, ValidationError) and words in str(error)  # the CLI's English
    translator = PseudoTranslator(qapp)
    QCoreApplication.installTranslator(translator)
    try:
        said = reason_text(error.message)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert pseudo(words) in said and f"{words} " not in said.replace(pseudo(words), "")
