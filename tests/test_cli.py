"""The command line as a user runs it: JSON out, one-sentence errors.

Commands run in this process through `salonvault.cli.main` (tests/support.py: `cli`), each one
opening the vault afresh as a new process would; the tests at the end start real processes: the
installed entry point, `python -m salonvault.cli`, and the lockout shared between processes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from salonvault.domain.consent import Purpose
from tests.support import (
    Result,
    as_,
    assert_one_sentence,
    cli,
    cli_process,
    copy_demo,
    staff_of,
)


@pytest.fixture(scope="module")
def demo(
    cli_demo_template: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    """One copy of the session's demo salon for the read-mostly tests of this module."""
    root = tmp_path_factory.mktemp("cli")
    info = copy_demo(cli_demo_template, root / "salon", root / "keys")
    info["root"] = root
    return info


def test_demo_prints_staff_pins_and_recovery_key_file(demo: dict[str, Any]) -> None:
    assert set(demo) >= {"data_dir", "staff", "recovery_key_file"}
    roles = sorted(s["role"] for s in demo["staff"])
    assert roles == ["owner", "receptionist", "receptionist", "technician", "technician"]
    key_text = Path(demo["recovery_key_file"]).read_text()
    assert "AGE-SECRET-KEY-1" in key_text
    assert not Path(demo["recovery_key_file"]).is_relative_to(Path(demo["data_dir"]))


