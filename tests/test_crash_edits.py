"""Kill -9 a process in the middle of client edits, over and over (issue 9, item 3a).

A child process opens the vault and edits clients in a loop (a correction, a health item, a
new client, in turn), writing each change's number to a pipe only after its transaction has
committed. The parent kills it with SIGKILL at a random moment (while it opens the vault, in
a commit, between two), then opens the vault itself and checks: SQLite's full integrity check
passes, the activity log's chain verifies, the last change the child reported is there, at most
one unreported change after it is there, and every change is whole (its row and its log entry
together, or neither). The next child carries on from there.

The children are forked from the test process: importing the program takes 0.7 s, a fork a few
milliseconds, which is what lets 100 kills fit in CI's budget. A child signs in through the
sign-in service (the only way a session starts), with the Argon2 check replaced by a comparison:
a real one costs 0.16 s, which would leave the short-lived children little time to edit, and it
is tested elsewhere.
SIGKILL stops the process, not the machine: this shows that no crash of the program can leave
a half-made change or a broken vault; power loss is the fsync's part (synchronous=FULL).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import select
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from salonvault.domain.clients import ClientInput, HealthKind, Severity
from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import Vault, open_vault
from salonvault.storage.database import Database
from tests.helpers import grant_health_consent
from tests.support import NAMES, PINS, Team, scaled

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")

OPERATIONS = ("correct", "health", "create")
TARGET = ClientInput("Crash", "Target")


def _edit_until_killed(
    data_dir: Path, key_dir: Path, client_id: int, first: int, pipe: int
) -> None:
    """The child: edit for ever, reporting each change once it is committed."""
    vault = open_vault(data_dir, device_store=DeviceKeyStore(key_dir, use_os_store=False))
    session = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    number = first
    while True:
        operation = OPERATIONS[number % len(OPERATIONS)]
        if operation == "correct":
            changed = ClientInput(TARGET.family_name, TARGET.given_name, notes=f"edit {number}")
            vault.clients.update(session, client_id, changed)
        elif operation == "health":
            vault.clients.add_health_item(
                session, client_id, HealthKind.ALLERGY, f"item {number}", Severity.MODERATE
            )
        else:
            vault.clients.create(session, ClientInput("Crash", f"Client {number}"))
        os.write(pipe, f"{number}\n".encode())
        number += 1


def _is_there(db: Database, client_id: int, number: int) -> bool:
    operation = OPERATIONS[number % len(OPERATIONS)]
    if operation == "correct":
        notes = db.scalar("SELECT notes FROM clients WHERE id = ?", (client_id,))
        return bool(notes == f"edit {number}")
    if operation == "health":
        found = db.scalar(
            "SELECT count(*) FROM health_items WHERE client_id = ? AND text = ?",
            (client_id, f"item {number}"),
        )
        return bool(found)
    found = db.scalar("SELECT count(*) FROM clients WHERE given_name = ?", (f"Client {number}",))
    return bool(found)


@dataclass
class Round:
    first: int
    reported: list[int]
    died_on_its_own: bool


def _run_and_kill(data_dir: Path, key_dir: Path, client_id: int, first: int, delay: float) -> Round:
    read_end, write_end = os.pipe()
    context = multiprocessing.get_context("fork")
    child = context.Process(
        target=_edit_until_killed, args=(data_dir, key_dir, client_id, first, write_end)
    )
    child.start()
    os.close(write_end)
    received = b""
    deadline = time.monotonic() + delay
    while (left := deadline - time.monotonic()) > 0:  # keep the pipe drained meanwhile
        ready, _, _ = select.select([read_end], [], [], left)
        if ready:
            received += os.read(read_end, 65536)
    died = child.exitcode is not None
    if not died:
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
    child.join(timeout=30)
    while chunk := os.read(read_end, 65536):
        received += chunk
    os.close(read_end)
    lines = received.decode().split("\n")
    return Round(first, [int(line) for line in lines[:-1]], died)


def _check_after_kill(data_dir: Path, key_dir: Path, client_id: int, done: Round, note: str) -> int:
    """Open and check the vault; returns where the next child starts."""
    vault = open_vault(data_dir, device_store=DeviceKeyStore(key_dir, use_os_store=False))
    try:
        db = vault.database
        assert db.check_integrity() == [], f"{note}: integrity check failed"
        verdict = vault.log.verify()
        assert verdict.ok, f"{note}: the activity log does not verify ({verdict.problem})"
        last = done.reported[-1] if done.reported else done.first - 1
        if done.reported:
            assert _is_there(db, client_id, last), f"{note}: reported change {last} is missing"
        assert not _is_there(db, client_id, last + 2), f"{note}: a change from nowhere"
        _assert_changes_are_whole(db, note)
    finally:
        vault.close()
    return last + 2  # last + 1 may have committed unreported; numbers are never reused


def _assert_changes_are_whole(db: Database, note: str) -> None:
    """Each change wrote its row and its activity-log entry in one transaction."""
    logged = dict(
        db.query(
            "SELECT action, count(*) FROM audit_log"
            " WHERE action IN ('client.create', 'health.add') GROUP BY action"
        )
    )
    clients = db.scalar("SELECT count(*) FROM clients")
    items = db.scalar("SELECT count(*) FROM health_items")
    assert logged.get("client.create", 0) == clients, f"{note}: a client without its log entry"
    assert logged.get("health.add", 0) == items, f"{note}: a health item without its log entry"


def _prepare(vault: Vault, team: Team) -> int:
    client_id = vault.clients.create(team.owner, TARGET).id
    grant_health_consent(vault, team.owner, client_id)  # the health items rest on it
    vault.close()
    return client_id


@pytest.mark.slow
def test_killed_writer_leaves_a_whole_vault_with_every_reported_change(
    vault: Vault,
    team: Team,
    data_dir: Path,
    isolated_key_store: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client_id = _prepare(vault, team)
    monkeypatch.setattr(
        "salonvault.services.auth.verify_pin", lambda _hash, pin: pin == PINS[Role.OWNER]
    )
    kills = scaled(100, soak_factor=10)
    seed = random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    number = 0
    reported = 0
    for kill in range(kills):
        # Most kills land among the edits; one in ten while the child is still opening.
        delay = rng.uniform(0.0, 0.04) if kill % 10 == 0 else rng.uniform(0.04, 0.3)
        done = _run_and_kill(data_dir, isolated_key_store, client_id, number, delay)
        note = f"kill {kill} after {delay:.3f} s (seed {seed})"
        assert not done.died_on_its_own, f"{note}: the writer stopped before it was killed"
        number = _check_after_kill(data_dir, isolated_key_store, client_id, done, note)
        reported += len(done.reported)
    assert reported >= kills, "the kills landed among edits, not only at start-up"
