"""Shared fixtures: a real SQLCipher vault in a temp folder, a movable clock, one person per role.

The device key store is forced to the file fallback in a temp folder, so tests never touch the
developer's own OS key store.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from salonvault.domain.roles import Role
from salonvault.domain.session import Session
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault import Vault, create_vault

PINS = {Role.OWNER: "482913", Role.RECEPTIONIST: "739164", Role.TECHNICIAN: "905372"}
NAMES = {Role.OWNER: "Hoa Nguyễn", Role.RECEPTIONIST: "Kasia Nowak", Role.TECHNICIAN: "Mai Trần"}


class FakeClock:
    def __init__(self) -> None:
        self.moment = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment

    def advance(self, **kwargs: float) -> None:
        self.moment += timedelta(**kwargs)


@pytest.fixture(autouse=True)
def isolated_key_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every test (and every CLI subprocess it starts) keeps device keys in its own folder."""
    folder = tmp_path_factory.mktemp("device-keys")
    saved = {k: os.environ.get(k) for k in ("SALONVAULT_DEVICE_KEY_DIR", "PYTHON_KEYRING_BACKEND")}
    os.environ["SALONVAULT_DEVICE_KEY_DIR"] = str(folder)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    yield folder
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def device_store(isolated_key_store: Path) -> DeviceKeyStore:
    return DeviceKeyStore(fallback_dir=isolated_key_store, use_os_store=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "salon"


@pytest.fixture
def recovery_key_file(tmp_path: Path) -> Path:
    return tmp_path / "recovery-key.txt"


@pytest.fixture
def vault(
    data_dir: Path, recovery_key_file: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> Iterator[Vault]:
    opened = create_vault(
        data_dir,
        "Salon Hoa Mai",
        NAMES[Role.OWNER],
        PINS[Role.OWNER],
        recovery_key_file,
        device_store,
        clock,
    )
    owner = opened.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    for role in (Role.RECEPTIONIST, Role.TECHNICIAN):
        opened.staff.add(owner, NAMES[role], role, PINS[role])
    opened.auth.sign_out(owner)
    yield opened
    opened.close()


@dataclass
class Team:
    owner: Session
    receptionist: Session
    technician: Session

    def of(self, role: Role) -> Session:
        return {Role.OWNER: self.owner, Role.RECEPTIONIST: self.receptionist}.get(
            role, self.technician
        )


@pytest.fixture
def team(vault: Vault) -> Team:
    return Team(*(vault.auth.sign_in(NAMES[r], PINS[r]) for r in Role))
