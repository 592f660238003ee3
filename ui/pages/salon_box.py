"""Settings, owner only: the salon's details chosen in the set-up wizard, changed later (issue 18
item 5). Name and address (printed on forms and the kit), the salon's language (documents and
consent forms), the country local phone numbers are read in, the currency of prices, and what
the salon does. Each change is one call to SettingsService, which checks and logs it; the phone
country and the currency are their own settings, so a new language never changes them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCollator, QEvent, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError, ValidationError
from salonvault.domain.session import Session
from salonvault.services.settings import currencies, phone_countries
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.error_text import error_text
from ui.i18n import LANGUAGES, screen_language
from ui.labels import business_kind_label, fill
from ui.palette import colours, text_style
from ui.widgets.type_ahead import TypeAhead


class SalonDetailsBox(QGroupBox):
    def __init__(self, vault: Vault, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("salonDetailsBox")
        self._vault = vault
        self._session = session
        self.salon_name = QLineEdit(self)
        self.salon_name.setObjectName("salonName")
        self.address = QPlainTextEdit(self)
        self.address.setObjectName("salonAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(70)
        self.language = QComboBox(self)
        self.language.setObjectName("salonLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.phone_country = QComboBox(self)
        self.phone_country.setObjectName("phoneCountry")
        self.currency = QComboBox(self)
        self.currency.setObjectName("currency")
        # Some 240 countries and 150 currencies: found by typing a name, as it is said here.
        self._type_ahead = self._find_by_typing()
        self.kind_boxes: dict[BusinessKind, QCheckBox] = {}
        kinds = QHBoxLayout()
        for kind in BusinessKind:
            box = QCheckBox(self)
            box.setObjectName(f"kind-{kind.value}")
            self.kind_boxes[kind] = box
            kinds.addWidget(box)
        kinds.addStretch()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveSalonDetails")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("salonDetailsStatus")
        self.status.setWordWrap(True)
        self._lay_out(kinds)
        self._said: Callable[[], str] = str  # the last outcome, worded again after a switch
        self._said_error = False
        self.read()
        self.retranslate()
        self.changes = ChangeFollower(self, vault, [RecordKind.SETTINGS], self.read)

    def _lay_out(self, kinds: QHBoxLayout) -> None:
        self.labels = [QLabel(self) for _ in range(6)]
        form = QFormLayout(self)
        fields: list[QWidget] = [
            self.salon_name,
            self.address,
            self.language,
            self.phone_country,
            self.currency,
        ]
        notes: dict[QWidget, QLabel] = {
            self.phone_country: self.country_note,
            self.currency: self.currency_note,
        }
        for label, field in zip(self.labels, fields, strict=False):
            label.setBuddy(field)
            note = notes.get(field)
            if note is None:
                form.addRow(label, field)
                continue
            column = QVBoxLayout()  # the choice, and under it the others typed text starts
            column.addWidget(field)
            column.addWidget(note)
            form.addRow(label, column)
        form.addRow(self.labels[5], kinds)
        form.addRow(self.save_button, self.status)

    def _find_by_typing(self) -> list[TypeAhead]:
        """The two long lists found by typing, each with a note of the other names that start
        with what was typed."""
        self.country_note, self.currency_note = QLabel(self), QLabel(self)
        return [
            TypeAhead(self.phone_country, self.country_note),
            TypeAhead(self.currency, self.currency_note),
        ]

    # -- reading and saving --------------------------------------------------------------------

    def read(self) -> None:
        """What the vault holds now (after a save, or a change made elsewhere)."""
        settings = self._vault.settings
        self.salon_name.setText(settings.salon_name())
        self.address.setPlainText(settings.salon_address())
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self._fill_names(settings.phone_region(), settings.currency())
        kinds = set(settings.business_kinds())
        for kind, box in self.kind_boxes.items():
            box.setChecked(kind in kinds)

    def _fill_names(self, region: str, currency: str) -> None:
        """Countries and currencies named in the screen's language, sorted as it sorts."""
        language = screen_language()
        collator = QCollator(QLocale(language))
        for combo, names, chosen in (
            (self.phone_country, phone_countries(language), region),
            (self.currency, currencies(language), currency),
        ):
            shown = names if chosen in names else {**names, chosen: chosen}  # stored, now gone
            combo.blockSignals(True)
            combo.clear()
            for code, name in sorted(shown.items(), key=lambda pair: collator.sortKey(pair[1])):
                combo.addItem(f"{name} ({code})", code)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def chosen_kinds(self) -> list[BusinessKind]:
        return [kind for kind, box in self.kind_boxes.items() if box.isChecked()]

    def save(self) -> bool:
        """Only what changed is written, one logged change each; the first refusal stops it
        and says which field. Everything is read from the form first: each write tells the
        form to re-read the vault."""
        settings, session = self._vault.settings, self._session
        name, address = self.salon_name.text(), self.address.toPlainText()
        region, currency = str(self.phone_country.currentData()), str(self.currency.currentData())
        kinds, language = self.chosen_kinds(), str(self.language.currentData())
        # A new language would move a phone country or currency never chosen along with it:
        # the ones shown are saved with it, as the salon's own.
        new_language = settings.language() != language
        wanted: list[tuple[bool, Callable[[], None]]] = [
            (
                settings.salon_name() != " ".join(name.split()),
                lambda: settings.set_salon_name(session, name),
            ),
            (
                settings.salon_address() != address.strip(),
                lambda: settings.set_salon_address(session, address),
            ),
            (
                new_language or settings.phone_region() != region,
                lambda: settings.set_phone_region(session, region),
            ),
            (
                new_language or settings.currency() != currency,
                lambda: settings.set_currency(session, currency),
            ),
            (
                set(settings.business_kinds()) != set(kinds),
                lambda: settings.set_business_kinds(session, kinds),
            ),
            (new_language, lambda: settings.set_language(session, language)),
        ]
        changed = [write for differs, write in wanted if differs]
        if not changed:
            self._say(lambda: self.tr("Nothing to save: these are the salon's details already."))
            return False
        try:
            for write in changed:
                write()
        except ValidationError as refused:
            self.read()  # what was saved before the refusal, and the refused value typed again
            self._restore_typed(name, address)
            self._say(partial(self._refusal, refused), error=True)
            return False
        except SalonVaultError as failed:
            text = str(failed)
            self._say(lambda: text, error=True)
            return False
        self._say(lambda: self.tr("Saved. Forms and documents made from now on use them."))
        return True

    def _restore_typed(self, name: str, address: str) -> None:
        """A refused name or address stays in its field to be corrected, not replaced."""
        self.salon_name.setText(name)
        self.address.setPlainText(address)

    def _refusal(self, error: ValidationError) -> str:
        """The service's sentence, with the field it is about named (its label)."""
        fields = {
            "salon_name": 0,
            "salon_address": 1,
            "language": 2,
            "phone_region": 3,
            "currency": 4,
            "business_kinds": 5,
        }
        index = fields.get(error.field or "")
        if index is None:
            return error_text(error)
        return fill(self.tr("%1: %2"), self.labels[index].text().rstrip(":"), error_text(error))

    def _say(self, words: Callable[[], str], error: bool = False) -> None:
        self._said, self._said_error = words, error
        self.status.setText(words())
        self.status.setStyleSheet(text_style(colours().error) if error else "")

    # -- words ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            region, currency = self.phone_country.currentData(), self.currency.currentData()
            self._fill_names(str(region), str(currency))  # names in the new language, same choice
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The salon"))
        for label, text in zip(
            self.labels,
            (
                self.tr("Salon name"),
                self.tr("Address"),
                self.tr("Language of documents and consent forms"),
                self.tr("Country of local phone numbers"),
                self.tr("Currency of prices"),
                self.tr("What the salon does"),
            ),
            strict=True,
        ):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text)
        for kind, box in self.kind_boxes.items():
            box.setText(business_kind_label(kind))
        self.save_button.setText(self.tr("Save the salon's details"))
        self.status.setText(self._said())
