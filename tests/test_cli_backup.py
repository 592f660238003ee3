"""`backup`, `verify-backup` and `restore` as a scheduled task or an IT helper runs them."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.support import as_, assert_one_sentence, cli


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("cli-backup")
    result = cli(root / "salon", "demo", "--clients", "40", key_dir=root / "keys")
    assert result.code == 0, result
    info = result.json()
    info["root"] = root
    info["key_dir"] = root / "keys"
    return info


@pytest.fixture(scope="module")
def made(salon: dict[str, Any]) -> Path:
    usb = salon["root"] / "usb"
    usb.mkdir()
    result = as_(salon, "receptionist", "backup", "--to", str(usb))
    assert result.code == 0, result
    answer = result.json()
    assert answer["verified"] is True and answer["clients"] == 40
    path = Path(answer["file"])
    assert path.parent == usb.resolve() and path.name.endswith(".svbak")
    return path


def test_verify_backup_with_the_recovery_key_needs_no_vault(
    salon: dict[str, Any], made: Path, tmp_path: Path
) -> None:
    result = cli(
        tmp_path / "nowhere",
        "verify-backup",
        str(made),
        "--recovery-key",
        salon["recovery_key_file"],
    )
    assert result.code == 0, result
    assert result.json()["clients"] == 40
    assert not (tmp_path / "nowhere").exists(), "verifying creates no vault"


def test_verify_backup_with_the_vault_of_this_pc(salon: dict[str, Any], made: Path) -> None:
    result = cli(Path(salon["data_dir"]), "verify-backup", str(made), key_dir=salon["key_dir"])
    assert result.code == 0, result
    assert result.json()["backup_id"]


def test_restore_into_an_empty_folder(salon: dict[str, Any], made: Path, tmp_path: Path) -> None:
    target = tmp_path / "new-pc"
    result = cli(
        target,
        "restore",
        str(made),
        "--recovery-key",
        salon["recovery_key_file"],
        key_dir=tmp_path / "new-pc-keys",
    )
    assert result.code == 0, result
    assert result.json()["activity_log_ok"] is True
    owner = next(s for s in salon["staff"] if s["role"] == "owner")
    found = cli(
        target,
        "search",
        "a",
        "--staff",
        owner["name"],
        "--pin-stdin",
        stdin=f"{owner['pin']}\n",
        key_dir=tmp_path / "new-pc-keys",
    )
    assert found.code == 0 and len(found.json_lines()) > 0


def test_restore_refuses_a_folder_with_a_vault(salon: dict[str, Any], made: Path) -> None:
    result = cli(
        Path(salon["data_dir"]),
        "restore",
        str(made),
        "--recovery-key",
        salon["recovery_key_file"],
        key_dir=salon["key_dir"],
    )
    assert_one_sentence(result, 7, "already holds a vault")


def test_errors_are_one_sentence(salon: dict[str, Any], made: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.svbak"
    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    key = salon["recovery_key_file"]
    result = cli(tmp_path / "x", "verify-backup", str(damaged), "--recovery-key", key)
    assert_one_sentence(result, 11, "damaged")

    other = cli(tmp_path / "other", "demo", "--clients", "0", key_dir=tmp_path / "k2")
    other_key = other.json()["recovery_key_file"]
    result = cli(tmp_path / "x", "verify-backup", str(made), "--recovery-key", other_key)
    assert_one_sentence(result, 11, "different recovery key")

    refused = as_(salon, "technician", "backup", "--to", str(tmp_path))
    assert_one_sentence(refused, 5, "may not run a backup")
    missing = as_(salon, "owner", "backup", "--to", str(tmp_path / "no-stick"))
    assert_one_sentence(missing, 10, "is not there")
    assert not any(name.endswith(".partial") for name in os.listdir(made.parent))
