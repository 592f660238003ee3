"""Making a vault: `demo` and `init`; and `recover-owner` with the recovery key."""

from __future__ import annotations

from pathlib import Path

from salonvault.cli.context import Context, warn_if_weak
from salonvault.cli.io import emit
from salonvault.domain.errors import ValidationError
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.demo.salon import create_demo_vault
from salonvault.services.vault.opening import (
    create_vault,
)


def cmd_demo(ctx: Context) -> int:
    key_file = Path(ctx.args.recovery_key_out or f"{ctx.data_dir.resolve()}-recovery-key.txt")
    store = DeviceKeyStore()
    vault, staff = create_demo_vault(ctx.data_dir, key_file, store, clients=ctx.args.clients)
    vault.close()
    warn_if_weak(store)
    emit(
        {
            "data_dir": str(ctx.data_dir.resolve()),
            "staff": [{"name": s.name, "role": s.role.value, "pin": s.pin} for s in staff],
            "recovery_key_file": str(key_file.resolve()),
        }
    )
    return 0


def cmd_init(ctx: Context) -> int:
    pin = ctx.inputs.secret(f"PIN for {ctx.args.owner}: ", ctx.args.pin_stdin, "PIN", confirm=True)
    store = DeviceKeyStore()
    key_file = Path(ctx.args.recovery_key_out)
    vault = create_vault(ctx.data_dir, ctx.args.salon, ctx.args.owner, pin, key_file, store)
    vault.close()
    warn_if_weak(store)
    emit({"data_dir": str(ctx.data_dir.resolve()), "recovery_key_file": str(key_file.resolve())})
    return 0


def cmd_recover_owner(ctx: Context) -> int:
    if not ctx.args.recovery_key:
        raise ValidationError("recover-owner needs --recovery-key FILE.")
    key = read_recovery_key_file(Path(ctx.args.recovery_key))
    pin = ctx.new_pin(ctx.args.name)
    ctx.vault().auth.recover_owner(ctx.args.name, key, pin)
    emit({"recovered": ctx.args.name})
    return 0
