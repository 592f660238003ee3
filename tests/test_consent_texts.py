"""The consent texts and forms after the review of issue 21 item 4 (decision 0042): visit records
are information, not a consent; a minor's form has a guardian's line by the salon's country; the
footer names purposes in the form's language; the texts keep the glossaries and say what the
program does; a changed shipped text becomes a new version and signed records keep theirs."""

from __future__ import annotations

import re
from datetime import date

import pytest

from salonvault.documents.consent_form import FormData, FormItem, consent_form_pdf
from salonvault.documents.consent_form_text import FORM_TEXTS
from salonvault.domain.clients import ClientInput
from salonvault.domain.consent import (
    CONSENT_LANGUAGES,
    Decision,
    Method,
    Purpose,
    Standing,
    guardian_signs,
    text_sha256,
)
from salonvault.domain.errors import RuleViolation
from salonvault.services.consent.templates import fill, shipped_text
from salonvault.services.vault.opening import Vault
from tests.support import Team
from tests.test_consent import signature_png
from tests.test_consent_pdf import flat, pdftotext

ALL_LANGUAGES = list(CONSENT_LANGUAGES)


def every_purpose_form(language: str, decision: Decision | None) -> str:
    items = tuple(
        FormItem(p, fill(shipped_text(p, language), "Salon Gęś", ""), 2, "ab" * 32, decision)
        for p in Purpose
    )
    return pdftotext(consent_form_pdf(FormData("Salon Gęś", "", "Ewa Nowak", language, items)))


# -- item 5: no raw purpose key -------------------------------------------------------------


@pytest.mark.parametrize("language", ALL_LANGUAGES)
@pytest.mark.parametrize("signed", [True, False])
def test_no_raw_purpose_key_appears_in_any_form(language: str, signed: bool) -> None:
    text = every_purpose_form(language, Decision.GRANTED if signed else None)
    names = FORM_TEXTS[language].purposes
    for purpose in Purpose:
        if "_" in purpose.value:
            assert purpose.value not in text, purpose
        # the footer line names the purpose in the form's language, never by its key
        assert not re.search(rf"^{purpose.value}\s*[:：]", text, re.MULTILINE), purpose
        assert flat(names[purpose]) in flat(text)
    footer = FORM_TEXTS[language].footer.format(
        purpose=names[Purpose.HEALTH_DATA], version=2, sha256="ab" * 32
    )
    assert flat(footer) in flat(text)


# -- item 2: visit records are information ---------------------------------------------------


@pytest.fixture
def client(vault: Vault, team: Team) -> int:
    return vault.clients.create(team.owner, ClientInput("Nowak", "Ewa", language="pl")).id


def test_service_records_are_acknowledged_never_refused_or_withdrawn(
    vault: Vault, team: Team, client: int
) -> None:
    assert Purpose.SERVICE_RECORDS.information_only
    assert not any(p.information_only for p in Purpose if p is not Purpose.SERVICE_RECORDS)
    with pytest.raises(RuleViolation, match="information"):
        vault.consent.record_many(
            team.receptionist,
            client,
            {Purpose.SERVICE_RECORDS: Decision.REFUSED},
            "pl",
            Method.PAPER,
            paper_reference="F-1",
        )
    [record] = vault.consent.record_many(
        team.receptionist,
        client,
        {Purpose.SERVICE_RECORDS: Decision.GRANTED},
        "pl",
        Method.PAPER,
        paper_reference="F-2",
    )
    assert record.active
    assert not vault.consent.missing_service_consent(team.receptionist, client)
    with pytest.raises(RuleViolation, match="nothing to withdraw"):
        vault.consent.withdraw(team.owner, client, Purpose.SERVICE_RECORDS)
    status = {s.purpose: s.standing for s in vault.consent.status(team.owner, client)}
    assert status[Purpose.SERVICE_RECORDS] is Standing.GRANTED


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_the_form_shows_visit_records_as_information_with_one_box(language: str) -> None:
    words = FORM_TEXTS[language]
    text = pdftotext(
        consent_form_pdf(
            FormData(
                "Salon",
                "",
                "Ewa Nowak",
                language,
                (FormItem(Purpose.SERVICE_RECORDS, "x", 1, "cd" * 32, Decision.GRANTED),),
            )
        )
    )
    assert words.acknowledge in text
    assert words.agree not in text and words.refuse not in text


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_the_visit_records_text_is_no_consent(language: str) -> None:
    text = shipped_text(Purpose.SERVICE_RECORDS, language)
    refusal_sentence = shipped_text(Purpose.PHOTOS, language).split("\n\n")[-1]
    assert refusal_sentence not in text  # "saying no does not change the service" is gone
    not_consent = {
        "en": "this is information, not a request for consent",
        "vi": "không phải một yêu cầu đồng ý",
        "pl": "jest to informacja, a nie prośba o zgodę",
        "zh_CN": "这是告知事项，而不是征求您的同意",
    }
    assert not_consent[language] in text


