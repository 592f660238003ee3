"""The demo salon's clients: realistic across four locales, valid phones, history, one log entry."""

from __future__ import annotations

from pathlib import Path

import phonenumbers
import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.errors import RuleViolation
from salonvault.domain.formulas import check_formula
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.demo.clients import populate_demo_clients
from salonvault.services.demo.salon import create_demo_vault
from salonvault.services.vault.opening import Vault
from salonvault.storage.treatments_repo import formula_from_json
from tests.support import FakeClock, Team


@pytest.mark.slow  # a demo salon of 600 clients
def test_demo_clients_look_real_and_search_works(
    tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    vault, staff = create_demo_vault(
        tmp_path / "demo", tmp_path / "key.txt", device_store, clock, clients=600
    )
    db = vault.database
    assert db.scalar("SELECT count(*) FROM clients") == 600
    phones = [row[0] for row in db.query("SELECT phone_e164 FROM clients")]
    assert all(phonenumbers.is_valid_number(phonenumbers.parse(p)) for p in phones)
    prefixes = {p[:3] for p in phones}
    assert {"+84", "+48", "+86", "+44"} <= prefixes
    names = " ".join(row[0] for row in db.query("SELECT family_name FROM clients"))
    assert any("\u4e00" <= ch <= "\u9fff" for ch in names)  # Chinese
    assert any(ch in "ĄĆĘŁŃÓŚŹŻąćęłńóśźż" for ch in names)  # Polish
    assert any(ch in "ĐđƯưƠơẠảẤầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ" for ch in names)
    visits = db.scalar("SELECT count(*) FROM visits")
    assert visits > 3000  # about 10 a client
    formulas = [formula_from_json(r[0]) for r in db.query("SELECT formula FROM visits")]
    coloured = [f for f in formulas if not f.empty]
    assert coloured and sum(len(f.bowls) == 2 for f in coloured) > len(coloured) / 2
    for formula in coloured:  # weighed, and within the colourist's rules
        check_formula(formula)
        assert all(b.colour_grams and b.developer_needed for b in formula.bowls)
    assert db.scalar("SELECT count(*) FROM health_items") > 0
    assert db.scalar("SELECT count(*) FROM patch_tests") > 0
    owner = vault.auth.sign_in(staff[0].name, staff[0].pin)
    # Health data rests on consent (decision 0031): every client with health items agreed.
    with_health = [r[0] for r in db.query("SELECT DISTINCT client_id FROM health_items")]
    assert all(vault.health_basis.may_store(owner, client) for client in with_health[:40])
    consented = "SELECT DISTINCT client_id FROM consent_records WHERE purpose_id = 2"
    with_records = "SELECT DISTINCT client_id FROM service_records"
    # The health-data consents are those of clients with health items or service records.
    assert {r[0] for r in db.query(consented)} == set(with_health) | {
        r[0] for r in db.query(with_records)
    }
    [entry] = vault.audit.list(owner, AuditFilter(action="demo.populate"))
    # The visits the demo's service records were written on come after the populating.
    with_records = db.scalar("SELECT count(DISTINCT visit_id) FROM service_records")
    assert entry.detail == f"clients=600 visits={visits - with_records}"
    family = str(db.scalar("SELECT family_name FROM clients WHERE phone_e164 LIKE '+84%'"))
    assert vault.clients.search(owner, family)
    assert vault.log.verify().ok
    vault.close()


def test_demo_clients_only_go_into_a_demo_salon(vault: Vault, team: Team) -> None:
    with pytest.raises(RuleViolation, match="demo salon"):
        populate_demo_clients(vault, team.owner, 10)
    assert vault.database.scalar("SELECT count(*) FROM clients") == 0
