"""Exports (issue 7 item 3): CSV and JSON of every client, the marketing list of one channel,
age encryption, safe writing, the owner-only rule and the activity log."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pyrage
import pytest

from salonvault.domain.audit import AuditFilter, Outcome
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput, ClientPhone, HealthKind, PhoneLabel, Severity
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import ExportError, PermissionDenied, RuleViolation, ValidationError
from salonvault.domain.records import RecordInput
from salonvault.domain.roles import Role
from salonvault.domain.treatments import PaymentMethod, VisitInput
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.exports.files import Encryption
from salonvault.services.exports.format import default_separator
from salonvault.services.exports.service import WARNING
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent, two_bowl_formula
from tests.support import NAMES as STAFF_NAMES
from tests.support import Team

VIETNAMESE = ("Nguyễn", "Thị Ánh")
POLISH = ("Wąsowska-Żak", "Łucja")
CHINESE = ("王", "秀英")
NAMES = (VIETNAMESE, POLISH, CHINESE)
INJECTION = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def salon(vault: Vault, team: Team) -> dict[str, int]:
    """Three clients in three scripts with visits and health items, plus marketing decisions."""
    owner = team.owner
    ids: dict[str, int] = {}
    people = {
        "vi": (VIETNAMESE, "+84 912 345 678", "anh@example.vn", "vi"),
        "pl": (POLISH, "+48 601 234 567", "lucja@example.pl", "pl"),
        "zh": (CHINESE, "+86 138 0013 8000", "", "zh_CN"),
    }
    for key, ((family, given), phone, email, language) in people.items():
        data = ClientInput(family, given, phone=phone, email=email, language=language)
        ids[key] = vault.clients.create(owner, data).id
    service = vault.catalogue.add(
        owner, ServiceInput("Nhuộm tóc / Koloryzacja / 染发", requires_patch_test=False)
    )
    vault.treatments.add_visit(
        owner,
        ids["vi"],
        VisitInput(
            date(2026, 11, 20),
            service,
            formula=two_bowl_formula(),
            notes="Khách thích màu ấm; 客户满意",
            price_minor=450000,
            currency="VND",
            payment_method=PaymentMethod.CASH,
        ),
    )
    vault.treatments.add_visit(owner, ids["zh"], VisitInput(date(2026, 11, 21), service))
    grant_health_consent(vault, owner, ids["pl"])  # health data rests on consent
    vault.clients.add_health_item(
        owner, ids["pl"], HealthKind.ALLERGY, "Uczulenie na PPD (łagodne)", Severity.SEVERE
    )
    vault.clients.update(
        owner, ids["zh"], ClientInput(*CHINESE, phone="+86 138 0013 8000", notes=INJECTION)
    )
    # Her home number and two pinned notes: the CSV joins them into a cell each.
    home = ClientPhone("+84 24 3826 4126", PhoneLabel.HOME)
    vault.clients.update(
        owner,
        ids["vi"],
        ClientInput(
            *VIETNAMESE,
            email="anh@example.vn",
            language="vi",
            phones=(ClientPhone("+84 912 345 678"), home),
        ),
    )
    for text in ("Luôn đến trễ 10 phút", "Thích màu ấm"):
        vault.pinned_notes.pin(team.receptionist, ids["vi"], text)
    return ids


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The owner's chosen folder (apart from the vault and the recovery key file)."""
    folder = tmp_path / "chosen"
    folder.mkdir()
    return folder


def record(vault: Vault, team: Team, client: int, purpose: Purpose, decision: str) -> None:
    vault.consent.record(team.owner, client, purpose, decision, "en", "paper", None, "P-1")


def read_csv(path: Path, separator: str = ",") -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=separator))


def entries(vault: Vault, team: Team, action: str) -> list[str]:
    found = vault.audit.list(team.owner, AuditFilter(action=action, limit=100))
    return [f"{e.outcome.value} {e.detail}" for e in reversed(found)]


# -- CSV ---------------------------------------------------------------------------------------