def test_a_refusal_recorded_before_still_prints_both_boxes() -> None:
    words = FORM_TEXTS["en"]
    item = FormItem(Purpose.SERVICE_RECORDS, "old text", 1, "ef" * 32, Decision.REFUSED)
    text = pdftotext(consent_form_pdf(FormData("Salon", "", "Ewa Nowak", "en", (item,))))
    assert words.agree in text and words.refuse in text


# -- item 4: a minor's form ------------------------------------------------------------------

PEOPLE = {  # on the test clock's day, 22 November 2026
    "adult": (date(1990, 5, 1), False, ""),
    "fifteen": (date(2011, 6, 1), True, "Anna Nowak"),
    "ten": (date(2016, 3, 3), True, "Anna Nowak"),
}
GUARDIAN_LINE = {  # (country, person) -> the age printed, or None for no guardian line
    ("VN", "adult"): None,
    ("VN", "fifteen"): 18,
    ("VN", "ten"): 18,
    ("PL", "adult"): None,
    ("PL", "fifteen"): 18,
    ("PL", "ten"): 18,
    ("CN", "adult"): None,
    ("CN", "fifteen"): None,  # PIPL Art. 31: a guardian consents under 14
    ("CN", "ten"): 14,
}
COUNTRY_LANGUAGE = {"VN": "vi", "PL": "pl", "CN": "zh_CN"}


@pytest.mark.parametrize(("country", "person"), list(GUARDIAN_LINE))
def test_a_minor_s_form_has_a_guardian_line_by_the_salon_s_country(
    vault: Vault, team: Team, country: str, person: str
) -> None:
    birth, minor, guardian = PEOPLE[person]
    language = COUNTRY_LANGUAGE[country]
    vault.settings.set_phone_region(team.owner, country)
    vault.clients.set_collected_fields(team.owner, {"phone", "email", "birth_date", "guardian"})
    client_id = vault.clients.create(
        team.owner,
        ClientInput(
            "Nowak", "Zosia", language=language, birth_date=birth, is_minor=minor,
            guardian=guardian,
        ),
    ).id  # fmt: skip
    words = FORM_TEXTS[language]
    [record] = vault.consent.record_many(
        team.receptionist,
        client_id,
        {Purpose.PHOTOS: Decision.GRANTED},
        language,
        Method.ON_SCREEN,
        signature_png(),
    )
    signed = pdftotext(vault.consent.form_pdf(team.receptionist, record.id))
    blank = pdftotext(vault.consent.form_for(team.receptionist, client_id, Purpose.HEALTH_DATA))
    age = GUARDIAN_LINE[(country, person)]
    for text in (signed, blank):
        if age is None:
            assert flat(words.guardian_signature) not in flat(text)
            assert flat(words.guardian_label) not in flat(text)
            assert flat(words.signature_label) in flat(text)
        else:
            assert flat(words.minor_note.format(age=age)) in flat(text)
            assert flat(words.guardian_signature) in flat(text)
            assert flat(words.minor_signature) in flat(text)
            assert guardian not in text  # a contact detail: written by hand on the form


def test_without_a_birth_date_the_minor_flag_decides_in_china_too() -> None:
    on = date(2026, 11, 22)
    assert guardian_signs(True, None, "CN", on)
    assert not guardian_signs(False, None, "CN", on)
    assert guardian_signs(False, date(2008, 11, 23), "PL", on)  # 18 tomorrow
    assert not guardian_signs(True, date(2008, 11, 22), "PL", on)  # 18 today


# -- items 3, 6, 7: what the texts say -------------------------------------------------------

