"""The card's Health tab (owner and technician): allergies, conditions, medications and
contraindications with their severity, who recorded each and when.

Receptionists never get this tab: the service gives them `health=None` and only "has alerts".
Removing an item keeps it in the vault's history (the service marks it removed).

With consent as the salon's basis for health data (decision 0031), a client without an active
health-data consent cannot be given an item: Add is off, the reason is said next to it, and a
button records the consent first (anyone at the counter may record one).
"""

from __future__ import annotations

from collections.abc import Mapping

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

from salonvault.domain.changes import RecordKind
from salonvault.domain.clients import HealthItem, HealthKind, Severity
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import HealthConsentRequired, SalonVaultError
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.card_tabs.base import CardTab
from ui.dialogs.consent_dialog import ConsentDialog
from ui.error_text import error_text
from ui.health_basis_words import missing_consent_text
from ui.labels import fill, health_example_words, health_kind_label, local_time, severity_label
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
        # A change keeps the item as it was, in the History tab (decision 0031).
        self.change_button = QPushButton(self.tr("Change…"), self)
        self.change_button.setObjectName("changeHealthItem")
        self.change_button.clicked.connect(lambda: self.change_selected())  # noqa: PLW0108
        self.may_write = role_allows(session.role, Permission.HEALTH_WRITE)
        self.add_button.setVisible(self.may_write)
        self.remove_button.setVisible(self.may_write)
        self.change_button.setVisible(self.may_write)
        self.message = QLabel(self)
        self.message.setStyleSheet(text_style(colours().error))
        self.message.setWordWrap(True)
        # Why Add is off, beside it, and the way on: record the health-data consent first.
        self.basis_notice = QLabel(self)
        self.basis_notice.setObjectName("healthBasisNotice")
        self.basis_notice.setStyleSheet(text_style(colours().warning))
        self.basis_notice.setWordWrap(True)
        self.record_consent_button = QPushButton(self.tr("Record health-data &consent…"), self)
        self.record_consent_button.setObjectName("recordHealthConsent")
        self.record_consent_button.clicked.connect(lambda: self.record_consent())  # noqa: PLW0108
        self.missing: str | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.basis_notice, 1)
        buttons.addWidget(self.record_consent_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.read_basis()
        asked = (RecordKind.CONSENT, RecordKind.SETTINGS)  # a decision, a purpose, the basis
        self.basis_changes = ChangeFollower(self, vault, asked, self.read_basis)

    def read_basis(self) -> None:
        """Whether health details may be stored for this client now, and if not, why."""
        try:
            self.missing = self._vault.health_basis.missing_consent(self._session, self._client_id)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return
        blocked = self.missing is not None and self.may_write
        self.add_button.setEnabled(not blocked)
        self.change_button.setEnabled(not blocked and bool(self._items))
        self.basis_notice.setVisible(blocked)
        self.record_consent_button.setVisible(blocked and self.missing != "switched_off")
        if blocked and self.missing is not None:
            way = "" if self.missing == "switched_off" else " " + self.tr("Record it first.")
            self.basis_notice.setText(missing_consent_text(self.missing) + way)

    def record_consent(self, dialog: ConsentDialog | None = None) -> ConsentDialog:
        """The consent dialog for health data only; the tab follows the answer recorded."""
        dialog = dialog or ConsentDialog(
            self._vault, self._session, self._client_id, [Purpose.HEALTH_DATA], parent=self
        )
        dialog.open()
        return dialog

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
        self.change_button.setEnabled(bool(self._items) and self.missing is None)
        self.remove_button.setToolTip("" if self._items else self.tr("Nothing to remove."))
        if self._items:
            self.table.selectRow(0)

    def add_item(self) -> HealthItemDialog:
        dialog = HealthItemDialog(self._vault, self._session, self._client_id, self)
        dialog.open()
        return dialog

    def change_item(self, item_id: int) -> HealthItemDialog | None:
        """The form for the item with this id (a draft kept through a lock goes back in it)."""
        for row, item in enumerate(self._items):
            if item.id == item_id:
                self.table.selectRow(row)
                return self.change_selected()
        return None

    def change_selected(self) -> HealthItemDialog | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._items):
            return None
        dialog = HealthItemDialog(
            self._vault, self._session, self._client_id, self, item=self._items[row]
        )
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

    draft_kind = "health_item"

    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        parent: QWidget | None = None,
        item: HealthItem | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("healthItemDialog")
        self.setWindowTitle(
            self.tr("Add a health item") if item is None else self.tr("Change a health item")
        )
        self._vault = vault
        self._session = session
        self._client_id = client_id
        self._item = item  # changing this one; None: a new one
        self.item_id: int | None = item.id if item else None
        self.kind = QComboBox(self)
        for kind in HealthKind:
            self.kind.addItem(health_kind_label(kind), kind.value)
        self.text = QLineEdit(self)
        examples = vault.settings.business_profile().health_examples
        self.text.setPlaceholderText(
            fill(self.tr("e.g. %1"), ", ".join(health_example_words(e) for e in examples))
        )
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
        if item is not None:
            self.kind.setCurrentIndex(self.kind.findData(item.kind.value))
            self.text.setText(item.text)
            self.severity.setCurrentIndex(self.severity.findData(item.severity.value))
        self.resize(460, self.sizeHint().height())

    def draft_place(self) -> dict[str, object]:
        return {"client_id": self._client_id, "item_id": self._item.id if self._item else None}

    def draft_values(self) -> dict[str, object]:
        return {
            "kind": self.kind.currentData(),
            "text": self.text.text(),
            "severity": self.severity.currentData(),
        }

    def restore_draft(self, values: Mapping[str, object]) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind"))))
        self.text.setText(str(values.get("text") or ""))
        self.severity.setCurrentIndex(max(0, self.severity.findData(values.get("severity"))))

    def kept_note_text(self) -> str:
        return self.tr("Your unsaved health item was kept while the screen was locked.")

    def save_form(self) -> bool:
        try:
            with self.busy():
                if self._item is not None:
                    self._vault.clients.edit_health_item(
                        self._session,
                        self._client_id,
                        self._item.id,
                        HealthKind(self.kind.currentData()),
                        self.text.text(),
                        Severity(self.severity.currentData()),
                    )
                    return True
                self.item_id = self._vault.clients.add_health_item(
                    self._session,
                    self._client_id,
                    HealthKind(self.kind.currentData()),
                    self.text.text(),
                    Severity(self.severity.currentData()),
                )
        except HealthConsentRequired as refused:  # by its key, in the reader's language
            self.show_error(None, missing_consent_text(refused.standing))
            return False
        return True
