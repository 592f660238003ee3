"""Key slots: the vault's data key, wrapped once per way of opening it (LUKS-style).

The slot file is JSON beside the database. Each slot holds the data key sealed with AES-256-GCM
under a wrapping key; the associated data binds the slot's kind and the vault id, so a slot cannot
be moved to another vault or passed off as another kind. The file is replaced atomically and the
previous good generation is kept as `<name>.prev`, so a crash mid-write never loses the only
working slot.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from salonvault.domain.errors import KeyUnavailable, VaultDamaged
from salonvault.domain.messages import Message
from salonvault.files.durable import sync_folder

SLOT_FILE_NAME = "keyslots.json"  # beside the database in the data folder

SLOT_FILE_FORMAT = 1
DATA_KEY_BYTES = 32
_NONCE_BYTES = 12


class SlotKind(StrEnum):
    DEVICE = "device"
    RECOVERY = "recovery"
    PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a password


@dataclass(frozen=True, slots=True)
class KeySlot:
    kind: SlotKind
    nonce: bytes
    sealed_key: bytes
    # Public, non-secret parameters: the KDF settings of a passphrase slot, the age recipient of
    # the recovery slot (the backup public key).
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SlotFile:
    vault_id: str
    slots: tuple[KeySlot, ...]

    def find(self, kind: SlotKind) -> KeySlot | None:
        return next((s for s in self.slots if s.kind is kind), None)

    def with_slot(self, slot: KeySlot) -> SlotFile:
        """A copy holding `slot` and no other slot of its kind."""
        others = tuple(s for s in self.slots if s.kind is not slot.kind)
        return SlotFile(self.vault_id, (*others, slot))

    def without(self, kind: SlotKind) -> SlotFile:
        return SlotFile(self.vault_id, tuple(s for s in self.slots if s.kind is not kind))


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def _associated_data(kind: SlotKind, vault_id: str) -> bytes:
    return f"salonvault-keyslot/v{SLOT_FILE_FORMAT}/{kind.value}/{vault_id}".encode()


def seal(
    data_key: bytes,
    wrapping_key: bytes,
    kind: SlotKind,
    vault_id: str,
    params: dict[str, Any] | None = None,
) -> KeySlot:
    nonce = secrets.token_bytes(_NONCE_BYTES)
    sealed = AESGCM(wrapping_key).encrypt(nonce, data_key, _associated_data(kind, vault_id))
    return KeySlot(kind, nonce, sealed, dict(params or {}))


def unseal(slot: KeySlot, wrapping_key: bytes, vault_id: str) -> bytes:
    try:
        return AESGCM(wrapping_key).decrypt(
            slot.nonce, slot.sealed_key, _associated_data(slot.kind, vault_id)
        )
    except InvalidTag:
        raise KeyUnavailable("keys.key_does_open_vault", kind_value=slot.kind.value) from None


def _encode(slot_file: SlotFile) -> bytes:
    document = {
        "format": SLOT_FILE_FORMAT,
        "vault_id": slot_file.vault_id,
        "slots": [
            {
                "kind": s.kind.value,
                "nonce": base64.b64encode(s.nonce).decode(),
                "sealed_key": base64.b64encode(s.sealed_key).decode(),
                "params": s.params,
            }
            for s in slot_file.slots
        ],
    }
    return json.dumps(document, indent=2, sort_keys=True).encode() + b"\n"


def _decode(raw: bytes) -> SlotFile:
    """Parse a slot file; any damage raises ValueError (the caller tries the previous copy)."""
    try:
        document = json.loads(raw.decode("utf-8"))
    except RecursionError:  # "[[[[…" nested deeper than the parser goes
        raise ValueError("slot file nested too deeply") from None
    if not isinstance(document, dict) or document.get("format") != SLOT_FILE_FORMAT:
        raise ValueError("unknown slot file format")
    items = document["slots"]
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise ValueError("slots must be a list of objects")
    slots = []
    for item in items:
        params = item.get("params", {})
        if not isinstance(params, dict):
            raise ValueError("slot params must be an object")
        nonce = base64.b64decode(item["nonce"], validate=True)
        sealed = base64.b64decode(item["sealed_key"], validate=True)
        if len(nonce) != _NONCE_BYTES or len(sealed) != DATA_KEY_BYTES + 16:
            raise ValueError("a slot has the wrong nonce or key length")
        slots.append(KeySlot(SlotKind(item["kind"]), nonce, sealed, params))
    vault_id = document["vault_id"]
    if not isinstance(vault_id, str) or not slots:
        raise ValueError("slot file has no vault id or no slots")
    return SlotFile(vault_id, tuple(slots))


def _previous_path(path: Path) -> Path:
    return path.with_name(path.name + ".prev")


def read_slot_file(path: Path) -> SlotFile:
    """Read the slot file, falling back to the previous generation if the current one is torn."""
    problems: list[Message] = []
    for candidate in (path, _previous_path(path)):
        try:
            return _decode(candidate.read_bytes())
        except FileNotFoundError:
            problems.append(Message("keys.slot_file_missing", name=candidate.name))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
            problems.append(
                Message(
                    "keys.slot_file_unreadable",
                    name=candidate.name,
                    error_type=type(error).__name__,
                )
            )
    raise VaultDamaged(
        Message("keys.slot_files_damaged", current=problems[0], previous=problems[1])
    )


def read_generations(path: Path) -> list[SlotFile]:
    """The current and previous slot files that can be read (either may be missing or torn)."""
    found = []
    for candidate in (path, _previous_path(path)):
        try:
            found.append(_decode(candidate.read_bytes()))
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
            continue
    return found


def _write_durably(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file, fsynced, renamed, directory fsynced."""
    temporary = path.with_name(path.name + ".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    sync_folder(path.parent)


def write_slot_file(path: Path, slot_file: SlotFile) -> None:
    """Replace the slot file atomically, first keeping the current good copy as `.prev`.

    At every instant at least one of the two files is complete and holds every slot that was
    working before this call, so an interrupted write cannot lock the salon out.
    """
    data = _encode(slot_file)
    _decode(data)  # never write something we could not read back
    if path.exists():
        try:
            current = path.read_bytes()
            _decode(current)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            current = b""  # a torn file is not worth keeping; .prev holds the last good one
        if current:
            _write_durably(_previous_path(path), current)
    _write_durably(path, data)


def pending_path(path: Path) -> Path:
    """Where a re-keying keeps the new data key's slots until the database is re-keyed."""
    return path.with_name(path.name + ".next")


def write_pending_slot_file(path: Path, slot_file: SlotFile) -> None:
    """The slots of a re-keying in progress, durably, before the database changes key: if the
    process dies after the database did, the next opening finds the slots that open it."""
    data = _encode(slot_file)
    _decode(data)
    _write_durably(pending_path(path), data)


def read_pending_slot_file(path: Path) -> SlotFile | None:
    """The slots an interrupted re-keying left, or None (none, or unreadable: then the database
    was not re-keyed yet, because the file was complete before it was)."""
    try:
        return _decode(pending_path(path).read_bytes())
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def remove_pending_slot_file(path: Path) -> None:
    pending_path(path).unlink(missing_ok=True)
    sync_folder(path.parent)
