"""`salonvault export` as the owner's IT helper runs it (in this process: `cli`), JSON out, one
sentence on failure, the warning on standard error, nothing written when refused."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pyrage
import pytest

from salonvault.domain.clients import ClientInput
from salonvault.domain.consent import Purpose
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.vault.opening import open_vault
from tests.support import as_, assert_one_sentence, cli, staff_of

PEOPLE = (
    ("Nguyễn", "Thị Ánh", "+84 912 345 678", "granted"),
    ("Wąsowska-Żak", "Łucja", "+48 601 234 567", "withdrawn"),
    ("王", "秀英", "+86 138 0013 8000", "granted"),
    ("Kowalski", "Jan", "+48 602 111 222", "refused"),
)


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A demo salon plus four clients in three scripts with SMS marketing decisions."""

    root = tmp_path_factory.mktemp("cli-export")
    result = cli(root / "salon", "demo", "--clients", "20", key_dir=root / "keys")
    assert result.code == 0, result
    info: dict[str, Any] = result.json()
    info["root"] = root
    info["key_dir"] = root / "keys"
    store = DeviceKeyStore(fallback_dir=root / "keys", use_os_store=False)
    vault = open_vault(Path(info["data_dir"]), device_store=store)
    try:
        owner_info = staff_of(info, "owner")
        owner = vault.auth.sign_in(owner_info["name"], owner_info["pin"])
        for family, given, phone, decision in PEOPLE:
            data = ClientInput(family, given, phone=phone)
            client = vault.clients.create(owner, data, allow_duplicate=True).id
            answer = "refused" if decision == "refused" else "granted"
            vault.consent.record(
                owner, client, Purpose.MARKETING_SMS, answer, "en", "paper", None, "P-1"
            )
            if decision == "withdrawn":
                vault.consent.withdraw(owner, client, Purpose.MARKETING_SMS)
        vault.auth.sign_out(owner)
    finally:
        vault.close()
    return info


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def read_csv(path: Path, separator: str = ",") -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=separator))


def test_csv_export_writes_two_files_and_warns_that_they_leave_the_vault(
    salon: dict[str, Any], out: Path
) -> None:
    result = as_(
        salon,
        "owner",
        "export",
        "--format",
        "csv",
        "--separator",
        "comma",
        "--out",
        str(out / "salon.csv"),
    )
    assert result.code == 0, result
    assert "Warning: The file leaves the vault" in result.err
    answer = result.json()
    assert answer["format"] == "csv" and answer["encrypted_to"] is None
    assert answer["clients"] == 24 and answer["visits"] > 0
    clients_file, visits_file = (Path(f) for f in answer["files"])
    assert (clients_file.name, visits_file.name) == ("salon-clients.csv", "salon-visits.csv")
    clients = read_csv(clients_file)
    assert len(clients) == 24
    names = {(c["family_name"], c["given_name"]) for c in clients}
    assert {("Nguyễn", "Thị Ánh"), ("Wąsowska-Żak", "Łucja"), ("王", "秀英")} <= names
    assert len(read_csv(visits_file)) == answer["visits"]


def test_csv_export_with_a_semicolon(salon: dict[str, Any], out: Path) -> None:
    result = as_(
        salon,
        "owner",
        "export",
        "--format",
        "csv",
        "--separator",
        "semicolon",
        "--out",
        str(out / "pl.csv"),
    )
    assert result.code == 0, result
    clients = read_csv(Path(result.json()["files"][0]), ";")
    assert "Łucja" in {c["given_name"] for c in clients}


def test_json_export_encrypted_to_the_backup_key_opens_with_the_recovery_key_file(
    salon: dict[str, Any], out: Path
) -> None:
    result = as_(
        salon,
        "owner",
        "export",
        "--format",
        "json",
        "--encrypt-to",
        "backup-key",
        "--out",
        str(out / "salon.json"),
    )
    assert result.code == 0, result
    assert "Warning" not in result.err
    answer = result.json()
    assert answer["encrypted_to"] == "backup-key"
    assert [p.name for p in out.iterdir()] == ["salon.json.age"], "no plaintext on disk"
    key = read_recovery_key_file(Path(salon["recovery_key_file"]))
    identity = pyrage.x25519.Identity.from_str(key.secret)
    document = json.loads(pyrage.decrypt(Path(answer["files"][0]).read_bytes(), [identity]))
    assert len(document["clients"]) == answer["clients"] == 24
    assert "王" in {c["family_name"] for c in document["clients"]}


@pytest.mark.slow  # passphrase KDF at real cost
def test_passphrase_comes_on_the_line_after_the_pin(salon: dict[str, Any], out: Path) -> None:
    passphrase = "mật khẩu dài của chủ tiệm"
    result = as_(
        salon,
        "owner",
        "export",
        "--format",
        "csv",
        "--encrypt-to",
        "passphrase",
        "--out",
        str(out / "s.csv"),
        stdin_after=f"{passphrase}\n",
    )
    assert result.code == 0, result
    files = [Path(f) for f in result.json()["files"]]
    assert sorted(p.name for p in out.iterdir()) == ["s-clients.csv.age", "s-visits.csv.age"]
    plain = pyrage.passphrase.decrypt(files[0].read_bytes(), passphrase).decode("utf-8-sig")
    assert "Wąsowska-Żak" in plain


def test_marketing_list_holds_only_clients_with_active_sms_consent(
    salon: dict[str, Any], out: Path
) -> None:
    result = as_(
        salon,
        "owner",
        "export",
        "--format",
        "csv",
        "--marketing",
        "sms",
        "--separator",
        "comma",
        "--out",
        str(out / "sms.csv"),
    )
    assert result.code == 0, result
    answer = result.json()
    assert answer["channel"] == "sms" and answer["clients"] == 2
    assert read_csv(Path(answer["files"][0])) == [
        {"name": "Nguyễn Thị Ánh", "phone": '="+84 912 345 678"'},  # shown as typed
        {"name": "王秀英", "phone": '="+86 138 0013 8000"'},
    ]


@pytest.mark.parametrize("role", ["receptionist", "technician"])
def test_other_roles_are_refused_and_nothing_is_written(
    salon: dict[str, Any], out: Path, role: str
) -> None:
    for args in (
        ("--format", "csv"),
        ("--format", "json", "--encrypt-to", "backup-key"),
        ("--format", "csv", "--marketing", "email"),
    ):
        result = as_(salon, role, "export", *args, "--out", str(out / "x"))
        assert_one_sentence(result, 5, f"A {role} may not export records.")
    assert list(out.iterdir()) == []


def test_failures_are_one_sentence(salon: dict[str, Any], out: Path) -> None:
    missing = as_(salon, "owner", "export", "--format", "json", "--out", str(out / "no" / "x"))
    assert_one_sentence(missing, 9, "is not there", "nothing was exported")
    inside = as_(
        salon,
        "owner",
        "export",
        "--format",
        "json",
        "--out",
        str(Path(salon["data_dir"]) / "x.json"),
    )
    assert_one_sentence(inside, 2, "outside the vault's folder")
    wrong = as_(
        salon, "owner", "export", "--format", "json", "--marketing", "sms", "--out", str(out / "m")
    )
    assert_one_sentence(wrong, 2, "marketing list is a CSV file")
    short = as_(
        salon,
        "owner",
        "export",
        "--format",
        "json",
        "--encrypt-to",
        "passphrase",
        "--out",
        str(out / "j"),
        stdin_after="short\n",
    )
    assert_one_sentence(short, 2, "at least 12 characters")
    assert list(out.iterdir()) == []
