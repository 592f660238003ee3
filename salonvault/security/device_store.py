"""Where the device slot's wrapping key lives: the OS key store, or a weak file fallback.

The OS key store (Windows Credential Locker, macOS Keychain, Secret Service) is used through
`keyring`. Where none exists (a bare Linux box, CI) the key goes to a file in the per-user
config folder, deliberately outside the vault folder so copying the vault folder does not copy
its key. The fallback is reported as weak; the program says so to the user.
"""

from __future__ import annotations

import base64
import contextlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
import platformdirs
from keyring.backends import fail as fail_backend

from salonvault.domain.errors import KeyUnavailable

SERVICE_NAME = "SalonVault device key"
FALLBACK_DIR_ENV = "SALONVAULT_DEVICE_KEY_DIR"


@dataclass(frozen=True, slots=True)
class DeviceProtection:
    """How the device slot's key is kept, in words the owner can act on."""

    strong: bool
    description: str


class DeviceKeyStore:
    """Stores 32-byte wrapping keys under ids like "<vault id>.<random>".

    Every new device slot gets a new id, so writing a new key never overwrites the one an
    existing slot still needs; the old key is deleted only after the new slot is on disk.
    """

    def __init__(self, fallback_dir: Path | None = None, use_os_store: bool | None = None) -> None:
        env_dir = os.environ.get(FALLBACK_DIR_ENV)
        default_dir = Path(platformdirs.user_config_dir("SalonVault", appauthor=False))
        self._fallback_dir = fallback_dir or (Path(env_dir) if env_dir else default_dir / "keys")
        self._use_os_store = _os_store_usable() if use_os_store is None else use_os_store

    @property
    def protection(self) -> DeviceProtection:
        if self._use_os_store:
            name = type(keyring.get_keyring()).__name__
            return DeviceProtection(True, f"the operating system's key store ({name})")
        return DeviceProtection(
            False,
            f"a key file in {self._fallback_dir} (weak: no OS key store was found, so anyone who"
            " can read this user's files can open the vault on this PC)",
        )

    @staticmethod
    def new_key_id(vault_id: str) -> str:
        return f"{vault_id}.{secrets.token_hex(4)}"

    def create(self, vault_id: str, key_id: str | None = None) -> tuple[str, bytes]:
        """A new random key under `key_id` (a new id when None); returns (key id, key). A
        caller that records the id first passes it in, so no key exists unrecorded."""
        key_id = key_id or self.new_key_id(vault_id)
        key = secrets.token_bytes(32)
        encoded = base64.b64encode(key).decode()
        if self._use_os_store:
            try:
                keyring.set_password(SERVICE_NAME, key_id, encoded)
            except Exception as error:  # each backend raises its own types (pywintypes…)
                raise KeyUnavailable(
                    "keys.pc_s_key_store_did", error_type=type(error).__name__
                ) from None
        else:
            self._fallback_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            path = self._fallback_path(key_id)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                with os.fdopen(fd, "w") as handle:
                    handle.write(encoded)
                    handle.flush()
                    os.fsync(handle.fileno())
            except OSError:
                path.unlink(missing_ok=True)  # a full disk must not leave a half-written key
                raise
        return key_id, key

    def load(self, key_id: str) -> bytes | None:
        if self._use_os_store:
            encoded = keyring.get_password(SERVICE_NAME, key_id)
        else:
            try:
                encoded = self._fallback_path(key_id).read_text(encoding="ascii").strip()
            except (OSError, UnicodeDecodeError):  # missing, a folder, a name too long, junk
                encoded = None
        if not encoded:
            return None
        try:
            key = base64.b64decode(encoded, validate=True)
        except ValueError:
            return None
        return key if len(key) == 32 else None

    def delete(self, key_id: str) -> None:
        if self._use_os_store:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(SERVICE_NAME, key_id)
        else:
            self._fallback_path(key_id).unlink(missing_ok=True)

    def _fallback_path(self, key_id: str) -> Path:
        safe_id = "".join(ch for ch in key_id if ch.isalnum() or ch in "-.")
        return self._fallback_dir / f"{safe_id}.key"


def _os_store_usable() -> bool:
    """True when keyring found a real backend (not the 'fail' or 'null' placeholders)."""
    backend = keyring.get_keyring()
    if isinstance(backend, fail_backend.Keyring):
        return False
    return type(backend).__module__ not in {"keyring.backends.null"} and backend.priority > 0
