"""The activity log's HMAC chain: each entry's MAC covers its own fields and the previous MAC.

Editing, deleting or reordering a row breaks every MAC from that row on, so `verify` names the
first broken entry. The chain key is derived from the data key (HKDF), so only a holder of the
data key can extend the chain.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from cryptography.hazmat.primitives import constant_time, hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from salonvault.domain.audit import AuditEntry, ChainVerdict

GENESIS_MAC = bytes(32)
# Where the vault keeps the chain key (so a restore under a new data key still verifies).
CHAIN_KEY_SETTING = "audit_chain_key"


def derive_chain_key(data_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"salonvault/audit-chain/v1"
    ).derive(data_key)


def _canonical(entry: AuditEntry) -> bytes:
    fields = [
        entry.seq,
        entry.at.isoformat(),
        entry.staff_id,
        entry.role,
        entry.workstation,
        entry.action,
        entry.object_type,
        entry.object_id,
        entry.outcome.value,
        entry.detail,
    ]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode()


def entry_mac(chain_key: bytes, previous_mac: bytes, entry: AuditEntry) -> bytes:
    mac = hmac.HMAC(chain_key, hashes.SHA256())
    mac.update(previous_mac)
    mac.update(_canonical(entry))
    return mac.finalize()


def macs_match(expected: bytes, found: bytes) -> bool:
    return constant_time.bytes_eq(expected, found)


def verify_chain(
    entries: Iterable[tuple[AuditEntry, bytes]], head: dict[str, Any] | None, chain_key: bytes
) -> ChainVerdict:
    """Check every MAC in stored order, then the stored head (which catches a cut-off tail)."""
    previous = GENESIS_MAC
    expected_seq = 1
    checked = 0
    for entry, stored_mac in entries:
        if entry.seq != expected_seq:
            return ChainVerdict(
                checked,
                expected_seq,
                f"entry {expected_seq} is missing (entry {entry.seq} comes next)",
            )
        if not macs_match(entry_mac(chain_key, previous, entry), stored_mac):
            return ChainVerdict(
                checked, entry.seq, f"entry {entry.seq} was changed, removed or moved"
            )
        previous = stored_mac
        expected_seq += 1
        checked += 1
    if head is not None and (
        head["seq"] != checked or not macs_match(bytes.fromhex(head["mac"]), previous)
    ):
        first_missing = checked + 1
        return ChainVerdict(checked, first_missing, f"entries from {first_missing} on were removed")
    return ChainVerdict(checked, None, None)
