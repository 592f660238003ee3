"""Safety at the point of service (issue 22 item 3): services declare contraindications, a visit
for a client whose health items match is refused until acknowledged, and the acknowledgement is
logged like the patch-test override; what each role is told before a treatment."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import BusinessKind, ServiceInput
from salonvault.domain.clients import ClientInput, HealthKind, Severity
from salonvault.domain.contraindications import BuiltInTerm
from salonvault.domain.errors import ContraindicationFound, PermissionDenied, ValidationError
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.catalogue import starter_services
from salonvault.services.vault import Vault
from tests.helpers import grant_health_consent, made_salon
from tests.support import FakeClock, Team, cli

TODAY = date(2026, 11, 22)


def test_typed_terms_are_stored_as_built_ins_or_the_owners_words(vault: Vault, team: Team) -> None:
    service_id = vault.catalogue.add(
        team.owner,
        ServiceInput(
            "Colour",
            contraindications=("PPD", "  ciąża ", "hair dye", "Henna  powder", "", "henna powder"),
        ),
    )
    [service] = [s for s in vault.catalogue.services(team.owner) if s.id == service_id]
    # PPD and "hair dye" are one built-in; the owner's words once, spaces tidied.
    assert service.contraindications == ("ppd", "pregnancy", "Henna powder")
    [entry] = vault.audit.list(team.owner, AuditFilter(action="service.add"))
    assert "contraindications=3" in entry.detail
    with pytest.raises(ValidationError) as refused:
        vault.catalogue.update(
            team.owner, service_id, ServiceInput("Colour", contraindications=("ab",))
        )
    assert refused.value.field == "contraindications"
    vault.catalogue.update(team.owner, service_id, ServiceInput("Colour"))
    [changed] = vault.audit.list(team.owner, AuditFilter(action="service.update"))
    assert changed.detail == "fields=contraindications"


def test_starter_services_come_with_contraindications() -> None:
    by_name = {s.name: s for s in starter_services(list(BusinessKind), "en")}
    assert by_name["Full-head colour"].contraindications == ("ppd",)
    assert by_name["Lash extensions"].contraindications == ("cyanoacrylate",)
    assert "pregnancy" in by_name["Laser hair removal"].contraindications
    assert by_name["Eye examination"].contraindications == ()
    # In Polish too: the terms are keys, the same in every language.
    polish = {s.name: s for s in starter_services([BusinessKind.HAIR], "pl")}
    assert polish["Koloryzacja całych włosów"].contraindications == ("ppd",)


@pytest.fixture
def hair_salon(tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock) -> Iterator[Vault]:
    """A hair salon as the set-up wizard makes one: its kind and the starter list chosen."""
    made = made_salon(tmp_path / "hair", (BusinessKind.HAIR,), device_store, clock)
    yield made
    made.close()


def _service(vault: Vault, team: Team, name: str) -> int:
    return next(s.id for s in vault.treatments.services(team.owner) if s.name == name)


def test_a_colour_visit_for_a_ppd_allergy_is_refused_until_acknowledged_then_logged(
    hair_salon: Vault,
) -> None:
    vault = hair_salon
    team = Team(vault)
    colour = _service(vault, team, "Full-head colour")
    cut = _service(vault, team, "Men's cut")
    client = vault.clients.create(team.owner, ClientInput("Kowalska", "Anna")).id
    grant_health_consent(vault, team.owner, client)
    ppd = vault.clients.add_health_item(
        team.technician, client, HealthKind.ALLERGY, "PPD allergy", Severity.SEVERE
    )
    vault.clients.add_health_item(
        team.technician, client, HealthKind.ALLERGY, "Latex", Severity.MODERATE
    )
    vault.treatments.record_patch_test(team.technician, client, TODAY, "Koleston")  # pending
    colour_visit = VisitInput(TODAY, colour)
    vault.treatments.add_visit(team.technician, client, VisitInput(TODAY, cut))  # no terms
    with pytest.raises(ContraindicationFound) as warned:
        vault.treatments.add_visit(
            team.technician, client, colour_visit, acknowledge_patch_warning=True
        )
    [match] = warned.value.matches
    assert (match.term, match.item.id, match.item.text) == ("ppd", ppd, "PPD allergy")
    assert match.built_in is BuiltInTerm.PPD
    assert "PPD allergy" not in str(warned.value)  # the English may reach a terminal
    assert len(vault.treatments.history(team.owner, client)) == 1  # nothing written

    vault.treatments.add_visit(
        team.technician,
        client,
        colour_visit,
        acknowledge_patch_warning=True,
        acknowledge_contraindications=True,
    )
    [override] = vault.audit.list(team.owner, AuditFilter(action="visit.contraindication_override"))
    assert override.role == "technician" and override.object_id == str(client)
    assert override.detail == f"terms=ppd items={ppd}"
    assert "PPD" not in override.detail  # the log names the term's key and item numbers only
    assert len(vault.treatments.history(team.owner, client)) == 2


def test_the_salons_own_words_are_logged_as_own(vault: Vault, team: Team) -> None:
    massage = vault.catalogue.add(
        team.owner, ServiceInput("Aroma massage", contraindications=("lavender",))
    )
    client = vault.clients.create(team.owner, ClientInput("Wang", "Li")).id
    grant_health_consent(vault, team.owner, client)
    vault.clients.add_health_item(
        team.owner, client, HealthKind.ALLERGY, "Lavender oil", Severity.LOW
    )
    with pytest.raises(ContraindicationFound):
        vault.treatments.add_visit(team.owner, client, VisitInput(TODAY, massage))
    vault.treatments.add_visit(
        team.owner, client, VisitInput(TODAY, massage), acknowledge_contraindications=True
    )
    [override] = vault.audit.list(team.owner, AuditFilter(action="visit.contraindication_override"))
    assert override.detail.startswith("terms=own items=")
    assert "avender" not in override.detail


def test_what_each_role_is_told_before_a_treatment(hair_salon: Vault) -> None:
    vault = hair_salon
    team = Team(vault)
    colour = _service(vault, team, "Full-head colour")
    keratin = _service(vault, team, "Keratin smoothing")
    client = vault.clients.create(team.owner, ClientInput("Trần", "Thị Mai")).id
    grant_health_consent(vault, team.owner, client)
    vault.clients.add_health_item(
        team.owner, client, HealthKind.CONDITION, "Mang thai 5 tháng", Severity.MODERATE
    )
    vault.clients.add_health_item(team.owner, client, HealthKind.ALLERGY, "Nickel", Severity.LOW)
    vault.clients.add_health_item(
        team.owner, client, HealthKind.ALLERGY, "Thuốc nhuộm tóc", Severity.SEVERE
    )
    shown = vault.treatments.visit_safety(team.technician, client)
    assert shown.items is not None
    # Severe first, then moderate, then low.
    assert [i.text for i in shown.items] == ["Thuốc nhuộm tóc", "Mang thai 5 tháng", "Nickel"]
    assert shown.has_severe_alert and shown.has_alerts
    assert {colour, keratin} <= shown.contraindicated_services  # PPD; pregnancy
    assert shown.ask == (Role.OWNER, Role.TECHNICIAN)
    [logged] = vault.audit.list(team.owner, AuditFilter(action="visit.safety_shown"))
    assert logged.detail == "fields=health"

    told = vault.treatments.visit_safety(team.receptionist, client)
    assert told.items is None  # never the text
    assert told.has_alerts and told.has_severe_alert
    assert told.contraindicated_services == shown.contraindicated_services
    assert told.ask == (Role.OWNER, Role.TECHNICIAN)  # whom to ask
    with pytest.raises(PermissionDenied):
        vault.treatments.add_visit(team.receptionist, client, VisitInput(TODAY, colour))


def test_a_client_without_health_items_gets_no_warning_and_no_log(
    hair_salon: Vault,
) -> None:
    vault = hair_salon
    team = Team(vault)
    colour = _service(vault, team, "Full-head colour")
    client = vault.clients.create(team.owner, ClientInput("Lê", "Văn Nam")).id
    shown = vault.treatments.visit_safety(team.technician, client)
    assert shown.items == () and not shown.has_alerts
    assert shown.contraindicated_services == frozenset()
    vault.treatments.add_visit(
        team.technician, client, VisitInput(TODAY, colour), acknowledge_patch_warning=True
    )
    assert vault.audit.list(team.owner, AuditFilter(action="visit.safety_shown")) == []
    assert vault.audit.list(team.owner, AuditFilter(action="visit.contraindication_override")) == []


def test_cli_services_set_keeps_or_replaces_the_contraindications(
    tmp_path: Path, isolated_key_store: Path
) -> None:
    """`init --kind hair --starter-services`, then `services set` without the option leaves the
    terms as they are (a price change must not drop a safety warning); with it, replaces them."""
    salon = tmp_path / "salon"
    made = cli(
        salon, "init", "--salon", "Salon Hoa Mai", "--owner", "Hoa", "--recovery-key-out",
        str(tmp_path / "key.txt"), "--pin-stdin", "--kind", "hair", "--starter-services",
        stdin="482913\n482913\n",
    )  # fmt: skip
    assert made.code == 0, made.err
    acting = ("--staff", "Hoa", "--pin-stdin")
    listed = cli(salon, "services", "list", *acting, stdin="482913\n").json_lines()
    colour = next(s for s in listed if s["name"] == "Full-head colour")
    assert colour["contraindications"] == ["ppd"]
    priced = cli(
        salon, "services", "set", str(colour["id"]), "--price", "80", *acting, stdin="482913\n"
    )
    assert priced.code == 0 and priced.json()["contraindications"] == ["ppd"]
    changed = cli(
        salon, "services", "set", str(colour["id"]), "--contraindications", "PPD, ciąża; henna",
        *acting, stdin="482913\n",
    )  # fmt: skip
    assert changed.json()["contraindications"] == ["ppd", "pregnancy", "henna"]
    cleared = cli(
        salon, "services", "set", str(colour["id"]), "--contraindications", "", *acting,
        stdin="482913\n",
    )  # fmt: skip
    assert cleared.json()["contraindications"] == []
