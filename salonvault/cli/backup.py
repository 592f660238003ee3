"""The backup commands of DESIGN.md §7: `backup`, `verify-backup`, `restore`.

Made for scheduled tasks too: nothing is asked that the flags do not give, the answer is one JSON
object, and a failure is one sentence on stderr with a non-zero exit status.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salonvault.backup.check import BackupReport, verify_backup_file
from salonvault.cli.io import emit
from salonvault.domain.errors import ValidationError, VaultOlderThanBackup
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.backups import NOT_IN_THIS_VAULT
from salonvault.services.vault.restore import recovery_key_from_file, restore_into_empty

if TYPE_CHECKING:
    from salonvault.cli.context import Context


def _report_json(report: BackupReport, file: Path) -> dict[str, Any]:
    manifest = report.manifest
    return {
        "file": str(file.resolve()),
        "verified": True,
        "backup_id": manifest.backup_id,
        "vault_id": manifest.vault_id,
        "salon": manifest.salon_name,
        "created_at": manifest.created_at,
        "created_by": manifest.created_by,
        "app_version": manifest.app_version,
        "bytes": report.file_size,
        "clients": report.clients,
        "rows": sum(manifest.row_counts.values()),
        "activity_log_entries": report.audit_entries,
        "in_this_vault": report.in_this_vault,
    }


def cmd_backup(ctx: Context) -> int:
    vault = ctx.vault()
    session = ctx.session()
    folder = Path(ctx.args.to)
    result = vault.backups.backup(session, folder)
    answer = _report_json(result.report, result.path)
    answer["removed"] = [str(path) for path in result.removed]
    emit(answer)
    return 0


def cmd_verify_backup(ctx: Context) -> int:
    file = Path(ctx.args.file)
    if ctx.args.recovery_key:  # no vault needed: a backup checked on any PC
        key = recovery_key_from_file(Path(ctx.args.recovery_key))
        work = Path(tempfile.mkdtemp(prefix="salonvault-verify-"))
        try:
            report = verify_backup_file(file, key.secret, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    else:
        report = ctx.vault().backups.verify_unattended(file)
    emit(_report_json(report, file))
    if report.in_this_vault is False:  # the backup is sound; the vault went back in time
        raise VaultOlderThanBackup(NOT_IN_THIS_VAULT)
    return 0


def cmd_restore(ctx: Context) -> int:
    if not ctx.args.recovery_key:
        raise ValidationError("cli.restore_needs_recovery_key_file")
    key = recovery_key_from_file(Path(ctx.args.recovery_key))
    store = DeviceKeyStore()
    vault = restore_into_empty(ctx.data_dir, Path(ctx.args.file), key, store)
    try:
        emit(
            {
                "data_dir": str(ctx.data_dir.resolve()),
                "vault_id": vault.keys.vault_id,
                "restored_from": str(Path(ctx.args.file).resolve()),
                "activity_log_ok": vault.log.verify().ok,
            }
        )
    finally:
        vault.close()
    return 0


def add_backup_commands(
    commands: Any, acting: argparse.ArgumentParser, unlock: argparse.ArgumentParser
) -> None:
    backup = commands.add_parser(
        "backup", parents=[acting], help="write a verified backup into DIR; prints its path"
    )
    backup.add_argument("--to", required=True, metavar="DIR", help="folder, e.g. a USB stick")
    backup.set_defaults(handler=cmd_backup)

    verify = commands.add_parser(
        "verify-backup",
        parents=[unlock],
        help="decrypt and check a backup (with --data-dir's vault or --recovery-key FILE)",
    )
    verify.add_argument("file")
    verify.set_defaults(handler=cmd_verify_backup)

    restore = commands.add_parser(
        "restore", help="restore a backup into an empty --data-dir with the recovery key"
    )
    restore.add_argument("file")
    restore.add_argument("--recovery-key", metavar="FILE", required=True)
    restore.set_defaults(handler=cmd_restore)
