"""Client and owner documents write dates the local way of their language (decision 0033):
'22/11/2026' in Vietnamese, not the ISO '2026-11-22' a program reads."""

from __future__ import annotations

import re

import pytest

from salonvault.domain.clients import ClientInput
from salonvault.domain.consent import CONSENT_LANGUAGES
from salonvault.services.vault.opening import Vault
from tests.support import Team
from tests.test_consent_pdf import pdftotext
from tests.test_data_report import full_client

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.mark.parametrize("language", ["vi", "pl", "zh_CN"])
def test_the_data_report_has_no_iso_dates(vault: Vault, team: Team, language: str) -> None:
    client = full_client(vault, team, language)  # with a signed form and a reviewed red flag
    # A consent-relevant change keeps a dated earlier version (the report's history part).
    vault.clients.update(
        team.receptionist, client, ClientInput("Nguyễn", "Lan", is_minor=True, guardian="M")
    )
    text = pdftotext(vault.data_report.pdf_bytes(team.owner, client, language))
    assert not ISO_DATE.findall(text)


@pytest.mark.parametrize("language", CONSENT_LANGUAGES)
def test_the_processing_record_has_no_iso_dates(vault: Vault, team: Team, language: str) -> None:
    text = pdftotext(vault.processing_record.ropa_pdf(team.owner, language))
    assert not ISO_DATE.findall(text)