def test_csv_has_a_bom_and_keeps_every_script_intact(
    vault: Vault, team: Team, salon: dict[str, int], out: Path
) -> None:
    result = vault.exports.export_csv(
        team.owner, out / "salon.csv", plaintext_confirmed=True, separator=","
    )
    clients_file, visits_file = result.files
    assert (clients_file.name, visits_file.name) == ("salon-clients.csv", "salon-visits.csv")
    assert (result.clients, result.visits, result.encrypted) == (3, 2, False)
    raw = clients_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    clients = read_csv(clients_file)
    assert [(c["family_name"], c["given_name"]) for c in clients] == list(NAMES)
    # A text constant: spreadsheets show it as typed (decision 0033), and it can run nothing.
    assert clients[0]["phone"] == '="+84 912 345 678"'
    assert clients[1]["phone"] == '="+48 601 234 567"'

    assert clients[1]["email"] == "lucja@example.pl" and clients[0]["language"] == "vi"
    assert clients[2]["notes"] == "'" + INJECTION, "a formula is shown as text, not run"
    assert clients[0]["other_phones"] == '="home: +84 24 3826 4126"'  # after the first number
    assert clients[0]["pinned_notes"] == "Luôn đến trễ 10 phút\nThích màu ấm"
    assert clients[1]["other_phones"] == clients[1]["pinned_notes"] == ""
    visits = read_csv(visits_file)
    assert [v["client_name"] for v in visits] == ["Nguyễn Thị Ánh", "王秀英"]
    first = visits[0]
    assert first["service"] == "Nhuộm tóc / Koloryzacja / 染发"
    assert first["notes"] == "Khách thích màu ấm; 客户满意"
    assert first["colour_formula"] == (
        "roots: Wella Koleston · 7/1 30 g + 8/0 10 g · 6% / 20 vol 60 g · 1:1.5 · 35 min"
        " | toner: Wella Color Touch · 9/16 20 g · 1.9% / 6 vol 40 g · 1:2 · 20 min"
    )
    assert (first["price_minor"], first["currency"], first["payment_method"]) == (
        "450000",
        "VND",
        "cash",
    )
    assert first["technician"] == "Hoa Nguyễn"


def test_csv_separator_follows_the_salon_language_and_can_be_chosen(
    vault: Vault, team: Team, salon: dict[str, int], out: Path
) -> None:
    assert vault.exports.default_separator() == ","  # the test salon is in English
    result = vault.exports.export_csv(
        team.owner, out / "pl.csv", plaintext_confirmed=True, separator=";"
    )
    clients = read_csv(result.files[0], ";")
    assert clients[1]["family_name"] == "Wąsowska-Żak"
    with pytest.raises(ValidationError, match="comma or a semicolon"):
        vault.exports.export_csv(team.owner, out / "x.csv", plaintext_confirmed=True, separator="|")


def _soffice(*args: str, profile: Path) -> None:
    command = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done


