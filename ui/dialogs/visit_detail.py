"""One treatment opened from the card's history: service, who and when, the formula bowl by
bowl, products, notes, price and payment, the photos of that visit and the corrections, with
Edit for whoever may edit it now and Correct for a locked one (decision 0021).

Everything comes from one `visit_detail` call (one `visit.open` entry), filtered by role in the
service: a receptionist gets the date and service only. Why Edit is off is said next to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.errors import SalonVaultError
from salonvault.domain.records import TemplateSummary
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.domain.treatments import PhotosWithheld, VisitDetail, VisitLink, VisitView
from salonvault.services.money import format_price
from salonvault.services.vault import Vault
from ui.dialogs.photo_view import PhotoViewDialog
from ui.dialogs.record_detail import RecordDetailDialog
from ui.dialogs.record_dialog import RecordDialog
from ui.dialogs.visit_dialog import VisitDialog, VisitMode
from ui.error_text import error_text
from ui.formats import date_text
from ui.labels import fill, local_time
from ui.palette import colours, text_style
from ui.record_words import label_text
from ui.visit_words import (
    bowl_label_text,
    edit_refusal_text,
    editable_until_text,
    payment_label,
    ui_language,
)

_VISIT_ID = Qt.ItemDataRole.UserRole
MAX_PHOTOS_SHOWN = 4  # what one opening of the photo service may show


class VisitDetailDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        visit_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitDetail")
        self._vault = vault
        self._session = session
        self._client_id = client_id
        self.visit_id = visit_id
        self.detail: VisitDetail | None = None
        self.values: dict[str, QLabel] = {}  # what each row shows, by name (tests read them)
        self._content_holder = QScrollArea(self)
        self._content_holder.setWidgetResizable(True)
        self._content_holder.setFrameShape(QFrame.Shape.NoFrame)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style(colours().error))
        self.message.hide()
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editVisit")
        self.edit_button.clicked.connect(self.edit)
        self.edit_reason = QLabel(self)
        self.edit_reason.setObjectName("editReason")
        self.edit_reason.setWordWrap(True)
        self.edit_reason.setStyleSheet(text_style(colours().muted))
        self.correct_button = QPushButton(self.tr("&Correct…"), self)
        self.correct_button.setObjectName("correctVisit")
        self.correct_button.clicked.connect(self.correct)
        # Made afresh with each reading, inside the content they belong to (`_show`).
        self.photos_button = QPushButton(self)
        self.corrections = QListWidget(self)
        self.photos_button.hide()
        self.corrections.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.correct_button)
        actions.addWidget(self.edit_reason, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._content_holder, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(620, 560)
        self.reload()

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the visit again (one logged opening) and show it."""
        try:
            self.detail = self._vault.treatments.visit_detail(self._session, self.visit_id)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            self.message.show()
            return
        self.message.hide()
        self._show(self.detail)

    def _show(self, detail: VisitDetail) -> None:
        summary = detail.summary
        self.setWindowTitle(
            fill(self.tr("Treatment: %1, %2"), date_text(summary.visited_on), summary.service_name)
        )
        self.values = {}
        content = QWidget(self)
        self.photos_button = QPushButton(content)
        self.photos_button.setObjectName("visitPhotos")
        self.photos_button.clicked.connect(self.show_photos)
        self.photos_button.hide()
        self.corrections = QListWidget(content)
        self.corrections.setObjectName("corrections")
        # Enter or a double click; opened after the key press, as on the card's history.
        self.corrections.itemActivated.connect(
            lambda item: QTimer.singleShot(0, lambda: self._open_linked(item))
        )
        self.corrections.hide()
        form = QFormLayout(content)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, "date", self.tr("Date"), date_text(summary.visited_on))
        self._row(form, "service", self.tr("Service"), summary.service_name)
        visit = detail.visit
        if visit is None:  # the receptionist: the date and the service, as in the history
            note = QLabel(
                self.tr(
                    "Receptionists see the date and service of a treatment; the formula, notes"
                    " and price are for the owner and the technicians."
                ),
                content,
            )
            note.setWordWrap(True)
            note.setStyleSheet(text_style(colours().muted))
            form.addRow(note)
        else:
            self._full_rows(form, detail, visit)
        self._content_holder.setWidget(content)
        self._show_actions(detail)

    def _full_rows(self, form: QFormLayout, detail: VisitDetail, visit: VisitView) -> None:
        self._row(form, "technician", self.tr("Done by"), detail.technician_name or "—")
        self._row(
            form,
            "recorded",
            self.tr("Recorded"),
            fill(
                self.tr("%1 by %2"),
                local_time(visit.created_at),
                detail.recorded_by_name or "—",
            ),
        )
        self._formula_rows(form, visit)
        self._row(form, "products", self.tr("Products"), visit.products or "—")
        self._row(form, "notes", self.tr("Notes"), visit.notes or "—")
        price = "—"
        if visit.price_minor is not None:
            price = format_price(visit.price_minor, visit.currency or "EUR", ui_language())
        self._row(form, "price", self.tr("Price"), price)
        method = visit.payment_method
        self._row(form, "payment", self.tr("Payment"), payment_label(method) if method else "—")
        self._photo_row(form, detail)
        self._correction_rows(form, detail)
        self._record_rows(form, visit.service_id)

    def _formula_rows(self, form: QFormLayout, visit: VisitView) -> None:
        bowls = [bowl for bowl in visit.formula.bowls if not bowl.empty]
        if not bowls:
            self._row(form, "formula", self.tr("Colour formula"), "—")
            return
        lines = []
        for number, bowl in enumerate(bowls, start=1):
            name = bowl_label_text(bowl.label) or fill(self.tr("Bowl %1"), number)
            # The label goes in front as the bowl's heading, the rest as one_line writes it.
            rest = replace(bowl, label="").one_line()
            lines.append(fill(self.tr("%1: %2"), name, rest))
        self._row(form, "formula", self.tr("Colour formula"), "\n".join(lines))
        font = self.values["formula"].font()
        font.setBold(True)
        self.values["formula"].setFont(font)

    def _photo_row(self, form: QFormLayout, detail: VisitDetail) -> None:
        if detail.photos_withheld is PhotosWithheld.CONSENT:
            self._row(
                form,
                "photos",
                self.tr("Photos"),
                self.tr("Not shown: the client's photo consent is not active."),
            )
            return
        count = len(detail.photo_ids)
        self._row(
            form,
            "photos",
            self.tr("Photos"),
            self.tr("%n photo(s) of this treatment", "", count) if count else "—",
        )
        if count:
            self.photos_button.setText(self.tr("Show &photos…"))
            self.photos_button.show()
            form.addRow("", self.photos_button)

    def _correction_rows(self, form: QFormLayout, detail: VisitDetail) -> None:
        self.corrections.clear()
        if detail.corrects is not None:
            link = detail.corrects
            self._row(
                form,
                "corrects",
                self.tr("Corrects"),
                fill(
                    self.tr("the entry for %1, recorded %2 by %3"),
                    date_text(link.visited_on),
                    local_time(link.recorded_at),
                    link.recorded_by_name or "—",
                ),
            )
            self._add_link(link, self.tr("Open the corrected entry: %1"))
        for link in detail.corrections:
            self._add_link(link, self.tr("Corrected %2 by %3 (for %1)"))
        if detail.corrections:
            self._row(
                form,
                "corrected",
                self.tr("Corrected"),
                self.tr(
                    "%n later correction(s); the latest one stands.", "", len(detail.corrections)
                ),
            )
        if self.corrections.count():
            self.corrections.show()
            self.corrections.setMaximumHeight(24 * min(4, self.corrections.count()) + 8)
            self.corrections.setAccessibleName(self.tr("Corrections: press Enter to open one"))
            form.addRow(self.tr("Entries"), self.corrections)
            self.corrections.setCurrentRow(0)

    def _record_rows(self, form: QFormLayout, service_id: int) -> None:
        """This treatment's service records (a lash map, a laser session), Enter opens one; and
        the records switched on for its service, to add."""
        holder = form.parentWidget()
        try:
            mine = [
                r
                for r in self._vault.records.records(self._session, self._client_id)
                if r.visit_id == self.visit_id
            ]
            offered = self._vault.record_templates.templates_for_service(self._session, service_id)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            self.message.show()
            return
        self.record_list = QListWidget(holder)
        self.record_list.setObjectName("visitRecords")
        self.record_list.setAccessibleName(self.tr("Records of this treatment: Enter opens one"))
        for record in mine:
            item = QListWidgetItem(label_text(record.template.definition.name))
            item.setData(_VISIT_ID, record.id)
            self.record_list.addItem(item)
        self.record_list.itemActivated.connect(
            lambda item: QTimer.singleShot(0, lambda: self._open_record(item))
        )
        self.record_list.setMaximumHeight(24 * max(1, min(4, len(mine))) + 8)
        self.record_list.setVisible(bool(mine))
        if mine:
            self.record_list.setCurrentRow(0)
            form.addRow(self.tr("Records"), self.record_list)
        self.add_record_button = QPushButton(self.tr("Add &record"), holder)
        self.add_record_button.setObjectName("addVisitRecord")
        menu = QMenu(self.add_record_button)
        for summary in offered:
            menu.addAction(label_text(summary.latest.definition.name), self._adder(summary))
        self.add_record_button.setMenu(menu)
        if offered and role_allows(self._session.role, Permission.RECORD_WRITE):
            form.addRow("" if mine else self.tr("Records"), self.add_record_button)

    def _adder(self, summary: TemplateSummary) -> Callable[[], None]:
        def add() -> None:  # no arguments: the menu's `triggered` passes `checked`
            self.add_record(summary.key)

        return add

    def add_record(self, template_key: str) -> RecordDialog | None:
        try:
            template = self._vault.record_templates.template(self._session, template_key)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            self.message.show()
            return None
        dialog = RecordDialog(
            self._vault, self._session, self._client_id, template, self, visit_id=self.visit_id
        )
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def _open_record(self, item: QListWidgetItem) -> RecordDetailDialog:
        dialog = RecordDetailDialog(
            self._vault, self._session, self._client_id, int(item.data(_VISIT_ID)), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _add_link(self, link: VisitLink, template: str) -> None:
        text = fill(
            template,
            date_text(link.visited_on),
            local_time(link.recorded_at),
            link.recorded_by_name or "—",
        )
        item = QListWidgetItem(text)
        item.setData(_VISIT_ID, link.visit_id)
        self.corrections.addItem(item)

    def _row(self, form: QFormLayout, name: str, label: str, text: str) -> None:
        value = QLabel(text, form.parentWidget())
        value.setObjectName(f"detail-{name}")
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.values[name] = value
        form.addRow(label, value)

    def _show_actions(self, detail: VisitDetail) -> None:
        edit = detail.edit
        may_edit_ever = detail.visit is not None
        self.edit_button.setVisible(may_edit_ever)
        self.edit_button.setEnabled(edit.allowed)
        self.correct_button.setVisible(detail.may_correct and detail.visit is not None)
        if edit.allowed:
            self.edit_reason.setText(editable_until_text(edit.until))
        elif edit.refusal is not None and may_edit_ever:
            until = local_time(edit.until) if edit.until else ""
            self.edit_reason.setText(edit_refusal_text(edit.refusal, until))
        else:
            self.edit_reason.clear()
        self.edit_reason.setVisible(bool(self.edit_reason.text()))

    # -- acting ------------------------------------------------------------------------------

    def edit(self) -> VisitDialog | None:
        return self._open_form(VisitMode.EDIT)

    def correct(self) -> VisitDialog | None:
        return self._open_form(VisitMode.CORRECT)

    def _open_form(self, mode: VisitMode) -> VisitDialog | None:
        if self.detail is None or self.detail.visit is None:
            return None
        dialog = VisitDialog(
            self._vault, self._session, self._client_id, self, visit=self.detail.visit, mode=mode
        )
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def show_photos(self) -> PhotoViewDialog | None:
        if self.detail is None or not self.detail.photo_ids:
            return None
        wanted = list(self.detail.photo_ids[:MAX_PHOTOS_SHOWN])
        try:
            photos = self._vault.photos.open_photos(self._session, self._client_id, wanted)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            self.message.show()
            return None
        caption = self.detail.summary.service_name
        dialog = PhotoViewDialog(photos, {p.info.id: caption for p in photos}, self)
        dialog.open()
        return dialog

    def _open_linked(self, item: QListWidgetItem) -> VisitDetailDialog:
        """Another entry of the correction chain, in a dialog of its own."""
        dialog = VisitDetailDialog(
            self._vault, self._session, self._client_id, int(item.data(_VISIT_ID)), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
