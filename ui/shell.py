"""The main window: the lock screen until someone signs in, then their workspace.

Sign-in runs off the GUI thread (Argon2 takes a noticeable fraction of a second). Locking, for
whatever reason, ends the session in the services, closes dialogs, and throws the workspace
away, so nothing of the last person's screen remains. Only a form being typed survives, as plain
values in memory, for the same person alone (ui/drafts.py, decision 0046).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from salonvault.domain.briefing import BriefingDue
from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError, SessionExpired
from salonvault.domain.roles import Permission, Role, role_allows
from salonvault.domain.session import Session
from salonvault.services.backups import BackupStatus
from salonvault.services.vault import RestoreOutcome, RestoreUndone, Vault
from ui.backup_tasks import SURVIVES_LOCK, BackupTasks
from ui.changes import ChangeFollower
from ui.drafts import LOCKS_THAT_KEEP_DRAFTS, Draft, DraftKeeper
from ui.i18n import Translations, remember_language
from ui.idle import IdleWatcher
from ui.labels import fill, role_label
from ui.lock_now import LockKeyInDialogs
from ui.lock_screen import LockScreen
from ui.operations import Operations
from ui.os_lock import ScreenLockMonitor
from ui.pages.backup_actions import BackupActions, reminder_text
from ui.palette import colours, text_style

if TYPE_CHECKING:
    from ui.briefing_page import BriefingPage
    from ui.dialogs.owner_recovery_dialog import OwnerRecoveryDialog
    from ui.workspace import Workspace

GEOMETRY_KEY = "ui/geometry"


class ShellWindow(QMainWindow):
    vault_replaced = Signal(object)  # a restore put another Vault in place: rebuild the window
    briefing_page: BriefingPage | None = None  # after the PIN, when the briefing is due
    # True from a PIN entered until the workspace shows its first page read (or the PIN is
    # refused): background work (the whole-file check) yields meanwhile.
    person_waiting = Signal(bool)
    _person_waits = False  # what it said last

    def __init__(
        self,
        vault: Vault,
        translations: Translations,
        operations: Operations,
        demo_pins: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shell")
        self.vault = vault
        self._translations = translations
        self._operations = operations
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self._lock_reason = ""
        self._pending_sign_in = False  # a sign-in is running on the worker thread
        self._discard_pending = False  # … and was overtaken by a lock: end it when it lands
        self._salon_name = vault.settings.salon_name()  # read once: retranslating needs no SQL
        self._closing_checked = False  # the closing-time backup was offered (or done)
        self._retired = False  # a restore replaced this window's vault
        self._close_after_backup = False
        self._backup_status: BackupStatus | None = None  # for the status-bar reminder

        self.stack = QStackedWidget(self)
        self.lock_screen = LockScreen(self._salon_name, vault.staff.sign_in_list(), demo_pins, self)
        self.lock_screen.sign_in_requested.connect(self._sign_in)
        self.lock_screen.new_pin_chosen.connect(self._choose_new_pin)
        self.lock_screen.owner_recovery_requested.connect(self.recover_owner)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)

        self.user_label = QLabel(self)
        self.user_label.setObjectName("signedInAs")
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("idleCountdown")
        self.switch_button = QPushButton(self)
        self.switch_button.setObjectName("switchUser")
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self.switch_user)
        bar = self.statusBar()
        self._build_backups()
        bar.addWidget(self.user_label, 1)
        bar.addPermanentWidget(self.backup_reminder)
        bar.addPermanentWidget(self.countdown_label)
        bar.addPermanentWidget(self.switch_button)

        self.switch_action = QAction(self)
        self.switch_action.setShortcut(QKeySequence("Ctrl+L"))
        self.switch_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.switch_action.triggered.connect(self.switch_user)
        self.addAction(self.switch_action)
        self._lock_key = LockKeyInDialogs(self.switch_action, self)  # Ctrl+L in dialogs too

        self._build_locks()

        self._follow_changes()
        self._restore_geometry()
        self._show_locked()
        self.retranslate()

    def _build_locks(self) -> None:
        """What locks the window (idle, the computer locked), and what a lock keeps."""
        self.drafts = DraftKeeper(self.vault.clock, self)  # a form typed when the screen locked
        self.idle = IdleWatcher(self.vault.guard, self.vault.clock, self)
        self.idle.expired.connect(lambda: self.lock("idle"))
        self.idle.countdown.connect(self._show_countdown)
        self.screen_lock = ScreenLockMonitor(self)
        self.screen_lock.locked.connect(lambda: self.lock("screen_locked"))

    def _read_salon_name(self) -> None:
        self._salon_name = self.vault.settings.salon_name()
        self.lock_screen.salon_label.setText(self._salon_name)
        self.retranslate()

    def _build_backups(self) -> None:
        """The backup runner (outlives each workspace) and the status-bar reminder."""
        self.backup_reminder = QPushButton(self)
        self.backup_reminder.setObjectName("backupReminderButton")
        self.backup_reminder.setFlat(True)
        self.backup_reminder.setStyleSheet(text_style(colours().warning, bold=True))
        self.backup_reminder.setVisible(False)
        self.backup_reminder.clicked.connect(self._open_backups)
        self.backup_tasks = BackupTasks(self._operations, self)
        self.backup_changes = ChangeFollower(
            self, self.vault, [RecordKind.BACKUPS], self.refresh_backup_reminder
        )
        self.backup_tasks.finished.connect(self._task_finished)
        self.backup_tasks.failed.connect(self._task_failed)
        self.backup_tasks.finished.connect(self._closing_backup_done)
        self.backup_tasks.failed.connect(self._closing_backup_done)

    # -- signing in and out -----------------------------------------------------------------

    def _sign_in(self, name: str, pin: str) -> None:
        if self._pending_sign_in:
            return
        self._pending_sign_in = True
        self._discard_pending = False
        self.lock_screen.set_busy(True)
        self._waiting(True)
        auth = self.vault.auth
        region = ""
        with contextlib.suppress(SalonVaultError):  # read before the sign-in holds the vault
            region = self.vault.settings.phone_region()
        self._operations.run(lambda: auth.sign_in(name, pin), self._signed_in, self._refused)
        # While the PIN is checked (Argon2id leaves this thread free): the workspace's code,
        # and the patterns every list needs to show the salon's phone numbers.
        _workspace_class(self.lock_screen.role_of(name))
        if region:
            from salonvault.domain.phone_display import prepare_phone_display  # noqa: PLC0415

            prepare_phone_display(region)

    def _choose_new_pin(self, name: str, code: str, new_pin: str) -> None:
        """After a PIN reset: the one-time code and the new PIN finish the sign-in."""
        if self._pending_sign_in:
            return
        self._pending_sign_in = True
        self._discard_pending = False
        self.lock_screen.set_busy(True)
        self._waiting(True)
        auth = self.vault.auth
        self._operations.run(
            lambda: auth.complete_pin_reset(name, code, new_pin), self._signed_in, self._refused
        )

    def _waiting(self, waiting: bool) -> None:
        if waiting != self._person_waits:
            self._person_waits = waiting
            self.person_waiting.emit(waiting)

    def recover_owner(self) -> OwnerRecoveryDialog:
        """From the lock screen: the recovery key and a new PIN give an owner their account
        back (AuthService.recover_owner); then they sign in as usual."""
        from ui.dialogs.owner_recovery_dialog import OwnerRecoveryDialog  # noqa: PLC0415

        dialog = OwnerRecoveryDialog(
            self.vault, self._operations, self.lock_screen.owner_names(), self
        )
        dialog.accepted.connect(lambda: self._owner_recovered(dialog.recovered))
        dialog.open()
        return dialog

    def _owner_recovered(self, name: str) -> None:
        self.lock_screen.set_staff(self.vault.staff.sign_in_list())  # enabled again
        self.lock_screen.reset()
        self.lock_screen.show_notice(
            fill(self.tr("%1 has owner access again: sign in with the new PIN."), name)
        )

    def _signed_in(self, session: Session) -> None:
        self._pending_sign_in = False
        self.lock_screen.set_busy(False)
        if self._discard_pending or self.session is not None:
            # The screen was locked (or someone is signed in) while this sign-in ran.
            with contextlib.suppress(SessionExpired):
                self.vault.guard.end_session(session, "locked_during_sign_in")
            self._discard_pending = False
            self._waiting(False)
            return
        self.session = session
        self.drafts.drop_unless_for(session)  # another person's work goes before anything shows
        self.lock_screen.reset()  # drops a one-time code kept for the new-PIN step
        self.idle.start(session)
        self.switch_button.setVisible(True)
        self.retranslate()
        due = None
        with contextlib.suppress(SalonVaultError):  # unreadable: the workspace, not a lockout
            due = self.vault.briefing.due(session)
        if due is not None:
            self._show_briefing(session, due)
            return
        self._open_workspace(session)

    def _show_briefing(self, session: Session, due: BriefingDue) -> None:
        """The privacy briefing between the PIN and the workspace (decision 0040)."""
        from ui.briefing_page import BriefingPage  # noqa: PLC0415 - only when someone is due

        page = BriefingPage(self.vault, session, due, self._translations.language, self)
        page.acknowledged.connect(lambda: self._briefing_confirmed(session))
        page.declined.connect(lambda: self.lock("briefing_declined"))
        self.briefing_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.focus_start()
        self._waiting(False)  # reading the briefing, not waiting for the window

    def _briefing_confirmed(self, session: Session) -> None:
        if self.session is not session:
            return  # locked meanwhile
        self._drop_briefing()
        self._waiting(True)
        self._open_workspace(session)

    def _drop_briefing(self) -> None:
        if self.briefing_page is not None:
            self.stack.removeWidget(self.briefing_page)
            self.briefing_page.deleteLater()
            self.briefing_page = None

    def _open_workspace(self, session: Session) -> None:
        translations = self._translations
        self.workspace = _workspace_class(session.role)(
            self.vault,
            session,
            lambda: translations.language,
            self.switch_language,
            self._operations,
            self.backup_tasks,
            self,
        )
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.focus_start()  # the lock screen's focused field has just gone
        self.workspace.when_first_page_read(lambda: self._waiting(False))
        self.refresh_backup_reminder()
        if role_allows(session.role, Permission.KEYS_MANAGE):
            self._tell_the_owner_about_keys(session)
        draft = self.drafts.take(session)
        if draft is not None:
            self._reopen_draft(session, draft)

    def _reopen_draft(self, session: Session, draft: Draft) -> None:
        """The form this person was typing when the screen locked, open again as they left it."""
        from ui.draft_reopen import reopen_draft  # noqa: PLC0415 - the card's modules, when needed

        workspace = self.workspace
        form = None
        try:
            if workspace is not None:
                form = reopen_draft(workspace, self.vault, session, draft)
        except SalonVaultError:
            form = None  # the client or the entry is gone, or no longer this role's
        finally:
            draft.forget()
        self._waiting(False)  # at work in the form, whatever page the sign-in would have read
        if form is None:
            self.statusBar().showMessage(
                self.tr(
                    "What you were typing when the screen locked could not be opened again:"
                    " the record has changed."
                )
            )

    def _tell_the_owner_about_keys(self, session: Session) -> None:
        """At the owner's sign-in: a recovery slot that is missing or broken (the dashboard
        says it too), else a Recovery Kit not yet confirmed."""
        with contextlib.suppress(SalonVaultError):
            if self.vault.keys.recovery_slot_state(session) != "ok":
                self._key_warning = self.tr(
                    "The vault's recovery slot is missing or damaged: make it again in Settings."
                )
                self.statusBar().showMessage(self._key_warning)
                return
        if not self.vault.keys.recovery_kit_confirmed():
            self.statusBar().showMessage(
                self.tr("The Recovery Kit is not confirmed yet: print or save it in Settings.")
            )

    def _follow_changes(self) -> None:
        # A new salon name (Settings) shows in the title and on the lock screen at once.
        self.salon_changes = ChangeFollower(
            self, self.vault, [RecordKind.SETTINGS], self._read_salon_name
        )
        # The sign-in's word on a missing recovery slot goes once the slot is made again.
        self._key_warning = ""
        self.key_changes = ChangeFollower(self, self.vault, [RecordKind.KEYS], self._keys_changed)

    def _keys_changed(self) -> None:
        session = self.session
        if not self._key_warning or session is None:
            return
        with contextlib.suppress(SalonVaultError):
            if self.vault.keys.recovery_slot_state(session) == "ok":
                if self.statusBar().currentMessage() == self._key_warning:
                    self.statusBar().clearMessage()
                self._key_warning = ""

    def _refused(self, error: Exception) -> None:
        self._pending_sign_in = False
        self.lock_screen.set_busy(False)
        self._waiting(False)
        if isinstance(error, SalonVaultError):
            self.lock_screen.show_refusal(error)
        else:
            self.lock_screen.show_notice(self.tr("Sign-in failed unexpectedly; please try again."))

    def switch_user(self) -> None:
        if self.session is not None:
            self.lock("switch_user")

    def lock(self, reason: str) -> None:
        """Back to the lock screen; the session ends in the services, dialogs close. A form
        with unsaved input is kept, in memory, for the same person (decision 0046)."""
        if reason not in LOCKS_THAT_KEEP_DRAFTS:
            self.drafts.drop()
        elif self.session is not None:
            self.drafts.keep(self.session, QApplication.topLevelWidgets())
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                if widget.property(SURVIVES_LOCK):
                    continue  # backup progress: no client data, and the work goes on
                widget.reject()
        for child in self.findChildren(QDialog):
            if child.isVisible() and not child.property(SURVIVES_LOCK):
                child.reject()
        self.idle.stop()
        if self._pending_sign_in:
            self._discard_pending = True
        if self.session is not None:
            with contextlib.suppress(SessionExpired):
                self.vault.guard.end_session(self.session, reason)
        self.session = None
        self._lock_reason = reason
        self._show_locked()
        self.retranslate()

    def _show_locked(self) -> None:
        self.stack.setCurrentWidget(self.lock_screen)
        self._drop_briefing()
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
            self.vault.dashboard.release()  # the figures' own connection, until the next read
        self.lock_screen.set_staff(self.vault.staff.sign_in_list())
        self.lock_screen.set_reset_pending(self.vault.staff.reset_pending_names())
        self.lock_screen.reset()
        self.switch_button.setVisible(False)
        self._backup_status = None  # the lock screen shows no reminder, in any language
        self.backup_reminder.setVisible(False)
        self.countdown_label.clear()

    def _show_countdown(self, seconds: int) -> None:
        if seconds < 0:
            self.countdown_label.clear()
        else:
            self.countdown_label.setText(self.tr("Locks in %n seconds", "", seconds))

    # -- language and window state ----------------------------------------------------------

    def switch_language(self, language: str) -> None:
        self._translations.switch(language)
        remember_language(language)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)

    # -- backups ------------------------------------------------------------------------------

    def refresh_backup_reminder(self) -> None:
        """The status-bar reminder, for the roles that run backups, when the last verified
        backup is older than the owner's limit."""
        self._backup_status = None
        if self.session is not None and role_allows(self.session.role, Permission.BACKUP_RUN):
            with contextlib.suppress(SalonVaultError):
                self._backup_status = self.vault.backups.status()
        self._show_backup_reminder()

    def _show_backup_reminder(self) -> None:
        """From the status last read: a language change rewords it without reading the vault."""
        status = self._backup_status
        text = reminder_text(status) if status is not None else ""
        # At most a third of the bar, the rest said on hover: a message beside it (the
        # Recovery Kit's, at the owner's sign-in) was cut in Polish.
        room = max(160, self.width() // 3)
        shown = self.backup_reminder.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, room
        )
        self.backup_reminder.setText(shown)
        self.backup_reminder.setToolTip(text)
        self.backup_reminder.setVisible(bool(text))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_backup_reminder()

    def _open_backups(self) -> None:
        if self.workspace is not None and "backups" in self.workspace.nav_keys():
            self.workspace.show_page("backups")

    def _task_finished(self, kind: str, result: object) -> None:
        if kind == "restore" and isinstance(result, RestoreOutcome):
            kept = str(result.kept_aside) if result.kept_aside else "—"
            QMessageBox.information(
                self,
                self.tr("Restore"),
                fill(
                    self.tr(
                        "The backup is restored and verified; everyone signs in again. The"
                        " replaced vault is kept in:\n%1"
                    ),
                    kept,
                ),
            )
            self.retire()
            self.vault_replaced.emit(result.vault)

    def retire(self) -> None:
        """This window's vault was closed by a restore: drop the session and the workspace
        without touching the vault again (the sessions ended with it)."""
        self._retired = True
        self.drafts.drop()
        self.idle.stop()
        self.session = None
        self._drop_briefing()
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None

    def _task_failed(self, kind: str, error: object) -> None:
        # Once the swap began the old vault was closed; the core reopened it for us.
        if kind == "restore" and isinstance(error, RestoreUndone) and error.vault is not None:
            self.retire()
            self.vault_replaced.emit(error.vault)

    def _offer_closing_backup(self) -> bool:
        """The closing-time backup: True when closing may go on now."""
        session = self.session
        if session is None or not role_allows(session.role, Permission.BACKUP_RUN):
            return True
        try:
            settings = self.vault.backups.settings()
        except Exception:  # nothing may keep the window from closing
            return True
        folder = Path(settings.folder) if settings.folder else None
        if not settings.at_close or folder is None or not folder.is_dir():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Back up before closing?"),
            fill(self.tr("Back up to %1 before SalonVault closes?"), str(folder)),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Yes:
            actions = BackupActions(self.vault, session, self.backup_tasks, self)
            self._close_after_backup = True
            return not actions.back_up(folder)
        return True

    def _closing_backup_done(self, _kind: str, _result: object) -> None:
        if self._close_after_backup:
            self._close_after_backup = False
            self._closing_checked = True
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._retired:
            super().closeEvent(event)
            return
        if self.backup_tasks.running:
            event.ignore()  # Cancel in the progress dialog stops it; then close again
            return
        if not self._closing_checked and not self._offer_closing_backup():
            event.ignore()
            return
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        self.drafts.drop()
        if self.session is not None:
            self.lock("window_closed")
        self._operations.wait()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("SalonVault — %1"), self._salon_name))
        self.switch_button.setText(self.tr("Switch user (Ctrl+L)"))
        self.switch_button.setAccessibleName(self.tr("Switch user"))
        self.switch_action.setText(self.tr("Switch user"))
        self._show_backup_reminder()
        if self.session is not None:
            self.user_label.setText(
                fill(
                    self.tr("Signed in: %1 (%2)"),
                    self.session.staff_name,
                    role_label(self.session.role),
                )
            )
        else:
            self.user_label.setText(self.tr("Locked"))
            if self._lock_reason == "idle":
                self.lock_screen.show_notice(self.tr("Locked after being idle."))
            elif self._lock_reason == "screen_locked":
                self.lock_screen.show_notice(self.tr("Locked because the computer was locked."))
            elif self._lock_reason == "briefing_declined":
                self.lock_screen.show_notice(
                    self.tr("Signed out: confirm the privacy briefing to work in SalonVault.")
                )


def _workspace_class(role: Role | None) -> type[Workspace]:
    """The workspace and the page `role` lands on are imported at sign-in, while the PIN is
    checked on the worker thread, not before the lock screen: the program shows sooner. Other
    pages are imported when they first show (decision 0043)."""
    from ui.workspace import Workspace, import_landing_page  # noqa: PLC0415

    if role is not None:
        import_landing_page(role)
    return Workspace
