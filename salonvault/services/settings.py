"""Salon-wide settings kept in the vault. Services read them; only the owner changes them."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

import phonenumbers
from babel import Locale
from babel.numbers import get_territory_currencies

from salonvault.domain.audit import AuditEvent
from salonvault.domain.business_profile import BusinessProfile, business_profile
from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.errors import ValidationError
from salonvault.domain.recipients import Recipient
from salonvault.domain.records import BuiltIn
from salonvault.domain.roles import Permission
from salonvault.domain.session import DEFAULT_IDLE_MINUTES, MAX_IDLE_MINUTES
from salonvault.security.pins import MAX_PIN_LENGTH, MIN_PIN_LENGTH
from salonvault.services.clients.fields import DEFAULT_REGION_BY_LANGUAGE, is_not_text
from salonvault.storage.records_repo import RecordsRepository
from salonvault.storage.settings_repo import SettingsRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.guard import Guard
    from salonvault.storage.database import Database


class SettingsService:
    def __init__(self, database: Database, log: ActivityLog, guard: Guard) -> None:
        self._db = database
        self._repo = SettingsRepository(database)
        self._log = log
        self._guard = guard

    def salon_name(self) -> str:
        return str(self._repo.get("salon_name", ""))

    def idle_limit(self) -> timedelta:
        return timedelta(minutes=int(self._repo.get("idle_lock_minutes", DEFAULT_IDLE_MINUTES)))

    def min_pin_length(self) -> int:
        return int(self._repo.get("min_pin_length", MIN_PIN_LENGTH))

    def salon_address(self) -> str:
        return str(self._repo.get("salon_address", ""))

    def language(self) -> str:
        """The salon's main language: the default for documents and new staff screens."""
        return str(self._repo.get("language", "en"))

    def phone_region(self) -> str:
        """The country local phone numbers are read in (ISO 3166 code); by default the one of
        the salon's language."""
        default = DEFAULT_REGION_BY_LANGUAGE.get(self.language(), "GB")
        return str(self._repo.get("phone_region", default))

    def salon_country(self) -> str:
        """The country whose data protection law the salon works under (decision 0041): the
        country chosen for its phone numbers, which the set-up wizard asks as the salon's
        country."""
        return self.phone_region()

    def recipients(self) -> tuple[Recipient, ...]:
        """Whom the salon itself passes client data to (an SMS provider, a messaging app, an
        accountant …), as the owner listed them; the program sends nothing itself."""
        stored = self._repo.get("recipients", [])
        return tuple(
            Recipient(
                name=str(row.get("name", "")),
                purpose=str(row.get("purpose", "")),
                country=str(row.get("country", "")),
                safeguard=str(row.get("safeguard", "")),
            )
            for row in stored
            if isinstance(row, dict)
        )

    def set_recipients(self, session: Session, recipients: Sequence[Recipient]) -> None:
        """The salon's whole list of recipients, replaced at once (the Settings section saves
        what it shows). Logged with the count only: the names are the salon's, not secret, but
        the log records that the list changed, not what it says."""
        live = self._guard.require(session, Permission.SETTINGS_MANAGE)
        cleaned = check_recipients(recipients)
        with self._db.transaction():
            self._repo.set("recipients", [_recipient_row(r) for r in cleaned])
            detail = f"field=recipient_list recipients={len(cleaned)}"
            self._log.record_for(live, AuditEvent("settings.change", detail=detail))

    def currency(self) -> str:
        """The salon's currency (ISO 4217) for service and visit prices."""
        return str(
            self._repo.get("currency", DEFAULT_CURRENCY_BY_LANGUAGE.get(self.language(), "EUR"))
        )

    def business_kinds(self) -> list[BusinessKind]:
        """What the salon does (set-up wizard, Settings); none chosen reads as a hair salon, the
        program's first kind."""
        stored = self._repo.get("business_kinds", [BusinessKind.HAIR.value])
        return [BusinessKind(k) for k in stored if k in BusinessKind.__members__.values()]

    def business_profile(self) -> BusinessProfile:
        """What the salon's kinds switch on (domain/business_profile.py): the parts of the card
        and the visit dialog, the built-in record templates, the examples. Not secret."""
        return business_profile(self.business_kinds())

    def is_demo(self) -> bool:
        return bool(self._repo.get("demo", False))

    def initialise(
        self,
        salon_name: str,
        address: str = "",
        language: str = "en",
        phone_region: str = "",
        currency: str = "",
        kinds: Sequence[BusinessKind] = (),
    ) -> None:
        """First values, written by vault creation before anyone is signed in. An empty phone
        region or currency follows the language; no kinds means a hair salon."""
        with self._db.transaction():
            self._repo.set("salon_name", _clean_salon_name(salon_name))
            self._repo.set("salon_address", _clean_address(address))
            self._repo.set("language", _check_language(language))
            if phone_region:
                self._repo.set("phone_region", check_phone_region(phone_region))
            if currency:
                self._repo.set("currency", check_currency(currency))
            if kinds:
                self._repo.set("business_kinds", _check_kinds(kinds))

    @staticmethod
    def check_initial(
        salon_name: str,
        address: str,
        language: str,
        phone_region: str = "",
        currency: str = "",
        kinds: Sequence[BusinessKind] = (),
    ) -> None:
        """The set-up values' rules, checked before a vault is created."""
        _clean_salon_name(salon_name)
        _clean_address(address)
        _check_language(language)
        if phone_region:
            check_phone_region(phone_region)
        if currency:
            check_currency(currency)
        if kinds:
            _check_kinds(kinds)

    def mark_demo(self) -> None:
        """Set once by the demo builder; a demo salon shows its PINs on the lock screen."""
        self._repo.set("demo", True)

    def set_salon_address(self, session: Session, address: str) -> None:
        self._change(session, "salon_address", _clean_address(address))

    def set_language(self, session: Session, language: str) -> None:
        """The salon's language (documents, consent forms, new staff screens). A phone country
        or currency the salon chose stays; one never chosen follows the language (Settings
        saves the ones it shows with a new language, so nothing changes unseen there)."""
        self._change(session, "language", _check_language(language))

    def set_salon_name(self, session: Session, name: str) -> None:
        self._change(session, "salon_name", _clean_salon_name(name))

    def set_phone_region(self, session: Session, region: str) -> None:
        self._change(session, "phone_region", check_phone_region(region))

    def set_currency(self, session: Session, currency: str) -> None:
        self._change(session, "currency", check_currency(currency))

    def set_business_kinds(self, session: Session, kinds: Sequence[BusinessKind]) -> None:
        """What the salon does. The built-in record templates follow (business profile): those
        of a kind added are switched on, those only a removed kind used switched off (their
        records stay and show); the owner may switch any back in Settings."""
        live = self._guard.require(session, Permission.SETTINGS_MANAGE)
        values = _check_kinds(kinds)
        with self._db.transaction():
            before = self.business_profile().record_templates
            self._repo.set("business_kinds", values)
            self._log.record_for(live, AuditEvent("settings.change", detail="field=business_kinds"))
            after = self.business_profile().record_templates
            for changed in [t for t in BuiltIn if (t in before) != (t in after)]:
                switch_built_in(self._db, changed, changed in after)
                detail = f"template={changed.value} enabled={int(changed in after)}"
                self._log.record_for(live, AuditEvent("record_template.active", detail=detail))

    def seed_record_templates(self, owner_staff_id: int) -> None:
        """At set-up, before anyone has signed in: only the built-in record templates of the
        chosen kinds are switched on (an optician is not offered a lash map). Logged as the
        first owner's, like the starter services."""
        wanted = self.business_profile().record_templates
        with self._db.transaction():
            for template in BuiltIn:
                if template not in wanted:
                    switch_built_in(self._db, template, False)
                    detail = f"template={template.value} enabled=0"
                    event = AuditEvent("record_template.active", detail=detail)
                    self._log.record(replace(event, staff_id=owner_staff_id, role="owner"))

    def set_idle_minutes(self, session: Session, minutes: int) -> None:
        if not 1 <= minutes <= MAX_IDLE_MINUTES:
            raise ValidationError(
                "settings.idle_lock_1_minutes",
                field="idle_lock_minutes",
                max_idle_minutes=MAX_IDLE_MINUTES,
            )
        self._change(session, "idle_lock_minutes", minutes)

    def set_min_pin_length(self, session: Session, length: int) -> None:
        if not MIN_PIN_LENGTH <= length <= MAX_PIN_LENGTH:
            raise ValidationError(
                "settings.shortest_pin_can_set_from",
                field="min_pin_length",
                min_pin_length=MIN_PIN_LENGTH,
                max_pin_length=MAX_PIN_LENGTH,
            )
        self._change(session, "min_pin_length", length)

    def _change(self, session: Session, key: str, value: object) -> None:
        live = self._guard.require(session, Permission.SETTINGS_MANAGE)
        with self._db.transaction():
            self._repo.set(key, value)
            self._log.record_for(live, AuditEvent("settings.change", detail=f"field={key}"))


