"""The privacy notice fits what the salon does (its business kinds, issue 22's profile): an
optician's notice speaks of prescriptions and eye tests, not of hair colour and patch tests; and
its date is written the local way of its language."""

from __future__ import annotations

import pytest

from salonvault.documents.formats import paper_date
from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.consent import CONSENT_LANGUAGES
from salonvault.services.vault.opening import Vault
from tests.support import FakeClock, Team
from tests.test_consent_pdf import pdftotext

# What only a hair salon's notice says, and what only an optician's says, per language.
HAIR_ONLY = {
    "en": ("hair", "colour", "patch test", "patch-test"),
    "vi": ("tóc", "màu", "thử dị ứng"),
    "pl": ("włos", "koloru", "koloryzacji", "uczuleniow"),
    "zh_CN": ("头发", "染发", "皮肤测试"),
}
SKIN_AND_LASHES = {
    "en": ("skin", "lashes"),
    "vi": ("về da", "và mi"),
    "pl": ("skóry", "rzęs"),
    "zh_CN": ("皮肤和睫毛", "睫毛"),
}
OPTICIAN_ONLY = {
    "en": ("prescriptions", "eye-test"),
    "vi": ("đo mắt", "đơn kính"),
    "pl": ("badania wzroku", "recepty"),
    "zh_CN": ("验光", "处方"),
}


def flat(text: str) -> str:
    """pdftotext wraps lines: compare without line breaks or spaces."""
    return " ".join(text.split())


def _notice(vault: Vault, team: Team, kinds: tuple[BusinessKind, ...], language: str) -> str:
    vault.settings.set_business_kinds(team.owner, kinds)
    return flat(pdftotext(vault.consent.privacy_notice_pdf(team.owner, language))).lower()


@pytest.mark.parametrize("language", CONSENT_LANGUAGES)
def test_an_opticians_notice_speaks_of_eyes_not_hair(
    vault: Vault, team: Team, language: str
) -> None:
    text = _notice(vault, team, (BusinessKind.OPTICIAN,), language)
    for word in HAIR_ONLY[language] + SKIN_AND_LASHES[language]:
        assert word.lower() not in text, word
    for word in OPTICIAN_ONLY[language]:
        assert word.lower() in text, word


@pytest.mark.parametrize("language", CONSENT_LANGUAGES)
def test_a_hair_salons_notice_speaks_of_colour_and_patch_tests_not_eyes(
    vault: Vault, team: Team, language: str
) -> None:
    text = _notice(vault, team, (BusinessKind.HAIR,), language)
    for word in HAIR_ONLY[language]:
        assert word.lower() in text, word
    for word in OPTICIAN_ONLY[language] + SKIN_AND_LASHES[language]:
        assert word.lower() not in text, word


def test_a_mixed_salons_notice_names_what_each_kind_keeps(vault: Vault, team: Team) -> None:
    text = _notice(vault, team, (BusinessKind.HAIR, BusinessKind.OPTICIAN), "en")
    for word in ("colour formulas", "patch tests", "prescriptions", "preferences for hair"):
        assert word in text, word


@pytest.mark.parametrize("language", CONSENT_LANGUAGES)
def test_the_notice_is_dated_the_local_way(
    vault: Vault, team: Team, clock: FakeClock, language: str
) -> None:
    text = flat(pdftotext(vault.consent.privacy_notice_pdf(team.owner, language)))
    today = clock.now().astimezone().date()
    assert paper_date(today, language) in text
    assert today.isoformat() not in text
