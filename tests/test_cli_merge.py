"""`salonvault merge-clients` as the owner's IT helper runs it (in this process: `cli`), the
absorbed client's name typed to confirm (or --confirm), JSON out, one sentence on a refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import NotFound
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import Vault, open_vault
from tests.support import NAMES, PINS, Result, Team, assert_one_sentence, cli


@pytest.fixture
def pair(vault: Vault, team: Team) -> tuple[int, int]:
    """(survivor, absorbed): the absorbed one has a visit and a phone; the vault is closed so
    the command line can open it."""
    survivor = vault.clients.create(team.owner, ClientInput("Nguyễn", "Thị Hoa")).id
    absorbed = vault.clients.create(
        team.owner, ClientInput("Nguyen", "Thi Hoa", phone="+84 912 345 678")
    ).id
    service = vault.catalogue.add(team.owner, ServiceInput("Cắt tóc", requires_patch_test=False))
    vault.treatments.add_visit(
        team.owner, absorbed, VisitInput(visited_on=vault.clock.now().date(), service_id=service)
    )
    vault.close()
    return survivor, absorbed


def merge(data_dir: Path, role: Role, *args: str, stdin_after: str = "") -> Result:
    return cli(
        data_dir,
        "merge-clients",
        *args,
        "--staff",
        NAMES[role],
        "--pin-stdin",
        stdin=f"{PINS[role]}\n{stdin_after}",
    )


def reopened(data_dir: Path, key_dir: Path) -> Vault:
    return open_vault(
        data_dir, device_store=DeviceKeyStore(fallback_dir=key_dir, use_os_store=False)
    )


def test_the_owner_merges_after_typing_the_name(
    data_dir: Path, isolated_key_store: Path, pair: tuple[int, int]
) -> None:
    survivor, absorbed = pair
    keep, absorb = str(survivor), str(absorbed)
    result = merge(
        data_dir, Role.OWNER, "--keep", keep, "--absorb", absorb, stdin_after="nguyen thi hoa\n"
    )
    assert result.code == 0, result
    out = result.json()
    assert out["survivor"] == survivor and out["absorbed"] == absorbed
    assert out["moved"]["visits"] == 1 and out["filled"] == ["phone"]
    assert "backups made before now" in result.err
    vault = reopened(data_dir, isolated_key_store)
    try:
        owner = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
        with pytest.raises(NotFound):
            vault.clients.open(owner, absorbed)
        assert vault.clients.open(owner, survivor).phone == "+84 912 345 678"
        assert len(vault.treatments.history(owner, survivor)) == 1
        assert vault.audit.verify(owner).ok
    finally:
        vault.close()


def test_refusals_are_one_sentence_and_change_nothing(
    data_dir: Path, isolated_key_store: Path, pair: tuple[int, int]
) -> None:
    keep, absorb = (str(i) for i in pair)
    wrong = merge(data_dir, Role.OWNER, "--keep", keep, "--absorb", absorb, "--confirm", "Hoa")
    assert_one_sentence(wrong, 2, "Type the name")
    same = merge(data_dir, Role.OWNER, "--keep", keep, "--absorb", keep, "--confirm", "x")
    assert_one_sentence(same, 2, "two different")
    missing = merge(data_dir, Role.OWNER, "--keep", keep, "--absorb", "999", "--confirm", "x")
    assert_one_sentence(missing, 3, "There is no client 999")
    for role in (Role.RECEPTIONIST, Role.TECHNICIAN):
        refused = merge(
            data_dir, role, "--keep", keep, "--absorb", absorb, "--confirm", "Nguyen Thi Hoa"
        )
        assert_one_sentence(refused, 5, "may not merge two clients' records")
    vault = reopened(data_dir, isolated_key_store)
    try:
        owner = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
        assert vault.clients.open(owner, int(absorb)).display_name == "Nguyen Thi Hoa"
    finally:
        vault.close()
