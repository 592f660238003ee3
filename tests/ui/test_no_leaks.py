"""After a day's GUI session, no PIN, name or key is left in QSettings, temp files or logs."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from salonvault.domain.roles import Role
from tests.support import NAMES, PINS
from tests.ui.support import sign_in, sign_in_as
from tests.ui.test_wizard import create_and_reach_kit, fill_to_unlock_page
from ui.i18n import Translations
from ui.operations import Operations
from ui.shell import ShellWindow
from ui.wizard.setup_wizard import SetupWizard


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def files_changed_since(folder: Path, start: float) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        try:
            if path.is_file() and path.stat().st_mtime >= start:
                found.append(path)
        except OSError:
            continue  # vanished or unreadable temp entries of other processes
    return found


def test_session_leaves_no_secrets_in_settings_temp_or_logs(
    qtbot: QtBot,
    shell: ShellWindow,
    isolated_qsettings: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    recovery_key_file: Path,
    tmp_path_factory: pytest.TempPathFactory,
    tmp_path: Path,
    translations: Translations,
    operations: Operations,
) -> None:
    caplog.set_level(logging.DEBUG)
    temp_root = Path(tempfile.gettempdir())
    start = min(p.stat().st_mtime for p in [isolated_qsettings.parent]) - 1
    # A whole set-up first: the wizard is where the new recovery key and owner PIN live.
    wizard = SetupWizard(tmp_path / "new-salon", translations, operations)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_to_unlock_page(qtbot, wizard)
    create_and_reach_kit(qtbot, wizard)
    new_key = wizard.kit_page.key_view.text()
    wizard.kit_page.print_kit(_pdf_printer(tmp_path / "printed-kit.pdf"))
    assert wizard.vault is not None
    wizard.vault.close()
    sign_in(qtbot, shell, NAMES[Role.TECHNICIAN], "583917")  # a wrong PIN too
    sign_in_as(qtbot, shell, Role.OWNER)
    assert shell.workspace is not None
    shell.workspace.show_page("settings")
    shell.switch_language("pl")
    shell.switch_user()
    sign_in_as(qtbot, shell, Role.RECEPTIONIST)
    shell.close()
    QSettings().sync()

    secrets = [*PINS.values(), "583917", "482913", *NAMES.values(), new_key]
    recovery_secret = next(
        line for line in recovery_key_file.read_text().splitlines() if line.startswith("AGE-")
    )
    secrets.append(recovery_secret)

    settings_files = list(isolated_qsettings.rglob("*"))
    assert any(p.is_file() for p in settings_files), "QSettings was written (geometry, language)"
    fixtures = tmp_path_factory.getbasetemp()  # the tests' own vaults and key files
    written = [p for p in files_changed_since(temp_root, start) if not p.is_relative_to(fixtures)]
    for path in [*settings_files, *written]:
        if not path.is_file() or path.suffix in {".db", ".db-wal", ".db-shm"}:
            continue
        content = path.read_bytes()
        for secret in secrets:
            for encoded in (secret.encode(), secret.encode("utf-16-le")):
                assert encoded not in content, f"{secret!r} found in {path}"
    out, err = capfd.readouterr()
    for secret in secrets:
        assert secret not in caplog.text
        assert secret not in out and secret not in err
