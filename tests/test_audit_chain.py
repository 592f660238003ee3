"""The activity log: append-only, HMAC-chained; tampering with the data key is still caught."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from salonvault.domain.roles import Role
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import Vault, open_vault
from tests.helpers import data_key_of, raw_connection
from tests.support import NAMES, PINS, FakeClock


@pytest.fixture
def logged(vault: Vault) -> Vault:
    """A vault with a dozen more log entries of different kinds."""
    owner = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    for minutes in (5, 6, 7, 8):
        vault.settings.set_idle_minutes(owner, minutes)
    vault.audit.verify(owner)
    vault.auth.sign_out(owner)
    return vault


def tamper(vault: Vault, data_dir: Path, device_store: DeviceKeyStore, *statements: str) -> Any:
    """Close the vault, change rows as someone holding the data key would, reopen."""
    vault.close()
    raw = raw_connection(data_dir, data_key_of(data_dir, device_store))
    raw.execute("DROP TRIGGER audit_log_no_update")
    raw.execute("DROP TRIGGER audit_log_no_delete")
    for statement in statements:
        raw.execute(statement)
    raw.close()
    return open_vault(data_dir, device_store=device_store, clock=FakeClock())


def verdict_of(vault: Vault) -> Any:
    return vault.log.verify()


def test_untouched_log_verifies(logged: Vault) -> None:
    verdict = verdict_of(logged)
    assert verdict.ok and verdict.entries_checked > 10


def test_program_cannot_update_or_delete_log_rows(logged: Vault) -> None:
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        logged._db.execute("UPDATE audit_log SET detail = 'x' WHERE seq = 3")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        logged._db.execute("DELETE FROM audit_log WHERE seq = 3")


def test_edited_entry_is_named(logged: Vault, data_dir: Path, device_store: DeviceKeyStore) -> None:
    reopened = tamper(
        logged,
        data_dir,
        device_store,
        "UPDATE audit_log SET detail = detail || ' edited' WHERE seq = 7",
    )
    verdict = verdict_of(reopened)
    assert not verdict.ok and verdict.first_broken_seq == 7
    assert "entry 7" in (verdict.problem or "")
    reopened.close()


def test_edited_time_is_caught(logged: Vault, data_dir: Path, device_store: DeviceKeyStore) -> None:
    reopened = tamper(
        logged,
        data_dir,
        device_store,
        "UPDATE audit_log SET at = '2020-01-01T00:00:00.000000+00:00' WHERE seq = 4",
    )
    assert verdict_of(reopened).first_broken_seq == 4
    reopened.close()


def test_deleted_entry_is_named(
    logged: Vault, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    reopened = tamper(logged, data_dir, device_store, "DELETE FROM audit_log WHERE seq = 5")
    verdict = verdict_of(reopened)
    assert not verdict.ok and verdict.first_broken_seq == 5
    assert "entry 5 is missing" in (verdict.problem or "")
    reopened.close()


def test_reordered_entries_are_caught(
    logged: Vault, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    """Swap two rows' contents (keeping MACs in place), as a reordering would."""
    columns = "at, staff_id, role, workstation, action, object_type, object_id, outcome, detail"
    reopened = tamper(
        logged,
        data_dir,
        device_store,
        f"CREATE TEMP TABLE swap AS SELECT seq, {columns} FROM audit_log WHERE seq IN (8, 9)",
        *(
            f"UPDATE audit_log SET {c} = (SELECT {c} FROM swap WHERE seq = 17 - audit_log.seq)"
            " WHERE seq IN (8, 9)"
            for c in columns.split(", ")
        ),
    )
    verdict = verdict_of(reopened)
    assert not verdict.ok and verdict.first_broken_seq == 8
    reopened.close()


def test_renumbered_entries_with_recomputed_order_are_caught(
    logged: Vault, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    """Move row 3 to the end under a new number: its MAC no longer fits the chain."""
    reopened = tamper(
        logged,
        data_dir,
        device_store,
        "UPDATE audit_log SET seq = (SELECT max(seq) + 1 FROM audit_log) WHERE seq = 3",
    )
    verdict = verdict_of(reopened)
    assert not verdict.ok and verdict.first_broken_seq == 3
    assert "entry 3 is missing" in (verdict.problem or "")
    reopened.close()


def test_cut_off_tail_is_caught_by_the_head(
    logged: Vault, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    last = logged._db.scalar("SELECT max(seq) FROM audit_log")
    reopened = tamper(
        logged, data_dir, device_store, f"DELETE FROM audit_log WHERE seq >= {last - 2}"
    )
    # Reopening logs a new "vault.unlock" entry; it follows the stored head, leaving a gap.
    verdict = verdict_of(reopened)
    assert not verdict.ok and verdict.first_broken_seq == last - 2
    assert f"entry {last - 2} is missing" in (verdict.problem or "")
    reopened.close()


def test_cut_tail_without_new_entries_is_caught(
    logged: Vault, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    last = logged._db.scalar("SELECT max(seq) FROM audit_log")
    logged.close()
    raw = raw_connection(data_dir, data_key_of(data_dir, device_store))
    raw.execute("DROP TRIGGER audit_log_no_delete")
    raw.execute(f"DELETE FROM audit_log WHERE seq > {last - 2}")
    raw.close()
    with pytest.MonkeyPatch.context() as patch:  # verify before anything new is written
        patch.setattr(
            "salonvault.services.access.activity_log.ActivityLog.record", lambda self, event: 0
        )
        reopened = open_vault(data_dir, device_store=device_store, clock=FakeClock())
    verdict = verdict_of(reopened)
    assert not verdict.ok and verdict.first_broken_seq == last - 1
    assert "removed" in (verdict.problem or "")
    reopened.close()


def test_verify_is_itself_logged(logged: Vault) -> None:
    owner = logged.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    logged.audit.verify(owner)
    newest = logged.audit.list(owner)[0]
    assert newest.action == "audit.verify" and newest.detail.startswith("checked=")
