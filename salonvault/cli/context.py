"""What every command gets: parsed arguments, the input reader, the vault once opened;
and the small helpers commands share."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from salonvault.cli.io import Inputs
from salonvault.domain.session import Session
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import (
    Unlock,
    Vault,
    needs_passphrase,
    open_vault,
)
from salonvault.services.vault.restore import recovery_key_from_file

EXIT_CHAIN_BROKEN = 8
EXIT_FILE_ERROR = 9


def bounded(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"use a number from {low} to {high}")
        return value

    return parse


class Context:
    """What a command needs: parsed arguments, the input reader, and the vault once opened."""

    def __init__(self, args: argparse.Namespace, inputs: Inputs) -> None:
        self.args = args
        self.inputs = inputs
        self.data_dir = Path(args.data_dir)
        self._vault: Vault | None = None
        self.passphrase: str | None = None  # the owner's, when the vault was opened with it

    def vault(self) -> Vault:
        if self._vault is None:
            self._vault = open_vault(self.data_dir, self._unlock())
        return self._vault

    def _unlock(self) -> Unlock:
        key_file = getattr(self.args, "recovery_key", None)
        if key_file:
            return Unlock(recovery_key=recovery_key_from_file(Path(key_file)))
        from_stdin = getattr(self.args, "passphrase_stdin", False)
        if from_stdin or needs_passphrase(self.data_dir):
            self.passphrase = self.inputs.secret("Owner passphrase: ", from_stdin, "passphrase")
            return Unlock(passphrase=self.passphrase)
        return Unlock()

    def session(self) -> Session:
        vault = self.vault()  # first: the passphrase line comes before the PIN line
        pin = self.inputs.secret(f"PIN for {self.args.staff}: ", self.args.pin_stdin, "PIN")
        return vault.auth.sign_in(self.args.staff, pin)

    def new_pin(self, whose: str) -> str:
        return self.inputs.secret(
            f"New PIN for {whose}: ", self.args.pin_stdin, "new PIN", confirm=True
        )

    def close(self) -> None:
        if self._vault is not None:
            self._vault.close()


def warn_if_weak(store: DeviceKeyStore) -> None:
    protection = store.protection
    if not protection.strong:
        print(f"Warning: this PC's vault key is kept in {protection.description}.", file=sys.stderr)
