"""Merge two records of one client (owner only): find the other record, compare both side by
side, choose the one that stays, type the other's name, and merge for good.

The service checks the permission and the typed name again and does all the work in one
transaction; this dialog only shows, explains and asks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.clients import ClientView
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.merge import MergeReceipt, MergeSide
from salonvault.domain.session import Session
from salonvault.services.clients import names_match
from salonvault.services.vault import Vault
from ui.client_facts import picker_label
from ui.error_text import error_text
from ui.labels import fill
from ui.palette import colours, danger_button_style, text_style

_ROWS = (
    "id",  # tells two records of the same name apart
    "display_name",
    "phone",
    "email",
    "birth_date",
    "visits",
    "consents",
    "photos",
    "health_items",
    "patch_tests",
)

MAX_FOUND = 30


class MergeClientsDialog(QDialog):
    def __init__(
        self, vault: Vault, session: Session, view: ClientView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeClientsDialog")
        self.setWindowTitle(self.tr("Merge with another client"))
        self._vault, self._session = vault, session
        self.receipt: MergeReceipt | None = None
        self.this: MergeSide | None = None
        self.other: MergeSide | None = None

        intro = QLabel(
            self.tr(
                "Use this when one person was registered twice. Find the other record, compare"
                " them, and choose the one to keep."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("mergeSearch")
        self.search_box.setPlaceholderText(self.tr("Find the other record: name, phone or e-mail"))
        self.search_box.setAccessibleName(self.tr("Find the other record"))
        self.found = QListWidget(self)
        self.found.setObjectName("mergeCandidates")
        self.found.setMaximumHeight(80)  # four or five names; the dialog fits 700 px screens
        self.search_box.textChanged.connect(self.find_other)
        self.found.currentItemChanged.connect(self._picked)
        compare = self._comparison()
        self._add_confirmation()
        buttons = self._buttons()

        layout = QVBoxLayout(self)
        for widget in (intro, self.search_box, self.found, compare, self.warning):
            layout.addWidget(widget)
        for widget in (self.prompt, self.typed, self.error):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self._describe_this(view.id)
        self._update_prompt()
        self.resize(640, self.sizeHint().height())

    def _comparison(self) -> QGroupBox:
        """Both records side by side, a "keep" choice above each."""
        self.keep_this = QRadioButton(self.tr("Keep this record"), self)
        self.keep_other = QRadioButton(self.tr("Keep the other record"), self)
        self.keep_this.setChecked(True)
        self.keep_this.toggled.connect(self._update_prompt)
        self.cells: dict[tuple[str, int], QLabel] = {}
        compare = QGroupBox(self.tr("Side by side"), self)
        grid = QGridLayout(compare)
        grid.addWidget(self.keep_this, 0, 1)
        grid.addWidget(self.keep_other, 0, 2)
        for row, name in enumerate(_ROWS, start=1):
            grid.addWidget(QLabel(self._row_labels()[name], compare), row, 0)
            for column in (1, 2):
                cell = QLabel("—", compare)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.cells[(name, column)] = cell
                grid.addWidget(cell, row, column)
        return compare

    def _add_confirmation(self) -> None:
        self.warning = QLabel(
            self.tr(
                "The record that is not kept is removed for good: its treatments, consents (the"
                " whole history, as proof), photos, health items and patch tests move to the"
                " record kept; its details fill only fields the kept record has empty (other"
                " values are dropped), its notes are added and its tags joined. This cannot be"
                " undone. Backups made before now still hold both records."
            ),
            self,
        )
        self.warning.setObjectName("mergeWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(text_style(colours().error, bold=True))
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.typed = QLineEdit(self)
        self.typed.setObjectName("typedName")
        self.prompt.setBuddy(self.typed)
        self.typed.textChanged.connect(lambda _text: self._update_button())
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet(text_style(colours().error))
        self.error.setWordWrap(True)

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = QPushButton(self.tr("Merge for good"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setStyleSheet(danger_button_style())
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.merge_button.clicked.connect(self.merge)
        buttons.rejected.connect(self.reject)
        return buttons

    # -- choosing the other record -----------------------------------------------------------

    def find_other(self, text: str) -> None:
        self.found.clear()
        if not text.strip() or self.this is None:
            return
        try:
            hits = self._vault.clients.search(self._session, text, include_archived=True)
        except SalonVaultError as error:
            self.error.setText(error_text(error))
            return
        for hit in [h for h in hits if h.id != self.this.id][:MAX_FOUND]:
            # What tells namesakes apart: the record to merge must be the right one.
            item = QListWidgetItem(picker_label(hit), self.found)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.error.clear()
        try:
            self.other = self._vault.merge.describe(
                self._session, int(item.data(Qt.ItemDataRole.UserRole))
            )
        except SalonVaultError as error:
            self.other = None
            self.error.setText(error_text(error))
        self._show(self.other, 2)
        self._update_prompt()

    def _describe_this(self, client_id: int) -> None:
        try:
            self.this = self._vault.merge.describe(self._session, client_id)
        except SalonVaultError as error:
            self.error.setText(error_text(error))
        self._show(self.this, 1)

    def _show(self, side: MergeSide | None, column: int) -> None:
        for name in _ROWS:
            value = getattr(side, name) if side is not None else None
            text = "—" if value in (None, "") else str(value)
            self.cells[(name, column)].setText(text)

    # -- confirming --------------------------------------------------------------------------

    def survivor_and_absorbed(self) -> tuple[MergeSide, MergeSide] | None:
        if self.this is None or self.other is None:
            return None
        if self.keep_this.isChecked():
            return self.this, self.other
        return self.other, self.this

    def _update_prompt(self) -> None:
        pair = self.survivor_and_absorbed()
        if pair is None:
            self.prompt.setText(self.tr("Find and choose the other record first."))
        else:
            self.prompt.setText(
                fill(
                    self.tr("To confirm, type the name of the record that will be removed: %1"),
                    pair[1].display_name,
                )
            )
        self._update_button()

    def _update_button(self) -> None:
        pair = self.survivor_and_absorbed()
        self.merge_button.setEnabled(
            pair is not None and names_match(self.typed.text(), pair[1].display_name)
        )

    def merge(self) -> None:
        self.error.clear()
        pair = self.survivor_and_absorbed()
        if pair is None:
            self.error.setText(self.tr("Find and choose the other record first."))
            return
        survivor, absorbed = pair
        try:
            self.receipt = self._vault.merge.merge(
                self._session, survivor.id, absorbed.id, self.typed.text()
            )
        except SalonVaultError as error:
            self.error.setText(error_text(error))
            return
        receipt = self.receipt
        message = fill(
            self.tr(
                "The records are merged: %1 treatments, %2 consents, %3 photos, %4 health items"
                " and %5 patch tests moved to %6."
            ),
            receipt.visits,
            receipt.consents,
            receipt.photos,
            receipt.health_items,
            receipt.patch_tests,
            survivor.display_name,
        )
        if receipt.photos_deleted:
            message += " " + fill(
                self.tr(
                    "%1 photos were deleted: the newest photo consent over both records is not"
                    " an active one."
                ),
                receipt.photos_deleted,
            )
        QMessageBox.information(self, self.tr("Clients merged"), message)
        self.accept()

    def _row_labels(self) -> dict[str, str]:
        return {
            "id": self.tr("Client number"),
            "display_name": self.tr("Name"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "birth_date": self.tr("Birth date"),
            "visits": self.tr("Treatments"),
            "consents": self.tr("Consent records"),
            "photos": self.tr("Photos"),
            "health_items": self.tr("Health items"),
            "patch_tests": self.tr("Patch tests"),
        }