WORDS_NOT_USED = {  # the glossaries' "not" column, for the texts and the form's own labels
    "en": ("tamper-proof", "stylist", "hair dye", "customer"),
    "vi": (" bạn", "Bạn ", "tiệm", "thử phản ứng da", "dữ liệu nhạy cảm", "chống giả mạo", "thợ"),
    "pl": (
        "Ciebie", "Twoj", "Cię", "Ty ", "Poprosiłeś", "zgodziłeś", "wycofasz", "styli",
        "personel", "zabieg", "Próby uczuleniowe",
    ),
    "zh_CN": ("顾客", "护理", "皮肤过敏测试", "防篡改", "不可篡改", "撤销", "发型师"),
}  # fmt: skip
WORDS_USED = {  # the glossaries' terms
    "en": ("sensitive personal data", "withdraw", "technicians"),
    "vi": ("Quý khách", "dữ liệu cá nhân nhạy cảm", "rút lại sự đồng ý", "kỹ thuật viên"),
    "pl": ("Pani/Pan", "dane wrażliwe", "wycofać tę zgodę", "technicy"),
    "zh_CN": ("您", "敏感个人信息", "撤回此同意", "技师"),
}
BUSINESS_WORDS = {  # issue 22 item 5: nothing only a hair or beauty salon would say
    "en": ("hair", "nails", "lashes", "colour", "patch test"),
    "vi": ("tóc", "móng", " mi ", "màu", "thử dị ứng"),
    "pl": ("włos", "paznok", "rzęs", "koloru", "test uczuleniowy"),
    "zh_CN": ("头发", "指甲", "睫毛", "染发", "皮肤测试"),
}


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_the_texts_and_labels_keep_the_glossary(language: str) -> None:
    texts = "\n".join(shipped_text(p, language) for p in Purpose)
    labels = FORM_TEXTS[language]
    form_words = "\n".join(
        [*labels.purposes.values(), labels.sign_here, labels.acknowledge, labels.minor_note]
    )
    for word in WORDS_NOT_USED[language]:
        assert word not in texts and word not in form_words, word
    for word in WORDS_USED[language]:
        assert word in texts, word
    for word in BUSINESS_WORDS[language]:
        assert word.lower() not in texts.lower(), word


PHOTO_REMOVAL = {
    "en": "remove them from the salon's website and social media pages within 15 days",
    "vi": "gỡ ảnh khỏi trang web và các trang mạng xã hội của salon trong vòng 15 ngày",
    "pl": "ze strony internetowej i profili salonu w mediach społecznościowych usuwamy je w "
    "ciągu 15 dni",
    "zh_CN": "在15天内从本店网站和社交媒体账号上删除这些照片",
}
HEALTH_REMOVAL = {
    "en": ("delete your health data from your record at once", "unless the law requires"),
    "vi": ("xóa ngay dữ liệu sức khỏe", "trừ khi pháp luật yêu cầu lưu giữ"),
    "pl": ("od razu usuwamy dane o zdrowiu", "chyba że przepisy wymagają"),
    "zh_CN": ("立即从您的客户档案中删除这些健康信息", "法律、行政法规另有规定的除外"),
}


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_withdrawal_texts_say_what_happens(language: str) -> None:
    assert PHOTO_REMOVAL[language] in shipped_text(Purpose.PHOTOS_MARKETING, language)
    health = shipped_text(Purpose.HEALTH_DATA, language)
    assert all(sentence in health for sentence in HEALTH_REMOVAL[language])


# -- versions: a changed shipped text is a new version ---------------------------------------


def test_a_changed_shipped_text_becomes_a_new_version_and_signed_records_keep_theirs(
    vault: Vault, team: Team, client: int
) -> None:
    consent = vault.consent
    record = consent.record(
        team.receptionist, client, "photos", "granted", "pl", "paper", None, "F-9"
    )
    assert consent.install_shipped_templates() == 0  # up to date: nothing added
    # An older release's text in the vault, as a shipped version (no author) ...
    old = "Stary tekst {salon_name}."
    repo = consent._repo  # the test plays the older release
    with vault._db.transaction():
        repo.add_template(Purpose.PHOTOS, "pl", old, text_sha256(old), None, vault.clock.now())
        owners = "Tekst właściciela {salon_name}."
        repo.add_template(
            Purpose.REMINDERS, "pl", owners, text_sha256(owners), team.owner.staff_id,
            vault.clock.now(),
        )  # fmt: skip
    # ... is followed by the shipped text on opening; the owner's own text is never replaced.
    assert consent.install_shipped_templates() == 1
    versions = consent.template_versions(team.owner, Purpose.PHOTOS, "pl")
    assert versions[0].text == shipped_text(Purpose.PHOTOS, "pl")
    assert versions[0].version == versions[1].version + 1 and versions[1].text == old
    assert consent.template_versions(team.owner, Purpose.REMINDERS, "pl")[0].text == owners
    kept = consent.history(team.receptionist, client)[0]
    assert kept.id == record.id and kept.text_shown == record.text_shown
    assert kept.template_version == record.template_version