@pytest.mark.slow  # starts LibreOffice headless
@pytest.mark.parametrize("separator", [",", ";"])
def test_libreoffice_opens_the_csv_and_keeps_vietnamese_polish_and_chinese(
    vault: Vault, team: Team, salon: dict[str, int], out: Path, separator: str
) -> None:
    """CSV → xlsx → CSV through LibreOffice headless, as a spreadsheet user would open it."""
    if shutil.which("soffice") is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is missing; .ci/run installs libreoffice-calc-nogui")
        pytest.skip("LibreOffice (soffice) is not installed")
    # Typed without spaces, a number a spreadsheet would turn into 84903111222 (the + gone);
    # a Vietnamese national number would lose its leading 0 the same way.
    typed = {"Trần": "+84903111222", "Lê": "+48 (602) 111-222"}
    for family, phone in typed.items():
        vault.clients.create(team.owner, ClientInput(family, "Test", phone=phone))
    result = vault.exports.export_csv(
        team.owner, out / "salon.csv", plaintext_confirmed=True, separator=separator
    )
    profile = out / "lo-profile"
    xlsx_dir, back_dir = out / "xlsx", out / "back"
    code = str(ord(separator))
    for path in result.files:
        # separator, '"' quotes, UTF-8 (76), start at line 1
        _soffice(
            f"--infilter=CSV:{code},34,76,1",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(xlsx_dir),
            str(path),
            profile=profile,
        )
        xlsx = xlsx_dir / path.with_suffix(".xlsx").name
        assert xlsx.read_bytes().startswith(b"PK"), "an xlsx is a zip"
        _soffice(
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(back_dir),
            str(xlsx),
            profile=profile,
        )
    clients = read_csv(back_dir / "salon-clients.csv")
    assert [(c["family_name"], c["given_name"]) for c in clients[:3]] == list(NAMES)
    assert clients[0]["email"] == "anh@example.vn"
    shown = {c["family_name"]: c["phone"] for c in clients}
    assert [shown[family] for family, _ in NAMES] == [
        "+84 912 345 678",
        "+48 601 234 567",
        "+86 138 0013 8000",
    ], "phone cells show exactly as typed"
    assert {family: shown[family] for family in typed} == typed
    assert clients[0]["other_phones"] == "home: +84 24 3826 4126"
    assert clients[2]["notes"] == "'" + INJECTION, "kept as text, not evaluated"
    visits = read_csv(back_dir / "salon-visits.csv")
    assert [v["client_name"] for v in visits] == ["Nguyễn Thị Ánh", "王秀英"]
    assert visits[0]["notes"] == "Khách thích màu ấm; 客户满意"
    assert visits[0]["service"] == "Nhuộm tóc / Koloryzacja / 染发"


# -- JSON --------------------------------------------------------------------------------------


def test_json_round_trips_with_visits_health_and_consents(
    vault: Vault, team: Team, salon: dict[str, int], out: Path
) -> None:
    record(vault, team, salon["vi"], Purpose.MARKETING_SMS, "granted")
    result = vault.exports.export_json(team.owner, out / "salon.json", plaintext_confirmed=True)
    [path] = result.files
    text = path.read_text(encoding="utf-8")
    assert not text.startswith("\ufeff")
    document = json.loads(text)
    assert json.dumps(document, ensure_ascii=False, indent=2) + "\n" == text  # round trip
    assert document["format"] == "salonvault-export" and document["version"] == 2
    assert document["salon"] == "Salon Hoa Mai"
    assert document["exported_at"] == "2026-11-22T09:00:00+00:00"
    clients = {c["id"]: c for c in document["clients"]}
    vi, pl, zh = clients[salon["vi"]], clients[salon["pl"]], clients[salon["zh"]]
    assert [(c["family_name"], c["given_name"]) for c in document["clients"]] == list(NAMES)
    assert zh["notes"] == INJECTION, "JSON is lossless"
    assert vi["phones"] == [
        {"label": None, "number": "+84 912 345 678"},
        {"label": "home", "number": "+84 24 3826 4126"},
    ]
    assert [(n["text"], n["pinned_by"]) for n in vi["pinned_notes"]] == [
        ("Luôn đến trễ 10 phút", "Kasia Nowak"),
        ("Thích màu ấm", "Kasia Nowak"),
    ]
    assert pl["pinned_notes"] == [] and len(pl["phones"]) == 1
    [visit] = vi["visits"]
    assert date.fromisoformat(visit["visited_on"]) == date(2026, 11, 20)
    roots, toner = visit["colour_formula"]["bowls"]
    assert visit["colour_formula"]["version"] == 2
    assert roots["components"] == [{"shade": "7/1", "grams": 30}, {"shade": "8/0", "grams": 10}]
    assert (roots["developer"], roots["developer_grams"], roots["ratio"]) == (
        {"percent": 6, "volume": 20},
        60,
        1.5,
    )
    assert toner["label"] == "toner" and toner["developer"] == {"percent": 1.9, "volume": 6}
    assert zh["visits"][0]["colour_formula"] is None  # a cut: no formula
    assert visit["price_minor"] == 450000 and visit["payment_method"] == "cash"
    assert pl["health"][0]["text"] == "Uczulenie na PPD (łagodne)"
    assert pl["health"][0]["severity"] == "severe"
    [consent] = vi["consents"]
    assert consent["purpose"] == "marketing_sms" and consent["active"] is True
    assert consent["withdrawn_at"] is None and len(consent["text_sha256"]) == 64
    assert (result.clients, result.visits) == (3, 2)


