"""The window opens a vault with the first page checked only, then checks the whole file on a
second connection (decision 0017): damage anywhere is still found, and logged."""

from __future__ import annotations

from pathlib import Path

from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault import Vault, VaultPaths, open_vault
from tests.conftest import FakeClock, Team


def _fill(vault: Vault) -> None:
    owner = Team(vault).owner
    for number in range(60):  # pages beyond the first few
        vault.clients.create(owner, ClientInput("Trần", f"Mai {number}", notes="n" * 400))
    vault.close()


def test_a_sound_vault_passes_the_deferred_check(
    vault: Vault, data_dir: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    _fill(vault)
    opened = open_vault(data_dir, device_store=device_store, clock=clock, full_check=False)
    try:
        assert opened.check_file() is None
    finally:
        opened.close()


def test_a_flipped_byte_past_the_first_page_is_found_after_opening(
    vault: Vault, data_dir: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    _fill(vault)
    path = VaultPaths(data_dir).database
    content = bytearray(path.read_bytes())
    last_page = len(content) // 4096 - 1
    content[last_page * 4096 + 700] ^= 0x10
    path.write_bytes(bytes(content))
    opened = open_vault(data_dir, device_store=device_store, clock=clock, full_check=False)
    try:
        problem = opened.check_file()
        assert problem is not None and "fail authentication" in problem
        owner = Team(opened).owner
        [entry] = opened.audit.list(owner, AuditFilter(action="vault.file_check"))
        assert entry.outcome == "failed" and "fail authentication" in entry.detail
    finally:
        opened.close()
