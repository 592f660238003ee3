"""Staff (owner only): who has an account, their role and state, and the changes an owner makes.

The page lays out the table and buttons; every change goes through the staff service, which
checks the owner's permission and the rules (the last active owner stays) and logs it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.domain.staff import StaffMember
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.staff_dialogs import AddStaffDialog, RenameStaffDialog, ResetCodeDialog, RoleDialog
from ui.error_text import error_text
from ui.labels import fill
from ui.models.staff_table import StaffTableModel
from ui.navigation import nav_title
from ui.pages.staff_briefing_box import StaffBriefingBox
from ui.widgets.heading import page_heading

STAFF_ROWS_SHOWN = 6


class StaffPage(QWidget):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.heading = page_heading(self)
        self.model = StaffTableModel()
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.table.setObjectName("staffTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Room for a small salon's whole team: the briefing part below must not squeeze the
        # list to two rows (walkthrough of issue 21).
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + STAFF_ROWS_SHOWN * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )

        self.add_button = QPushButton(self)
        self.rename_button = QPushButton(self)
        self.role_button = QPushButton(self)
        self.active_button = QPushButton(self)
        self.reset_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_member)
        self.rename_button.clicked.connect(self.rename_selected)
        self.role_button.clicked.connect(self.change_role_of_selected)
        self.active_button.clicked.connect(self.toggle_selected)
        self.reset_button.clicked.connect(self.reset_pin_of_selected)
        self.status = QLabel(self)
        self.status.setObjectName("staffStatus")
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.role_button,
            self.active_button,
            self.reset_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        self.briefing_box = StaffBriefingBox(vault, session, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.briefing_box, 3)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.refresh()
        self.retranslate()
        self.changes = ChangeFollower(self, vault, [RecordKind.STAFF], self.refresh)

    # -- reading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the service, keeping the selected person selected."""
        selected = self.selected()
        keep = selected.id if selected else None
        try:
            self.model.set_members(self._vault.staff.list(self._session))
        except SalonVaultError as error:
            self.status.setText(error_text(error))
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.select_row(row)
        self._selection_changed()

    def selected(self) -> StaffMember | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.member_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def select_name(self, name: str) -> None:
        for row in range(self.model.rowCount()):
            member = self.model.member_at(row)
            if member is not None and member.name == name:
                self.select_row(row)

    def _selection_changed(self) -> None:
        member = self.selected()
        for button in (self.rename_button, self.role_button, self.active_button):
            button.setEnabled(member is not None)
        self.reset_button.setEnabled(member is not None and member.id != self._session.staff_id)
        self.retranslate()

    # -- changing -----------------------------------------------------------------------------

    def add_member(self) -> AddStaffDialog:
        dialog = AddStaffDialog(self._vault, self._session, self)
        dialog.accepted.connect(lambda: self._added(dialog))
        dialog.open()
        return dialog

    def _added(self, dialog: AddStaffDialog) -> None:
        if dialog.added is not None:
            row = self.model.row_of(dialog.added.id)  # the list already shows them
            if row >= 0:
                self.select_row(row)
            self.status.setText(fill(self.tr("%1 was added."), dialog.added.name))

    def rename_selected(self) -> RenameStaffDialog | None:
        member = self.selected()
        if member is None:
            return None
        dialog = RenameStaffDialog(self._vault, self._session, member, self)
        dialog.accepted.connect(lambda: self._changed(self.tr("The name was changed.")))
        dialog.open()
        return dialog

    def change_role_of_selected(self) -> RoleDialog | None:
        member = self.selected()
        if member is None:
            return None
        dialog = RoleDialog(self._vault, self._session, member, self)
        dialog.accepted.connect(
            lambda: self._changed(self.tr("The role was changed; they sign in again to use it."))
        )
        dialog.open()
        return dialog

    def toggle_selected(self) -> None:
        member = self.selected()
        if member is None:
            return
        try:
            if member.active:
                self._vault.staff.disable(self._session, member.id)
                done = fill(self.tr("%1 is disabled and can no longer sign in."), member.name)
            else:
                self._vault.staff.enable(self._session, member.id)
                done = fill(self.tr("%1 can sign in again."), member.name)
        except SalonVaultError as error:
            self.status.setText(error_text(error))
            return
        self._changed(done)

    def reset_pin_of_selected(self) -> ResetCodeDialog | None:
        member = self.selected()
        if member is None:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Reset PIN"),
            fill(
                self.tr(
                    "Reset the PIN of %1? Their current PIN stops working at once; you get a"
                    " one-time code to give them, and they choose a new PIN with it."
                ),
                member.name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            reset = self._vault.staff.reset_pin(self._session, member.id)
        except SalonVaultError as error:
            self.status.setText(error_text(error))
            return None
        self._changed(fill(self.tr("The PIN of %1 is reset."), member.name))
        dialog = ResetCodeDialog(reset, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _changed(self, message: str) -> None:
        self.status.setText(message)  # the list re-read itself (the change notice)

    # -- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.layoutChanged.emit()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(nav_title("staff"))
        self.add_button.setText(self.tr("Add…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.role_button.setText(self.tr("Change role…"))
        member = self.selected()
        self.active_button.setText(
            self.tr("Enable") if member is not None and not member.active else self.tr("Disable")
        )
        self.reset_button.setText(self.tr("Reset PIN…"))
        self.reset_button.setToolTip(
            self.tr("You cannot reset your own PIN here.")
            if member is not None and member.id == self._session.staff_id
            else ""
        )
        self.table.setAccessibleName(self.tr("Staff accounts"))