def test_json_carries_service_records_with_their_earlier_versions(
    vault: Vault, team: Team, salon: dict[str, int], out: Path
) -> None:
    """Decision 0029: each record with the template version it was written with, every value
    (health-marked ones too: the owner's export is lossless) and what an edit replaced."""
    rx = {
        "rx": {"right": {"sphere": "+1.50", "add": "2.00"}, "left": {"sphere": "+1.75", "add": 2}},
        "examiner": "Jan Kowalski",
        "examined_on": "2026-11-20",
    }
    record = vault.records.add_record(team.technician, salon["pl"], RecordInput("spectacle_rx", rx))
    vault.records.edit_record(team.technician, record, {**rx, "notes": "Reading only"})
    [path] = vault.exports.export_json(team.owner, out / "s.json", plaintext_confirmed=True).files
    clients = {c["id"]: c for c in json.loads(path.read_text(encoding="utf-8"))["clients"]}
    [exported] = clients[salon["pl"]]["service_records"]
    assert exported["id"] == record and exported["recorded_on"] == "2026-11-22"
    assert exported["template"]["key"] == "spectacle_rx" and exported["template"]["version"] == 1
    assert exported["values"]["rx"]["left"] == {"sphere": "1.75", "add": "2.00"}
    assert exported["values"]["notes"] == "Reading only"
    assert exported["recorded_by"] == STAFF_NAMES[Role.TECHNICIAN]
    [earlier] = exported["earlier_versions"]
    assert earlier["revision"] == 1 and "notes" not in earlier["values"]
    assert clients[salon["vi"]]["service_records"] == []


# -- marketing list ----------------------------------------------------------------------------


def test_marketing_list_holds_only_clients_whose_consent_is_active(
    vault: Vault, team: Team, salon: dict[str, int], out: Path
) -> None:
    owner = team.owner
    extra = {
        name: vault.clients.create(owner, ClientInput(name, "Test", phone=phone)).id
        for name, phone in (("Refused", "+48 602 000 001"), ("Withdrawn", "+48 602 000 002"))
    }
    extra["Never"] = vault.clients.create(owner, ClientInput("Never", "Asked")).id
    record(vault, team, salon["vi"], Purpose.MARKETING_SMS, "granted")
    record(vault, team, salon["zh"], Purpose.MARKETING_SMS, "granted")
    record(vault, team, salon["pl"], Purpose.MARKETING_EMAIL, "granted")  # another channel
    record(vault, team, extra["Refused"], Purpose.MARKETING_SMS, "refused")
    record(vault, team, extra["Withdrawn"], Purpose.MARKETING_SMS, "granted")
    vault.consent.withdraw(owner, extra["Withdrawn"], Purpose.MARKETING_SMS)

    result = vault.exports.export_marketing(
        owner, "sms", out / "sms.csv", plaintext_confirmed=True, separator=","
    )
    rows = read_csv(result.files[0])
    assert rows == [
        {"name": "Nguyễn Thị Ánh", "phone": '="+84 912 345 678"'},
        {"name": "王秀英", "phone": '="+86 138 0013 8000"'},
    ], "name and the channel's contact only"

    email = vault.exports.export_marketing(
        owner, Purpose.MARKETING_EMAIL, out / "email.csv", plaintext_confirmed=True
    )
    assert read_csv(email.files[0]) == [{"name": "Wąsowska-Żak Łucja", "email": "lucja@example.pl"}]

    record(vault, team, salon["zh"], Purpose.MARKETING_EMAIL, "granted")  # has no e-mail
    email = vault.exports.export_marketing(
        owner, "marketing_email", out / "email.csv", plaintext_confirmed=True
    )
    assert (email.clients, email.without_contact) == (1, 1)

    vault.consent.set_purpose_enabled(owner, Purpose.MARKETING_SMS, False)
    off = vault.exports.export_marketing(owner, "sms", out / "off.csv", plaintext_confirmed=True)
    assert off.clients == 0 and read_csv(off.files[0]) == [], "a switched-off channel is empty"
    with pytest.raises(ValidationError, match="marketing channel"):
        vault.exports.export_marketing(owner, "photos", out / "x.csv", plaintext_confirmed=True)


