"""SalonVault's core. No Qt here; the GUI (ui/) and the CLI both go through services."""

from __future__ import annotations

import functools


@functools.cache
def app_version() -> str:
    """The installed program's version ("0.0.0" in a source tree never installed). Read when
    first asked for: importlib.metadata is 30 ms of every start (issue 24, cold start)."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version("salonvault")
    except PackageNotFoundError:
        return "0.0.0"
