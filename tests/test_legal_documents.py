"""The client and owner documents under the salon's country's law (issue 21 item 4, decision
0041): every language for a salon in Vietnam, Poland, China and France, read back from the PDFs
with pdftotext. The country decides the law and the authority; the language only the words."""

from __future__ import annotations

import pytest

from salonvault.documents.consent_form_text import FORM_TEXTS
from salonvault.documents.impact_assessment import ASSESSMENT_WORDS
from salonvault.documents.incident_notice import INCIDENT_WORDS
from salonvault.documents.jurisdiction_text import REPORT_LAW, authority
from salonvault.documents.privacy_notice_legal_text import NOTICE_LEGAL
from salonvault.documents.processing_record_text import PROCESSING_WORDS
from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import PermissionDenied, RuleViolation, ValidationError
from salonvault.domain.jurisdiction import Regime, regime_for
from salonvault.domain.recipients import Recipient
from salonvault.services.vault.opening import Vault
from tests.support import Team
from tests.test_consent_pdf import pdftotext
from tests.test_incidents import incident

COUNTRIES = ("VN", "PL", "CN", "FR")
LANGUAGES = ("en", "vi", "pl", "zh_CN")
SMS = Recipient("SMSAPI", "appointment reminders by text message", "PL", "")
ZALO = Recipient("Zalo", "messages the client asked for", "VN", "the client's consent")
ACCOUNTANT = Recipient("Biuro Nowak", "invoices", "PL")

# Judgements a draft must never print about itself, in every language.
JUDGEMENTS = ("in time", "overdue", "w terminie", "po terminie", "kịp thời", "đúng hạn",
              "quá hạn", "未超期", "超期")  # fmt: skip
TAMPER_EVIDENT = {
    "en": "tamper-evident",
    "vi": "phát hiện được mọi sửa đổi",
    "pl": "odpornego na niezauważone zmiany",
    "zh_CN": "可发现篡改",
}


def flat(text: str) -> str:
    return "".join(text.split())


def salon_in(vault: Vault, team: Team, country: str, language: str) -> None:
    vault.settings.set_language(team.owner, language)
    vault.settings.set_phone_region(team.owner, country)
    vault.settings.set_recipients(team.owner, [SMS, ZALO, ACCOUNTANT])


