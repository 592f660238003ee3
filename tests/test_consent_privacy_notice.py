"""The privacy notice: built from the salon's settings, in every language, fonts embedded."""

from __future__ import annotations

from pathlib import Path

import pytest

from salonvault.documents.jurisdiction_text import authority
from salonvault.documents.privacy_notice_legal_text import NOTICE_LEGAL
from salonvault.documents.privacy_notice_text import NOTICE_TEXTS, build_notice
from salonvault.domain.audit import AuditFilter
from salonvault.domain.consent import CONSENT_LANGUAGES, Purpose
from salonvault.domain.errors import ValidationError
from salonvault.domain.retention import RetentionRules
from salonvault.services.vault.opening import Vault
from tests.support import Team
from tests.test_consent_pdf import pdffonts, pdftotext

SALONS = {
    "en": ("Hair by Rosie", "3 Mill Lane\nLeeds"),
    "vi": ("Salon Hoa Mai", "12 Lý Thường Kiệt\nHà Nội"),
    "pl": ("Salon Gęś", "ul. Źródlana 5\n00-950 Łódź"),
    "zh_CN": ("美发沙龙", "北京市朝阳区建国路 88 号"),
}


def flat(text: str) -> str:
    """pdftotext wraps lines: compare without line breaks or spaces."""
    return "".join(text.split())


@pytest.mark.parametrize("language", CONSENT_LANGUAGES)
def test_the_notice_names_the_salon_and_what_it_collects(
    vault: Vault, team: Team, language: str, tmp_path: Path
) -> None:
    name, address = SALONS[language]
    vault.settings.set_salon_name(team.owner, name)
    vault.settings.set_salon_address(team.owner, address)
    vault.clients.set_collected_fields(team.owner, {"phone", "birth_date"})
    vault.consent.set_purpose_enabled(team.owner, Purpose.PHOTOS, False)

    pdf = vault.consent.privacy_notice_pdf(team.receptionist, language)
    text = flat(pdftotext(pdf))
    words = NOTICE_TEXTS[language]
    assert flat(name) in text
    assert flat(words.title) in text
    for field in ("phone", "birth_date"):
        assert flat(words.fields[field]) in text
        assert flat(words.field_uses[field]) in text  # what it is for (issue 18 item 7)
    for switched_off in ("email", "address", "guardian"):
        assert flat(words.fields[switched_off]) not in text
        assert flat(words.field_uses[switched_off]) not in text
    assert flat(words.photos) not in text  # photos are not asked for, so not claimed
    where = authority(vault.settings.salon_country(), language)
    for line in NOTICE_LEGAL[language].rights:  # the full list (issue 21 item 4)
        assert flat(line.format(authority=where)) in text
    fonts = pdffonts(pdf, tmp_path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # emb column


def test_who_sees_what_follows_the_role_matrix() -> None:
    notice = build_notice(
        "en",
        "Salon",
        "",
        frozenset({"phone", "email"}),
        frozenset(Purpose),
        "2026-11-22",
        RetentionRules(),
    )
    who = next(s for s in notice.sections if s.heading == "Who sees it")
    assert "Health information: the owner, technicians" in who.items
    assert "Contact details: the owner, reception" in who.items
    assert "The log of who looked at or changed your record: the owner" in who.items
    assert who.notes[0] == "Technicians see your contact details partly hidden."
    nothing = build_notice(
        "en", "Salon", "", frozenset(), frozenset(), "2026-11-22", RetentionRules()
    )
    who = next(s for s in nothing.sections if s.heading == "Who sees it")
    assert not any(item.startswith(("Contact", "Photos")) for item in who.items)
    assert len(who.notes) == 1  # no masked-contact sentence when no phone or e-mail is kept


def test_any_role_prints_it_and_it_is_logged(vault: Vault, team: Team) -> None:
    assert vault.consent.privacy_notice_pdf(team.technician, "vi").startswith(b"%PDF")
    entries = vault.audit.list(team.owner, AuditFilter(action="consent.privacy_notice"))
    assert [e.detail for e in entries] == ["language=vi"]
    with pytest.raises(ValidationError):
        vault.consent.privacy_notice_pdf(team.owner, "de")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["visited for 4 years", "deleted 1 year after your last treatment"]),
        ("pl", ["przez 4 lata", "usuwane 1 rok po ostatniej usłudze"]),
        ("vi", ["trong 4 năm", "bị xóa 1 năm sau lần làm dịch vụ cuối"]),
        ("zh_CN", ["如果您 4 年没有到店", "最后一次服务 1 年后删除"]),
    ],
)
def test_how_long_states_the_owners_retention_rules(
    vault: Vault, team: Team, language: str, expected: list[str]
) -> None:
    vault.retention.set_rules(team.owner, RetentionRules(4, 1, None))
    text = flat(pdftotext(vault.consent.privacy_notice_pdf(team.owner, language)))
    for phrase in expected:
        assert flat(phrase) in text
    assert flat(NOTICE_TEXTS[language].retention[2].split("{years}")[0]) not in text  # photos off
