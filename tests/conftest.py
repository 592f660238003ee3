"""Shared fixtures: a real SQLCipher vault in a temp folder, a movable clock, one person per role.

The device key store is forced to the file fallback in a temp folder, so tests never touch the
developer's own OS key store. Vaults are made once per session (templates) and copied per test.
What tests import by name is in tests/support.py; this file holds fixtures only.

Hypothesis runs under the "ci" profile: few examples, derandomized, so a CI run is the same run
every time. `SALONVAULT_SOAK=1` selects the "soak" profile (40 times the examples, random) and
makes the fault tests kill and damage many more times (docs/testing.md).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from argon2 import PasswordHasher
from hypothesis import HealthCheck, settings
from keyring.backends import fail as fail_backend

from salonvault.domain.roles import Role
from salonvault.security import pins
from salonvault.security.device_store import FALLBACK_DIR_ENV, DeviceKeyStore
from salonvault.services.demo.clients import populate_demo_clients
from salonvault.services.demo.photos import add_demo_photos
from salonvault.services.vault.opening import Vault, create_vault
from tests.support import (
    CI_EXAMPLES,
    LOW_PIN_COST,
    NAMES,
    PINS,
    SOAK,
    SOAK_FACTOR,
    FakeClock,
    Team,
    VaultTemplate,
    briefed,
    cli,
    copy_demo,
    open_copy,
)

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


@pytest.fixture(scope="session", autouse=True)
def no_os_key_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No OS key store and no key file in the user's own folder for the whole session, also for
    session- and module-scoped fixtures that run before the per-test folder below is set, and
    for the CLI run in this process (keyring remembers its backend once chosen)."""
    names = ("PYTHON_KEYRING_BACKEND", FALLBACK_DIR_ENV)
    saved = {name: os.environ.get(name) for name in names}
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    os.environ[FALLBACK_DIR_ENV] = str(tmp_path_factory.mktemp("session-device-keys"))
    keyring.set_keyring(fail_backend.Keyring())
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session", autouse=True)
def pin_hash_cost() -> Iterator[None]:
    """The quick lane (`dev.py test --quick`) hashes PINs with Argon2id at almost no cost: at the
    real cost (RFC 9106, 64 MiB) the suite's thousands of sign-ins are most of its time. The
    full run keeps the real cost; tests that need it are marked slow (docs/testing.md)."""
    if not LOW_PIN_COST:
        yield
        return
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    saved = pins._hasher
    pins._hasher = cheap
    yield
    pins._hasher = saved


@pytest.fixture(autouse=True)
def isolated_key_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every test (and every CLI command it runs, in this process or another) keeps device keys
    in its own folder."""
    folder = tmp_path_factory.mktemp("device-keys")
    saved = os.environ.get(FALLBACK_DIR_ENV)
    os.environ[FALLBACK_DIR_ENV] = str(folder)
    yield folder
    if saved is None:
        os.environ.pop(FALLBACK_DIR_ENV, None)
    else:
        os.environ[FALLBACK_DIR_ENV] = saved


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


def _template_in(root: Path) -> VaultTemplate:
    return VaultTemplate(root / "salon", root / "keys", root / "recovery-key.txt")


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> VaultTemplate:
    """The owner, receptionist and technician of NAMES and PINS, made once per session."""
    template = _template_in(tmp_path_factory.mktemp("template"))
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
    # Each of them has read the staff privacy briefing, so signing in opens the workspace
    # (tests of the briefing itself add people who have not, or move the clock a year on).
    for role in Role:
        briefed(made, made.auth.sign_in(NAMES[role], PINS[role]))
    made.close()
    return template


@pytest.fixture(scope="session")
def stocked_template(
    vault_template: VaultTemplate, tmp_path_factory: pytest.TempPathFactory
) -> VaultTemplate:
    """The template vault with 60 demo clients, their visits, consents and photos: a few
    seconds of work, done once per session."""
    template = _template_in(tmp_path_factory.mktemp("stocked-template"))
    made = open_copy(
        vault_template,
        template.data_dir,
        template.recovery_key_file,
        template.key_dir,
        FakeClock(),
    )
    team = Team(made)
    made.settings.mark_demo()  # demo records go only into a demo salon
    populate_demo_clients(made, team.owner, 60)
    add_demo_photos(made, team.owner)
    made.auth.sign_out(team.owner)
    made.close()
    return template


@pytest.fixture
def vault(
    request: pytest.FixtureRequest,
    vault_template: VaultTemplate,
    data_dir: Path,
    recovery_key_file: Path,
    isolated_key_store: Path,
    clock: FakeClock,
) -> Iterator[Vault]:
    """A fresh copy of the template vault: owner, receptionist and technician (NAMES, PINS);
    of the stocked template when the test asks for `stocked_vault`."""
    template = vault_template
    if "stocked_vault" in request.fixturenames:
        template = request.getfixturevalue("stocked_template")
    opened = open_copy(template, data_dir, recovery_key_file, isolated_key_store, clock)
    yield opened
    opened.close()


@pytest.fixture
def team(vault: Vault) -> Team:
    return Team(vault)


@pytest.fixture
def stocked_vault(vault: Vault) -> Vault:
    """The test vault with 60 demo clients, their visits, consents and photos (`vault` is then
    a copy of the stocked template, so `team` signs in to it)."""
    return vault


@pytest.fixture(scope="session")
def cli_demo_template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A demo salon (200 clients, five staff) made once per session by `salonvault demo`; its
    JSON answer, with "key_dir" added (the demo's device key)."""
    root = tmp_path_factory.mktemp("cli-demo-template")
    result = cli(root / "salon", "demo", key_dir=root / "keys")
    assert result.code == 0, result
    info: dict[str, Any] = result.json()
    info["key_dir"] = str(root / "keys")
    return info


@pytest.fixture
def cli_demo(
    cli_demo_template: dict[str, Any], tmp_path: Path, isolated_key_store: Path
) -> dict[str, Any]:
    """This test's own copy of the demo salon, as `salonvault demo` would have answered for it;
    its device key is in the test's key folder, so commands find it without a key_dir."""
    return copy_demo(cli_demo_template, tmp_path / "salon", isolated_key_store)
