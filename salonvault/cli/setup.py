"""Making a vault: `demo` and `init`; and `recover-owner` with the recovery key."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from salonvault.cli.context import Context, bounded, warn_if_weak
from salonvault.cli.io import emit
from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.errors import ValidationError
from salonvault.domain.health_basis import DEFAULT_HEALTH_BASIS, HealthBasis
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.catalogue import starter_services
from salonvault.services.demo.salon import create_demo_vault
from salonvault.services.vault.opening import SalonDetails, create_vault
from salonvault.services.vault.restore import recovery_key_from_file


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
    kinds = tuple(BusinessKind(k) for k in ctx.args.kind or ())
    starters = starter_services(list(kinds or (BusinessKind.HAIR,)), ctx.args.language)
    salon = SalonDetails(
        name=ctx.args.salon,
        language=ctx.args.language,
        phone_region=ctx.args.country,
        currency=ctx.args.currency,
        kinds=kinds,
        services=tuple(starters) if ctx.args.starter_services else (),
        health_basis=HealthBasis(ctx.args.health_basis),
    )
    vault = create_vault(ctx.data_dir, salon, ctx.args.owner, pin, key_file, store)
    vault.close()
    warn_if_weak(store)
    emit({"data_dir": str(ctx.data_dir.resolve()), "recovery_key_file": str(key_file.resolve())})
    return 0


def cmd_recover_owner(ctx: Context) -> int:
    if not ctx.args.recovery_key:
        raise ValidationError("cli.recover_owner_needs_recovery_key")
    key = recovery_key_from_file(Path(ctx.args.recovery_key))
    pin = ctx.new_pin(ctx.args.name)
    ctx.vault().auth.recover_owner(ctx.args.name, key, pin)
    emit({"recovered": ctx.args.name})
    return 0


def add_setup_commands(commands: Any) -> None:
    demo = commands.add_parser("demo", help="create a demo salon (refuses an existing vault)")
    demo.add_argument("--recovery-key-out", metavar="FILE")
    demo.add_argument(
        "--clients",
        type=bounded(0, 1_000_000),
        default=200,
        metavar="N",
        help="demo clients to add (200)",
    )
    demo.set_defaults(handler=cmd_demo)

    init = commands.add_parser("init", help="create an empty vault with its first owner")
    init.add_argument("--salon", required=True, metavar="NAME")
    init.add_argument("--owner", required=True, metavar="NAME")
    init.add_argument("--recovery-key-out", required=True, metavar="FILE")
    init.add_argument("--pin-stdin", action="store_true")
    init.add_argument(
        "--language", choices=("en", "vi", "pl", "zh_CN"), default="en", help="the salon's (en)"
    )
    init.add_argument("--country", metavar="CC", default="", help="for local phone numbers")
    init.add_argument("--currency", metavar="CODE", default="", help="e.g. VND, PLN, CNY")
    init.add_argument(
        "--kind",
        action="append",
        choices=[k.value for k in BusinessKind],
        help="kind of business (repeat for a mixed salon)",
    )
    init.add_argument(
        "--starter-services", action="store_true", help="start with the kinds' starter services"
    )
    init.add_argument(
        "--health-basis",
        choices=[b.value for b in HealthBasis],
        default=DEFAULT_HEALTH_BASIS.value,
        help="the legal basis for health data (explicit_consent)",
    )
    init.set_defaults(handler=cmd_init)


def add_recover_command(commands: Any, unlock: argparse.ArgumentParser) -> None:
    recover = commands.add_parser(
        "recover-owner", parents=[unlock], help="re-enable an owner with the recovery key"
    )
    recover.add_argument("name")
    recover.add_argument("--pin-stdin", action="store_true", help="read the new PIN from stdin")
    recover.set_defaults(handler=cmd_recover_owner)
