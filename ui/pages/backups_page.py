"""Backups: back up now to a drive or folder, the history, verify a file; for the owner a
restore drill, restore, and the backup settings.

The work itself runs in the main window's BackupTasks (progress, Cancel, survives a lock). This
page only lays out the choices; it re-reads when the backups (or staff names) change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError, ValidationError
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.backups import MAX_KEEP, MAX_REMIND_DAYS, BackupSettings, BackupStatus
from salonvault.services.vault import Vault
from ui.backup_tasks import BackupTasks
from ui.changes import ChangeFollower
from ui.error_text import error_text
from ui.file_dialogs import folder_name, open_file_name
from ui.formats import date_text
from ui.labels import fill
from ui.models.backup_history import COLUMN_FOLDER, BackupHistoryModel, size_text
from ui.navigation import nav_title
from ui.pages.backup_actions import BackupActions, reminder_text
from ui.pages.older_vault_notice import OlderVaultNotice
from ui.palette import colours, text_style, warning_banner_style
from ui.widgets.heading import page_heading
from ui.widgets.wrapping_choice import WrappingCheckBox


class BackupsPage(QWidget):
    def __init__(
        self, vault: Vault, session: Session, tasks: BackupTasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._tasks = tasks
        self.backup_actions = BackupActions(vault, session, tasks, self)
        self._owner = role_allows(session.role, Permission.RESTORE)
        self._status: BackupStatus | None = None

        self.heading = page_heading(self)
        self.reminder = QLabel(self)
        self.reminder.setObjectName("backupReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet(
            warning_banner_style("QLabel#backupReminder", padding=8, framed=True)
        )

        self.older_vault = OlderVaultNotice(vault, session, self)

        self._build_now_box()
        self._build_check_box()
        self._build_settings_box()
        self._build_history()

        top = QHBoxLayout()
        top.addWidget(self.now_box, 3)
        top.addWidget(self.settings_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.reminder)
        layout.addWidget(self.older_vault)
        layout.addLayout(top)
        layout.addWidget(self.check_box)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)

        self.retranslate()
        self._fill_targets()
        self._load_settings()
        self.refresh()
        # The history names who ran each backup.
        shows = (RecordKind.BACKUPS, RecordKind.STAFF)
        self.changes = ChangeFollower(self, vault, shows, self.refresh)

    def _build_now_box(self) -> None:
        self.now_box = QGroupBox(self)
        self.target = QComboBox(self.now_box)
        # Long drive labels and paths must not widen the whole window (they show in full
        # in the drop-down list).
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target.setMinimumContentsLength(16)
        self.target.setObjectName("backupTarget")
        self.target.currentIndexChanged.connect(self._show_free_space)
        self.choose_button = QPushButton(self.now_box)
        self.choose_button.clicked.connect(self._choose_folder)
        self.free_space = QLabel(self.now_box)
        self.free_space.setWordWrap(True)  # a longer language must not widen the window
        self.folder_backups = QLabel(self.now_box)  # what is on the stick: count, oldest
        self.folder_backups.setObjectName("folderBackups")
        self.folder_backups.setWordWrap(True)
        self.backup_button = QPushButton(self.now_box)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.back_up_now)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.choose_button)
        now_layout = QVBoxLayout(self.now_box)
        now_layout.addLayout(target_row)
        now_layout.addWidget(self.free_space)
        now_layout.addWidget(self.folder_backups)
        now_layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_check_box(self) -> None:
        self.check_box = QGroupBox(self)
        self.verify_button = QPushButton(self.check_box)
        self.verify_button.clicked.connect(lambda: self._pick_then(self.backup_actions.verify))
        self.drill_button = QPushButton(self.check_box)
        self.drill_button.clicked.connect(lambda: self._pick_then(self.backup_actions.drill))
        self.restore_button = QPushButton(self.check_box)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(lambda: self._pick_then(self.backup_actions.restore))
        check_layout = QHBoxLayout(self.check_box)
        check_layout.addWidget(self.verify_button)
        check_layout.addWidget(self.drill_button)
        check_layout.addWidget(self.restore_button)
        check_layout.addStretch()
        for owner_only in (self.drill_button, self.restore_button):
            owner_only.setVisible(self._owner)

    def _build_settings_box(self) -> None:
        self.settings_box = QGroupBox(self)
        self.keep = QSpinBox(self.settings_box)
        self.keep.setRange(1, MAX_KEEP)
        self.remind = QSpinBox(self.settings_box)
        self.remind.setRange(1, MAX_REMIND_DAYS)
        self.at_close = WrappingCheckBox(self.settings_box)
        self.save_button = QPushButton(self.settings_box)
        self.save_button.clicked.connect(self.save_settings)
        self.settings_message = QLabel(self.settings_box)
        # A refused value is named beside its own field (ValidationError.field).
        self.field_errors = {
            "keep": QLabel(self.settings_box),
            "remind_after_days": QLabel(self.settings_box),
        }
        for error_label in self.field_errors.values():
            error_label.setObjectName("fieldError")
            error_label.setStyleSheet(f"QLabel#fieldError {{ {text_style(colours().error)} }}")
            error_label.setWordWrap(True)
            error_label.hide()
        self.settings_form = QFormLayout(self.settings_box)
        self.settings_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.settings_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.keep_label, self.remind_label = QLabel(), QLabel()
        for label in (self.keep_label, self.remind_label):
            label.setWordWrap(True)  # wrapped, not wider than the window
        self.settings_form.addRow(self.keep_label, self._with_error(self.keep, "keep"))
        self.settings_form.addRow(
            self.remind_label, self._with_error(self.remind, "remind_after_days")
        )
        self.generations_rule = QLabel(self.settings_box)
        self.generations_rule.setObjectName("generationsRule")
        self.generations_rule.setWordWrap(True)
        self.settings_form.addRow(self.generations_rule)
        self.settings_form.addRow("", self.at_close)
        self.settings_form.addRow(self.save_button, self.settings_message)
        self.settings_box.setVisible(role_allows(self._session.role, Permission.SETTINGS_MANAGE))

    def _with_error(self, field: QWidget, name: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field)
        row.addWidget(self.field_errors[name], 1)
        return row

    def _build_history(self) -> None:
        self.history_label = QLabel(self)
        self.history_model = BackupHistoryModel()
        self.history = QTableView(self)
        self.history.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.history.setObjectName("backupHistory")
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_FOLDER, QHeaderView.ResizeMode.Stretch)

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            rows = self._vault.backups.history(self._session)
            names = self._vault.staff.names(self._session)
            status = self._vault.backups.status()
        except SalonVaultError:
            return  # the session ended (lock); the page is about to go
        self.history_model.set_rows(rows, names)
        self._status = status
        self._show_reminder()
        self.older_vault.show_finding(status.older_vault)
        self._show_folder_backups()  # a backup just made, or rotated away

    def _show_reminder(self) -> None:
        text = reminder_text(self._status) if self._status is not None else ""
        self.reminder.setText(text)
        self.reminder.setVisible(bool(text))

    def _fill_targets(self) -> None:
        self.target.blockSignals(True)
        self.target.clear()
        for drive in self._vault.backups.targets():
            name = drive.label or drive.path.name or str(drive.path)
            shown = fill(self.tr("%1 (%2)"), name, str(drive.path))
            if drive.removable:
                shown = fill(self.tr("USB / removable: %1"), shown)
            self.target.addItem(shown, str(drive.path))
        last = self._vault.backups.settings().folder
        if last:
            self.select_folder(Path(last))
        self.target.blockSignals(False)
        self._show_free_space()

    def select_folder(self, folder: Path) -> None:
        index = self.target.findData(str(folder))
        if index < 0:
            self.target.addItem(str(folder), str(folder))
            index = self.target.count() - 1
        self.target.setCurrentIndex(index)

    def chosen_folder(self) -> Path | None:
        data = self.target.currentData()
        return Path(str(data)) if data else None

    def _show_free_space(self) -> None:
        folder = self.chosen_folder()
        drive = self._vault.backups.target_for(folder) if folder else None
        if folder is None:
            self.free_space.setText(self.tr("Choose a USB stick or a folder for the backup."))
        elif drive is None or not folder.is_dir():
            self.free_space.setText(self.tr("This folder is not there now (drive unplugged?)."))
        else:
            self.free_space.setText(
                fill(
                    self.tr("Free: %1 of %2"),
                    size_text(drive.free_bytes),
                    size_text(drive.total_bytes),
                )
            )
        self._show_folder_backups()

    def _show_folder_backups(self) -> None:
        folder = self.chosen_folder()
        if folder is None:
            self.folder_backups.clear()
            return
        try:
            found = self._vault.backups.generations(self._session, folder)
        except SalonVaultError:
            return  # locked meanwhile
        if not found:
            self.folder_backups.setText(self.tr("No SalonVault backups in this folder yet."))
            return
        self.folder_backups.setText(
            fill(
                self.tr("%n backup(s) in this folder, the oldest from %1.", "", len(found)),
                date_text(found[0].made_at.astimezone().date()),
            )
        )

    def _load_settings(self) -> None:
        settings = self._vault.backups.settings()
        self.keep.setValue(settings.keep)
        self.remind.setValue(settings.remind_after_days)
        self.at_close.setChecked(settings.at_close)

    # -- actions -----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        folder = self.chosen_folder()
        if folder is None:
            self._choose_folder()
            folder = self.chosen_folder()
        if folder is not None:
            self.backup_actions.back_up(folder)

    def _choose_folder(self) -> None:
        chosen = folder_name(self, self.tr("Back up into this folder"), self.chosen_folder())
        if chosen is not None:
            self.select_folder(chosen)

    def _pick_then(self, action: object) -> None:
        file = open_file_name(
            self,
            self.tr("Choose a backup file"),
            self.tr("SalonVault backups (*.svbak)"),
            self.chosen_folder(),
        )
        if file is not None and callable(action):
            action(file)

    def save_settings(self) -> None:
        current = self._vault.backups.settings()
        wanted = BackupSettings(
            self.keep.value(), self.remind.value(), self.at_close.isChecked(), current.folder
        )
        for error_label in self.field_errors.values():
            error_label.hide()
        self.settings_message.clear()
        try:
            self._vault.backups.change_settings(self._session, wanted)
        except ValidationError as error:
            beside = self.field_errors.get(error.field or "")
            if beside is None:
                self.settings_message.setText(error_text(error))
            else:
                beside.setText(error_text(error))
                beside.show()
            return
        except SalonVaultError as error:
            QMessageBox.warning(self, self.tr("Backups"), error_text(error))
            return
        self.settings_message.setText(self.tr("Saved."))

    # -- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(nav_title("backups"))
        self.now_box.setTitle(self.tr("Back up now"))
        self.choose_button.setText(self.tr("Choose folder…"))
        self.backup_button.setText(self.tr("Back up now"))
        self.check_box.setTitle(self.tr("Check and restore"))
        self.verify_button.setText(self.tr("Verify a backup…"))
        self.drill_button.setText(self.tr("Restore drill…"))
        self.restore_button.setText(self.tr("Restore…"))
        self.settings_box.setTitle(self.tr("Settings"))
        self.keep_label.setText(self.tr("Newest backups kept in each folder:"))
        # The numbers are generations.DAYS_KEPT, WEEKS_KEPT and MONTHS_KEPT (a test checks).
        self.generations_rule.setText(
            self.tr(
                "Also kept: the newest backup of each of the last 7 days, 4 weeks and 12 months"
                " that have one, so backups in a row never push out the older ones."
            )
        )
        self.remind_label.setText(self.tr("Remind when the last backup is older than (days):"))
        self.at_close.setText(self.tr("Offer a backup when SalonVault closes"))
        self.save_button.setText(self.tr("Save"))
        self.history_label.setText(self.tr("History"))
        # Retranslating reads nothing from the vault: texts come from what was last loaded.
        self.history_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self.history_model.layoutChanged.emit()
        self._show_free_space()
        self._show_reminder()
