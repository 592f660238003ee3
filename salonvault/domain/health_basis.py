"""The legal basis on which the salon keeps health data, and what a withdrawal removes.

The owner chooses the basis once (set-up wizard, Settings); the services enforce it through one
check (`services/health_basis.py`, decision 0031):

- explicit consent (GDPR Art. 9(2)(a); the default): health data is stored only while the
  client's health-data consent is active, and withdrawing it removes the health data;
- health care under professional secrecy (GDPR Art. 9(2)(h) with 9(3)): clinics and opticians
  whose staff are bound by secrecy keep health data without that consent.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from salonvault.domain.clients import HealthKind


class HealthBasis(StrEnum):
    EXPLICIT_CONSENT = "explicit_consent"
    PROFESSIONAL_SECRECY = "professional_secrecy"


DEFAULT_HEALTH_BASIS = HealthBasis.EXPLICIT_CONSENT


@dataclass(frozen=True, slots=True)
class HealthDataHeld:
    """How much health data one client has in the vault: what a withdrawal of health-data
    consent removes (counted for the confirmation before, and for the log after)."""

    items: dict[HealthKind, int]  # current health items, by kind
    removed_items: int  # items removed earlier, kept as history
    earlier_versions: int  # earlier versions of health items (decision 0031)
    papers: int = 0  # health-kind attachments (letters, outside prescriptions; decision 0030)
    records: int = 0  # service records holding a health-marked value (decision 0029)

    @property
    def total(self) -> int:
        counted = self.removed_items + self.earlier_versions + self.papers + self.records
        return sum(self.items.values()) + counted

    @property
    def empty(self) -> bool:
        return self.total == 0
