"""The card's Patch tests tab.

Owners and technicians see every test (date, product and batch, result, who did it, valid until)
and record tests or their results; receptionists see the status only ("valid", "expired", …),
which is all the service tells them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.domain.treatments import PatchResult, PatchStatus, PatchTest
from salonvault.services.access import local_today
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.card_tabs.base import CardTab
from ui.formats import date_text
from ui.labels import fill, patch_result_label, patch_status_label
from ui.palette import colours, text_style
from ui.qt_dates import from_qdate, to_qdate
from ui.widgets.form_dialog import FormDialog


class PatchTestsTab(CardTab):
    """The client's patch tests (kept up while the card is open: the card's status line and
    this list change together)."""

    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        staff_names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, session, client_id, staff_names, "patchTests", parent)
        self._tests: list[PatchTest] = []
        self.status = QLabel(self)
        self.status.setObjectName("patchStatus")
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.may_read = role_allows(session.role, Permission.PATCH_TEST_READ)
        may_write = role_allows(session.role, Permission.PATCH_TEST_WRITE)
        self.table = self._list_table(
            "patchTestList",
            [
                self.tr("Tested on"),
                self.tr("Product"),
                self.tr("Batch"),
                self.tr("Result"),
                self.tr("Done by"),
                self.tr("Valid until"),
            ],
            stretch=1,
        )
        self.table.setVisible(self.may_read)
        self.record_button = QPushButton(self.tr("Record a patch test…"), self)
        self.record_button.clicked.connect(self.record)
        self.result_button = QPushButton(self.tr("Set result…"), self)
        self.result_button.clicked.connect(self.set_result)
        self.record_button.setVisible(may_write)
        self.result_button.setVisible(may_write)
        note = QLabel(self.tr("Details of patch tests are for owners and technicians."), self)
        note.setVisible(not self.may_read)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.result_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        if not self.may_read:
            layout.addStretch(1)
        layout.addLayout(buttons)
        self.reload()
        self.changes = ChangeFollower(
            self, vault, [RecordKind.PATCH_TESTS], self.reload, with_window=True
        )

    def reload(self) -> None:
        status = self._vault.treatments.patch_status(self._session, self._client_id)
        self.status.setText(fill(self.tr("Patch test: %1"), patch_status_label(status)))
        alarming = status in (PatchStatus.FAILED, PatchStatus.EXPIRED)
        self.status.setStyleSheet(text_style(colours().error) if alarming else "")
        if not self.may_read:
            return
        newest_first = sorted(
            self._vault.treatments.patch_tests(self._session, self._client_id),
            key=lambda t: (t.tested_on, t.id),
            reverse=True,
        )
        self._tests = newest_first
        self.table.setRowCount(len(newest_first))
        for row, test in enumerate(newest_first):
            cells = [
                date_text(test.tested_on),
                test.product,
                test.batch or "—",
                patch_result_label(test.result),
                self._staff_names.get(test.done_by, "—"),
                date_text(test.valid_until),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.result_button.setEnabled(bool(newest_first))
        if newest_first:
            self.table.selectRow(0)

    def selected(self) -> PatchTest | None:
        row = self.table.currentRow()
        return self._tests[row] if 0 <= row < len(self._tests) else None

    def record(self) -> PatchTestDialog:
        dialog = PatchTestDialog(self._vault, self._session, self._client_id, self)
        dialog.open()
        return dialog

    def set_result(self) -> PatchResultDialog | None:
        test = self.selected()
        if test is None:
            return None
        dialog = PatchResultDialog(self._vault, self._session, self._client_id, test, self)
        dialog.open()
        return dialog


def _result_combo(parent: QWidget, current: PatchResult) -> QComboBox:
    combo = QComboBox(parent)
    for result in PatchResult:
        combo.addItem(patch_result_label(result), result.value)
    combo.setCurrentIndex(combo.findData(current.value))
    return combo


class PatchTestDialog(FormDialog):
    """Record a patch test: date, product and batch, result (often "pending" at first)."""

    def __init__(
        self, vault: Vault, session: Session, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patchTestDialog")
        self.setWindowTitle(self.tr("Record a patch test"))
        self._vault = vault
        self._session = session
        self._client_id = client_id
        self.test_id: int | None = None
        today = to_qdate(local_today(vault.clock))
        self.tested_on = QDateEdit(today, self)
        self.tested_on.setMaximumDate(today)
        self.tested_on.setCalendarPopup(True)
        self.tested_on.setDisplayFormat("yyyy-MM-dd")
        self.product = QLineEdit(self)
        self.product.setPlaceholderText(self.tr("e.g. Wella Koleston 7/0"))
        self.batch = QLineEdit(self)
        self.result_choice = _result_combo(self, PatchResult.PENDING)
        for name, label, widget in (
            ("tested_on", self.tr("Tested on"), self.tested_on),
            ("product", self.tr("Product"), self.product),
            ("batch", self.tr("Batch"), self.batch),
        ):
            widget.setAccessibleName(label)
            self.add_field(label, widget, error=name)
        self.add_field(self.tr("Result"), self.result_choice)
        self.result_choice.setAccessibleName(self.tr("Result"))
        self.error = self.general_error
        self.resize(440, self.sizeHint().height())

    def save_form(self) -> bool:
        with self.busy():
            self.test_id = self._vault.treatments.record_patch_test(
                self._session,
                self._client_id,
                from_qdate(self.tested_on.date()),
                self.product.text(),
                self.batch.text(),
                PatchResult(self.result_choice.currentData()),
            )
        return True


class PatchResultDialog(FormDialog):
    """Set the result of a test once it has been read (pass or fail)."""

    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        test: PatchTest,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patchResultDialog")
        self.setWindowTitle(self.tr("Patch test result"))
        self._vault = vault
        self._session = session
        self._client_id = client_id
        self._test = test
        which = QLabel(fill(self.tr("%1, tested on %2"), test.product, test.tested_on), self)
        which.setWordWrap(True)
        self.result_choice = _result_combo(self, test.result)
        self.result_choice.setAccessibleName(self.tr("Result"))
        self.error = self.general_error
        self.form.addRow(which)
        self.add_field(self.tr("Result"), self.result_choice)

    def save_form(self) -> bool:
        with self.busy():
            self._vault.treatments.set_patch_result(
                self._session,
                self._client_id,
                self._test.id,
                PatchResult(self.result_choice.currentData()),
            )
        return True
