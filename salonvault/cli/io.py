"""Reading secrets and data for the command line: the terminal, or standard input in order.

With --passphrase-stdin and --pin-stdin, standard input holds (in this order) the passphrase
line, the PIN line, then whatever the command itself reads. Secrets are never echoed or logged.
"""

from __future__ import annotations

import getpass
import json
import sys
from datetime import datetime
from typing import Any, TextIO

from salonvault.domain.errors import SalonVaultError, ValidationError


class InputUnavailable(SalonVaultError):
    exit_code = 2


class Inputs:
    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stdin

    def line(self, what: str) -> str:
        raw = self._stream.readline()
        if not raw:
            raise InputUnavailable("cli.standard_input_ended_before", what=what)
        return raw.rstrip("\r\n")

    def rest(self) -> str:
        return self._stream.read()

    def secret(self, prompt: str, from_stdin: bool, what: str, confirm: bool = False) -> str:
        """A secret from the next stdin line, or typed at the terminal (twice if `confirm`)."""
        if from_stdin:
            return self.line(what)
        if not sys.stdin.isatty():
            raise InputUnavailable("cli.there_terminal_ask_send_standard", what=what)
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Again, to confirm: ") != first:
            raise ValidationError("cli.two_s_differ_nothing_changed", what=what)
        return first


def emit(data: Any) -> None:
    """One JSON document on its own line (JSON lines when called repeatedly)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=_json_default) + "\n")


def _json_default(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)