# -- encryption --------------------------------------------------------------------------------


@pytest.mark.slow  # age's passphrase KDF (scrypt) at real cost, twice
def test_passphrase_encrypted_csv_decrypts_to_the_plaintext_bytes_and_leaves_no_plaintext(
    vault: Vault, team: Team, salon: dict[str, int], out: Path
) -> None:
    plain_dir, secret_dir = out / "plain", out / "secret"
    plain_dir.mkdir()
    secret_dir.mkdir()
    plain = vault.exports.export_csv(
        team.owner, plain_dir / "salon.csv", plaintext_confirmed=True, separator=","
    )
    passphrase = "correct horse battery staple"
    encrypted = vault.exports.export_csv(
        team.owner, secret_dir / "salon.csv", Encryption.with_passphrase(passphrase), separator=","
    )
    assert encrypted.encrypted
    assert sorted(p.name for p in secret_dir.iterdir()) == [
        "salon-clients.csv.age",
        "salon-visits.csv.age",
    ], "only the encrypted files, no partial or plaintext file"
    for sealed, clear in zip(encrypted.files, plain.files, strict=True):
        data = sealed.read_bytes()
        assert data.startswith(b"age-encryption.org/v1")
        assert "Nguyễn".encode() not in data
        assert pyrage.passphrase.decrypt(data, passphrase) == clear.read_bytes()
        assert sealed.stat().st_mode & 0o077 == 0, "readable by the owner only"


def test_json_encrypted_to_the_backup_key_opens_with_the_recovery_key(
    vault: Vault, team: Team, salon: dict[str, int], out: Path, recovery_key_file: Path
) -> None:
    result = vault.exports.export_json(team.owner, out / "salon.json", Encryption.to_backup_key())
    [path] = result.files
    assert path.name == "salon.json.age"
    assert [p.name for p in out.iterdir()] == ["salon.json.age"]
    identity = pyrage.x25519.Identity.from_str(read_recovery_key_file(recovery_key_file).secret)
    document = json.loads(pyrage.decrypt(path.read_bytes(), [identity]))
    assert [c["given_name"] for c in document["clients"]] == ["Thị Ánh", "Łucja", "秀英"]


def test_a_short_export_passphrase_is_refused_before_anything_is_written(
    vault: Vault, team: Team, salon: dict[str, int], out: Path
) -> None:
    with pytest.raises(ValidationError, match="at least 12"):
        vault.exports.export_json(team.owner, out / "a.json", Encryption.with_passphrase("short"))
    assert list(out.iterdir()) == []


# -- the owner's explicit choice, targets, failures --------------------------------------------


def test_plaintext_needs_the_owners_confirmation_of_the_warning(
    vault: Vault, team: Team, salon: dict[str, int], out: Path
) -> None:
    assert "leaves the vault" in vault.exports.warning(None)
    assert vault.exports.warning(None) == WARNING
    assert "encrypted" in vault.exports.warning(Encryption.to_backup_key())
    with pytest.raises(RuleViolation, match="confirmation"):
        vault.exports.export_csv(team.owner, out / "salon.csv")
    assert list(out.iterdir()) == []


