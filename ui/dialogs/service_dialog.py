"""The owner's form for one service of the catalogue: name, group, usual length and price,
whether a patch test is needed, its contraindications (the program's, ticked, and the salon's
own words: decision 0037), and whether it is still offered for new visits."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.business_profile import Feature
from salonvault.domain.catalogue import MAX_SERVICE_MINUTES, ServiceInput
from salonvault.domain.contraindications import BuiltInTerm, built_in
from salonvault.domain.session import Session
from salonvault.domain.treatments import SalonService
from salonvault.services.money import currency_digits, parse_price, plain_price
from salonvault.services.vault import Vault
from ui.labels import contraindication_label, fill
from ui.widgets.form_dialog import FormDialog


class ServiceDialog(FormDialog):
    """Adds a service (`service` None) or changes one; the catalogue service decides."""

    def __init__(
        self,
        vault: Vault,
        session: Session,
        service: SalonService | None,
        groups: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._service = service
        self.saved_id: int | None = None
        self._currency = vault.settings.currency()
        self.name = QLineEdit(self)
        self.name.setObjectName("serviceName")
        self.name.setMaxLength(80)
        self.group = QComboBox(self)
        self.group.setObjectName("serviceGroup")
        self.group.setEditable(True)
        self.group.addItems(["", *groups])
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("serviceMinutes")
        self.minutes.setRange(0, MAX_SERVICE_MINUTES)
        self.minutes.setSingleStep(5)
        self.price = QLineEdit(self)
        self.price.setObjectName("servicePrice")
        self.patch_test = QCheckBox(self)
        self.patch_test.setObjectName("servicePatchTest")
        self._make_contraindications()
        self.active = QCheckBox(self)
        self.active.setObjectName("serviceActive")
        self.active.setChecked(True)
        self._labels: list[QLabel] = []
        for field, error in self._rows():
            label = QLabel(self)
            label.setBuddy(field)
            self.add_field(label, field, error)
            self._labels.append(label)
        if service is not None:
            self.name.setText(service.name)
            self.group.setCurrentText(service.group)
            self.minutes.setValue(service.duration_minutes or 0)
            if service.price_minor is not None:
                self.price.setText(plain_price(service.price_minor, self._currency))
            self.patch_test.setChecked(service.requires_patch_test)
            self.set_contraindications(service.contraindications)
            self.active.setChecked(service.active)
        # The patch-test box is for the salon's kinds that use patch tests (business profile),
        # or a service that already asks for one (so it can be switched off).
        uses_patch = vault.settings.business_profile().has(Feature.PATCH_TESTS)
        shown = uses_patch or (service is not None and service.requires_patch_test)
        self.patch_test.setVisible(shown)
        self._labels[4].setVisible(shown)
        self.retranslate()

    def _rows(self) -> list[tuple[QWidget, str]]:
        return [
            (self.name, "name"),
            (self.group, "group"),
            (self.minutes, "duration_minutes"),
            (self.price, "price_minor"),
            (self.patch_test, "requires_patch_test"),
            (self.contraindications_box, "contraindications"),
            (self.active, "active"),
        ]

    def save_form(self) -> bool:
        data = ServiceInput(
            name=self.name.text(),
            group=self.group.currentText(),
            duration_minutes=self.minutes.value() or None,
            price_minor=parse_price(self.price.text(), self._currency),
            requires_patch_test=self.patch_test.isChecked(),
            active=self.active.isChecked(),
            contraindications=self.chosen_contraindications(),
        )
        with self.busy():
            if self._service is None:
                self.saved_id = self._vault.catalogue.add(self._session, data)
            else:
                self._vault.catalogue.update(self._session, self._service.id, data)
                self.saved_id = self._service.id
        return True

    # -- contraindications -------------------------------------------------------------------

    def _make_contraindications(self) -> None:
        """The program's terms to tick (each knows its synonyms in four languages) and a line
        for the salon's own words."""
        self.contraindications_box = QWidget(self)
        column = QVBoxLayout(self.contraindications_box)
        column.setContentsMargins(0, 0, 0, 0)
        self.built_in_terms = QListWidget(self.contraindications_box)
        self.built_in_terms.setObjectName("serviceContraindications")
        for term in BuiltInTerm:
            item = QListWidgetItem(contraindication_label(term), self.built_in_terms)
            item.setData(Qt.ItemDataRole.UserRole, term.value)
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = 5
        self.built_in_terms.setFixedHeight(self.built_in_terms.sizeHintForRow(0) * rows + 6)
        self.own_terms = QLineEdit(self.contraindications_box)
        self.own_terms.setObjectName("serviceOwnContraindications")
        self.own_terms_hint = QLabel(self.contraindications_box)
        self.own_terms_hint.setWordWrap(True)
        column.addWidget(self.built_in_terms)
        column.addWidget(self.own_terms)
        column.addWidget(self.own_terms_hint)

    def set_contraindications(self, terms: tuple[str, ...]) -> None:
        chosen = set(terms)
        for row in range(self.built_in_terms.count()):
            item = self.built_in_terms.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.own_terms.setText(", ".join(t for t in terms if built_in(t) is None))

    def chosen_contraindications(self) -> tuple[str, ...]:
        """Ticked terms, then the salon's own words (split at commas and semicolons, as the
        four languages write lists); the service resolves and checks them."""
        ticked = [
            str(item.data(Qt.ItemDataRole.UserRole))
            for row in range(self.built_in_terms.count())
            if (item := self.built_in_terms.item(row)).checkState() == Qt.CheckState.Checked
        ]
        own = [w.strip() for w in re.split(r"[,;，；、]", self.own_terms.text()) if w.strip()]
        return (*ticked, *own)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        adding = self._service is None
        self.setWindowTitle(self.tr("Add a service") if adding else self.tr("Change a service"))
        texts = [
            self.tr("Name"),
            self.tr("Group"),
            self.tr("Usual length"),
            fill(self.tr("Usual price (%1)"), self._currency),
            self.tr("Patch test"),
            self.tr("Contraindications"),
            self.tr("Offered"),
        ]
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        group_line = self.group.lineEdit()
        if group_line is not None:  # always: the combo is editable
            group_line.setPlaceholderText(self.tr("e.g. Colour"))
        self.minutes.setSpecialValueText(self.tr("not set"))
        self.minutes.setSuffix(self.tr(" min"))
        example = "150.000" if currency_digits(self._currency) == 0 else "120.50"
        self.price.setPlaceholderText(fill(self.tr("e.g. %1, or leave empty"), example))
        self.patch_test.setText(self.tr("Needs a valid patch test before each visit"))
        self.active.setText(self.tr("Offered for new visits (switched off, it stays in history)"))
        for row in range(self.built_in_terms.count()):
            item = self.built_in_terms.item(row)
            item.setText(contraindication_label(str(item.data(Qt.ItemDataRole.UserRole))))
        self.built_in_terms.setAccessibleName(self.tr("Contraindications"))
        self.own_terms.setPlaceholderText(self.tr("The salon's own words, e.g. henna, lavender"))
        self.own_terms.setAccessibleName(self.tr("The salon's own contraindications"))
        self.own_terms_hint.setText(
            self.tr(
                "A visit of this service for a client whose health record names one of these"
                " shows a warning to acknowledge. The ticked ones are found in every language;"
                " a word of your own also finds words that start with it."
            )
        )
