"""What tests import: the test staff and their PINs, a movable clock, copies of template vaults,
hypothesis settings for slow examples, and the command line run in this process or in its own.

Fixtures live in conftest.py; everything a test module imports by name lives here.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

from hypothesis import HealthCheck, settings

from salonvault.cli import main as cli_main
from salonvault.domain.roles import Role
from salonvault.domain.session import Session
from salonvault.security.device_store import FALLBACK_DIR_ENV, DeviceKeyStore
from salonvault.security.keyslots import SlotKind
from salonvault.services.access.clock import SystemClock
from salonvault.services.vault.opening import Vault, open_vault

SOAK = os.environ.get("SALONVAULT_SOAK", "") not in ("", "0")
# Set by `dev.py test --quick`: PINs hashed at almost no cost (conftest.py: pin_hash_cost).
LOW_PIN_COST = os.environ.get("SALONVAULT_TEST_PIN_COST", "") == "low"
CI_EXAMPLES = 25
SOAK_FACTOR = 40


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
    """`advance` lets time pass (both readings move); `set_wall_clock_by` is someone setting
    the computer's clock (the wall clock jumps, the monotonic clock does not), as is assigning
    `moment`."""

    def __init__(self) -> None:
        self.moment = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
        self.steady = 1000.0

    def now(self) -> datetime:
        return self.moment

    def monotonic(self) -> float:
        return self.steady

    def advance(self, **kwargs: float) -> None:
        step = timedelta(**kwargs)
        self.moment += step
        self.steady += step.total_seconds()

    def set_wall_clock_by(self, **kwargs: float) -> None:
        self.moment += timedelta(**kwargs)


@dataclass(frozen=True)
class VaultTemplate:
    """A vault made once per test session (real Argon2id hashes are slow on purpose), copied
    for each test together with its device key."""

    data_dir: Path
    key_dir: Path
    recovery_key_file: Path


def copy_template(
    template: VaultTemplate, data_dir: Path, recovery_key_file: Path, key_dir: Path
) -> None:
    """The template's files, its device key and its recovery key file, copied to the test's own
    places: a test may change or damage its copy without touching the template."""
    shutil.copytree(template.data_dir, data_dir)
    shutil.copytree(template.key_dir, key_dir, dirs_exist_ok=True)
    shutil.copy(template.recovery_key_file, recovery_key_file)


def open_copy(
    template: VaultTemplate,
    data_dir: Path,
    recovery_key_file: Path,
    key_dir: Path,
    clock: FakeClock,
) -> Vault:
    copy_template(template, data_dir, recovery_key_file, key_dir)
    store = DeviceKeyStore(fallback_dir=key_dir, use_os_store=False)
    vault = open_vault(data_dir, device_store=store, clock=clock)
    # The copy stands for a vault made in this folder with this key store: its record of the
    # device keys it made names this folder, not the template's (tests/test_device_key_ownership
    # shows what a real copy of a folder keeps).
    slot = vault.keys.slot(SlotKind.DEVICE)
    vault.keys.restored_with_device_key(str(slot.params["key_id"]))
    return vault


def briefed(vault: Vault, session: Session, language: str = "en") -> None:
    """`session`'s person reads and confirms the staff privacy briefing, then signs out."""
    text = vault.briefing.text_to_show(session, language)
    vault.briefing.acknowledge(session, language, text.sha256)
    vault.auth.sign_out(session)


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


# The command line. Most tests call `salonvault.cli.main` in this process (`cli`): the same
# parser, handlers and error handling, without a second or two of interpreter start-up per
# command. `cli_process` runs the installed entry point for the few tests about processes.

SALONVAULT = Path(sys.executable).with_name("salonvault")


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def json_lines(self) -> list[Any]:
        return [json.loads(line) for line in self.out.splitlines()]


@contextmanager
def _environment(name: str, value: str) -> Iterator[None]:
    saved = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = saved


def cli(
    data_dir: Path,
    *args: str,
    stdin: str = "",
    hours_ahead: float | None = None,
    key_dir: Path | None = None,
) -> Result:
    """`salonvault --data-dir DATA_DIR ARGS…` in this process, `stdin` on standard input (not a
    terminal, as from a pipe); `hours_ahead` moves the system clock the program reads."""
    out, err = io.StringIO(), io.StringIO()
    with ExitStack() as stack:
        stack.enter_context(mock.patch.object(sys, "stdin", io.StringIO(stdin)))
        stack.enter_context(redirect_stdout(out))
        stack.enter_context(redirect_stderr(err))
        if key_dir is not None:
            stack.enter_context(_environment(FALLBACK_DIR_ENV, str(key_dir)))
        if hours_ahead is not None:
            ahead = timedelta(hours=hours_ahead)
            real_now = SystemClock.now
            shifted = mock.patch.object(SystemClock, "now", lambda self: real_now(self) + ahead)
            stack.enter_context(shifted)
        try:
            code = cli_main(["--data-dir", str(data_dir), *args])
        except SystemExit as leaving:  # argparse refusing the arguments, or --help
            code = leaving.code if isinstance(leaving.code, int) else int(leaving.code is not None)
    return Result(code, out.getvalue(), err.getvalue())


def cli_process(
    data_dir: Path,
    *args: str,
    stdin: str = "",
    key_dir: Path | None = None,
    entry_point: list[str] | None = None,
) -> Result:
    """The same command in a process of its own, through the installed `salonvault` (or
    `entry_point`, e.g. `python -m salonvault.cli`)."""
    command = [*(entry_point or [str(SALONVAULT)]), "--data-dir", str(data_dir), *args]
    env = os.environ.copy()
    if key_dir is not None:
        env[FALLBACK_DIR_ENV] = str(key_dir)
    done = subprocess.run(
        command, input=stdin, capture_output=True, text=True, timeout=120, env=env, check=False
    )
    return Result(done.returncode, done.stdout, done.stderr)


def assert_one_sentence(result: Result, code: int, *fragments: str) -> None:
    assert result.code == code, result
    message = result.err.strip()
    assert "Traceback" not in message and "\n" not in message, message
    for fragment in fragments:
        assert fragment in message, message


def staff_of(info: dict[str, Any], role: str) -> dict[str, str]:
    return next(s for s in info["staff"] if s["role"] == role)


def copy_demo(info: dict[str, Any], data_dir: Path, key_dir: Path) -> dict[str, Any]:
    """A copy of the demo salon that `salonvault demo` answered `info` for (plus "key_dir",
    where its device key is): its files into `data_dir`, its device key into `key_dir`, its
    recovery key file beside `data_dir`. Returns the same answer for the copy."""
    template = VaultTemplate(
        Path(info["data_dir"]), Path(info["key_dir"]), Path(info["recovery_key_file"])
    )
    recovery_key_file = data_dir.with_name(f"{data_dir.name}-recovery-key.txt")
    copy_template(template, data_dir, recovery_key_file, key_dir)
    return {
        **info,
        "data_dir": str(data_dir),
        "recovery_key_file": str(recovery_key_file),
        "key_dir": key_dir,
    }


def as_(info: dict[str, Any], role: str, *args: str, stdin_after: str = "") -> Result:
    """A command of the demo salon `info` (the `demo` command's JSON), acting as its first
    member of `role`, the PIN on the first line of standard input and `stdin_after` after it."""
    member = staff_of(info, role)
    return cli(
        Path(info["data_dir"]),
        *args,
        "--staff",
        member["name"],
        "--pin-stdin",
        stdin=f"{member['pin']}\n{stdin_after}",
        key_dir=info.get("key_dir"),
    )
