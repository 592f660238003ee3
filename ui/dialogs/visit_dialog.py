"""Add today's treatment: service, who did it, products, the colour formula, price.

A service that needs a patch test and has no valid one gets a loud warning; going ahead is an
explicit choice that the services log.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from salonvault.domain.errors import PatchTestRequired, SalonVaultError, ValidationError
from salonvault.domain.formula_input import one_bowl_formula
from salonvault.domain.roles import Role
from salonvault.domain.session import Session
from salonvault.domain.treatments import PaymentMethod, VisitInput
from salonvault.services.access import local_today
from salonvault.services.vault import Vault
from ui.qt_dates import from_qdate, to_qdate
from ui.widgets.form_dialog import FormDialog

CURRENCY_BY_LANGUAGE = {"vi": ("VND", 0), "pl": ("PLN", 2), "zh_CN": ("CNY", 2), "en": ("GBP", 2)}


class VisitDialog(FormDialog):
    """Every refusal shows at the bottom (`error`), as the form is long and compact."""

    def __init__(
        self, vault: Vault, session: Session, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitDialog")
        self.setWindowTitle(self.tr("Add treatment"))
        self._vault = vault
        self._session = session
        self._client_id = client_id
        self.visit_id: int | None = None
        self.currency, self._decimals = CURRENCY_BY_LANGUAGE.get(
            vault.settings.language(), ("GBP", 2)
        )
        today = to_qdate(local_today(vault.clock))
        self.date = QDateEdit(today, self)
        self.date.setMaximumDate(today)
        self.date.setCalendarPopup(True)
        self.service = QComboBox(self)
        for service in vault.treatments.services(session):
            self.service.addItem(service.name, service.id)
        self.technician = QComboBox(self)
        for staff_id, name, role in vault.staff.sign_in_list():
            if role is not Role.RECEPTIONIST:
                self.technician.addItem(name, staff_id)
        self.technician.setCurrentIndex(max(0, self.technician.findData(session.staff_id)))
        self.products = QLineEdit(self)
        self.brand, self.shades = QLineEdit(self), QLineEdit(self)
        self.shades.setPlaceholderText(self.tr("e.g. 7/0, 7/1"))
        self.developer, self.ratio = QLineEdit(self), QLineEdit(self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 600)
        self.minutes.setSpecialValueText("—")
        self.notes = QLineEdit(self)
        self.price = QLineEdit(self)
        self.payment = QComboBox(self)
        self.payment.addItem("—", None)
        for method in PaymentMethod:
            self.payment.addItem(method.value, method)
        self.error = self.general_error

        self._lay_out()

    def _lay_out(self) -> None:
        self.add_field(self.tr("Date"), self.date)
        self.add_field(self.tr("Service"), self.service)
        self.add_field(self.tr("Done by"), self.technician)
        self.add_field(self.tr("Products"), self.products)
        formula = QGroupBox(self.tr("Colour formula"), self)
        formula_form = QFormLayout(formula)
        formula_form.addRow(self.tr("Brand"), self.brand)
        formula_form.addRow(self.tr("Shades"), self.shades)
        formula_form.addRow(self.tr("Developer"), self.developer)
        formula_form.addRow(self.tr("Ratio"), self.ratio)
        formula_form.addRow(self.tr("Minutes"), self.minutes)
        after = QFormLayout()
        after.addRow(self.tr("Notes"), self.notes)
        after.addRow(self.tr("Price (%1)").replace("%1", self.currency), self.price)
        after.addRow(self.tr("Payment"), self.payment)
        self.body.addWidget(formula)
        self.body.addLayout(after)
        for field, name in (
            (self.products, "products"),
            (self.notes, "notes"),
            (self.price, "price"),
        ):
            field.setAccessibleName(name)

    def visit_input(self) -> VisitInput:
        shades = tuple(s.strip() for s in self.shades.text().split(",") if s.strip())
        return VisitInput(
            visited_on=from_qdate(self.date.date()),
            service_id=int(self.service.currentData() or 0),
            technician_id=self.technician.currentData(),
            products=self.products.text(),
            formula=one_bowl_formula(  # one bowl until the multi-bowl editor comes
                self.brand.text(),
                shades,
                self.developer.text(),
                self.ratio.text(),
                self.minutes.value() or None,
            ),
            notes=self.notes.text(),
            price_minor=self._price_minor(),
            currency=self.currency if self.price.text().strip() else "",
            payment_method=self.payment.currentData(),
        )

    def _price_minor(self) -> int | None:
        text = self.price.text().strip().replace(" ", "").replace(",", ".")
        if not text:
            return None
        try:
            return int(Decimal(text) * 10**self._decimals)
        except InvalidOperation:
            raise ValidationError(self.tr("The price is a number."), field="price_minor") from None

    def save_form(self) -> bool:
        visit = self.visit_input()
        try:
            self._add(visit, acknowledged=False)
        except PatchTestRequired as warning:
            answer = QMessageBox.warning(
                self,
                self.tr("Patch test needed"),
                str(warning) + "\n\n" + self.tr("Go ahead anyway? This is recorded."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            self._add(visit, acknowledged=True)
        return True

    def _add(self, visit: VisitInput, acknowledged: bool) -> None:
        with self.busy():
            self.visit_id = self._vault.treatments.add_visit(
                self._session, self._client_id, visit, acknowledged
            )

    def error_field(self, error: SalonVaultError) -> str | None:
        return None  # the general line: this form has no error lines under its fields
