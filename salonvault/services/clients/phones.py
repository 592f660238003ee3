"""A client's phone numbers as a form, the CLI, an import or a merge sends them: in order, each
labelled or not, none twice (decision 0022).

A number the client already holds, sent back as it is stored, is kept without reading it again:
the salon's phone region may have changed since, and it is not new data (a salon that stopped
collecting phones may still keep what it holds, but adds nothing).
"""

from __future__ import annotations

from dataclasses import replace

from salonvault.domain.clients import ClientInput, ClientPhone
from salonvault.domain.errors import ValidationError
from salonvault.services.clients import fields
from salonvault.storage.client_phones_repo import PhoneRow

MAX_PHONES = 6


def requested_phones(data: ClientInput, stored: tuple[PhoneRow, ...]) -> tuple[ClientPhone, ...]:
    """The numbers `data` asks for, first one first.

    `data.phones` given: exactly those (`data.phone`, if also given, must be the first).
    Otherwise `data.phone` is the first number: it replaces the first one held, keeping that
    one's label, and the other numbers held stay (a form with one phone field loses nothing)."""
    if data.phones is not None:
        if _typed(data.phone) and (
            not data.phones or _typed(data.phones[0].number) != _typed(data.phone)
        ):
            raise ValidationError(
                "clients.phone_first_phone_numbers_send",
                field="phones",
            )
        return data.phones
    others = tuple(p.shown() for p in stored[1:])
    if not _typed(data.phone):
        return others
    label = stored[0].label if stored else None
    return (ClientPhone(data.phone, label), *others)


def clean_phones(
    requested: tuple[ClientPhone, ...],
    stored: tuple[PhoneRow, ...],
    region: str,
    collecting: bool,
) -> tuple[PhoneRow, ...]:
    """Each number checked (libphonenumber, the salon's region) or, when held already, kept as
    stored with the label asked for; a number met twice (same E.164) is kept once, in its first
    place, with a label if either had one; blank entries are dropped. `collecting`: the salon
    collects phones."""
    held = {p.number: p for p in stored}
    cleaned: list[PhoneRow] = []
    for index, phone in enumerate(requested):
        typed = _typed(phone.number)
        if not typed:
            continue
        row = held.get(typed)
        if row is None:
            if not collecting:
                raise ValidationError("clients.salon_does_collect_phones_see", field="phone")
            row = _parsed(typed, region, index)
        same = next((i for i, kept in enumerate(cleaned) if kept.e164 == row.e164), None)
        if same is None:
            cleaned.append(PhoneRow(row.number, row.e164, row.search, phone.label))
        elif cleaned[same].label is None and phone.label is not None:
            cleaned[same] = replace(cleaned[same], label=phone.label)  # said once is enough
    if len(cleaned) > MAX_PHONES:
        raise ValidationError(
            "clients.client_has_most_phone_numbers", field="phones", max_phones=MAX_PHONES
        )
    return tuple(cleaned)


def _parsed(typed: str, region: str, index: int) -> PhoneRow:
    try:
        number, e164, search = fields.parse_phone(typed, region)
    except ValidationError as problem:
        # The first number is the form's phone field; the others are named by their place.
        raise ValidationError(
            problem.message, field="phone" if index == 0 else f"phones.{index}"
        ) from None
    return PhoneRow(number, e164, search)


def _typed(number: str) -> str:
    """A number as entered, the way it is stored (inner runs of spaces made one)."""
    return " ".join(number.split())
