"""The owner's form for one service of the catalogue: name, group, usual length and price,
whether a patch test is needed, and whether it is still offered for new visits."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from salonvault.domain.catalogue import MAX_SERVICE_MINUTES, ServiceInput
from salonvault.domain.session import Session
from salonvault.domain.treatments import SalonService
from salonvault.services.money import currency_digits, parse_price, plain_price
from salonvault.services.vault import Vault
from ui.labels import fill
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
            self.active.setChecked(service.active)
        self.retranslate()

    def _rows(self) -> list[tuple[QWidget, str]]:
        return [
            (self.name, "name"),
            (self.group, "group"),
            (self.minutes, "duration_minutes"),
            (self.price, "price_minor"),
            (self.patch_test, "requires_patch_test"),
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
        )
        with self.busy():
            if self._service is None:
                self.saved_id = self._vault.catalogue.add(self._session, data)
            else:
                self._vault.catalogue.update(self._session, self._service.id, data)
                self.saved_id = self._service.id
        return True

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
