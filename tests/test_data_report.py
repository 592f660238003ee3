"""The client data report (issue 7, item 4): JSON that round-trips with everything held, a PDF
in the client's language, one log entry without personal data, and owner only."""

from __future__ import annotations

import base64
import json
from datetime import date
from typing import Any

import pytest

from salonvault.documents.consultation_form_text import CONSULTATION_WORDS
from salonvault.documents.data_report_card_text import CARD_WORDS
from salonvault.documents.data_report_text import REPORT_TEXTS
from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput, ClientPhone, HealthKind, PhoneLabel, Severity
from salonvault.domain.consent import Decision, Method, Purpose
from salonvault.domain.data_report import FORMAT_NAME, FORMAT_VERSION
from salonvault.domain.errors import NotFound, PermissionDenied, ValidationError
from salonvault.domain.photos import PhotoKind
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.services.vault.opening import Vault
from tests.form_support import harmless_answers, signature_png
from tests.helpers import grant_photo_consent, two_bowl_formula
from tests.support import NAMES, Team
from tests.test_consent_pdf import flat, pdftotext
from tests.test_permissions import a_jpeg

CLIENTS = {
    "vi": ("Nguyễn", "Thị Lan"),
    "pl": ("Wiśniewska", "Zofia"),
    "zh_CN": ("王", "芳"),
}
HEALTH_TEXT = {"vi": "Dị ứng PPD", "pl": "Uczulenie na nikiel", "zh_CN": "对PPD过敏"}
FORM_MEDICINE = "Doxycycline FM-12"
PINNED = {"vi": "Thích chị Anna làm", "pl": "Woli Annę", "zh_CN": "喜欢安娜做"}


def full_client(vault: Vault, team: Team, language: str = "vi") -> int:
    """A client with something in every section: two phone numbers, a pinned note, health (one
    removed), a visit with a formula, a patch test, consents (one withdrawn), a photo on her
    card, and card openings in the log."""
    owner = team.owner
    family, given = CLIENTS[language]
    phones = (ClientPhone("+84 912 345 678"), ClientPhone("+84 24 3826 4126", PhoneLabel.WORK))
    client = vault.clients.create(
        owner, ClientInput(family, given, phones=phones, language=language)
    ).id
    vault.pinned_notes.pin(team.receptionist, client, PINNED[language])
    # Health data rests on consent (decision 0031): given on paper before the items.
    vault.consent.record_many(
        owner,
        client,
        {Purpose.HEALTH_DATA: Decision.GRANTED, Purpose.MARKETING_SMS: Decision.GRANTED},
        language,
        Method.PAPER,
        paper_reference="P-77",
    )
    vault.clients.add_health_item(
        owner, client, HealthKind.ALLERGY, HEALTH_TEXT[language], Severity.SEVERE
    )
    gone = vault.clients.add_health_item(
        team.technician, client, HealthKind.MEDICATION, "Ibuprofen", Severity.LOW
    )
    vault.clients.remove_health_item(owner, client, gone)
    service = vault.catalogue.add(
        owner, ServiceInput("Colour, full head", requires_patch_test=False)
    )
    formula = two_bowl_formula()
    vault.treatments.add_visit(
        team.technician,
        client,
        VisitInput(date(2026, 11, 20), service, formula=formula, price_minor=45000, currency="PLN"),
    )
    vault.treatments.record_patch_test(team.technician, client, date(2026, 11, 1), "Koleston")
    vault.consent.withdraw(team.receptionist, client, Purpose.MARKETING_SMS)
    grant_photo_consent(vault, owner, client)
    photo = vault.photos.add_photo(team.technician, client, a_jpeg(), PhotoKind.BEFORE)
    vault.photos.set_card_photo(team.technician, client, photo.info.id)
    # A signed consultation form in her language, with a red flag a technician reviewed.
    laser = vault.forms.form(owner, "laser_ipl").definition
    answers = harmless_answers(laser, pregnant="yes", medications=FORM_MEDICINE)
    vault.forms.fill(team.technician, client, "laser_ipl", language, answers, signature_png())
    [flag] = vault.forms.filled_forms(owner, client)[0].red_flags
    vault.forms.review_red_flag(team.technician, flag.id, "GP letter seen")
    vault.clients.open(team.receptionist, client)
    return client


