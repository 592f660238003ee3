"""Consent: purposes, decisions, the template text a client was shown, and what was recorded.

A record is never changed: a withdrawal is a separate row pointing at it, and a new decision is
a new record. The newest record per purpose is the client's current answer (DESIGN.md §6).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Purpose(StrEnum):
    """What a client may agree to, each asked separately (health data explicitly, on its own)."""

    SERVICE_RECORDS = "service_records"
    HEALTH_DATA = "health_data"
    PHOTOS = "photos"
    PHOTOS_MARKETING = "photos_marketing"
    MARKETING_SMS = "marketing_sms"
    MARKETING_EMAIL = "marketing_email"
    MARKETING_PHONE = "marketing_phone"
    MARKETING_MESSAGING = "marketing_messaging"
    REMINDERS = "reminders"

    @property
    def information_only(self) -> bool:
        """Information the client acknowledges, not a consent they may refuse (decision 0042).

        Visit records are kept because the salon cannot serve a client without them (contract
        or legitimate interests: GDPR Art. 6(1)(b)/(f), PIPL Art. 13(1)(2), Vietnam's contract
        exception): asking "agree or refuse" would offer a choice that changes nothing. Such a
        purpose is recorded as `Decision.GRANTED` meaning "acknowledged"; it cannot be refused
        or withdrawn. Records made before this rule (a refusal, say) stay readable as they are.
        """
        return self is Purpose.SERVICE_RECORDS


MARKETING_CHANNELS = (
    Purpose.MARKETING_SMS,
    Purpose.MARKETING_EMAIL,
    Purpose.MARKETING_PHONE,
    Purpose.MARKETING_MESSAGING,
)
CONSENT_LANGUAGES = ("en", "vi", "pl", "zh_CN")


# Who signs for a minor (decision 0042): a parent or guardian under 18 (GDPR countries and
# Vietnam: Civil Code, Decree 13 Art. 20), under 14 in China (PIPL Art. 31).
ADULT_CONSENT_AGE = 18
ADULT_CONSENT_AGE_BY_COUNTRY = {"CN": 14}


def consent_age(country: str) -> int:
    """The age from which a client signs alone in the salon's country (ISO 3166 code)."""
    return ADULT_CONSENT_AGE_BY_COUNTRY.get(country.upper(), ADULT_CONSENT_AGE)


def guardian_signs(is_minor: bool, birth_date: date | None, country: str, on: date) -> bool:
    """Whether a consent form needs a parent's or guardian's signature line.

    With a birth date, the age on the day decides (under 18; under 14 for a salon in China).
    Without one, the card's minor flag (under 18) decides, in China too: showing the line for a
    14 to 17-year-old costs a line, missing it for a 13-year-old makes the consent invalid.
    """
    if birth_date is None:
        return is_minor
    before_birthday = (on.month, on.day) < (birth_date.month, birth_date.day)
    age = on.year - birth_date.year - before_birthday
    return age < consent_age(country)


class Decision(StrEnum):
    GRANTED = "granted"
    REFUSED = "refused"


class Method(StrEnum):
    ON_SCREEN = "on_screen"  # signed on the signature pad
    PAPER = "paper"  # signed on a printed form, kept under `paper_reference`


class Standing(StrEnum):
    """A client's current answer for one purpose."""

    NOT_ASKED = "not_asked"
    GRANTED = "granted"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


def text_sha256(text: str) -> str:
    """The hash stored with a decision: of the exact text shown, as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ConsentTemplate:
    """One version of a purpose's text in one language, with `{salon_name}`-style placeholders.

    Version 1 is the text shipped in salonvault/resources/consent/; `created_by` is None for it.
    """

    id: int
    purpose: Purpose
    language: str
    version: int
    text: str
    sha256: str
    created_by: int | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Withdrawal:
    reason: str
    staff_id: int
    at: datetime


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """One decision for one purpose, as recorded (signature and form are read separately)."""

    id: int
    form_id: int
    client_id: int
    purpose: Purpose
    decision: Decision
    template_id: int | None  # None only for decisions migrated from the interim photo flag
    template_version: int
    text_sha256: str
    text_shown: str
    language: str
    method: Method
    paper_reference: str
    witness_id: int | None
    recorded_at: datetime
    has_signature: bool
    withdrawal: Withdrawal | None = None

    @property
    def active(self) -> bool:
        """Granted and not withdrawn: what every effect (photos, marketing list) reads."""
        return self.decision is Decision.GRANTED and self.withdrawal is None


@dataclass(frozen=True, slots=True)
class PurposeStatus:
    purpose: Purpose
    enabled: bool
    standing: Standing
    record: ConsentRecord | None
    needs_reconsent: bool  # granted under an older template version than the current one


@dataclass(frozen=True, slots=True)
class ReconsentDue:
    client_id: int
    purpose: Purpose
    language: str
    signed_version: int
    current_version: int