def switch_built_in(database: Database, template: BuiltIn, on: bool) -> None:
    """A built-in template switched on or off as the owner's switch in Settings does."""
    RecordsRepository(database).set_template_active(template.value, on)


LANGUAGES = ("en", "vi", "pl", "zh_CN")
_CLDR_LOCALES = {"en": "en_GB", "vi": "vi_VN", "pl": "pl_PL", "zh_CN": "zh_Hans_CN"}
DEFAULT_CURRENCY_BY_LANGUAGE = {"vi": "VND", "pl": "PLN", "zh_CN": "CNY", "en": "GBP"}


def _check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError(
            "settings.choose_language", "language", languages=", ".join(LANGUAGES)
        )
    return language


def check_phone_region(region: str) -> str:
    """A country libphonenumber knows (two letters, e.g. VN, PL, CN, GB)."""
    code = region.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError("settings.choose_country_two_letter_code", field="phone_region")
    return code


MAX_RECIPIENTS = 30


def check_recipients(recipients: Sequence[Recipient]) -> tuple[Recipient, ...]:
    """Each recipient with a name (1-120 characters), a purpose (1-200), a country by its
    two-letter code and an optional safeguard (up to 200); at most 30, no name twice."""
    if len(recipients) > MAX_RECIPIENTS:
        raise ValidationError(
            "settings.too_many_recipients", field="recipients", most=MAX_RECIPIENTS
        )
    cleaned: list[Recipient] = []
    for row, recipient in enumerate(recipients, start=1):
        name = " ".join(unicodedata.normalize("NFC", recipient.name).split())
        purpose = " ".join(unicodedata.normalize("NFC", recipient.purpose).split())
        safeguard = " ".join(unicodedata.normalize("NFC", recipient.safeguard).split())
        if not 1 <= len(name) <= 120 or is_not_text(name):
            raise ValidationError("settings.recipient_name_1_120", field="recipients", row=row)
        if not 1 <= len(purpose) <= 200 or is_not_text(purpose):
            raise ValidationError("settings.recipient_purpose_1_200", field="recipients", row=row)
        if len(safeguard) > 200 or is_not_text(safeguard):
            raise ValidationError("settings.recipient_safeguard_200", field="recipients", row=row)
        code = recipient.country.strip().upper()
        if code not in phonenumbers.SUPPORTED_REGIONS:
            raise ValidationError("settings.recipient_country_code", field="recipients", row=row)
        if any(r.name.casefold() == name.casefold() for r in cleaned):
            raise ValidationError("settings.recipient_named_twice", field="recipients", row=row)
        cleaned.append(Recipient(name, purpose, code, safeguard))
    return tuple(cleaned)


