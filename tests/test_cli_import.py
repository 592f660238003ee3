"""`salonvault import` as the owner's IT helper runs it (in this process: `cli`) on a demo
salon (phones read as Vietnamese), JSON out, one sentence on failure, nothing written by a
dry run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from salonvault.domain.session import Session
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import Vault, open_vault
from tests.import_files import VIETNAMESE, write_csv, write_xlsx
from tests.support import as_, assert_one_sentence, cli, staff_of


@pytest.fixture(scope="module")
def salon(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A demo salon of 5 clients that collects birth dates too."""
    root = tmp_path_factory.mktemp("cli-import")
    result = cli(root / "salon", "demo", "--clients", "5", key_dir=root / "keys")
    assert result.code == 0, result
    info: dict[str, Any] = result.json()
    info["root"] = root
    info["key_dir"] = root / "keys"
    with opened(info) as (vault, owner):
        vault.clients.set_collected_fields(owner, {"phone", "email", "birth_date", "guardian"})
    return info


@contextmanager
def opened(info: dict[str, Any]) -> Iterator[tuple[Vault, Session]]:
    """The demo vault in this process, signed in as the owner."""
    store = DeviceKeyStore(fallback_dir=info["key_dir"], use_os_store=False)
    vault = open_vault(Path(info["data_dir"]), device_store=store)
    try:
        member = staff_of(info, "owner")
        yield vault, vault.auth.sign_in(member["name"], member["pin"])
    finally:
        vault.close()


def imports_in_log(info: dict[str, Any]) -> tuple[int, int, Any]:
    with opened(info) as (vault, _owner):
        db = vault.database
        return (
            db.scalar("SELECT count(*) FROM clients"),
            db.scalar(
                "SELECT count(*) FROM audit_log WHERE action IN ('clients.import', 'client.create')"
            ),
            db.scalar("SELECT value FROM settings WHERE key = 'import_mappings'"),
        )


def test_dry_run_prints_the_summary_and_each_problem_and_writes_nothing(
    salon: dict[str, Any], tmp_path: Path
) -> None:
    rows = [
        *VIETNAMESE,
        ["Lê", "Thị Mai", "12", "", "", ""],
        ["Đỗ", "Hà", "0933 111 222", "31.02.1990", "", ""],
    ]
    path = write_csv(tmp_path / "khach.csv", rows, "cp1258", delimiter=";")
    before = imports_in_log(salon)
    result = as_(salon, "owner", "import", str(path), "--dry-run")
    assert result.code == 0, result
    summary, *problems = result.json_lines()
    assert summary["dry_run"] is True and summary["encoding"] == "cp1258"
    assert summary["delimiter"] == ";" and summary["rows"] == 5
    assert (summary["create"], summary["invalid"]) == (3, 2)
    assert summary["mapping"]["Số điện thoại"] == "phone"
    assert problems == [
        {
            "line": 5,
            "status": "invalid",
            "action": "skip",
            "reason": "That phone number is not valid (numbers without a country code are read"
            " as VN; add +48, +84, +86 … for others).",
            "field": "phone",
        },
        {
            "line": 6,
            "status": "invalid",
            "action": "skip",
            "reason": 'The birth date "31.02.1990" is not a real date.',
            "field": "birth_date",
        },
    ]
    assert "Nguyễn" not in result.out and "0912" not in result.out  # lines and ids only
    assert imports_in_log(salon) == before


def test_import_with_a_mapping_file_then_duplicates_updated(
    salon: dict[str, Any], tmp_path: Path
) -> None:
    rows = [
        ["Khách", "ĐT", "Sinh", "Cột lạ"],
        ["Hoàng Thị Lan", "0977 000 111", "2.3.1991", "x"],
        ["Vũ Minh", "0977 000 222", "", "y"],
    ]
    path = write_csv(tmp_path / "khach.csv", rows)
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps({"Khách": "full_name", "ĐT": "phone", "Sinh": "birth_date"}, ensure_ascii=False),
        encoding="utf-8",
    )
    first = as_(salon, "owner", "import", str(path), "--mapping", str(mapping))
    assert first.code == 0, first
    summary = first.json_lines()[0]
    assert (summary["created"], summary["skipped"], summary["not_imported"]) == (2, 0, ["Cột lạ"])
    with opened(salon) as (vault, owner):
        lan = vault.clients.open(owner, vault.clients.search(owner, "hoang lan")[0].id)
        assert (lan.family_name, lan.given_name) == ("Hoàng", "Thị Lan")
        assert lan.birth_date == date(1991, 3, 2)

    again = [["Khách", "ĐT", "Sinh", "Cột lạ"], ["Hoàng Thị Lan", "0977000111", "", "ghi chú"]]
    path = write_csv(tmp_path / "lan.csv", again)
    second = as_(salon, "owner", "import", str(path), "--on-duplicate", "update")
    assert second.code == 0, second
    summary, problem = second.json_lines()
    assert summary["mapping"] == {"Khách": "full_name", "ĐT": "phone", "Sinh": "birth_date"}
    assert (summary["updated"], summary["created"]) == (1, 0)
    assert problem["status"] == "duplicate" and problem["action"] == "update"
    assert problem["matches"] == [{"kind": "phone", "client_id": lan.id}]


def test_xlsx_sheet_and_encoding_choices(salon: dict[str, Any], tmp_path: Path) -> None:
    book = write_xlsx(
        tmp_path / "k.xlsx",
        {"Visits": [["x"], [1]], "Khách": [["Họ", "Tên"], ["Bùi", "Thu"]]},
    )
    result = as_(salon, "owner", "import", str(book), "--sheet", "Khách", "--dry-run")
    assert result.code == 0, result
    summary = result.json_lines()[0]
    assert (summary["sheet"], summary["sheets"], summary["create"]) == (
        "Khách",
        ["Visits", "Khách"],
        1,
    )
    path = write_csv(tmp_path / "k.csv", VIETNAMESE, "utf-16-le")  # UTF-16 without its BOM
    assert_one_sentence(as_(salon, "owner", "import", str(path), "--dry-run"), 2, "CSV")
    chosen = as_(salon, "owner", "import", str(path), "--dry-run", "--encoding", "utf-16-le")
    assert chosen.code == 0, chosen
    assert chosen.json_lines()[0]["encoding"] == "utf-16-le"
    assert chosen.json_lines()[0]["create"] == 3


def test_refusals_are_one_sentence_with_the_usual_exit_codes(
    salon: dict[str, Any], tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "k.csv", VIETNAMESE)
    assert_one_sentence(
        as_(salon, "receptionist", "import", str(path)),
        5,
        "A receptionist may not import clients from a spreadsheet.",
    )
    assert_one_sentence(
        as_(salon, "owner", "import", str(tmp_path / "gone.csv")), 9, "Could not read gone.csv"
    )
    bad = tmp_path / "bad.json"
    bad.write_text('{"Họ": "surname"}', encoding="utf-8")
    assert_one_sentence(
        as_(salon, "owner", "import", str(path), "--mapping", str(bad)), 2, "Unknown field"
    )
    assert_one_sentence(
        as_(salon, "owner", "import", str(path), "--encoding", "klingon"), 2, "Unknown encoding"
    )
    old_excel = tmp_path / "old.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    assert_one_sentence(as_(salon, "owner", "import", str(old_excel)), 2, "save it as .xlsx")
    only_given = write_csv(tmp_path / "given.csv", [["Tên"], ["Lan"]])
    assert_one_sentence(
        as_(salon, "owner", "import", str(only_given)), 2, "Map a column to the family name"
    )
