"""Every sentence the core says to a person, by stable key (decision 0032).

An error carries a `Message`: a key from `CATALOGUE` and typed parameters (numbers, dates,
field ids, roles, paths, other Messages), never English fragments. The message is also a `str`
holding the English sentence, so the CLI, logs and tests read it as before; the window looks up
the key instead (`ui.error_text`) and says it in the user's language.

Templates use `str.format` fields named after the parameters. `{n:try|tries}` picks the first
word when n is 1 and the second otherwise (the window uses Qt's plural forms for it).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType

from salonvault.domain.messages import (
    access,
    attachment,
    attachments,
    auth,
    backup,
    catalogue,
    cli,
    clients,
    consent,
    documents,
    exports,
    files,
    forms,
    formula,
    imports,
    keys,
    photos,
    pin,
    privacy,
    records,
    settings,
    staff,
    treatments,
    vault,
)

Param = str | int | float | Decimal | date | datetime | Path | None

CATALOGUE: Mapping[str, str] = MappingProxyType(
    {
        f"{module.AREA}.{name}": template
        for module in (
            access,
            attachment,
            attachments,
            auth,
            backup,
            catalogue,
            cli,
            clients,
            consent,
            documents,
            exports,
            files,
            formula,
            forms,
            imports,
            keys,
            photos,
            pin,
            privacy,
            records,
            settings,
            staff,
            treatments,
            vault,
        )
        for name, template in module.MESSAGES.items()
    }
)


class _Formatter(string.Formatter):
    def format_field(self, value: object, format_spec: str) -> str:
        if "|" in format_spec:  # a plural choice: "one|other"
            one, other = format_spec.split("|", 1)
            return one if value == 1 else other
        return str(super().format_field(value, format_spec))


_FORMATTER = _Formatter()


def placeholders(template: str) -> set[str]:
    """The parameter names a template fills (tests compare them with callers and the ui)."""
    return {name for _text, name, _spec, _conv in _FORMATTER.parse(template) if name}


def plural_placeholders(template: str) -> set[str]:
    return {
        name for _t, name, spec, _c in _FORMATTER.parse(template) if name and spec and "|" in spec
    }


class Message(str):
    """An English sentence (the `str` itself) that knows its key and parameters."""

    key: str
    params: Mapping[str, Param | Message]

    def __new__(cls, key: str, /, **params: Param | Message) -> Message:
        template = CATALOGUE[key]  # KeyError: a key missing from the catalogue is a bug
        text = _FORMATTER.vformat(template, (), params)
        self = super().__new__(cls, text)
        self.key = key
        self.params = MappingProxyType(params)
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.key, dict(self.params)))


def _rebuild(key: str, params: dict[str, Param | Message]) -> Message:
    return Message(key, **params)