@pytest.mark.parametrize("country", COUNTRIES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_documents_follow_the_salons_country(
    vault: Vault, team: Team, country: str, language: str
) -> None:
    salon_in(vault, team, country, language)
    regime = regime_for(country)
    where = flat(authority(country, language))
    abroad = [r.name for r in (SMS, ZALO, ACCOUNTANT) if r.country != country]

    notice = flat(pdftotext(vault.consent.privacy_notice_pdf(team.owner, language)))
    legal = NOTICE_LEGAL[language]
    assert where in notice
    for name in ("SMSAPI", "Zalo", "BiuroNowak"):
        assert name in notice
    assert flat(legal.abroad_lead) in notice and all(flat(n) in notice for n in abroad)
    assert flat(legal.program_sends_nothing) in notice
    assert all(flat(line.format(authority="")).rstrip(".。") in notice for line in legal.rights[:7])
    assert flat(legal.keep_while_client) in notice  # "unless the law requires us to keep it"
    assert flat(legal.required[0]) in notice and flat(legal.why[0]) in notice
    assert flat(FORM_TEXTS[language].purposes[Purpose.PHOTOS_MARKETING]) not in notice

    record = flat(pdftotext(vault.processing_record.ropa_pdf(team.owner)))
    words = PROCESSING_WORDS[language]
    assert flat(words.law_note[regime]) in record
    article_30 = ("Art.30", "art.30", "第30条", "Điều30")
    assert any(a in record for a in article_30) == (regime is Regime.GDPR)
    assert flat(words.program_sends_nothing) in record
    assert flat(f"{SMS.name}: {SMS.purpose}") in record
    assert flat(words.transfers) not in record or not abroad  # "None." only with none abroad
    if SMS.country != country:  # abroad without a safeguard: left for the owner
        assert flat(words.complete.format(what=words.fill_safeguard)) in record
    assert flat(ZALO.safeguard) in record or ZALO.country == country

    recorded = vault.incidents.record(team.owner, incident())
    draft = pdftotext(vault.incidents.authority_notice_pdf(team.owner, recorded.id))
    assert where in flat(draft)
    assert not [j for j in JUDGEMENTS if j in draft]
    assert flat(TAMPER_EVIDENT[language]) in flat(draft)
    if regime is Regime.CHINA:
        assert "72" not in draft and flat(INCIDENT_WORDS[language].due_immediately) in flat(draft)
    letter = flat(pdftotext(vault.incidents.client_notice_pdf(team.owner, recorded.id)))
    assert where in letter

    client = vault.clients.create(team.owner, ClientInput("Nowak", "Anna", language=language))
    report = flat(pdftotext(vault.data_report.pdf_bytes(team.owner, client.id, language)))
    cited = {r for r, line in REPORT_LAW[language].items() if flat(line) in report}
    assert cited == {regime}  # only the salon's country's law, never all three
    assert where in report and "SMSAPI" in report


def test_a_vietnamese_text_for_a_polish_salon_names_the_polish_authority(
    vault: Vault, team: Team
) -> None:
    salon_in(vault, team, "PL", "vi")
    notice = flat(pdftotext(vault.consent.privacy_notice_pdf(team.owner, "vi")))
    assert flat("Prezes Urzędu Ochrony Danych Osobowych") in notice
    assert "A05" not in notice
    salon_in(vault, team, "VN", "pl")
    notice = flat(pdftotext(vault.consent.privacy_notice_pdf(team.owner, "pl")))
    assert flat("Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao") in notice
    assert "UrzęduOchrony" not in notice
    salon_in(vault, team, "CN", "en")
    notice = flat(pdftotext(vault.consent.privacy_notice_pdf(team.owner, "en")))
    assert flat("履行个人信息保护职责的部门") in notice


def test_without_recipients_the_documents_say_none_and_that_the_program_sends_nothing(
    vault: Vault, team: Team
) -> None:
    vault.settings.set_language(team.owner, "en")
    vault.settings.set_phone_region(team.owner, "DE")
    notice = flat(pdftotext(vault.consent.privacy_notice_pdf(team.owner, "en")))
    assert flat(NOTICE_LEGAL["en"].recipients_none) in notice
    assert flat(NOTICE_LEGAL["en"].program_sends_nothing) in notice
    assert flat("Datenschutz-Aufsichtsbehörde") in notice
    record = flat(pdftotext(vault.processing_record.ropa_pdf(team.owner)))
    assert flat(PROCESSING_WORDS["en"].recipients) in record
    assert flat(PROCESSING_WORDS["en"].transfers) in record


def test_recipients_are_the_owners_setting_checked_and_logged(vault: Vault, team: Team) -> None:
    vault.settings.set_recipients(team.owner, [SMS, Recipient(" Zalo ", " chat ", "vn")])
    assert vault.settings.recipients() == (SMS, Recipient("Zalo", "chat", "VN"))
    entries = vault.audit.list(team.owner, AuditFilter(action="settings.change"))
    assert entries[-1].detail == "field=recipient_list recipients=2"
    for session in (team.receptionist, team.technician):
        with pytest.raises(PermissionDenied):
            vault.settings.set_recipients(session, [SMS])
    bad = (
        [Recipient("", "x", "PL")],
        [Recipient("A", "", "PL")],
        [Recipient("A", "x", "XX")],
        [Recipient("A", "x", "PL"), Recipient("a", "y", "DE")],
        [Recipient("A", "x", "PL", "s" * 201)],
        [Recipient(f"R{n}", "x", "PL") for n in range(31)],
    )
    for recipients in bad:
        with pytest.raises(ValidationError) as raised:
            vault.settings.set_recipients(team.owner, recipients)
        assert raised.value.field == "recipients"
    assert len(vault.settings.recipients()) == 2  # nothing changed by a refused list


@pytest.mark.parametrize("country", ["CN", "VN"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_impact_assessment_draft_is_filled_from_the_vaults_facts(
    vault: Vault, team: Team, country: str, language: str
) -> None:
    salon_in(vault, team, country, language)
    assert vault.processing_record.impact_assessment_due()
    text = flat(pdftotext(vault.processing_record.impact_assessment_pdf(team.owner)))
    regime = regime_for(country)
    words = ASSESSMENT_WORDS[language]
    record = PROCESSING_WORDS[language]
    assert flat(words.title[regime]) in text and flat(words.banner[regime][0]) in text
    assert flat(record.purposes[Purpose.HEALTH_DATA]) in text  # purposes
    assert flat(record.data_health) in text  # kinds of data
    assert flat(f"{SMS.name}: {SMS.purpose}") in text  # recipients
    assert flat(record.complete.format(what=record.fill_safeguard)) in text  # transfers abroad
    assert flat(record.security[0]) in text  # measures
    for question in words.questions[regime]:
        assert flat(record.complete.format(what=question)) in text  # the owner's assessment
    assert "Art.30" not in text and "第30条" not in text
    entries = vault.audit.list(team.owner, AuditFilter(action="impact_assessment.pdf"))
    assert [e.detail for e in entries] == [f"language={language}"]


def test_no_impact_assessment_draft_for_an_eu_salon_and_only_for_the_owner(
    vault: Vault, team: Team
) -> None:
    salon_in(vault, team, "PL", "pl")
    assert not vault.processing_record.impact_assessment_due()
    with pytest.raises(RuleViolation):
        vault.processing_record.impact_assessment_pdf(team.owner)
    salon_in(vault, team, "CN", "zh_CN")
    for session in (team.receptionist, team.technician):
        with pytest.raises(PermissionDenied):
            vault.processing_record.impact_assessment_pdf(session)
