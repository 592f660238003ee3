"""The window opens a vault with the first page checked only, then checks the whole file on a
second connection (decision 0017): damage anywhere is still found, and logged."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import VaultError
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import Vault, VaultPaths, open_vault
from tests.support import FakeClock, Team


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


def test_an_interrupted_check_reports_nothing(
    vault: Vault, data_dir: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    """A program closing mid-check interrupts the reader: the check raises instead of
    reporting damage, and nothing is logged (the interrupt lands inside the check here by
    being issued from the `started` hook's own thread while the statement runs)."""
    _fill(vault)
    opened = open_vault(data_dir, device_store=device_store, clock=clock, full_check=False)
    stop = threading.Event()

    def keep_interrupting(interrupt: Callable[[], None]) -> None:
        def loop() -> None:
            while not stop.is_set():
                interrupt()

        threading.Thread(target=loop, daemon=True).start()

    try:
        outcomes = []
        for _ in range(20):  # the interrupt races the check's start; one landing is enough
            stop.clear()
            try:
                outcomes.append(opened.check_file(keep_interrupting))
            except VaultError as error:
                outcomes.append(str(error))
            stop.set()
            if any(isinstance(o, str) and "interrupted" in o for o in outcomes):
                break
        assert any(isinstance(o, str) and "interrupted" in o for o in outcomes), outcomes
        assert all(o is None or "interrupted" in o for o in outcomes), outcomes  # no "damage"
        owner = Team(opened).owner
        assert opened.audit.list(owner, AuditFilter(action="vault.file_check")) == []
    finally:
        stop.set()
        opened.close()


def test_the_check_waits_at_its_pause_points_and_goes_on_after(
    vault: Vault, data_dir: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    """Issue 24: while a person waits for the window the check holds still between its two
    passes (each is one call into the C library), then finishes where it was."""
    _fill(vault)
    opened = open_vault(data_dir, device_store=device_store, clock=clock, full_check=False)
    go_on = threading.Event()
    held = threading.Event()
    calls: list[int] = []

    def pause_point() -> None:
        calls.append(1)
        held.set()
        go_on.wait(10)

    outcome: list[str | None] = []
    checking = threading.Thread(target=lambda: outcome.append(opened.check_file(None, pause_point)))
    try:
        checking.start()
        assert held.wait(10)
        checking.join(0.3)
        assert checking.is_alive() and outcome == []  # held at the pause point
        go_on.set()
        checking.join(10)
        assert outcome == [None]
        assert len(calls) == 1
    finally:
        go_on.set()
        opened.close()
