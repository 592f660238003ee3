"""A stored phone number as people of the salon's country read it (decision 0033).

Numbers are stored as typed (with their E.164 beside them); only their display changes: a number
of the salon's own country in its national format ("0903 111 222" in Vietnam, "601 555 777" in
Poland), any other in international format with spaces ("+48 601 555 777"), so the country code
is there exactly when it is needed. The window and the client's documents use this; the command
line and files keep what is stored.
"""

from __future__ import annotations

import phonenumbers

# Keep every pattern once compiled: the re module's own cache holds 512, and scrolling a list
# of many countries' numbers pushed the salon's own out of it, to be compiled again.
phonenumbers.enable_pattern_cache()


def readable_phone(number: str, region: str) -> str:
    """`number` (as stored) for reading in a salon of `region` (ISO 3166, e.g. "VN").

    A masked number ("•••••678") or one libphonenumber cannot read comes back unchanged: what
    is shown is never less than what was stored."""
    text = number.strip()
    if not text or not any(ch.isdigit() for ch in text) or "•" in text:
        return number
    try:
        parsed = phonenumbers.parse(text, region.upper())
    except phonenumbers.NumberParseException:
        return number
    if not phonenumbers.is_valid_number(parsed):
        return number
    # By country code, not region: +44 7911 … is Guernsey's range too, and is home in Britain.
    home = parsed.country_code == phonenumbers.country_code_for_region(region.upper())
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if home
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(parsed, style))


def prepare_phone_display(region: str) -> None:
    """Compile the patterns that reading the salon's own numbers needs (about 30-45 ms of
    libphonenumber's regular expressions on first use), so the first list shown does not pay
    for it. The window calls this while a PIN is being checked."""
    code = region.upper()
    for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
        example = phonenumbers.example_number_for_type(code, kind)
        if example is not None:
            e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
            readable_phone(e164, code)