def _recipient_row(recipient: Recipient) -> dict[str, str]:
    return {
        "name": recipient.name,
        "purpose": recipient.purpose,
        "country": recipient.country,
        "safeguard": recipient.safeguard,
    }


def check_currency(currency: str) -> str:
    code = currency.strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise ValidationError("treatments.currency_3_letter_code_vnd", "currency")
    return code


def _check_kinds(kinds: Sequence[BusinessKind]) -> list[str]:
    values = sorted({BusinessKind(k).value for k in kinds})
    if not values:
        raise ValidationError("settings.choose_least_one_kind_business", field="business_kinds")
    return values


def _clean_address(address: str) -> str:
    text = unicodedata.normalize("NFC", address).strip()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    cleaned = "\n".join(line for line in lines if line)
    if len(cleaned) > 300:
        raise ValidationError("settings.address_has_most_300_characters", field="salon_address")
    if is_not_text(cleaned, allow_newlines=True):
        raise ValidationError("settings.address_contains_characters_text", field="salon_address")
    return cleaned


def _clean_salon_name(name: str) -> str:
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not 1 <= len(cleaned) <= 120:
        raise ValidationError("settings.salon_name_needs_1_120", field="salon_name")
    if is_not_text(cleaned):
        raise ValidationError("settings.salon_name_contains_characters_text", field="salon_name")
    return cleaned


def phone_countries(language: str) -> dict[str, str]:
    """Every country whose local numbers can be read, by code, named in `language` (CLDR)."""
    names = Locale.parse(_CLDR_LOCALES.get(language, "en_GB")).territories
    return {code: str(names.get(code, code)) for code in sorted(phonenumbers.SUPPORTED_REGIONS)}


def currencies(language: str) -> dict[str, str]:
    """The currencies in use today (ISO 4217), by code, named in `language` (CLDR)."""
    names = Locale.parse(_CLDR_LOCALES.get(language, "en_GB")).currencies
    today = date.today()
    in_use = {
        code
        for territory in Locale.parse("en").territories
        for code in get_territory_currencies(str(territory), today, tender=True)
    }
    return {code: str(names.get(code, code)) for code in sorted(in_use)}
