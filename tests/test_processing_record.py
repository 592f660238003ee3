"""The record of processing (GDPR Art. 30): built from the salon's settings, in every language,
honest about security, owner only, logged."""

from __future__ import annotations

from pathlib import Path

import pytest

from salonvault.documents.processing_record_text import PROCESSING_WORDS
from salonvault.domain.audit import AuditFilter
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import PermissionDenied, ValidationError
from salonvault.domain.retention import RetentionRules
from salonvault.services.vault.opening import Vault
from tests.support import Team
from tests.test_consent_pdf import pdffonts, pdftotext
from tests.test_incidents import SALONS, flat


@pytest.mark.parametrize("language", list(SALONS))
def test_the_record_follows_the_settings(
    vault: Vault, team: Team, language: str, tmp_path: Path
) -> None:
    name, address = SALONS[language]
    vault.settings.set_salon_name(team.owner, name)
    vault.settings.set_salon_address(team.owner, address)
    vault.settings.set_language(team.owner, language)
    vault.settings.set_idle_minutes(team.owner, 7)
    vault.clients.set_collected_fields(team.owner, {"phone", "birth_date"})
    vault.consent.set_purpose_enabled(team.owner, Purpose.MARKETING_SMS, False)
    vault.retention.set_rules(team.owner, RetentionRules(4, None, 1))

    pdf = vault.processing_record.ropa_pdf(team.owner)
    text = flat(pdftotext(pdf))
    words = PROCESSING_WORDS[language]
    assert flat(words.title) in text and flat(name) in text
    assert flat(words.purposes[Purpose.HEALTH_DATA]) in text
    assert flat(words.purposes[Purpose.MARKETING_SMS]) not in text  # switched off
    assert flat(words.data_fields["phone"]) in text
    assert flat(words.data_fields["birth_date"]) in text
    assert flat(words.data_fields["email"]) not in text  # not collected
    assert flat(words.subjects_minors) not in text  # no guardian field, no minors claimed
    assert flat(words.recipients) in text and flat(words.transfers) in text
    assert flat(words.clients_rule.format(years=words.years(4))) in text
    assert flat(words.health_off) in text
    assert flat(words.photos_rule.format(years=words.years(1))) in text
    for line in words.security:
        assert flat(line.format(minutes=7)) in text
    fonts = pdffonts(pdf, tmp_path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts
    entries = vault.audit.list(team.owner, AuditFilter(action="processing_record.pdf"))
    assert [e.detail for e in entries] == [f"language={language}"]


def test_the_security_section_names_what_the_program_does(vault: Vault, team: Team) -> None:
    text = vault.processing_record.record(team.owner, "en").plain_text()
    for fact in ("SQLCipher 4", "AES-256", "Argon2id", "HMAC", "age", "ten in a row", "5 minutes"):
        assert fact in text, fact
    assert "Recipients" in text and "SalonVault itself sends no data anywhere" in text


def test_years_read_naturally() -> None:
    assert PROCESSING_WORDS["en"].years(1) == "1 year"
    assert PROCESSING_WORDS["en"].years(3) == "3 years"
    polish = PROCESSING_WORDS["pl"].years
    assert [polish(n) for n in (1, 2, 5, 12, 22, 25)] == [
        "1 rok", "2 lata", "5 lat", "12 lat", "22 lata", "25 lat",
    ]  # fmt: skip


def test_only_the_owner_and_a_known_language(vault: Vault, team: Team) -> None:
    for session in (team.receptionist, team.technician):
        with pytest.raises(PermissionDenied):
            vault.processing_record.ropa_pdf(session)
        with pytest.raises(PermissionDenied):
            vault.processing_record.record(session)
    denied = vault.audit.list(team.owner, AuditFilter(action="permission.denied"))
    assert [e.detail for e in denied] == ["permission=SETTINGS_MANAGE"] * 4
    with pytest.raises(ValidationError):
        vault.processing_record.ropa_pdf(team.owner, "de")
