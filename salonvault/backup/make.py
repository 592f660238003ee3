"""Write one backup: the pinned snapshot, decrypted page by page, straight into an age file on the
target, written safely (see target_files). Verification is a separate step (check.py)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from salonvault.backup.manifest import WITHHELD_SETTINGS
from salonvault.backup.streams import (
    GuardedWriter,
    Progress,
    SnapshotPlaintext,
    encrypt_stream,
)
from salonvault.backup.target_files import remove_stale_partials, written_safely
from salonvault.storage.backup_repo import setting
from salonvault.storage.database import Database
from salonvault.storage.snapshot import Snapshot


def withheld_values(reader: Database) -> list[bytes]:
    """The secrets a backup's plain database must not hold, as the vault stores them."""
    values = [setting(reader, name) for name in WITHHELD_SETTINGS]
    return [value.encode() for value in values if isinstance(value, str) and value]


def write_backup(
    snapshot: Snapshot,
    data_key: bytes,
    recipient: str,
    folder: Path,
    name: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    own_folder: Path | None = None,
    withheld: Sequence[bytes] = (),
) -> tuple[Path, bytes]:
    """The finished file's path and its first bytes as written (age's header and the
    payload's nonce: streams.HEAD_BYTES), for the read-back; on any failure nothing new is
    left in `folder`. Never inside the data folder, except `own_folder`
    (the vault's own backups before an upgrade). Every copy of each `withheld` value is blanked
    on the way (see streams.blank_secrets)."""
    remove_stale_partials(folder)
    with open(snapshot.path, "rb") as vault_file:
        source = SnapshotPlaintext(
            vault_file, data_key, snapshot.page_count, progress, cancel, withheld
        )
        data_dir = snapshot.path.parent
        with written_safely(folder, name, data_dir, own_folder) as (out, finish):
            writer = GuardedWriter(out, cancel)
            encrypt_stream(source, writer, recipient)
            return finish(), bytes(writer.head)