def test_targets_that_are_refused(
    vault: Vault, team: Team, salon: dict[str, int], out: Path
) -> None:
    owner = team.owner
    with pytest.raises(ValidationError, match="outside the vault"):
        vault.exports.export_json(owner, vault.paths.data_dir / "x.json", plaintext_confirmed=True)
    with pytest.raises(ValidationError, match="is a folder"):
        vault.exports.export_json(owner, out, plaintext_confirmed=True)
    with pytest.raises(ExportError, match="is not there"):
        vault.exports.export_json(owner, out / "gone" / "x.json", plaintext_confirmed=True)
    assert not list(vault.paths.data_dir.glob("x.json*"))


@pytest.mark.parametrize(
    ("code", "fragment"),
    [(errno.ENOSPC, "is full"), (errno.EROFS, "may not write"), (errno.EIO, "stopped answering")],
)
def test_a_failed_write_leaves_nothing_and_says_why_in_one_sentence(
    vault: Vault,
    team: Team,
    salon: dict[str, int],
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    fragment: str,
) -> None:
    (out / "salon-clients.csv").write_text("the previous export")
    real_replace = os.replace
    calls: list[str] = []

    def failing_replace(source: str | Path, target: str | Path) -> None:
        calls.append(str(target))
        if len(calls) == 2:  # the second file: the first one must not be left renamed alone
            raise OSError(code, os.strerror(code), str(target))
        real_replace(source, target)

    monkeypatch.setattr("salonvault.files.outbound.os.replace", failing_replace)
    with pytest.raises(ExportError, match=fragment) as caught:
        vault.exports.export_csv(team.owner, out / "salon.csv", plaintext_confirmed=True)
    assert "\n" not in str(caught.value)
    assert not [p for p in out.iterdir() if p.name.endswith(".partial")]
    assert entries(vault, team, "export.csv")[-1].startswith("failed ")
    assert "error=ExportNotWritten" in entries(vault, team, "export.csv")[-1]


# -- roles and the activity log ----------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.TECHNICIAN])
@pytest.mark.parametrize("kind", ["csv", "json", "marketing"])
def test_only_the_owner_exports_and_refusals_are_logged(
    vault: Vault, team: Team, salon: dict[str, int], out: Path, role: Role, kind: str
) -> None:
    session = team.of(role)
    target = out / "x.out"
    with pytest.raises(PermissionDenied, match=f"A {role.value} may not export records"):
        if kind == "csv":
            vault.exports.export_csv(session, target, plaintext_confirmed=True)
        elif kind == "json":
            vault.exports.export_json(session, target, Encryption.to_backup_key())
        else:
            vault.exports.export_marketing(session, "sms", target, plaintext_confirmed=True)
    assert list(out.iterdir()) == []
    refusals = vault.audit.list(team.owner, AuditFilter(action="permission.denied", limit=10))
    assert refusals[0].detail == "permission=EXPORT"
    assert refusals[0].staff_id == session.staff_id
    assert not [e for e in entries(vault, team, f"export.{kind}") if e.startswith("ok")]


def test_every_export_is_logged_with_counts_and_no_client_data(
    vault: Vault, team: Team, salon: dict[str, int], out: Path
) -> None:
    record(vault, team, salon["vi"], Purpose.MARKETING_SMS, "granted")
    owner = team.owner
    vault.exports.export_csv(owner, out / "a.csv", plaintext_confirmed=True, separator=";")
    vault.exports.export_json(owner, out / "a.json", Encryption.to_backup_key())
    vault.exports.export_marketing(owner, "sms", out / "m.csv", plaintext_confirmed=True)
    assert entries(vault, team, "export.csv") == [
        "ok format=csv encryption=none clients=3 visits=2 separator=semicolon"
    ]
    assert entries(vault, team, "export.json") == [
        "ok format=json encryption=backup-key clients=3 visits=2"
    ]
    assert entries(vault, team, "export.marketing") == [
        "ok format=marketing encryption=none channel=marketing_sms clients=1 without_contact=0"
    ]
    everything = vault.audit.list(owner, AuditFilter(limit=1000))
    text = " ".join(f"{e.detail} {e.object_id}" for e in everything)
    for family, given in NAMES:
        assert family not in text and given not in text
    assert "912" not in text and "a.json" not in text and str(out) not in text


