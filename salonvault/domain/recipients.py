"""Who the salon itself passes client data to (an SMS provider, a messaging app, an accountant),
listed once by the owner in Settings (decision 0041).

The program sends nothing anywhere; these are the salon's own arrangements, which the privacy
notice, the record of processing and the data report must name. A recipient in another country
than the salon's is a transfer abroad.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str  # "SMSAPI", "Zalo", "Biuro rachunkowe Nowak"
    purpose: str  # what it receives the data for, in the salon's words
    country: str  # ISO 3166 two-letter code of where it processes the data
    safeguard: str = ""  # for a transfer abroad: what protects it (contract clauses, consent …)

    def abroad(self, salon_country: str) -> bool:
        return self.country.upper() != salon_country.upper()


def transfers_abroad(
    recipients: tuple[Recipient, ...], salon_country: str
) -> tuple[Recipient, ...]:
    return tuple(r for r in recipients if r.abroad(salon_country))
