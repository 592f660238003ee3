"""The owner's dashboard figures, from real records (FakeClock: 2026-11-22)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import PermissionDenied, WrongPin
from salonvault.domain.roles import Role
from salonvault.domain.treatments import PatchResult, VisitInput
from salonvault.services.dashboard import month_keys
from salonvault.services.vault import Vault
from tests.conftest import NAMES, Team


def test_figures_count_what_the_owner_needs(vault: Vault, team: Team) -> None:
    service = vault.treatments.add_service(team.owner, "Cut", False)
    mai = vault.clients.create(team.owner, ClientInput("Trần", "Thị Mai")).id
    ewa = vault.clients.create(team.owner, ClientInput("Kowalska", "Ewa")).id
    for client, day in (
        (mai, date(2026, 10, 3)),
        (mai, date(2026, 10, 20)),
        (ewa, date(2026, 11, 2)),
    ):
        vault.treatments.add_visit(
            team.owner, client, VisitInput(visited_on=day, service_id=service)
        )
    first = vault.treatments.history(team.owner, mai)[0].id
    vault.treatments.add_correction(
        team.owner, first, VisitInput(visited_on=date(2026, 10, 20), service_id=service)
    )  # a correction is not a new visit
    gone = vault.clients.create(team.owner, ClientInput("Gone", "Away")).id
    vault.treatments.add_visit(
        team.owner, gone, VisitInput(visited_on=date(2026, 9, 9), service_id=service)
    )
    vault.erasure.erase(team.owner, gone, "Gone Away", True)  # her visit stays as a count
    vault.consent.record(
        team.owner, mai, "service_records", "granted", "vi", "paper", paper_reference="P1"
    )
    validity = vault.treatments.patch_validity_days()
    vault.treatments.record_patch_test(
        team.owner,
        ewa,
        date(2026, 11, 25) - timedelta(days=validity),
        "Wella",
        "",
        PatchResult.PASS,
    )
    with pytest.raises(WrongPin):
        vault.auth.sign_in(NAMES[Role.TECHNICIAN], "000000")

    figures = vault.dashboard.figures(team.owner)
    assert len(figures.visits_by_month) == 12
    assert figures.visits_by_month[-1] == ("2026-11", 1)
    assert figures.visits_by_month[-2] == ("2026-10", 2)
    assert figures.visits_by_month[-3] == ("2026-09", 1)
    assert figures.new_clients_30_days == 2  # the erased one is gone
    assert figures.missing_service_consent == 1  # Ewa
    assert figures.patch_tests_expiring_7_days == 1
    assert figures.failed_sign_ins_7_days == 1
    assert figures.last_verified_backup is None and figures.backup_overdue
    assert figures.retention_due == 0


def test_only_the_owner_sees_the_figures(vault: Vault, team: Team) -> None:
    for session in (team.receptionist, team.technician):
        with pytest.raises(PermissionDenied):
            vault.dashboard.figures(session)


def test_month_keys_cross_the_new_year() -> None:
    assert month_keys(date(2026, 2, 10), 4) == ["2025-11", "2025-12", "2026-01", "2026-02"]
