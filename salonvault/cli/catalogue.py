"""The service catalogue: `services list|add|set|add-starters` (changes: owner only)."""

from __future__ import annotations

import argparse
from typing import Any

from salonvault.cli.context import Context, bounded
from salonvault.cli.io import emit
from salonvault.domain.catalogue import BusinessKind, ServiceInput
from salonvault.domain.errors import NotFound
from salonvault.domain.treatments import SalonService
from salonvault.services.money import parse_price, plain_price


def cmd_services(ctx: Context) -> int:
    vault = ctx.vault()
    session = ctx.session()
    action = ctx.args.services_command
    currency = vault.settings.currency()
    if action == "add":
        data = ServiceInput(
            name=ctx.args.name,
            group=ctx.args.group or "",
            duration_minutes=ctx.args.minutes,
            price_minor=parse_price(ctx.args.price or "", currency, "price"),
            requires_patch_test=ctx.args.patch_test == "yes",
            active=ctx.args.active != "no",
        )
        service_id = vault.catalogue.add(session, data)
        emit(_service_json(_find(vault.catalogue.services(session, True), service_id), currency))
    elif action == "set":
        found = _find(vault.catalogue.services(session, True), ctx.args.id)
        price = found.price_minor
        if ctx.args.price is not None:
            price = parse_price(ctx.args.price, currency, "price")
        data = ServiceInput(
            name=found.name if ctx.args.name is None else ctx.args.name,
            group=found.group if ctx.args.group is None else ctx.args.group,
            duration_minutes=found.duration_minutes
            if ctx.args.minutes is None
            else ctx.args.minutes,
            price_minor=price,
            requires_patch_test=_yes_no(ctx.args.patch_test, found.requires_patch_test),
            active=_yes_no(ctx.args.active, found.active),
        )
        vault.catalogue.update(session, found.id, data)
        emit(_service_json(_find(vault.catalogue.services(session, True), found.id), currency))
    elif action == "add-starters":
        language = ctx.args.language or vault.settings.language()
        kinds = [BusinessKind(k) for k in ctx.args.kind]
        added = vault.catalogue.add_starters(session, kinds, language)
        for service in vault.catalogue.services(session, True):
            if service.id in added:
                emit(_service_json(service, currency))
    else:
        for service in vault.catalogue.services(session, include_inactive=ctx.args.all):
            emit(_service_json(service, currency))
    return 0


def _find(services: list[SalonService], service_id: int) -> SalonService:
    for service in services:
        if service.id == service_id:
            return service
    raise NotFound("cli.there_service_services_list_all", service_id=service_id)


def _yes_no(answer: str | None, current: bool) -> bool:
    return current if answer is None else answer == "yes"


def _price(service: SalonService, currency: str) -> str:
    return plain_price(service.price_minor or 0, currency)


def _service_json(service: SalonService, currency: str) -> dict[str, object]:
    return {
        "id": service.id,
        "name": service.name,
        "group": service.group,
        "minutes": service.duration_minutes,
        "price": None
        if service.price_minor is None
        else plain_price(service.price_minor, currency),
        "currency": currency,
        "patch_test": service.requires_patch_test,
        "active": service.active,
        "position": service.position,
    }


def add_catalogue_commands(commands: Any, acting: argparse.ArgumentParser) -> None:
    services = commands.add_parser("services", help="the salon's service catalogue")
    actions = services.add_subparsers(dest="services_command", required=True)
    listing = actions.add_parser("list", parents=[acting], help="services in the salon's order")
    listing.add_argument("--all", action="store_true", help="switched-off services too")
    add = actions.add_parser("add", parents=[acting], help="a new service (owner)")
    add.add_argument("name")
    change = actions.add_parser("set", parents=[acting], help="change a service (owner)")
    change.add_argument("id", type=bounded(1, 2**63 - 1))
    change.add_argument("--name")
    for parser in (add, change):
        parser.add_argument("--group", help="e.g. Colour")
        parser.add_argument("--minutes", type=bounded(1, 720), help="default duration")
        parser.add_argument("--price", help="default price in the salon's currency, e.g. 120.50")
        parser.add_argument("--patch-test", choices=("yes", "no"), help="needs a patch test")
        parser.add_argument("--active", choices=("yes", "no"), help="offered for new visits")
    starters = actions.add_parser(
        "add-starters", parents=[acting], help="add a kind of business's starter list (owner)"
    )
    starters.add_argument(
        "--kind", action="append", required=True, choices=[k.value for k in BusinessKind]
    )
    starters.add_argument("--language", choices=("en", "vi", "pl", "zh_CN"))
    services.set_defaults(handler=cmd_services)