def report(vault: Vault, team: Team, client: int) -> dict[str, Any]:
    data = vault.data_report.json_bytes(team.owner, client)
    loaded: dict[str, Any] = json.loads(data.decode("utf-8"))
    return loaded


def test_json_round_trips_with_everything_held(vault: Vault, team: Team) -> None:
    client = full_client(vault, team)
    found = report(vault, team, client)
    assert found["format"] == FORMAT_NAME and found["format_version"] == FORMAT_VERSION
    assert found["generated_at"].startswith("2026-11-22")
    assert found["salon"]["name"] == "Salon Hoa Mai"
    assert found["client"]["family_name"] == "Nguyễn"
    assert found["client"]["given_name"] == "Thị Lan"
    assert found["client"]["phone"] and found["client"]["language"] == "vi"
    assert found["client"]["phones"] == [
        {"label": None, "number": "+84 912 345 678"},
        {"label": "work", "number": "+84 24 3826 4126"},
    ]
    [pinned] = found["pinned_notes"]
    assert (pinned["text"], pinned["pinned_by_role"]) == (PINNED["vi"], "receptionist")
    health = {h["text"]: h for h in found["health"]}
    assert health["Dị ứng PPD"]["recorded_by_role"] == "owner"
    assert health["Dị ứng PPD"]["removed_at"] is None
    assert health["Ibuprofen"]["recorded_by_role"] == "technician"
    assert health["Ibuprofen"]["removed_at"] is not None  # taken off the card, still held
    [visit] = found["visits"]
    roots, toner = visit["formula"]["bowls"]
    assert roots["components"] == [{"shade": "7/1", "grams": 30}, {"shade": "8/0", "grams": 10}]
    assert roots["developer"] == {"percent": 6, "volume": 20} and roots["ratio"] == 1.5
    assert toner["label"] == "toner" and toner["components"][0]["shade"] == "9/16"
    assert visit["formula"]["text"] == two_bowl_formula().one_line()
    assert visit["technician_role"] == "technician" and visit["price_minor"] == 45000
    assert found["patch_tests"][0]["product"] == "Koleston"
    shown = {r.purpose.value: r.text_shown for r in vault.consent.history(team.owner, client)}
    consents = {c["purpose"]: c for c in found["consents"]}
    assert consents["health_data"]["text_shown"] == shown["health_data"]
    assert consents["health_data"]["decision"] == "granted" and consents["health_data"]["active"]
    assert consents["health_data"]["method"] == "paper"
    assert consents["health_data"]["paper_reference"] == "P-77"
    sms = consents["marketing_sms"]
    assert sms["withdrawal"]["by_role"] == "receptionist" and not sms["active"]
    [photo] = found["photos"]
    assert base64.b64decode(photo["data_base64"]).startswith(b"\xff\xd8")
    assert photo["kind"] == "before" and photo["on_card"] is True
    actions = [(a["action"], a["role"]) for a in found["access_log"]]
    assert ("client.open", "receptionist") in actions
    [form] = found["consultation_forms"]
    assert (form["form"], form["version"], form["language"]) == ("laser_ipl", 1, "vi")
    assert len(form["shown_text_sha256"]) == 64 and form["staff_role"] == "technician"
    answers = {a["question"]: a for a in form["answers"]}
    assert answers["medications"]["answer"] == FORM_MEDICINE
    assert answers["pregnant"]["text"].startswith("Bạn đang mang thai")
    [flag] = form["red_flags"]
    assert (flag["question"], flag["reviewed_by_role"], flag["review_note"]) == (
        "pregnant",
        "technician",
        "GP letter seen",
    )
    assert base64.b64decode(form["signature"]["data_base64"]).startswith(b"\x89PNG")
    assert ("form.fill", "technician") in actions and ("form.review", "technician") in actions
    assert found["processing"]["recipients"] == []
    assert found["processing"]["retention_years"]["whole_record_after_last_visit"] == 3


def test_staff_appear_by_role_only(vault: Vault, team: Team) -> None:
    client = full_client(vault, team, "pl")
    data = vault.data_report.json_bytes(team.owner, client).decode("utf-8")
    text = pdftotext(vault.data_report.pdf_bytes(team.owner, client))
    for name in NAMES.values():
        assert name not in data
        assert name not in text
    assert '"staff_id"' not in data and "workstation" not in data


