"""Add today's treatment, change one within the 24 hours, or correct a locked one: service, who
did it, products, the colour formula in bowls, notes, price in the salon's currency, payment.

The client's health alerts come first, named for a role that may read them; a service whose
declared contraindications match the client's record shows a loud warning naming the match,
with a box to tick before the visit is saved (issue 22 item 3). A service that needs a patch
test and has no valid one gets a loud warning too. Going ahead is an explicit choice that the
services log. A correction is a new entry pointing back to the one it
corrects: both stay in the history.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from datetime import date
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.business_profile import Feature
from salonvault.domain.errors import (
    ContraindicationFound,
    FormulaError,
    PatchTestRequired,
    SalonVaultError,
)
from salonvault.domain.records import TemplateSummary
from salonvault.domain.roles import Permission, Role, role_allows
from salonvault.domain.session import Session
from salonvault.domain.treatments import (
    PatchStatus,
    PaymentMethod,
    SalonService,
    VisitInput,
    VisitView,
)
from salonvault.services.access import local_today
from salonvault.services.money import parse_price, plain_price
from salonvault.services.vault import Vault
from ui.dialogs.formula_editor import FormulaEditor
from ui.dialogs.record_dialog import RecordDialog
from ui.dialogs.visit_safety_box import ContraindicationBox, HealthAlertsLine
from ui.error_text import error_text
from ui.labels import fill, patch_status_label
from ui.palette import colours, text_style
from ui.qt_dates import from_qdate, to_qdate
from ui.record_words import label_text
from ui.visit_words import payment_label
from ui.widgets.form_dialog import FormDialog


class VisitMode(Enum):
    ADD = "add"
    EDIT = "edit"  # the same entry changed (owner, or its technician within 24 hours)
    CORRECT = "correct"  # a new entry that corrects a locked one


class VisitDialog(FormDialog):
    draft_kind = "visit"

    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        parent: QWidget | None = None,
        visit: VisitView | None = None,
        mode: VisitMode = VisitMode.ADD,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitDialog")
        self._vault = vault
        self._session = session
        self._client_id = client_id
        self._visit = visit
        self.mode = mode if visit is not None else VisitMode.ADD
        self.visit_id: int | None = None  # the entry saved (new, changed or the correction)
        titles = {
            VisitMode.ADD: self.tr("Add treatment"),
            VisitMode.EDIT: self.tr("Change treatment"),
            VisitMode.CORRECT: self.tr("Correct treatment"),
        }
        self.setWindowTitle(titles[self.mode])
        self.currency = (visit.currency if visit else "") or vault.settings.currency()
        today = to_qdate(local_today(vault.clock))
        self.date = QDateEdit(today, self)
        self.date.setMaximumDate(today)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self._make_service_and_safety()
        self.technician = QComboBox(self)
        for staff_id, name, role in vault.staff.sign_in_list():
            if role is not Role.RECEPTIONIST:
                self.technician.addItem(name, staff_id)
        self.technician.setCurrentIndex(max(0, self.technician.findData(session.staff_id)))
        self.products = QLineEdit(self)
        self.repeat_button = QPushButton(self.tr("&Repeat last formula"), self)
        self.repeat_button.setObjectName("repeatFormula")
        self.repeat_button.clicked.connect(self.repeat_last_formula)
        self.repeat_message = QLabel(self)
        self.repeat_message.setObjectName("repeatMessage")
        self.repeat_message.setWordWrap(True)
        self.repeat_message.setStyleSheet(text_style(colours().muted))
        self.formula_editor = FormulaEditor(self)
        self.formula_editor.layout_changed.connect(self._chain_tab_order)
        self.notes = QLineEdit(self)
        self.price = QLineEdit(self)
        self.payment = QComboBox(self)
        self.payment.addItem("—", None)
        for method in PaymentMethod:
            self.payment.addItem(payment_label(method), method)
        self.service.currentIndexChanged.connect(self._offer_service_price)
        self.service.currentIndexChanged.connect(self._warn_for_service)
        self._make_record_after()
        self._lay_out()
        if visit is not None:
            self._fill(visit)
        else:
            self._offer_service_price()
        self._warn_for_service()
        self._fit_to_business(visit)
        self.resize(660, 680)

    def _fit_to_business(self, visit: VisitView | None) -> None:
        """The colour formula is the hair salon's (the business profile); a visit that has one
        keeps showing it whatever the salon does now."""
        has_formula = visit is not None and not visit.formula.empty
        uses_formula = self._vault.settings.business_profile().has(Feature.COLOUR_FORMULA)
        self.formula_box.setVisible(uses_formula or has_formula)
        may_repeat = (
            self.mode is VisitMode.ADD
            and uses_formula
            and role_allows(self._session.role, Permission.TREATMENT_READ)
        )
        self.repeat_button.setVisible(may_repeat)
        self.repeat_message.setVisible(may_repeat)

    def _make_service_and_safety(self) -> None:
        """The services offered, and what the client's record says before any treatment: read
        once per opening (a logged read of the health items it names)."""
        self.service = QComboBox(self)
        self._services: dict[int, SalonService] = {}
        for service in self._vault.treatments.services(self._session):
            self.service.addItem(service.name, service.id)
            self._services[service.id] = service
        safety = self._vault.treatments.visit_safety(self._session, self._client_id)
        self.health_alerts = HealthAlertsLine(safety, self)
        self.contraindication = ContraindicationBox(safety, self)

    def _lay_out(self) -> None:
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.health_alerts)
        top = QFormLayout()
        self.add_field(self.tr("Date"), self.date, "visited_on", form=top)
        self.add_field(self.tr("Service"), self.service, "service_id", form=top)
        self._contraindication_row = self.with_error_line(
            self.contraindication, "contraindication", self.contraindication.acknowledge
        )
        top.addRow(self._contraindication_row)
        self.contraindication.acknowledge.toggled.connect(self._acknowledgement_changed)
        self._top_form = top
        self.add_field(self.tr("Done by"), self.technician, "technician_id", form=top)
        self.add_field(self.tr("Products"), self.products, "products", form=top)
        column.addLayout(top)
        formula = QGroupBox(self.tr("Colour formula"), content)
        formula.setObjectName("formulaBox")
        self.formula_box = formula
        inside = QVBoxLayout(formula)
        repeat = QHBoxLayout()
        repeat.addWidget(self.repeat_button)
        repeat.addWidget(self.repeat_message, 1)
        inside.addLayout(repeat)
        inside.addWidget(self.formula_editor)
        column.addWidget(formula)
        after = QFormLayout()
        self.add_field(self.tr("Notes"), self.notes, "notes", form=after)
        price_label = fill(self.tr("Price (%1)"), self.currency)
        self.add_field(price_label, self.price, "price_minor", form=after)
        self.add_field(self.tr("Payment"), self.payment, "payment_method", form=after)
        self.record_after_label = QLabel(self.tr("Then &record"), content)
        self.record_after_label.setBuddy(self.record_after)
        self.record_after.setAccessibleName(self.tr("Then record"))
        after.addRow(self.record_after_label, self.record_after)
        self._offer_records()
        column.addLayout(after)
        _align_label_columns(top, after)
        column.addStretch(1)
        # A long formula scrolls inside the dialog, so it fits a 1024 x 700 screen.
        scroll = QScrollArea(self)
        scroll.setObjectName("visitScroll")
        scroll.setWidgetResizable(True)
        # Tab goes to the fields (scrolled to as they take focus), never to the frame itself.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroll_area = scroll
        self.body.addWidget(scroll, 1)
        # The form's own layout: the scrolling body takes the height, not the error line.
        self._layout.setStretchFactor(self.body, 1)
        # Named for screen readers on every system (the labels are their buddies too).
        for field, name in (
            (self.date, self.tr("Date")),
            (self.service, self.tr("Service")),
            (self.technician, self.tr("Done by")),
            (self.products, self.tr("Products")),
            (self.notes, self.tr("Notes")),
            (self.price, price_label),
            (self.payment, self.tr("Payment")),
        ):
            field.setAccessibleName(name)

    def _fill(self, visit: VisitView) -> None:
        self.date.setDate(to_qdate(visit.visited_on))
        index = self.service.findData(visit.service_id)
        if index < 0:  # a service no longer offered: shown, so nothing changes unseen
            self.service.addItem(visit.service_name, visit.service_id)
            index = self.service.count() - 1
        self.service.setCurrentIndex(index)
        index = self.technician.findData(visit.technician_id)
        if index >= 0:
            self.technician.setCurrentIndex(index)
        self.products.setText(visit.products)
        self.formula_editor.set_formula(visit.formula)
        self.notes.setText(visit.notes)
        if visit.price_minor is not None:
            self.price.setText(plain_price(visit.price_minor, self.currency))
        self.payment.setCurrentIndex(max(0, self.payment.findData(visit.payment_method)))

    def _offer_service_price(self) -> None:
        """A service's usual price fills an empty price field (the visit may differ)."""
        if self.mode is not VisitMode.ADD or self.price.isModified():
            return
        service = self._services.get(int(self.service.currentData() or 0))
        price = service.price_minor if service is not None else None
        self.price.setText(plain_price(price, self.currency) if price is not None else "")

    def _warn_for_service(self) -> None:
        """A new visit of a service whose contraindications match this client's record: the
        warning, to acknowledge (edits and corrections are not asked, as the services don't)."""
        service = self._services.get(int(self.service.currentData() or 0))
        self.contraindication.show_for(service if self.mode is VisitMode.ADD else None)
        # The row goes with the box, so no empty gap stands between Service and Done by.
        shown = self.contraindication.needs_acknowledgement
        self._top_form.setRowVisible(self._contraindication_row, shown)
        self._chain_tab_order()

    def _make_record_after(self) -> None:
        """A new treatment may go straight on to its record (a lash map, a laser session): the
        record needs the saved visit, so its form opens once the treatment is saved."""
        self.record_after = QComboBox(self)
        self.record_after.setObjectName("recordAfter")
        # `activated`: a choice made by hand (not by a new service), which a later choice of
        # service keeps while that service offers it.
        self.record_after.activated.connect(self._record_picked)
        self._record_picked_by_hand = False
        self._picked_record: str | None = None  # its key; None: "—", no record this time
        self.record_dialog: RecordDialog | None = None  # the record form opened after saving
        self._may_record = self.mode is VisitMode.ADD and role_allows(
            self._session.role, Permission.RECORD_WRITE
        )
        self.service.currentIndexChanged.connect(self._offer_records)

    def _offer_records(self) -> None:
        """The records switched on for the chosen service, to fill in once the treatment is
        saved; "—" for none. Chosen already: the technician's own pick while this service
        offers it, else the first the owner switched on for this very service (not one
        offered with every treatment)."""
        self.record_after.clear()
        self.record_after.addItem("—", None)
        offered: list[TemplateSummary] = []
        service_id = self.service.currentData()
        if self._may_record and service_id is not None:
            try:
                offered = self._vault.record_templates.templates_for_service(
                    self._session, int(service_id)
                )
            except SalonVaultError:
                offered = []
        for summary in offered:
            self.record_after.addItem(label_text(summary.latest.definition.name), summary.key)
        chosen = -1
        if self._record_picked_by_hand:
            chosen = self.record_after.findData(self._picked_record)
            self._record_picked_by_hand = chosen >= 0  # not offered here: the pick is gone
        if chosen < 0:
            tied = next((t.key for t in offered if service_id in t.service_ids), None)
            chosen = max(0, self.record_after.findData(tied))
        self.record_after.setCurrentIndex(chosen)
        self.record_after.setVisible(bool(offered))
        self.record_after_label.setVisible(bool(offered))

    def _record_picked(self, index: int) -> None:
        self._record_picked_by_hand = True
        self._picked_record = self.record_after.itemData(index)

    def accept(self) -> None:
        super().accept()
        key = self.record_after.currentData()
        if key is None or self.visit_id is None or self.mode is not VisitMode.ADD:
            return
        template = self._vault.record_templates.template(self._session, str(key))
        dialog = RecordDialog(
            self._vault,
            self._session,
            self._client_id,
            template,
            self.parentWidget(),
            visit_id=self.visit_id,
        )
        self.record_dialog = dialog
        dialog.open()

    # -- kept through a lock (ui/drafts.py) ---------------------------------------------------

    def draft_place(self) -> dict[str, object]:
        return {
            "client_id": self._client_id,
            "mode": self.mode.value,
            "visit_id": self._visit.id if self._visit is not None else None,
        }

    def draft_values(self) -> dict[str, object]:
        return {
            "date": from_qdate(self.date.date()).isoformat(),
            "service_id": self.service.currentData(),
            "technician_id": self.technician.currentData(),
            "products": self.products.text(),
            "formula": self.formula_editor.typed(),
            "notes": self.notes.text(),
            "price": self.price.text(),
            "price_typed": self.price.isModified(),
            "payment": self.payment.currentIndex(),  # "—", then the methods in their order
            "record_after": self.record_after.currentData(),
        }

    def restore_draft(self, values: Mapping[str, object]) -> None:
        """What was typed goes back; the contraindication box is not ticked again: the
        warning is read anew (it may have changed while the screen was locked)."""
        with_date = values.get("date")
        if isinstance(with_date, str):
            self.date.setDate(to_qdate(date.fromisoformat(with_date)))
        for combo, key in ((self.service, "service_id"), (self.technician, "technician_id")):
            index = combo.findData(values.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)  # the service's price and records follow
        self.products.setText(str(values.get("products") or ""))
        formula = values.get("formula")
        if isinstance(formula, list) and formula:
            self.formula_editor.set_typed([b for b in formula if isinstance(b, Mapping)])
        self.notes.setText(str(values.get("notes") or ""))
        self.price.setText(str(values.get("price") or ""))
        self.price.setModified(bool(values.get("price_typed")))
        payment = values.get("payment")
        self.payment.setCurrentIndex(payment if isinstance(payment, int) else 0)
        record = self.record_after.findData(values.get("record_after"))
        self.record_after.setCurrentIndex(max(0, record))

    def kept_note_text(self) -> str:
        return self.tr("Your unsaved visit was kept while the screen was locked.")

    # -- repeat last formula -----------------------------------------------------------------

    def repeat_last_formula(self) -> bool:
        """Copy the client's latest formula into the bowls, to adjust (a logged read)."""
        if not self.formula_editor.empty:
            answer = QMessageBox.question(
                self,
                self.tr("Repeat last formula"),
                self.tr("Replace the formula typed here with the client's last formula?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            formula = self._vault.treatments.repeat_last_formula(self._session, self._client_id)
        except SalonVaultError as error:
            self.repeat_message.setText(error_text(error))
            return False
        if formula is None:
            self.repeat_message.setText(
                self.tr("Nothing to repeat: no earlier treatment of this client has a formula.")
            )
            return False
        self.formula_editor.set_formula(formula)
        self.repeat_message.setText(self.tr("Last formula copied: adjust it for today."))
        if self.formula_editor.bowls:
            self.formula_editor.bowls[0].label.setFocus()
        return True

    # -- saving ------------------------------------------------------------------------------

    def visit_input(self) -> VisitInput:
        """What was typed; FormulaError for a formula text that is not readable."""
        return VisitInput(
            visited_on=from_qdate(self.date.date()),
            service_id=int(self.service.currentData() or 0),
            technician_id=self.technician.currentData(),
            products=self.products.text(),
            formula=self.formula_editor.formula(),
            notes=self.notes.text(),
            price_minor=parse_price(self.price.text(), self.currency),
            currency=self.currency if self.price.text().strip() else "",
            payment_method=PaymentMethod(method)
            if (method := self.payment.currentData())
            else None,
        )

    def clear_errors(self) -> None:
        super().clear_errors()
        self.formula_editor.clear_errors()

    def save_form(self) -> bool:
        try:
            visit = self.visit_input()
        except FormulaError as error:
            self._show_formula_error(error, from_service=False)
            return False
        try:
            self._store(visit, acknowledged=False)
        except FormulaError as error:
            self._show_formula_error(error, from_service=True)
            return False
        except ContraindicationFound:
            self._ask_to_acknowledge()
            return False
        except PatchTestRequired as warning:
            answer = QMessageBox.warning(
                self,
                self.tr("Patch test needed"),
                self._patch_warning(warning.status)
                + "\n\n"
                + self.tr("Go ahead anyway? This is recorded."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            try:
                self._store(visit, acknowledged=True)
            except ContraindicationFound:
                self._ask_to_acknowledge()
                return False
        return True

    def _acknowledgement_changed(self) -> None:
        """The refusal asks for the tick: once it is given (or taken back) the request goes;
        the next Save asks again if it is still missing."""
        line = self.errors["contraindication"]
        line.clear()
        line.hide()

    def _ask_to_acknowledge(self) -> None:
        """The services refused: the contraindication was not acknowledged (or appeared since
        the dialog opened, e.g. an item added meanwhile, so the box shows it now)."""
        if not self.contraindication.needs_acknowledgement:
            self._refresh_safety()
        self.show_error(
            "contraindication",
            self.tr(
                "Read the warning above and tick the box to go ahead, or choose another service."
            ),
        )
        self.scroll_area.ensureWidgetVisible(self.contraindication)

    def _refresh_safety(self) -> None:
        safety = self._vault.treatments.visit_safety(self._session, self._client_id)
        self.contraindication.use(safety)
        self.health_alerts.use(safety)
        self._warn_for_service()

    def _patch_warning(self, status: str) -> str:
        try:
            shown = patch_status_label(PatchStatus(status))
        except ValueError:
            shown = status
        return fill(
            self.tr("This service needs a valid patch test; this client's patch test: %1."),
            shown,
        )

    def _show_formula_error(self, error: FormulaError, from_service: bool) -> None:
        field = self.formula_editor.show_error(error, from_service=from_service)
        self.scroll_area.ensureWidgetVisible(field)
        field.setFocus()

    def _store(self, visit: VisitInput, acknowledged: bool) -> None:
        treatments = self._vault.treatments
        with self.busy():
            if self.mode is VisitMode.ADD:
                self.visit_id = treatments.add_visit(
                    self._session,
                    self._client_id,
                    visit,
                    acknowledge_patch_warning=acknowledged,
                    acknowledge_contraindications=self.contraindication.acknowledged,
                )
            elif self._visit is not None and self.mode is VisitMode.EDIT:
                treatments.edit_visit(self._session, self._visit.id, visit)
                self.visit_id = self._visit.id
            elif self._visit is not None:
                self.visit_id = treatments.add_correction(self._session, self._visit.id, visit)

    # -- keyboard ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # the buttons join the dialog here
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        """Tab goes down the form as it reads, through bowls and shades added later too (Qt
        would otherwise put a widget made after the dialog was shown behind the buttons)."""
        chain: list[QWidget] = [self.date, self.service]
        if self.contraindication.needs_acknowledgement:
            chain.append(self.contraindication.acknowledge)
        chain += [self.technician, self.products]
        if self.repeat_button.isVisibleTo(self):
            chain.append(self.repeat_button)
        if self.formula_box.isVisibleTo(self):
            chain += self.formula_editor.focus_order()
        chain += [self.notes, self.price, self.payment, self.record_after]
        if self.buttons.parent() is not None:
            chain += [b for b in self.buttons.buttons() if isinstance(b, QWidget)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)


def _align_label_columns(*forms: QFormLayout) -> None:
    """The forms above and below the colour formula line up as one form: the same label
    width (without the formula between them, two columns of fields would stand side by side
    at different places)."""
    labels: list[QWidget] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
