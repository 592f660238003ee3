"""The card's Health tab (owner and technician): allergies, conditions, medications and
contraindications with their severity, who recorded each and when.

Receptionists never get this tab: the service gives them `health=None` and only "has alerts".
Removing an item keeps it in the vault's history (the service marks it removed).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.clients import HealthItem, HealthKind, Severity
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.dialogs.card_tabs.base import CardTab
from ui.error_text import error_text
from ui.labels import health_kind_label, local_time, severity_label
from ui.palette import colours, text_style
from ui.widgets.form_dialog import FormDialog


class HealthTab(CardTab):
    """The client's health items; the card shows them afresh, with its alerts, when they
    change (its change notices)."""

    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        staff_names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, session, client_id, staff_names, "health", parent)
        self._items: tuple[HealthItem, ...] = ()
        self.table = self._list_table(
            "healthItems",
            [
                self.tr("Kind"),
                self.tr("Description"),
                self.tr("Severity"),
                self.tr("Recorded by"),
                self.tr("Recorded"),
            ],
            stretch=1,
        )
        self.empty = QLabel(self.tr("None recorded."), self)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        may_write = role_allows(session.role, Permission.HEALTH_WRITE)
        self.add_button.setVisible(may_write)
        self.remove_button.setVisible(may_write)
        self.message = QLabel(self)
        self.message.setStyleSheet(text_style(colours().error))
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def show_items(self, items: tuple[HealthItem, ...]) -> None:
        """Severe items first, in red: they are what a technician must not miss."""
        order = {Severity.SEVERE: 0, Severity.MODERATE: 1, Severity.LOW: 2}
        self._items = tuple(sorted(items, key=lambda i: (order[i.severity], i.recorded_at)))
        self.table.setRowCount(len(self._items))
        severe = QColor(colours().error)
        for row, item in enumerate(self._items):
            cells = [
                health_kind_label(item.kind),
                item.text,
                severity_label(item.severity),
                self._staff_names.get(item.recorded_by, "—"),
                local_time(item.recorded_at),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.severity is Severity.SEVERE:
                    cell.setForeground(severe)
                    font = QFont(cell.font())
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        self.empty.setVisible(not self._items)
        self.table.setVisible(bool(self._items))
        self.remove_button.setEnabled(bool(self._items))
        if self._items:
            self.table.selectRow(0)

    def add_item(self) -> HealthItemDialog:
        dialog = HealthItemDialog(self._vault, self._session, self._client_id, self)
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._items):
            return
        item = self._items[row]
        answer = QMessageBox.question(
            self,
            self.tr("Remove health item"),
            self.tr("Remove \u201c%1\u201d from this client's health record?").replace(
                "%1", item.text
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.message.clear()
        try:
            self._vault.clients.remove_health_item(self._session, self._client_id, item.id)
        except SalonVaultError as error:
            self.message.setText(error_text(error))


class HealthItemDialog(FormDialog):
    """Record one allergy, condition, medication or contraindication."""

    def __init__(
        self, vault: Vault, session: Session, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("healthItemDialog")
        self.setWindowTitle(self.tr("Add a health item"))
        self._vault = vault
        self._session = session
        self._client_id = client_id
        self.item_id: int | None = None
        self.kind = QComboBox(self)
        for kind in HealthKind:
            self.kind.addItem(health_kind_label(kind), kind.value)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("e.g. PPD (hair dye), latex, pregnancy"))
        self.severity = QComboBox(self)
        for severity in Severity:
            self.severity.addItem(severity_label(severity), severity.value)
        self.severity.setCurrentIndex(self.severity.findData(Severity.MODERATE.value))
        self.add_field(self.tr("Kind"), self.kind)
        self.add_field(self.tr("Description"), self.text, error="text")
        self.add_field(self.tr("Severity"), self.severity)
        self.text_error = self.errors["text"]
        self.error = self.general_error
        for widget, name in (
            (self.kind, self.tr("Kind")),
            (self.text, self.tr("Description")),
            (self.severity, self.tr("Severity")),
        ):
            widget.setAccessibleName(name)
        self.resize(460, self.sizeHint().height())

    def save_form(self) -> bool:
        with self.busy():
            self.item_id = self._vault.clients.add_health_item(
                self._session,
                self._client_id,
                HealthKind(self.kind.currentData()),
                self.text.text(),
                Severity(self.severity.currentData()),
            )
        return True