@pytest.mark.parametrize("language", ["vi", "pl", "zh_CN"])
def test_pdf_in_the_clients_language(vault: Vault, team: Team, language: str) -> None:
    client = full_client(vault, team, language)
    text = flat(pdftotext(vault.data_report.pdf_bytes(team.owner, client)))
    words = REPORT_TEXTS[language]
    assert flat(words.title) in text
    for key in ("client", "health", "visits", "patch_tests", "photos", "consents", "access"):
        assert flat(words.headings[key]) in text, key
    family, given = CLIENTS[language]
    assert flat(f"{family} {given}") in text
    assert flat(HEALTH_TEXT[language]) in text
    # Each bowl on its own line, with its shades and grams.
    assert "roots:WellaKoleston·7/130g+8/010g·6%/20vol60g·1:1.5·35min" in text
    assert "toner:WellaColorTouch·9/1620g·1.9%/6vol40g·1:2·20min" in text
    card = CARD_WORDS[language]
    assert flat(card.pinned_heading) in text and flat(PINNED[language]) in text
    assert flat(card.phone_labels["work"]) in text and "38264126" in text  # the second number
    assert flat(card.on_card) in text
    form_words = CONSULTATION_WORDS[language]
    assert flat(form_words.heading) in text and flat(FORM_MEDICINE) in text
    assert flat(form_words.actions["form.fill"]) in text  # the access log in words
    consent_text = vault.consent.history(team.owner, client)[-1].text_shown
    assert flat(consent_text)[:60] in text  # the text shown, printed in full


def test_language_choice_and_fallback(vault: Vault, team: Team) -> None:
    client = full_client(vault, team, "zh_CN")
    english = flat(pdftotext(vault.data_report.pdf_bytes(team.owner, client, "en")))
    assert flat(REPORT_TEXTS["en"].headings["consents"]) in english
    no_language = vault.clients.create(team.owner, ClientInput("Smith", "Anna")).id
    assert vault.data_report.report_language(team.owner, no_language) == "en"  # the salon's
    vault.settings.set_language(team.owner, "pl")
    assert vault.data_report.report_language(team.owner, no_language) == "pl"
    text = flat(pdftotext(vault.data_report.pdf_bytes(team.owner, no_language)))
    assert flat(REPORT_TEXTS["pl"].nothing) in text  # empty sections say so
    with pytest.raises(ValidationError):
        vault.data_report.pdf_bytes(team.owner, client, "de")
    with pytest.raises(NotFound):
        vault.data_report.json_bytes(team.owner, 999_999)


def test_each_report_is_one_log_entry_without_personal_data(vault: Vault, team: Team) -> None:
    client = full_client(vault, team)
    before = vault.audit.list(team.owner, AuditFilter(limit=10_000))
    vault.data_report.pdf_bytes(team.owner, client)
    vault.data_report.json_bytes(team.owner, client)
    after = vault.audit.list(team.owner, AuditFilter(limit=10_000))
    new = [e for e in after if e.seq > max(b.seq for b in before)]
    assert [(e.action, e.detail) for e in sorted(new, key=lambda e: e.seq)] == [
        ("client.data_report", "format=pdf"),
        ("client.data_report", "format=json"),
    ]
    assert all(e.object_id == str(client) and e.role == "owner" for e in new)
    assert vault.log.verify().ok


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.TECHNICIAN])
@pytest.mark.parametrize("file_format", ["pdf", "json"])
def test_refused_to_everyone_but_the_owner(
    vault: Vault, team: Team, role: Role, file_format: str
) -> None:
    client = vault.clients.create(team.owner, ClientInput("Trần", "Mai")).id
    call = vault.data_report.pdf_bytes if file_format == "pdf" else vault.data_report.json_bytes
    with pytest.raises(PermissionDenied):
        call(team.of(role), client)
    [denied] = vault.audit.list(team.owner, AuditFilter(action="permission.denied"))
    assert denied.detail == "permission=EXPORT" and denied.role == role.value
    assert denied.object_id == str(client)
    assert not vault.audit.list(team.owner, AuditFilter(action="client.data_report"))
