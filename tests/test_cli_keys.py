"""`salonvault keys …` (issue 20, items 4 and 5): the recovery slot made again, the recovery key
replaced (with its file and kit), the vault re-keyed; owner only, one sentence on refusal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support import as_, assert_one_sentence, staff_of
from tests.support import cli as run

PASSPHRASE = "blue orchid counter morning"


@pytest.fixture
def salon(tmp_path: Path) -> dict[str, Any]:
    result = run(tmp_path / "salon", "demo", "--clients", "0", key_dir=tmp_path / "keys")
    assert result.code == 0, result
    info = result.json()
    info["key_dir"] = tmp_path / "keys"
    info["root"] = tmp_path
    return info


def _drop_recovery_slot(data_dir: Path) -> None:
    for name in ("keyslots.json", "keyslots.json.prev"):
        path = data_dir / name
        if path.exists():
            document = json.loads(path.read_text())
            document["slots"] = [s for s in document["slots"] if s["kind"] != "recovery"]
            path.write_text(json.dumps(document))


def test_a_missing_recovery_slot_is_shown_and_made_again(salon: dict[str, Any]) -> None:
    data_dir = Path(salon["data_dir"])
    assert as_(salon, "owner", "keys", "status").json()["recovery_slot"] == "ok"
    _drop_recovery_slot(data_dir)
    assert as_(salon, "owner", "keys", "status").json()["recovery_slot"] == "missing"
    other = run(salon["root"] / "other", "demo", "--clients", "0").json()
    refused = as_(salon, "owner", "keys", "add-recovery", "--key-file", other["recovery_key_file"])
    assert_one_sentence(refused, 7, "not this salon's recovery key")
    typed = Path(salon["recovery_key_file"]).read_text().splitlines()[-1]
    added = as_(salon, "owner", "keys", "add-recovery", stdin_after=f"{typed}\n")
    assert added.code == 0, added
    assert added.json()["recovery_slot"] == "ok"
    _drop_recovery_slot(data_dir)
    from_file = as_(
        salon, "owner", "keys", "add-recovery", "--key-file", salon["recovery_key_file"]
    )
    assert from_file.json()["recovery_slot"] == "ok"
    receptionist = as_(salon, "receptionist", "keys", "add-recovery")
    assert_one_sentence(receptionist, 5, "may not")


def test_replacing_the_recovery_key_writes_the_new_key_and_kit_and_lists_old_backups(
    salon: dict[str, Any], tmp_path: Path
) -> None:
    data_dir = Path(salon["data_dir"])
    usb = tmp_path / "usb"
    usb.mkdir()
    made = as_(salon, "owner", "backup", "--to", str(usb))
    assert made.code == 0, made
    inside = as_(
        salon, "owner", "keys", "replace-recovery-key", "--recovery-key-out", str(data_dir / "k")
    )
    assert_one_sentence(inside, 2, "outside the vault's folder")
    new_key, kit = tmp_path / "new-key.txt", tmp_path / "kit.pdf"
    replaced = as_(
        salon,
        "owner",
        "keys",
        "replace-recovery-key",
        "--recovery-key-out",
        str(new_key),
        "--kit-out",
        str(kit),
        "--language",
        "vi",
    )
    assert replaced.code == 0, replaced
    answer = replaced.json()
    assert kit.read_bytes().startswith(b"%PDF-") and "AGE-SECRET-KEY-1" in new_key.read_text()
    assert answer["recovery_slot"] == "ok" and answer["recovery_kit_confirmed"] is True
    (old,) = answer["old_recovery_keys"]
    assert [b["file_name"] for b in old["backups_needing_it"]] == [Path(made.json()["file"]).name]
    assert old["public_key"] != answer["backup_public_key"]
    owner = staff_of(salon, "owner")
    with_old = run(
        data_dir,
        "whoami",
        "--staff",
        owner["name"],
        "--pin-stdin",
        "--recovery-key",
        salon["recovery_key_file"],
        stdin=f"{owner['pin']}\n",
        key_dir=salon["key_dir"],
    )
    assert_one_sentence(with_old, 7, "recovery")
    with_new = run(
        data_dir,
        "whoami",
        "--staff",
        owner["name"],
        "--pin-stdin",
        "--recovery-key",
        str(new_key),
        stdin=f"{owner['pin']}\n",
        key_dir=salon["key_dir"],
    )
    assert with_new.code == 0, with_new


@pytest.mark.slow  # passphrase KDF at real cost, several times
def test_rekeying_from_the_command_line_in_both_open_modes(salon: dict[str, Any]) -> None:
    data_dir = Path(salon["data_dir"])
    rekeyed = as_(salon, "owner", "keys", "rekey")
    assert rekeyed.code == 0, rekeyed
    assert rekeyed.json()["rekeyed"] is True and rekeyed.json()["pages"] > 0
    assert_one_sentence(as_(salon, "technician", "keys", "rekey"), 5, "may not")
    switched = as_(salon, "owner", "keys", "use-passphrase", stdin_after=f"{PASSPHRASE}\n")
    assert switched.code == 0, switched
    owner = staff_of(salon, "owner")
    again = run(
        data_dir,
        "keys",
        "rekey",
        "--staff",
        owner["name"],
        "--pin-stdin",
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{owner['pin']}\n",
        key_dir=salon["key_dir"],
    )
    assert again.code == 0, again
    assert again.json()["slots"] == ["recovery", "passphrase"]
