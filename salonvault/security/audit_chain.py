"""The activity log's HMAC chain: each entry's MAC covers its own fields and the previous MAC.

Editing, deleting or reordering a row breaks every MAC from that row on, so `verify` names the
first broken entry. The chain key is derived from the data key (HKDF), so only a holder of the
data key can extend the chain.
"""

from __future__ import annotations

import json

from cryptography.hazmat.primitives import constant_time, hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from salonvault.domain.audit import AuditEntry

GENESIS_MAC = bytes(32)


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
