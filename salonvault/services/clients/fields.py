"""Field rules for client records: one function per field, each raising ValidationError(field).

Phone numbers go through Google's libphonenumber (`phonenumbers`), with the salon's default
region for numbers typed without a country code.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import phonenumbers

from salonvault.domain.errors import ValidationError
from salonvault.domain.search_text import digits_only

LANGUAGES = ("", "en", "vi", "pl", "zh_CN")
MAX_NAME = 80
MAX_ADDRESS = 300
MAX_NOTES = 10_000
MAX_HEALTH_TEXT = 500
MAX_GUARDIAN = 120
MAX_PREFERENCE = 200
MAX_TAG = 30
MAX_TAGS = 12
AGE_OF_MAJORITY = 18  # the same in Vietnam, Poland and China
DEFAULT_REGION_BY_LANGUAGE = {"vi": "VN", "pl": "PL", "zh_CN": "CN", "en": "GB"}


# Bidi embeddings, overrides and isolates make text show in another order than it is stored
# ("Anna\u202eaifoZ" shows as "Anna Zofia"): no name, note or form text needs them (decision 16).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def is_not_text(text: str, allow_newlines: bool = False) -> bool:
    """Control characters (but newlines where allowed), broken Unicode (lone surrogates) and
    bidi controls: what no field of the program stores."""
    allowed = {"\n"} if allow_newlines else set()
    return any(
        (unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed) or ch in BIDI_CONTROLS
        for ch in text
    )


def clean_line(text: str, field: str, label: str, maximum: int, required: bool) -> str:
    cleaned = " ".join(unicodedata.normalize("NFC", text).split())
    if required and not cleaned:
        raise ValidationError("clients.enter", field=field, label=label)
    if len(cleaned) > maximum:
        raise ValidationError(
            "clients.has_most_characters", field=field, label=label, maximum=maximum
        )
    if is_not_text(cleaned) or any(unicodedata.category(c) == "Co" for c in cleaned):
        raise ValidationError("clients.contains_characters_text", field=field, label=label)
    return cleaned


def clean_text(text: str, field: str, label: str, maximum: int) -> str:
    """Multi-line text (notes, address): \r\n and a lone \r become \n, trimmed, other
    control characters refused."""
    cleaned = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    cleaned = cleaned.strip()
    if len(cleaned) > maximum:
        raise ValidationError(
            "clients.has_most_characters", field=field, label=label, maximum=maximum
        )
    if is_not_text(cleaned, allow_newlines=True):
        raise ValidationError("clients.contains_characters_text", field=field, label=label)
    return cleaned


def parse_phone(text: str, region: str) -> tuple[str, str, str]:
    """(as entered, E.164, searchable digit forms) or ValidationError. Empty gives empties."""
    entered = " ".join(text.split())
    if not entered:
        return "", "", ""
    try:
        number = phonenumbers.parse(entered, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            "clients.phone_number_valid_numbers_without", field="phone", region=region
        )
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    national = str(number.national_number)
    # Search finds the number however it is typed: +84 912…, 0084 912…, 0912…, or 912…
    forms = {digits_only(e164), "00" + digits_only(e164), national, "0" + national}
    return entered, e164, " ".join(sorted(forms))


def parse_email(text: str) -> str:
    email = text.strip()
    if not email:
        return ""
    local, at, domain = email.rpartition("@")
    if (
        not at
        or not local
        or "." not in domain.strip(".")
        or any(ch.isspace() for ch in email)
        or len(email) > 254
    ):
        raise ValidationError("clients.e_mail_address_does_look", field="email")
    return f"{local}@{domain.lower()}"


def check_birth_date(value: date | None, today: date) -> date | None:
    if value is None:
        return None
    if value > today:
        raise ValidationError("clients.birth_date_future", field="birth_date")
    if value.year < 1900:
        raise ValidationError("clients.birth_date_before_1900", field="birth_date")
    return value


def age_on(birth_date: date, today: date) -> int:
    before_birthday = (today.month, today.day) < (birth_date.month, birth_date.day)
    return today.year - birth_date.year - before_birthday


def check_minor(
    is_minor: bool, guardian: str, birth_date: date | None, today: date, guardian_collected: bool
) -> None:
    """The minor flag agrees with the birth date, and a minor has a guardian on record when the
    salon collects guardians. An adult has no guardian stored (data minimisation)."""
    if birth_date is not None:
        adult = age_on(birth_date, today) >= AGE_OF_MAJORITY
        if is_minor and adult:
            raise ValidationError(
                "clients.birth_date_shows_older_correct",
                field="is_minor",
                age_of_majority=AGE_OF_MAJORITY,
            )
        if not is_minor and not adult:
            raise ValidationError(
                "clients.birth_date_shows_under_tick",
                field="is_minor",
                age_of_majority=AGE_OF_MAJORITY,
            )
    if is_minor and guardian_collected and not guardian:
        raise ValidationError(
            "clients.enter_parent_guardian_minor_name",
            field="guardian",
        )
    if guardian and not is_minor:
        raise ValidationError("clients.guardian_kept_only_minor", field="guardian")


def clean_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """A few short labels ("balayage", "khách quen"): NFKC (full-width letters become plain),
    lower case, single spaces, no commas, duplicates dropped, order kept."""
    cleaned: list[str] = []
    for raw in tags:
        tag = " ".join(unicodedata.normalize("NFKC", raw).split()).lower()
        if not tag:
            continue
        if "," in tag:
            raise ValidationError("clients.separate_tags_commas_tag_has", field="tags")
        if len(tag) > MAX_TAG:
            raise ValidationError(
                "clients.tag_too_long", "tags", maximum=MAX_TAG, tag=tag[:MAX_TAG]
            )
        if is_not_text(tag) or not any(ch.isalnum() for ch in tag):
            raise ValidationError("clients.tag_needs_letters_digits", field="tags")
        if tag not in cleaned:
            cleaned.append(tag)
    if len(cleaned) > MAX_TAGS:
        raise ValidationError("clients.client_has_most_tags", field="tags", max_tags=MAX_TAGS)
    return tuple(cleaned)


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as one comma-separated line (forms), before clean_tags."""
    return tuple(part for part in text.replace("，", ",").replace("、", ",").split(","))


def parse_birth_date(text: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("clients.write_birth_date_yyyy_mm", field="birth_date") from None


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError("clients.language_one_en_vi_pl", field="language")
    return language


_CARD_RUN = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def refuse_card_numbers(text: str, field: str) -> str:
    """Payment card numbers are never stored (DESIGN.md §6): refuse text that holds one."""
    for match in _CARD_RUN.finditer(text):
        digits = digits_only(match.group())
        if 13 <= len(digits) <= 19 and _luhn_ok(digits):
            raise ValidationError(
                "clients.looks_like_payment_card_number",
                field=field,
            )
    return text


_COLLECTED_WORDS = {
    "phone": "phone numbers",
    "email": "e-mail addresses",
    "birth_date": "birth dates",
    "address": "addresses",
    "guardian": "guardians",
}


def not_collected_words(field: str) -> str:
    """A data-minimisation switch in a sentence: "birth dates", "addresses"."""
    return _COLLECTED_WORDS.get(field, field.replace("_", " "))
