"""Which country a file's phone numbers are from, when it is not the salon's.

A salon moving its list from a program used in another country (a Polish file in a Vietnamese
salon) has numbers written nationally, without +48: read as the salon's region, most are not
valid numbers at all. When most of a sample fail as read and most are valid for one other
region, the preview says so and offers that region (decision 0034).
"""

from __future__ import annotations

from collections.abc import Iterable

import phonenumbers

from salonvault.domain.imports import PhoneRegionHint

SAMPLE = 200  # filled phone cells looked at
# Where a salon's clients' old lists come from: the program's four languages' countries, then
# their neighbours and the countries their diasporas and visitors come from. A short list on
# purpose: a national number of 9 digits is valid in many of the world's regions.
CANDIDATES = (
    "VN", "PL", "CN", "GB", "US", "DE", "UA", "IE", "FR", "NL", "CZ", "SK", "LT", "AU", "CA",
    "TW", "HK", "SG", "MY", "TH", "KH", "LA", "JP", "KR",
)  # fmt: skip
_MOST = 0.5


def known_region(region: str) -> bool:
    return region.upper() in phonenumbers.SUPPORTED_REGIONS


def valid_in(text: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(number))


def other_region(cells: Iterable[str], read_as: str) -> PhoneRegionHint | None:
    """The region most of the numbers are valid for, when most are not valid as `read_as`."""
    sample = [" ".join(c.split()) for c in cells if c and c.strip()][:SAMPLE]
    if not sample:
        return None
    valid_as_read = sum(valid_in(text, read_as) for text in sample)
    if valid_as_read / len(sample) >= _MOST:
        return None
    failing = [text for text in sample if not valid_in(text, read_as)]
    best: tuple[int, str] | None = None
    for region in CANDIDATES:
        if region == read_as:
            continue
        valid = valid_as_read + sum(valid_in(text, region) for text in failing)
        if best is None or valid > best[0]:  # the earlier candidate wins a tie
            best = (valid, region)
    if best is None or best[0] / len(sample) <= _MOST:
        return None
    return PhoneRegionHint(best[1], len(sample), valid_as_read, best[0])