def test_data_folder_is_encrypted_and_holds_no_staff_names(demo: dict[str, Any]) -> None:
    data_dir = Path(demo["data_dir"])
    assert not (data_dir / "vault.db").read_bytes().startswith(b"SQLite format 3")
    grep = subprocess.run(
        ["grep", "-r", "-l", "-F", "-e", demo["staff"][0]["name"], str(data_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert grep.returncode == 1 and grep.stdout == ""  # 1 = no match anywhere
    for member in demo["staff"]:
        for path in data_dir.rglob("*"):
            assert member["name"].encode() not in path.read_bytes()


def test_demo_refuses_an_existing_vault(demo: dict[str, Any]) -> None:
    result = cli(
        Path(demo["data_dir"]),
        "demo",
        "--recovery-key-out",
        str(demo["root"] / "k2"),
        key_dir=demo["key_dir"],
    )
    assert_one_sentence(result, 7, "already exists")


def test_whoami_and_role_refusal(demo: dict[str, Any]) -> None:
    assert as_(demo, "technician", "whoami").json()["role"] == "technician"
    refused = as_(demo, "technician", "audit", "list")
    assert_one_sentence(refused, 5, "technician may not read the activity log")
    listed = as_(demo, "owner", "audit", "list", "--action", "permission.denied")
    assert listed.json_lines()[0]["detail"] == "permission=AUDIT_READ"


def test_audit_list_and_verify(demo: dict[str, Any]) -> None:
    entries = as_(demo, "owner", "audit", "list", "--limit", "5").json_lines()
    assert len(entries) == 5
    assert entries[0]["seq"] > entries[-1]["seq"]
    assert {"at", "staff_id", "role", "workstation", "action", "outcome", "detail"} <= set(
        entries[0]
    )
    verdict = as_(demo, "owner", "audit", "verify").json()
    assert verdict["ok"] and verdict["entries_checked"] > 10


def test_expected_failures_are_one_sentence(demo: dict[str, Any], tmp_path: Path) -> None:
    assert_one_sentence(
        cli(tmp_path / "none", "audit", "verify", "--staff", "x", "--pin-stdin", stdin="482913\n"),
        7,
        "no vault",
    )
    assert_one_sentence(
        as_(demo, "owner", "whoami", "--recovery-key", str(tmp_path / "missing.txt")),
        7,
        "Cannot read the recovery key file",
    )
    bad_key = tmp_path / "bad.txt"
    bad_key.write_text("AGE-SECRET-KEY-1NOTAKEY\n")
    assert_one_sentence(
        as_(demo, "owner", "whoami", "--recovery-key", str(bad_key)), 2, "recovery key"
    )
    wrong = cli(
        Path(demo["data_dir"]),
        "whoami",
        "--staff",
        "Nobody",
        "--pin-stdin",
        stdin="482913\n",
        key_dir=demo["key_dir"],
    )
    assert_one_sentence(wrong, 4, "No staff member has that name")
    no_terminal = cli(
        Path(demo["data_dir"]), "whoami", "--staff", "Wei Chen", key_dir=demo["key_dir"]
    )
    assert_one_sentence(no_terminal, 2, "no terminal")


def test_staff_management_commands(cli_demo: dict[str, Any]) -> None:
    info = cli_demo
    added = as_(
        info,
        "owner",
        "staff",
        "add",
        "Zofia Wójcik",
        "--role",
        "technician",
        stdin_after="583917\n583917\n",
    )
    assert added.code == 0, added
    assert added.json()["name"] == "Zofia Wójcik"
    weak = as_(
        info,
        "owner",
        "staff",
        "add",
        "Li Na",
        "--role",
        "technician",
        stdin_after="123456\n123456\n",
    )
    assert_one_sentence(weak, 2, "run of digits")
    renamed = as_(info, "owner", "staff", "rename", "Zofia Wójcik", "Zofia Nowak-Wójcik")
    assert renamed.json()["name"] == "Zofia Nowak-Wójcik"
    role = as_(info, "owner", "staff", "set-role", "Zofia Nowak-Wójcik", "receptionist")
    assert role.json()["role"] == "receptionist"
    last_owner = as_(
        info, "owner", "staff", "set-role", staff_of(info, "owner")["name"], "technician"
    )
    assert_one_sentence(last_owner, 6, "last active owner")
    reset = as_(info, "owner", "staff", "reset-pin", "Zofia Nowak-Wójcik")
    assert reset.code == 0, reset
    code = reset.json()["reset_code"]
    assert len(code) == 10 and code.isdigit() and "in person" in reset.err
    old_pin = cli(
        Path(info["data_dir"]),
        "whoami",
        "--staff",
        "Zofia Nowak-Wójcik",
        "--pin-stdin",
        stdin="583917\n",
    )
    assert_one_sentence(old_pin, 4, "enter the one-time code")
    chosen = cli(
        Path(info["data_dir"]),
        "choose-pin",
        "--staff",
        "zofia nowak-wójcik",
        "--pin-stdin",
        stdin=f"{code}\n694027\n",
    )
    assert chosen.json()["role"] == "receptionist", chosen
    who = cli(
        Path(info["data_dir"]),
        "whoami",
        "--staff",
        "zofia nowak-wójcik",
        "--pin-stdin",
        stdin="694027\n",
    )
    assert who.json()["role"] == "receptionist"
    reused = cli(
        Path(info["data_dir"]),
        "choose-pin",
        "--staff",
        "Zofia Nowak-Wójcik",
        "--pin-stdin",
        stdin=f"{code}\n705138\n",
    )
    assert_one_sentence(reused, 6, "no PIN reset waiting")
    names = {m["name"] for m in as_(info, "owner", "staff", "list").json_lines()}
    assert "Zofia Nowak-Wójcik" in names and len(names) == 6


def test_ten_wrong_pins_in_ten_runs_disable_until_owner_enables(cli_demo: dict[str, Any]) -> None:
    """Each run opens the vault afresh, as a new process does: the count is in the vault."""
    info = cli_demo
    data_dir = Path(info["data_dir"])
    technician = staff_of(info, "technician")
    wrong = "583917" if technician["pin"] != "583917" else "694027"

    def attempt(pin: str, hours_ahead: int) -> Result:
        # Each try runs an hour after the last, past any escalating delay, as a patient attacker.
        return cli(
            data_dir,
            "whoami",
            "--staff",
            technician["name"],
            "--pin-stdin",
            stdin=f"{pin}\n",
            hours_ahead=hours_ahead,
        )

    for number in range(1, 11):
        result = attempt(wrong, number)
        assert_one_sentence(result, 4, "Wrong PIN")
        assert (str(10 - number) in result.err) if number < 10 else ("now disabled" in result.err)
    refused = attempt(technician["pin"], 11)
    assert_one_sentence(refused, 4, "disabled after too many wrong PINs")

    owner = staff_of(info, "owner")
    enabled = cli(
        data_dir,
        "staff",
        "enable",
        technician["name"],
        "--staff",
        owner["name"],
        "--pin-stdin",
        stdin=f"{owner['pin']}\n",
        hours_ahead=12,
    )
    assert enabled.code == 0 and enabled.json()["active"] is True, enabled
    assert attempt(technician["pin"], 12).json()["name"] == technician["name"]


@pytest.mark.slow  # passphrase KDF at real cost (Argon2id, 256 MiB), five times
def test_owner_recovers_with_recovery_key_and_passphrase_mode(cli_demo: dict[str, Any]) -> None:
    info = cli_demo
    data_dir = Path(info["data_dir"])
    owner = staff_of(info, "owner")
    recovered = cli(
        data_dir,
        "recover-owner",
        owner["name"],
        "--recovery-key",
        info["recovery_key_file"],
        "--pin-stdin",
        stdin="694027\n",
    )
    assert recovered.code == 0, recovered
    owner = {**owner, "pin": "694027"}
    info["staff"] = [owner if s["role"] == "owner" else s for s in info["staff"]]
    switched = as_(
        info, "owner", "keys", "use-passphrase", stdin_after="blue orchid counter morning\n"
    )
    assert switched.json()["slots"] == ["recovery", "passphrase"]
    no_passphrase = cli(
        data_dir, "whoami", "--staff", owner["name"], "--pin-stdin", stdin=f"{owner['pin']}\n"
    )
    assert_one_sentence(no_passphrase, 2, "no terminal to ask for the passphrase")
    opened = cli(
        data_dir,
        "whoami",
        "--staff",
        owner["name"],
        "--pin-stdin",
        "--passphrase-stdin",
        stdin=f"blue orchid counter morning\n{owner['pin']}\n",
    )
    assert opened.json()["role"] == "owner"
    wrong = cli(
        data_dir,
        "whoami",
        "--staff",
        owner["name"],
        "--pin-stdin",
        "--passphrase-stdin",
        stdin=f"wrong words entirely here\n{owner['pin']}\n",
    )
    assert_one_sentence(wrong, 7, "Wrong passphrase")


def test_add_search_and_show_clients_by_role(cli_demo: dict[str, Any]) -> None:
    info = cli_demo
    client = {
        "family_name": "Nguyễn",
        "given_name": "Thị Hoa",
        "phone": "0912 345 678",
        "email": "hoa@example.vn",
    }
    added = as_(info, "receptionist", "add-client", stdin_after=json.dumps(client))
    assert added.code == 0, added
    client_id = added.json()["id"]
    again = as_(info, "receptionist", "add-client", stdin_after=json.dumps(client))
    assert_one_sentence(again, 6, "already registered")
    forced = as_(
        info, "receptionist", "add-client", "--allow-duplicate", stdin_after=json.dumps(client)
    )
    assert forced.code == 0 and forced.json()["id"] != client_id

    unknown = as_(info, "receptionist", "add-client", stdin_after='{"family_name": "A", "nick": 1}')
    assert_one_sentence(unknown, 2, "Unknown field(s): nick")
    not_json = as_(info, "receptionist", "add-client", stdin_after="family_name=A")
    assert_one_sentence(not_json, 2, "not JSON")
    bad_phone = as_(
        info, "receptionist", "add-client", stdin_after='{"family_name": "A", "phone": "12"}'
    )
    assert_one_sentence(bad_phone, 2, "phone number is not valid")
    allergies = as_(
        info, "receptionist", "add-client", stdin_after='{"family_name": "B", "allergies": ["PPD"]}'
    )
    assert_one_sentence(allergies, 5, "receptionist may not change health details")

    # Same rank, no visits yet: the newer registration comes first.
    [newer, found] = as_(info, "technician", "search", "nguyen hoa").json_lines()
    assert newer["id"] == forced.json()["id"]
    assert found["id"] == client_id and found["phone"].endswith("678")
    assert "0912" not in found["phone"]
    technician = as_(info, "technician", "show", str(client_id)).json()
    assert "email" not in technician and technician["health"] == []
    assert "guardian" not in technician and technician["tags"] == []
    assert technician["is_minor"] is False and technician["preferences"] == {}
    receptionist = as_(info, "receptionist", "show", str(client_id)).json()
    assert receptionist["email"] == "hoa@example.vn" and "health" not in receptionist
    assert receptionist["guardian"] == ""
    missing = as_(info, "owner", "show", "9999")
    assert_one_sentence(missing, 3, "no such client")


def test_file_errors_and_bad_numbers_are_one_sentence(demo: dict[str, Any], tmp_path: Path) -> None:
    no_stick = cli(
        tmp_path / "salon",
        "init",
        "--salon",
        "Salon",
        "--owner",
        "Hoa",
        "--recovery-key-out",
        str(tmp_path / "missing-usb" / "key.txt"),
        "--pin-stdin",
        stdin="482913\n",
    )
    assert_one_sentence(no_stick, 9, "missing-usb")
    assert not (tmp_path / "salon" / "vault.db").exists()
    (tmp_path / "a-file").write_text("x")
    under_file = cli(tmp_path / "a-file" / "salon", "demo")
    assert under_file.code != 0 and "Traceback" not in under_file.err
    huge = as_(demo, "owner", "show", "99999999999999999999")
    assert huge.code == 2 and "Traceback" not in huge.err and "use a number" in huge.err


# Real processes: the installed entry point and `python -m salonvault.cli` start, answer in
# JSON and fail in one sentence with a non-zero status; the lockout is shared between processes.


def test_the_installed_command_starts_and_answers_in_json(cli_demo: dict[str, Any]) -> None:
    owner = staff_of(cli_demo, "owner")
    result = cli_process(
        Path(cli_demo["data_dir"]),
        "whoami",
        "--staff",
        owner["name"],
        "--pin-stdin",
        stdin=f"{owner['pin']}\n",
    )
    assert result.code == 0, result
    assert result.json()["role"] == "owner"


def test_a_wrong_pin_ends_a_real_process_non_zero_with_one_sentence(
    cli_demo: dict[str, Any],
) -> None:
    member = staff_of(cli_demo, "technician")
    wrong = "583917" if member["pin"] != "583917" else "694027"
    result = cli_process(
        Path(cli_demo["data_dir"]),
        "whoami",
        "--staff",
        member["name"],
        "--pin-stdin",
        stdin=f"{wrong}\n",
    )
    assert_one_sentence(result, 4, "Wrong PIN")


def test_python_dash_m_salonvault_cli_runs_the_command_line(tmp_path: Path) -> None:
    result = cli_process(
        tmp_path / "nowhere",
        "consent-purposes",
        entry_point=[sys.executable, "-m", "salonvault.cli"],
    )
    assert result.code == 0, result
    assert result.out.splitlines() == [p.value for p in Purpose]
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.slow  # four processes, each starting Python and checking a PIN with Argon2id
def test_lockout_delay_is_shared_between_processes(cli_demo: dict[str, Any]) -> None:
    member = staff_of(cli_demo, "receptionist")
    data_dir = Path(cli_demo["data_dir"])
    for _ in range(3):
        cli_process(data_dir, "whoami", "--staff", member["name"], "--pin-stdin", stdin="583917\n")
    delayed = cli_process(
        data_dir, "whoami", "--staff", member["name"], "--pin-stdin", stdin=f"{member['pin']}\n"
    )
    assert_one_sentence(delayed, 4, "try again in")
