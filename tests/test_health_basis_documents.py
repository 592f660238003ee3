"""The privacy notice and the record of processing state the legal basis for health data in
force, in each language (issue 21 item 1, decision 0031), read back with pdftotext."""

from __future__ import annotations

import pytest

from salonvault.documents.privacy_notice_legal_text import NOTICE_LEGAL
from salonvault.domain.consent import Purpose
from salonvault.domain.health_basis import HealthBasis
from salonvault.services.vault.opening import Vault
from tests.support import Team
from tests.test_consent_pdf import flat, pdftotext

CONSENT, SECRECY = HealthBasis.EXPLICIT_CONSENT, HealthBasis.PROFESSIONAL_SECRECY
LANGUAGES = ("en", "vi", "pl", "zh_CN")

# Words each basis's sentence must carry, and that the other basis's must not.
IN_THE_NOTICE = {
    "en": {CONSENT: "only with your explicit consent", SECRECY: "bound by professional secrecy"},
    "vi": {CONSENT: "khi Quý khách đồng ý rõ ràng", SECRECY: "bí mật nghề nghiệp"},
    "pl": {CONSENT: "wyraźną, osobną zgodą", SECRECY: "tajemnicy zawodowej"},
    "zh_CN": {CONSENT: "单独明确同意", SECRECY: "职业保密义务"},
}
IN_THE_RECORD = {
    "en": {CONSENT: "GDPR Art. 9(2)(a)", SECRECY: "GDPR Art. 9(2)(h) with Art. 9(3)"},
    "vi": {CONSENT: "sự đồng ý rõ ràng của khách hàng", SECRECY: "bí mật nghề nghiệp"},
    "pl": {CONSENT: "art. 9 ust. 2 lit. a RODO", SECRECY: "art. 9 ust. 2 lit. h"},
    "zh_CN": {CONSENT: "客户的单独同意", SECRECY: "职业保密义务"},
}


def other(basis: HealthBasis) -> HealthBasis:
    return SECRECY if basis is CONSENT else CONSENT


@pytest.mark.parametrize("basis", list(HealthBasis))
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_privacy_notice_states_the_basis_in_force(
    vault: Vault, team: Team, language: str, basis: HealthBasis
) -> None:
    vault.health_basis.set_basis(team.owner, basis)
    text = flat(pdftotext(vault.consent.privacy_notice_pdf(team.receptionist, language)))
    assert flat(IN_THE_NOTICE[language][basis]) in text
    assert flat(IN_THE_NOTICE[language][other(basis)]) not in text
    # Under professional secrecy, health data is not among the consents asked for.
    health_consent = flat(NOTICE_LEGAL[language].purposes[Purpose.HEALTH_DATA])
    assert (health_consent in text) is (basis is CONSENT)


@pytest.mark.parametrize("basis", list(HealthBasis))
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_record_of_processing_states_the_basis_in_force(
    vault: Vault, team: Team, language: str, basis: HealthBasis
) -> None:
    vault.health_basis.set_basis(team.owner, basis)
    text = flat(pdftotext(vault.processing_record.ropa_pdf(team.owner, language)))
    assert flat(IN_THE_RECORD[language][basis]) in text
    assert flat(IN_THE_RECORD[language][other(basis)]) not in text
