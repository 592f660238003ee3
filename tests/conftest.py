"""Shared fixtures: a real SQLCipher vault in a temp folder, a movable clock, one person per role.

The device key store is forced to the file fallback in a temp folder, so tests never touch the
developer's own OS key store.

Hypothesis runs under the "ci" profile: few examples, derandomized, so a CI run is the same run
every time. `SALONVAULT_SOAK=1` selects the "soak" profile (40 times the examples, random) and
makes the fault tests kill and damage many more times (docs/testing.md).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from salonvault.domain.roles import Role
from salonvault.domain.session import Session
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.keyslots import SlotKind
from salonvault.services.demo.clients import populate_demo_clients
from salonvault.services.demo.photos import add_demo_photos
from salonvault.services.vault.opening import Vault, create_vault, open_vault

SOAK = os.environ.get("SALONVAULT_SOAK", "") not in ("", "0")
CI_EXAMPLES = 25
SOAK_FACTOR = 40

# deadline=None: one example may open a vault or render a PDF, whose time varies with the load.
settings.register_profile(
    "ci",
    max_examples=CI_EXAMPLES,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "soak",
    max_examples=CI_EXAMPLES * SOAK_FACTOR,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("soak" if SOAK else "ci")


def scaled(ci_count: int, soak_factor: int = SOAK_FACTOR) -> int:
    """How many times a fault test repeats: `ci_count` in CI, `soak_factor` times that in a
    soak."""
    return ci_count * soak_factor if SOAK else ci_count


def examples(ci_count: int, fixture_reused: bool = False) -> settings:
    """Hypothesis settings for a test whose examples are slow (a vault opened, a PDF drawn):
    `ci_count` examples in CI, scaled like the profile in a soak. `fixture_reused`: the test
    shares one function-scoped fixture (a vault) between examples on purpose, and each example
    leaves it as it found it (or checks that a refused input did)."""
    checks = list(settings.default.suppress_health_check)
    if fixture_reused:
        checks.append(HealthCheck.function_scoped_fixture)
    return settings(max_examples=scaled(ci_count), suppress_health_check=checks)


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


@dataclass(frozen=True)
class VaultTemplate:
    """A vault made once per test session (real Argon2id hashes are slow on purpose)."""

    data_dir: Path
    key_dir: Path
    recovery_key_file: Path


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> VaultTemplate:
    root = tmp_path_factory.mktemp("template")
    template = VaultTemplate(root / "salon", root / "keys", root / "recovery-key.txt")
    store = DeviceKeyStore(fallback_dir=template.key_dir, use_os_store=False)
    made = create_vault(
        template.data_dir,
        "Salon Hoa Mai",
        NAMES[Role.OWNER],
        PINS[Role.OWNER],
        template.recovery_key_file,
        store,
        FakeClock(),
    )
    owner = made.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
    for role in (Role.RECEPTIONIST, Role.TECHNICIAN):
        made.staff.add(owner, NAMES[role], role, PINS[role])
    made.auth.sign_out(owner)
    made.close()
    return template


def open_copy(
    template: VaultTemplate,
    data_dir: Path,
    recovery_key_file: Path,
    key_dir: Path,
    clock: FakeClock,
) -> Vault:
    shutil.copytree(template.data_dir, data_dir)
    shutil.copytree(template.key_dir, key_dir, dirs_exist_ok=True)
    shutil.copy(template.recovery_key_file, recovery_key_file)
    store = DeviceKeyStore(fallback_dir=key_dir, use_os_store=False)
    vault = open_vault(data_dir, device_store=store, clock=clock)
    # The copy stands for a vault made in this folder with this key store: its record of the
    # device keys it made names this folder, not the template's (tests/test_device_key_ownership
    # shows what a real copy of a folder keeps).
    slot = vault.keys.slot(SlotKind.DEVICE)
    vault.keys.restored_with_device_key(str(slot.params["key_id"]))
    return vault


@pytest.fixture
def vault(
    vault_template: VaultTemplate,
    data_dir: Path,
    recovery_key_file: Path,
    isolated_key_store: Path,
    clock: FakeClock,
) -> Iterator[Vault]:
    """A fresh copy of the template vault: owner, receptionist and technician (NAMES, PINS)."""
    opened = open_copy(vault_template, data_dir, recovery_key_file, isolated_key_store, clock)
    yield opened
    opened.close()


class Team:
    """One signed-in session per role, signed in on first use."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._sessions: dict[Role, Session] = {}

    def of(self, role: Role) -> Session:
        if role not in self._sessions:
            self._sessions[role] = self._vault.auth.sign_in(NAMES[role], PINS[role])
        return self._sessions[role]

    @property
    def owner(self) -> Session:
        return self.of(Role.OWNER)

    @property
    def receptionist(self) -> Session:
        return self.of(Role.RECEPTIONIST)

    @property
    def technician(self) -> Session:
        return self.of(Role.TECHNICIAN)


@pytest.fixture
def team(vault: Vault) -> Team:
    return Team(vault)


@pytest.fixture
def stocked_vault(vault: Vault, team: Team) -> Vault:
    """The test vault with 60 demo clients, their visits, consents and photos."""
    vault.settings.mark_demo()  # demo records go only into a demo salon
    populate_demo_clients(vault, team.owner, 60)
    add_demo_photos(vault, team.owner)
    return vault
