"""Printouts staff ask for (issue 18 item 13, decision 0024): the client card with its history
and formulas, and today's clients with their alerts. Each holds exactly what the card shows
the printing role, is logged per client, embeds fonts for all four scripts, and is saved only
through the one door."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput, ClientPhone, HealthKind, PhoneLabel, Severity
from salonvault.domain.errors import FileRefused, SessionExpired, ValidationError
from salonvault.domain.roles import Role
from salonvault.domain.treatments import PatchResult, PaymentMethod, VisitInput
from salonvault.services.printouts import MAX_DAY_SHEET
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent, two_bowl_formula
from tests.support import NAMES, Team
from tests.test_consent_pdf import flat, pdffonts, pdftotext


@pytest.fixture
def client_id(vault: Vault, team: Team) -> int:
    owner = team.owner
    client = vault.clients.create(
        owner,
        ClientInput(
            "Nguyễn",
            "Thị Linh",
            phones=(
                ClientPhone("+84 912 345 678", PhoneLabel.MOBILE),
                ClientPhone("+84 24 3826 1234", PhoneLabel.WORK),
            ),
            email="linh@example.vn",
            notes="Likes a quiet chair",
        ),
    ).id
    grant_health_consent(vault, owner, client)  # health data rests on consent
    vault.clients.add_health_item(owner, client, HealthKind.ALLERGY, "PPD", Severity.SEVERE)
    colour = vault.catalogue.add(owner, ServiceInput("Colour and toner", requires_patch_test=True))
    vault.treatments.record_patch_test(owner, client, date(2026, 11, 1), "Koleston 7/1")
    tests = vault.treatments.patch_tests(owner, client)
    vault.treatments.set_patch_result(owner, client, tests[0].id, PatchResult.PASS)
    vault.treatments.add_visit(
        team.technician,
        client,
        VisitInput(
            date(2026, 11, 5),
            colour,
            products="Olaplex No.3",
            formula=two_bowl_formula(),
            notes="Toner 20 min was right",
            price_minor=900000,
            currency="VND",
            payment_method=PaymentMethod.CASH,
        ),
    )
    vault.pinned_notes.pin(team.receptionist, client, "prefers Mai")
    return client


def card_text(vault: Vault, team: Team, role: Role, client_id: int) -> str:
    return pdftotext(vault.printouts.card_pdf(team.of(role), client_id))


def test_the_technicians_card_has_formulas_and_health_but_a_masked_phone(
    vault: Vault, team: Team, client_id: int
) -> None:
    text = card_text(vault, team, Role.TECHNICIAN, client_id)
    squeezed = flat(text)
    assert "Nguyễn Thị Linh" in text and f"no. {client_id}" in text
    assert (
        flat("roots: Wella Koleston · 7/1 30 g + 8/0 10 g · 6% / 20 vol 60 g · 1:1.5 · 35 min")
        in squeezed
    )
    assert (
        flat("toner: Wella Color Touch · 9/16 20 g · 1.9% / 6 vol 40 g · 1:2 · 20 min") in squeezed
    )
    assert "Olaplex No.3" in text and "Toner 20 min was right" in text
    assert "PPD" in text and "Allergy" in text  # the severe allergy in full
    assert "prefers Mai" in text and NAMES[Role.RECEPTIONIST] in text  # pinned, by whom
    assert "••••••••678" in text and "+84 912 345 678" not in text  # masked, as on the card
    assert "linh@example.vn" not in text  # no e-mail for technicians
    assert "Koleston 7/1" in text  # the patch tests listed
    assert flat("as the card shows it to the technician") in squeezed


def test_the_receptionists_card_has_dates_and_services_and_the_alert_flag_only(
    vault: Vault, team: Team, client_id: int
) -> None:
    text = card_text(vault, team, Role.RECEPTIONIST, client_id)
    assert "+84 912 345 678" in text and "linh@example.vn" in text  # contact details
    assert "05/11/2026" in text and "Colour and toner" in text  # the paper's own date style
    for secret in ("Koleston", "Olaplex", "Toner 20 min", "PPD", "900"):
        assert secret not in text, secret
    assert flat("Severe health alert: the details are for the owner") in flat(text)
    assert "valid" in text  # the patch-test status, not the tests


def test_each_printing_is_logged_with_what_was_printed(
    vault: Vault, team: Team, client_id: int
) -> None:
    vault.printouts.card_pdf(team.receptionist, client_id)
    vault.printouts.card_pdf(team.technician, client_id)
    entries = vault.audit.list(team.owner, AuditFilter(action="client.print_card"))
    details = {e.role: e.detail for e in entries}
    assert details["receptionist"].startswith("use=print fields=")
    assert "treatment_dates" in details["receptionist"]
    assert "health" not in details["receptionist"].split("fields=")[1].split(",")
    assert "treatments" in details["technician"] and "health" in details["technician"]
    assert all(e.object_id == str(client_id) for e in entries)
    assert "Linh" not in " ".join(details.values())  # names of fields, never values


def test_the_paper_is_in_the_salons_language_or_the_one_asked_for_with_fonts_embedded(
    vault: Vault, team: Team, client_id: int, tmp_path: Path
) -> None:
    for language, heading in (
        ("vi", "Dịch vụ và công thức màu"),
        ("pl", "Zabiegi i receptury koloru"),
        ("zh_CN", "护理记录与染发配方"),
    ):
        pdf = vault.printouts.card_pdf(team.technician, client_id, language)
        assert flat(heading) in flat(pdftotext(pdf))
        fonts = pdffonts(pdf, tmp_path)
        assert fonts and all(row[-5:-3] == ["yes", "yes"] for row in fonts), fonts
        if language == "zh_CN":
            assert any("DroidSansFallback" in row[0] for row in fonts)
    vault.settings.set_language(team.owner, "pl")
    assert "Karta klienta" in card_text(vault, team, Role.TECHNICIAN, client_id)
    with pytest.raises(ValidationError):
        vault.printouts.card_pdf(team.technician, client_id, "de")


def test_saving_goes_through_the_one_door(
    vault: Vault, team: Team, client_id: int, tmp_path: Path
) -> None:
    out = vault.printouts.save_card_pdf(team.receptionist, client_id, tmp_path / "card.pdf")
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_mode & 0o077 == 0
    [saved] = vault.audit.list(team.owner, AuditFilter(action="client.print_card"))
    assert saved.detail.startswith("use=save")
    inside = vault.paths.data_dir / "card.pdf"
    with pytest.raises(FileRefused):
        vault.printouts.save_card_pdf(team.receptionist, client_id, inside)
    assert not inside.exists()
    assert len(vault.audit.list(team.owner, AuditFilter(action="client.print_card"))) == 1


def test_todays_clients_are_those_with_a_treatment_recorded_for_today(
    vault: Vault, team: Team, client_id: int
) -> None:
    assert vault.printouts.clients_seen_today(team.receptionist) == []  # the visit was 5 Nov
    [service] = vault.treatments.services(team.owner)
    other = vault.clients.create(team.owner, ClientInput("Kowalska", "Anna")).id
    vault.treatments.add_visit(
        team.technician, other, VisitInput(date(2026, 11, 22), service.id), True
    )
    assert vault.printouts.clients_seen_today(team.receptionist) == [other]


def test_the_day_sheet_lists_each_clients_alerts_as_the_role_sees_them(
    vault: Vault, team: Team, client_id: int
) -> None:
    [service] = vault.treatments.services(team.owner)
    vault.treatments.add_visit(
        team.technician, client_id, VisitInput(date(2026, 11, 22), service.id), True
    )
    other = vault.clients.create(team.owner, ClientInput("Kowalska", "Anna")).id
    technician = pdftotext(vault.printouts.day_sheet_pdf(team.technician, [client_id, other]))
    assert "Today's clients, 22/11/2026" in technician
    assert "Nguyễn Thị Linh" in technician and "Kowalska Anna" in technician
    assert "PPD" in technician and "prefers Mai" in technician
    assert "Colour and toner" in technician  # today's service
    receptionist = pdftotext(vault.printouts.day_sheet_pdf(team.receptionist, [client_id]))
    assert "PPD" not in receptionist
    assert flat("Severe health alert") in flat(receptionist)
    logged = vault.audit.list(team.owner, AuditFilter(action="client.print_day"))
    assert sorted(e.object_id for e in logged) == sorted(
        [str(client_id), str(other), str(client_id)]
    )
    assert all("use=print" in e.detail for e in logged)


def test_a_day_sheet_has_a_limit_and_every_role_may_print(
    vault: Vault, team: Team, client_id: int
) -> None:
    with pytest.raises(ValidationError):
        vault.printouts.day_sheet_pdf(team.owner, list(range(1, MAX_DAY_SHEET + 2)))
    for role in Role:
        assert vault.printouts.card_pdf(team.of(role), client_id).startswith(b"%PDF")
    vault.auth.sign_out(team.technician)
    with pytest.raises(SessionExpired):
        vault.printouts.card_pdf(team.technician, client_id)
