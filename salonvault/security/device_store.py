"""Where the device slot's wrapping key lives: the OS key store, or a weak file fallback.

The OS key store (Windows Credential Locker, macOS Keychain, Secret Service) is used through
`keyring`. Where none exists (a bare Linux box, CI) the key goes to a file in the per-user
config folder, deliberately outside the vault folder so copying the vault folder does not copy
its key. On Windows and macOS the config folder IS the data folder (platformdirs gives both the
same place), so there the keys go to a folder beside it; a key release 0.1.0 left inside is
moved out the first time it is read. No key file is ever made in or under the vault's folder.
The fallback is reported as weak; the program says so to the user.
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
from keyring.backends.chainer import ChainerBackend

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
        chosen = fallback_dir or (Path(env_dir) if env_dir else None)
        self._fallback_dir = chosen or default_fallback_dir()
        # Where release 0.1.0 kept keys when that was inside the data folder: read, then moved.
        self._legacy_dir = None if chosen else legacy_fallback_dir()
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

    def check_outside(self, data_dir: Path) -> None:
        """Refuse a key file in or under the vault's folder: a copy of the folder would carry
        the key that opens it (the OS key store keeps nothing in a folder)."""
        if not self._use_os_store and is_within(self._fallback_dir, data_dir):
            raise KeyUnavailable(
                "keys.device_key_would_kept_inside",
                fallback_dir=self._fallback_dir,
                data_dir=data_dir,
                fallback_dir_env=FALLBACK_DIR_ENV,
            )

    def create(self, vault_id: str, key_id: str | None = None) -> tuple[str, bytes]:
        """A new random key under `key_id` (a new id when None); returns (key id, key). A
        caller that records the id first passes it in, so no key exists unrecorded."""
        key_id = key_id or self.new_key_id(vault_id)
        key = secrets.token_bytes(32)
        encoded = base64.b64encode(key).decode()
        if self._use_os_store:
            try:
                _keep_on_this_pc_only()
                keyring.set_password(SERVICE_NAME, key_id, encoded)
            except Exception as error:  # each backend raises its own types (pywintypes…)
                raise KeyUnavailable(
                    "keys.pc_s_key_store_did", error_type=type(error).__name__
                ) from None
        else:
            self._write_key_file(key_id, encoded)
        return key_id, key

    def _write_key_file(self, key_id: str, encoded: str) -> None:
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

    def load(self, key_id: str) -> bytes | None:
        if self._use_os_store:
            encoded = keyring.get_password(SERVICE_NAME, key_id)
        else:
            encoded = _read_key_file(self._fallback_path(key_id))
            if not encoded and self._legacy_dir is not None:
                encoded = self._move_out_of_data_folder(key_id, self._legacy_dir)
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
            if self._legacy_dir is not None:
                self._fallback_path(key_id, self._legacy_dir).unlink(missing_ok=True)

    def _move_out_of_data_folder(self, key_id: str, legacy_dir: Path) -> str | None:
        """A key release 0.1.0 kept inside the data folder, written to the folder beside it
        first, then removed from the data folder."""
        legacy = self._fallback_path(key_id, legacy_dir)
        encoded = _read_key_file(legacy)
        if encoded:
            with contextlib.suppress(OSError):  # a read-only disk: the key still opens the vault
                self._write_key_file(key_id, encoded)
                legacy.unlink()
        return encoded

    def _fallback_path(self, key_id: str, folder: Path | None = None) -> Path:
        safe_id = "".join(ch for ch in key_id if ch.isalnum() or ch in "-.")
        return (folder or self._fallback_dir) / f"{safe_id}.key"


def _read_key_file(path: Path) -> str | None:
    try:
        return path.read_text(encoding="ascii").strip() or None
    except (OSError, UnicodeDecodeError):  # missing, a folder, a name too long, junk
        return None


def default_fallback_dir() -> Path:
    """The per-user config folder's keys/, unless that is inside the default data folder (Windows
    and macOS): then a folder of its own beside the data folder."""
    config_keys = _config_dir() / "keys"
    data = _data_dir()
    if is_within(config_keys, data):
        return data.parent / "SalonVault device keys"
    return config_keys


def legacy_fallback_dir() -> Path | None:
    """Release 0.1.0's key folder, when it lay inside the default data folder."""
    config_keys = _config_dir() / "keys"
    return config_keys if is_within(config_keys, _data_dir()) else None


def _config_dir() -> Path:
    return Path(platformdirs.user_config_dir("SalonVault", appauthor=False))


def _data_dir() -> Path:
    return Path(platformdirs.user_data_dir("SalonVault", appauthor=False))


def is_within(path: Path, folder: Path) -> bool:
    """True when `path` is `folder` or lies under it (links resolved, case folded where the
    system folds it)."""
    inner = Path(os.path.normcase(path.expanduser().resolve()))
    outer = Path(os.path.normcase(folder.expanduser().resolve()))
    return inner.is_relative_to(outer)


def _keep_on_this_pc_only() -> None:
    """Windows Credential Manager keeps a credential as its persistence says. keyring writes
    "enterprise" unless told otherwise: it survives signing out, but travels to the user's other
    PCs with a roaming profile. A device key belongs to this PC: "local machine" (survives
    signing out and restarts, never roams), set through keyring's Windows `persist` property."""
    chosen = keyring.get_keyring()
    stores = chosen.backends if isinstance(chosen, ChainerBackend) else [chosen]
    for store in stores:
        if hasattr(type(store), "persist"):  # only the Windows backend has it
            with contextlib.suppress(AttributeError):  # a pywin32-ctypes without the constant
                setattr(store, "persist", "local machine")  # noqa: B010 - typed as the base


def _os_store_usable() -> bool:
    """True when keyring found a real backend (not the 'fail' or 'null' placeholders)."""
    backend = keyring.get_keyring()
    if isinstance(backend, fail_backend.Keyring):
        return False
    return type(backend).__module__ not in {"keyring.backends.null"} and backend.priority > 0
