"""Services (owner only): the catalogue staff choose from when they record a treatment.

The page lays out the list and buttons; every change goes through the catalogue service, which
checks the owner's permission and the field rules and logs it. A service is never deleted
(visits point to it): it is switched off and leaves the visit dialog's list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.service_dialog import ServiceDialog
from ui.error_text import error_text
from ui.labels import business_kind_label, fill
from ui.models.service_table import COLUMN_COUNT, ServiceTableModel
from ui.navigation import nav_title
from ui.widgets.form_dialog import FormDialog
from ui.widgets.heading import page_heading


def _rows_only(table: QTableView) -> None:
    """Whole rows chosen one at a time, read-only, columns as wide as their contents."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


class ServicesPage(QWidget):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.heading = page_heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("servicesEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.model = ServiceTableModel()
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.table.setObjectName("servicesTable")
        self.table.setModel(self.model)
        _rows_only(self.table)
        self.table.activated.connect(lambda _index: self.change_selected())

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addService")
        self.change_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.starters_button = QPushButton(self)
        self.starters_button.setObjectName("addStarters")
        self.add_button.clicked.connect(self.add_service)
        self.change_button.clicked.connect(self.change_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.starters_button.clicked.connect(self.add_starters)
        self.status = QLabel(self)
        self.status.setObjectName("servicesStatus")
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.change_button,
            self.up_button,
            self.down_button,
            self.starters_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.refresh()
        self.retranslate()
        # The catalogue, and the currency its prices are shown in, re-read when they change.
        self.changes = ChangeFollower(
            self, vault, [RecordKind.SERVICES, RecordKind.SETTINGS], self.refresh
        )

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the catalogue again, keeping the selected service selected."""
        selected = self.model.service_at(self._selected_row())
        services = self._vault.catalogue.services(self._session, include_inactive=True)
        currency = self._vault.settings.currency()
        self.model.set_services(services, currency, self._vault.settings.language())
        self.empty_hint.setVisible(not services)
        if selected is not None:
            self.select(selected.id)
        self._selection_changed()

    def select(self, service_id: int) -> None:
        row = self.model.row_of(service_id)
        if row >= 0:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            index = self.model.index(row, 0)
            self.table.selectionModel().select(index, flags)
            self.table.setCurrentIndex(index)

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selection_changed(self) -> None:
        row = self._selected_row()
        chosen = row >= 0
        self.change_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < self.model.rowCount(QModelIndex()) - 1)

    # -- changing ----------------------------------------------------------------------------

    def _groups(self) -> list[str]:
        return sorted({s.group for s in self.model.services() if s.group})

    def add_service(self) -> FormDialog:
        dialog = ServiceDialog(self._vault, self._session, None, self._groups(), self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def change_selected(self) -> FormDialog | None:
        service = self.model.service_at(self._selected_row())
        if service is None:
            return None
        dialog = ServiceDialog(self._vault, self._session, service, self._groups(), self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: ServiceDialog) -> None:
        if dialog.saved_id is not None:  # the list itself re-read on the change notice
            self.select(dialog.saved_id)
        self.status.setText(fill(self.tr("Saved: %1."), dialog.name.text().strip()))

    def move_selected(self, step: int) -> None:
        row = self._selected_row()
        ids = self.model.ids()
        target = row + step
        if row < 0 or not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        try:
            self._vault.catalogue.reorder(self._session, ids)
        except SalonVaultError as error:
            self.status.setText(error_text(error))
            return
        self.select(ids[target])

    def add_starters(self) -> StartersDialog:
        dialog = StartersDialog(self._vault.settings.business_kinds(), self)
        dialog.accepted.connect(lambda: self._add_starters(dialog.chosen()))
        dialog.open()
        return dialog

    def _add_starters(self, kinds: list[BusinessKind]) -> None:
        language = self._vault.settings.language()
        try:
            added = self._vault.catalogue.add_starters(self._session, kinds, language)
        except SalonVaultError as error:
            self.status.setText(error_text(error))
            return
        if added:
            self.status.setText(
                self.tr(
                    "%n service(s) added; change or switch off any you do not offer.",
                    "",
                    len(added),
                )
            )
        else:
            self.status.setText(self.tr("The list already has every service of that kind."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(nav_title("services"))
        self.intro.setText(
            self.tr(
                "What can be recorded as a treatment. Staff choose from this list, in this"
                " order, when they add a visit. A service is never deleted: switch it off and"
                " it stays in the clients' history."
            )
        )
        self.empty_hint.setText(
            self.tr(
                "No services yet, so no treatment can be recorded. Add your own, or start from"
                " a list for your kind of business and change it."
            )
        )
        self.add_button.setText(self.tr("Add…"))
        self.change_button.setText(self.tr("Change…"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.starters_button.setText(self.tr("Add a starter list…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)


class StartersDialog(QDialog):
    """Which kinds of business' starter lists to add (the salon's own kinds ticked)."""

    def __init__(self, current: list[BusinessKind], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startersDialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.boxes: dict[BusinessKind, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for kind in BusinessKind:
            box = QCheckBox(business_kind_label(kind), self)
            box.setChecked(kind in current)
            self.boxes[kind] = box
            layout.addWidget(box)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add these services"), self)
        self.add_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.add_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.why_not = QLabel(self)
        self.why_not.setObjectName("startersWhyNot")
        buttons.addWidget(self.why_not, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        for box in self.boxes.values():
            box.toggled.connect(self._update)
        self.setWindowTitle(self.tr("Add a starter list"))
        self.intro.setText(
            self.tr(
                "Services a salon of this kind usually offers, in the salon's language. Ones"
                " already on your list are skipped; you can change or switch off any of them."
            )
        )
        self._update()

    def chosen(self) -> list[BusinessKind]:
        return [kind for kind, box in self.boxes.items() if box.isChecked()]

    def _update(self) -> None:
        ready = bool(self.chosen())
        self.add_button.setEnabled(ready)
        # A greyed button says why (issue 18 item 3).
        self.why_not.setText("" if ready else self.tr("Tick at least one kind of business."))
