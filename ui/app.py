"""App wiring: choose the data folder, one instance per folder, translations, then either the
set-up wizard (no vault yet) or the vault opened and the shell on its lock screen.

Everything is built here and handed down; nothing runs at import time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from salonvault.domain.errors import (
    KeyUnavailable,
    SalonVaultError,
    VaultDamaged,
    VaultNotFound,
    WrongPassphrase,
)
from salonvault.resources import resource_path
from salonvault.services.vault import (
    Unlock,
    Vault,
    VaultPaths,
    needs_passphrase,
    open_vault,
    recovery_key_from_text,
)
from ui.error_text import error_text
from ui.file_check import FileCheck
from ui.i18n import Translations, start_language
from ui.key_messages import key_error_text
from ui.labels import fill
from ui.open_problem import OpenProblemDialog
from ui.operations import Operations
from ui.shell import ShellWindow
from ui.single_instance import SingleInstance
from ui.wizard.restore_dialog import RestoreFromBackupDialog

if TYPE_CHECKING:
    from ui.wizard.setup_wizard import SetupWizard


def parse_arguments(args: list[str]) -> argparse.Namespace:
    default_dir = platformdirs.user_data_dir("SalonVault", appauthor=False)
    parser = argparse.ArgumentParser(prog="salonvault", description="Open the SalonVault window.")
    parser.add_argument("--data-dir", default=default_dir)
    parser.add_argument(
        "--demo-info", metavar="FILE", help="JSON printed by `demo`; shows its PINs (demo only)"
    )
    parser.add_argument("--language", choices=["en", "vi", "pl", "zh_CN"])
    # For the packaging smoke test: report the first screen once it is up, then quit.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(args)


def create_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("SalonVault")
    app.setApplicationName("SalonVault")
    app.setApplicationDisplayName("SalonVault")
    app.setWindowIcon(QIcon(str(resource_path("icons", "salonvault.png"))))
    return app


def read_demo_pins(path: str | None) -> dict[str, str] | None:
    if not path:
        return None
    try:
        info = json.loads(Path(path).read_text(encoding="utf-8"))
        return {str(s["name"]): str(s["pin"]) for s in info["staff"]}
    except (OSError, ValueError, KeyError, TypeError):
        return None


class AppController:
    """Decides what the person sees first and keeps the top-level window alive."""

    def __init__(
        self,
        data_dir: Path,
        translations: Translations,
        operations: Operations,
        demo_pins: dict[str, str] | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.translations = translations
        self.operations = operations
        self.demo_pins = demo_pins
        self.window: QWidget | None = None
        self.shell: ShellWindow | None = None
        self._file_check: FileCheck | None = None

    def start(self) -> None:
        if VaultPaths(self.data_dir).exists():
            self._open_existing()
        else:
            # Only a new salon needs the wizard (and, through its kit page, printing and PDFium):
            # an existing one reaches its lock screen without loading them (issue 24, cold start).
            from ui.wizard.setup_wizard import SetupWizard  # noqa: PLC0415

            wizard = SetupWizard(self.data_dir, self.translations, self.operations)
            wizard.accepted.connect(lambda: self._wizard_done(wizard))
            wizard.rejected.connect(QApplication.quit)
            self.window = wizard
            wizard.show()

    def _wizard_done(self, wizard: SetupWizard) -> None:
        vault = wizard.vault
        assert vault is not None
        if not wizard.restored:  # a restored vault already has its kit (the key used to restore)
            vault.confirm_setup_kit()  # recorded in the vault; the key leaves memory here
        self.show_shell(vault)

    def _open_existing(self, retry_message: str = "") -> None:
        """Open the vault off the GUI thread (integrity checks, Argon2 for a passphrase)."""
        try:
            passphrase_mode = needs_passphrase(self.data_dir)
        except SalonVaultError as error:
            self._open_failed(error, False)
            return
        unlock = Unlock()
        if passphrase_mode:
            prompt = QApplication.translate("App", "Owner passphrase:")
            if retry_message:
                prompt = f"{retry_message}\n\n{prompt}"
            passphrase, ok = QInputDialog.getText(
                None, "SalonVault", prompt, QLineEdit.EchoMode.Password
            )
            if not ok:
                QApplication.quit()
                return
            unlock = Unlock(passphrase=passphrase)
        self._open_with(unlock, passphrase_mode)

    def _open_with(
        self, unlock: Unlock, passphrase_mode: bool, with_recovery_key: bool = False
    ) -> None:
        self._progress = QProgressDialog(
            QApplication.translate("App", "Opening the vault…"), "", 0, 0
        )
        self._progress.setCancelButton(None)
        self._progress.setMinimumDuration(300)
        data_dir = self.data_dir
        if with_recovery_key:
            self.operations.run(
                lambda: _open_and_renew(data_dir, unlock),
                self._opened_with_recovery_key,
                lambda error: self._open_failed(error, passphrase_mode),
            )
            return
        self.operations.run(
            lambda: open_vault(data_dir, unlock, full_check=False),
            self._opened,
            lambda error: self._open_failed(error, passphrase_mode),
        )

    def _opened(self, vault: Vault) -> None:
        self._progress.close()
        self.show_shell(vault)
        self._file_check = check = FileCheck(vault)  # every page, while the lock screen waits
        check.damaged.connect(lambda problem: self._check_found(vault, problem))
        if self.shell is None:
            check.start()
            return
        self.shell.person_waiting.connect(  # it yields while someone waits for the window
            lambda waits: check.pause() if waits else check.resume()
        )
        check.start_after_paint(self.shell.lock_screen)  # not in the lock screen's way

    def _opened_with_recovery_key(self, opened: tuple[Vault, bool, str]) -> None:
        """Opened with the recovery key, and this PC given a new key where it had lost its own
        (on the worker, see _open_and_renew): say which."""
        vault, renewed, problem = opened
        self._opened(vault)
        if renewed:
            text = QApplication.translate(
                "App",
                "This PC had lost its key to the vault. It has a new one now: SalonVault"
                " opens here by itself again. Put the Recovery Kit back in the safe.",
            )
        elif problem:
            text = fill(
                QApplication.translate(
                    "App",
                    "The vault is open, but this PC could not keep a new key for it (%1). Next"
                    " time it asks for the recovery key again.",
                ),
                problem,
            )
        else:
            return
        QMessageBox.information(self.shell, "SalonVault", text)

    def stop_file_check(self) -> bool:
        """False when the check could not be stopped in time (see FileCheck.stop)."""
        return self._file_check is None or self._file_check.stop()

    def _check_found(self, vault: Vault, problem: str) -> None:
        """Damage in the vault the check read; not acted on once a restore replaced it (the
        restore checked the vault it put in place)."""
        if self.shell is None or self.shell.vault is vault:
            self._file_damaged(problem)

    def _file_damaged(self, problem: str) -> None:
        """The check found damage after the window opened: close the vault, then the same
        choices as for a vault that does not open."""
        shell, self.shell = self.shell, None
        if shell is not None:
            shell.vault.close()
            shell.hide()
            shell.deleteLater()
        self._open_failed(VaultDamaged(problem), False)

    def _open_failed(self, error: Exception, passphrase_mode: bool) -> None:
        if hasattr(self, "_progress"):
            self._progress.close()
        if passphrase_mode and isinstance(error, WrongPassphrase):
            self._open_existing(QApplication.translate("App", "Wrong passphrase; try again."))
        elif isinstance(error, (VaultDamaged, KeyUnavailable, VaultNotFound)):
            self._offer_ways_back(key_error_text(error), isinstance(error, KeyUnavailable))
        elif isinstance(error, SalonVaultError):
            self._fatal(error_text(error))
        else:
            self._fatal(
                fill(QApplication.translate("App", "The vault could not be opened: %1"), error)
            )

    def _offer_ways_back(self, message: str, offer_recovery_key: bool) -> None:
        """A vault that does not open: the recovery key, a restore, or quit (never a new
        vault in its place, and never the damaged one used)."""
        dialog = OpenProblemDialog(message, offer_recovery_key)
        dialog.finished.connect(lambda code: self._way_back_chosen(code, dialog))
        self.window = dialog
        dialog.show()

    def _way_back_chosen(self, code: int, dialog: OpenProblemDialog) -> None:
        dialog.deleteLater()
        if code == OpenProblemDialog.USE_RECOVERY_KEY:
            self._open_with_recovery_key(dialog.message.text())
        elif code == OpenProblemDialog.RESTORE:
            self._restore_over(dialog.message.text(), dialog.offer_recovery_key)
        else:
            QApplication.quit()

    def _open_with_recovery_key(self, message: str) -> None:
        text, ok = QInputDialog.getMultiLineText(
            None,
            "SalonVault",
            QApplication.translate(
                "App", "Type or paste the recovery key from the Recovery Kit (AGE-SECRET-KEY-1…):"
            ),
        )
        if not ok:
            self._offer_ways_back(message, True)
            return
        try:
            key = recovery_key_from_text(text)
        except SalonVaultError as error:
            self._offer_ways_back(error_text(error), True)
            return
        self._open_with(Unlock(recovery_key=key), False, with_recovery_key=True)

    def _restore_over(self, message: str, offer_recovery_key: bool) -> None:
        dialog = RestoreFromBackupDialog(self.data_dir, self.operations, replace_unopenable=True)
        dialog.accepted.connect(lambda: self._restored(dialog))
        dialog.rejected.connect(lambda: self._offer_ways_back(message, offer_recovery_key))
        self.window = dialog
        dialog.show()

    def _restored(self, dialog: RestoreFromBackupDialog) -> None:
        vault = dialog.vault
        assert vault is not None
        self.show_shell(vault)

    def show_shell(self, vault: Vault) -> None:
        demo_pins = self.demo_pins if vault.settings.is_demo() else None
        old = self.shell
        self.shell = ShellWindow(vault, self.translations, self.operations, demo_pins)
        self.shell.vault_replaced.connect(self.show_shell)
        self.window = self.shell
        if old is not None:  # a restore: the old window's vault is already closed
            old.hide()
            old.deleteLater()
            if self._file_check is not None:  # it read the old vault: nothing more to say
                self._file_check.stop(wait_s=0)
        self.shell.show()
        self.shell.screen_lock.watch_window(int(self.shell.winId()))

    def bring_forward(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def _fatal(self, message: str) -> None:
        QMessageBox.critical(None, "SalonVault", message)
        QApplication.quit()


def run_gui(args: list[str]) -> int:
    options = parse_arguments(args)
    app = create_application()
    translations = Translations(app)
    translations.switch(start_language(options.language))
    data_dir = Path(options.data_dir)
    instance = SingleInstance(data_dir, app)
    if not instance.claim():
        print("SalonVault is already open for this data folder; it was brought forward.")
        return 0
    operations = Operations(app)
    controller = AppController(
        data_dir, translations, operations, read_demo_pins(options.demo_info)
    )
    instance.raise_requested.connect(controller.bring_forward)
    controller.start()
    if options.smoke_test:
        _report_first_screen(controller)
    code = app.exec()
    operations.wait()
    stopped = controller.stop_file_check()  # never exit with SQLite still reading on that thread
    if controller.shell is not None:
        controller.shell.vault.close()
    if not stopped:
        leave_now(code)
    return code


def leave_now(code: int) -> None:
    """Exit without the C libraries' exit handlers: SQLCipher's and OpenSSL's clean-up crashes
    under a whole-file check still running on its thread, which nothing can interrupt (see
    FileCheck.stop). Everything is written by now: the vault is closed (that check only
    reads), and the settings and output are flushed here."""
    QSettings().sync()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _report_first_screen(controller: AppController, limit_ms: int = 60_000) -> None:
    """Print which screen came up (the lock screen, or the set-up wizard) and quit; exit code 3
    if none did within the limit. Used by packaging/smoke_test.py on the frozen build."""
    timer = QTimer(QApplication.instance())
    waited = [0]

    def check() -> None:
        shell = controller.shell
        if shell is not None and shell.isVisible() and shell.lock_screen.isVisible():
            print("smoke-test: lock screen shown", flush=True)
            QApplication.exit(0)
        elif shell is None and controller.window is not None and controller.window.isVisible():
            window = controller.window
            # Its title too: an installation that lost its translations shows English here.
            print(f"smoke-test: {type(window).__name__} shown: {window.windowTitle()}", flush=True)
            QApplication.exit(0)
        waited[0] += timer.interval()
        if waited[0] > limit_ms:
            print("smoke-test: no screen came up", flush=True)
            QApplication.exit(3)

    timer.timeout.connect(check)
    timer.start(100)


def _open_and_renew(data_dir: Path, unlock: Unlock) -> tuple[Vault, bool, str]:
    """Open with the recovery key, then give this PC a new device key if it lost its own, so
    tomorrow's start needs no recovery key. The key store's failure never stops the opening: it
    comes back as words to show."""
    vault = open_vault(data_dir, unlock, full_check=False)
    try:
        return vault, vault.keys.renew_device_key_after_recovery(), ""
    except SalonVaultError as error:
        return vault, False, error_text(error)
    except Exception as error:  # a key store's own error types: open anyway
        return vault, False, type(error).__name__