def test_exports_include_archived_clients(
    vault: Vault, team: Team, salon: dict[str, int], out: Path
) -> None:
    vault.clients.set_archived(team.owner, salon["pl"], True)
    result = vault.exports.export_csv(
        team.owner, out / "all.csv", plaintext_confirmed=True, separator=","
    )
    archived = {c["family_name"]: c["archived"] for c in read_csv(result.files[0])}
    assert archived == {"Nguyễn": "no", "Wąsowska-Żak": "yes", "王": "no"}


def test_csv_module_reads_exactly_what_was_written_with_quotes_and_newlines(
    vault: Vault, team: Team, out: Path
) -> None:
    notes = 'Line one, with "quotes"\nline two; 第二行'
    client = vault.clients.create(team.owner, ClientInput("Łódź", "Zoë", notes=notes)).id
    result = vault.exports.export_csv(
        team.owner, out / "q.csv", plaintext_confirmed=True, separator=","
    )
    rows = read_csv(result.files[0])
    assert rows[0]["client_id"] == str(client)
    assert rows[0]["notes"].replace("\r\n", "\n") == notes
    text = io.StringIO(result.files[1].read_bytes().decode("utf-8-sig"))
    assert next(csv.reader(text))[0] == "visit_id"


@pytest.mark.parametrize(
    ("language", "separator"), [("en", ","), ("zh_CN", ","), ("pl", ";"), ("vi", ";")]
)
def test_the_default_separator_is_what_excel_expects_in_the_salons_language(
    language: str, separator: str
) -> None:
    assert default_separator(language) == separator


def test_an_encrypted_export_hands_only_ciphertext_to_the_disk(
    vault: Vault, team: Team, salon: dict[str, int], out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from salonvault.services.exports import service as export_service

    written: list[bytes] = []
    real = export_service.write_all_out

    def spy(files: dict[Path, bytes], *args: Any) -> list[Path]:
        written.extend(files.values())  # what reaches the door out, the only writer
        return real(files, *args)

    monkeypatch.setattr(export_service, "write_all_out", spy)
    vault.exports.export_csv(team.owner, out / "s.csv", Encryption.to_backup_key())
    vault.exports.export_json(team.owner, out / "s.json", Encryption.with_passphrase("x" * 12))
    vault.exports.export_marketing(team.owner, "sms", out / "m.csv", Encryption.to_backup_key())
    assert len(written) == 4
    assert all(data.startswith(b"age-encryption.org/v1\n") for data in written)


def test_a_filtered_range_of_the_activity_log_as_csv(
    vault: Vault, team: Team, salon: dict[str, int], out: Path
) -> None:
    with pytest.raises(PermissionDenied):
        vault.audit.list(team.receptionist)  # one refusal among the entries
    result = vault.exports.export_activity(
        team.owner, AuditFilter(outcome=Outcome.REFUSED), out / "log.csv", None, True, ","
    )
    rows = read_csv(out / "log.csv")
    assert result.files == (out / "log.csv",) and rows
    assert {row["outcome"] for row in rows} == {"refused"}
    assert rows[0]["staff"] == STAFF_NAMES[Role.RECEPTIONIST] and rows[0]["role"] == "receptionist"
    assert "permission=AUDIT_READ" in rows[0]["detail"]
    [logged] = entries(vault, team, "export.activity")
    assert logged.startswith("ok ") and f"entries={len(rows)}" in logged
    for session in (team.receptionist, team.technician):
        with pytest.raises(PermissionDenied):
            vault.exports.export_activity(session, AuditFilter(), out / "x.csv", None, True)
    assert not (out / "x.csv").exists()
