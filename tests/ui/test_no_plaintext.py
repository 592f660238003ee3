"""No client data in plaintext anywhere on disk after a whole day (issue 9, item 5).

A day at the counter, through the services and the window: the demo salon, a new client with
an allergy and a scanned GP letter (attached from the scanner's folder, opened), searches,
cards opened, a consent form and the client data report (PDF and JSON), the consent form
printed through the GUI's print path, the end-of-day backup, a restore drill,
encrypted exports, the window's own settings. Then every byte in the data folder (the SQLCipher
vault raw, its WAL, slot files), the temporary folder, QSettings' file, the device key folder,
the backup and export folders, and everything printed or logged, is searched for every
client's name, phone, e-mail and allergy text (UTF-8 and UTF-16-LE, NFC and NFD), pieces of the
scan's stored pages and the metadata planted in its file.

tests/ui/test_no_leaks.py covers PINs, staff names and keys after a GUI session and a set-up.
The one file here that is plaintext on purpose is the printed PDF (a "PDF printer" is a place
the owner chose); it lives outside the searched folders and is deleted.
"""

from __future__ import annotations

import logging
import os
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import platformdirs
import pyrage
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientInput, ClientView, HealthKind, Severity
from salonvault.domain.roles import Role
from salonvault.domain.session import Session
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.attachments import read_attachment_file
from salonvault.services.demo.salon import create_demo_vault
from salonvault.services.exports.files import Encryption
from salonvault.services.vault.opening import Vault
from tests.attachment_files import SECRET, jpeg_with_metadata, pdf_with_pages
from tests.helpers import grant_health_consent
from tests.support import FakeClock
from tests.ui.support import sign_in
from ui.dialogs.attachment_view import AttachmentViewDialog
from ui.i18n import Translations
from ui.operations import Operations
from ui.printing import print_pdf
from ui.shell import ShellWindow

NEW_CLIENT = ClientInput(
    family_name="Nguyễn",
    given_name="Thị Hoàng Yến",
    phone="+84 905 123 987",
    email="hoang.yen@example.vn",
    notes="Thích màu nâu hạt dẻ; da đầu nhạy cảm.",
    allergies=("Dị ứng thuốc nhuộm PPD (para-phenylenediamine)",),
)
MIN_NEEDLE_BYTES = 8  # shorter strings turn up by chance in megabytes of ciphertext


@pytest.fixture
def fresh_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The system's temporary folder, for this test only (Python's tempfile and Qt's)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def _needles(views: list[ClientView]) -> set[bytes]:
    texts: set[str] = set()
    for view in views:
        texts |= {view.display_name, f"{view.family_name} {view.given_name}"}
        texts |= {view.family_name, view.given_name, view.notes}
        texts |= {view.phone or "", view.email or "", view.address or ""}
        texts |= {item.text for item in view.health or ()}
        if view.phone:
            texts.add("".join(ch for ch in view.phone if ch.isdigit()))
    found: set[bytes] = set()
    for text in texts:
        for form in ("NFC", "NFD"):
            normal = unicodedata.normalize(form, text)
            for encoding in ("utf-8", "utf-16-le"):
                needle = normal.encode(encoding)
                if len(needle) >= MIN_NEEDLE_BYTES:
                    found.add(needle)
    return found


def _files(*roots: Path) -> list[Path]:
    return [path for root in roots if root.exists() for path in root.rglob("*") if path.is_file()]


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _attach_a_scan(vault: Vault, owner: Session, client: int, scanner: Path) -> list[bytes]:
    """The scanner's file (outside every searched folder) attached and opened; pieces of each
    stored page and the metadata planted in the file, to search for."""
    scan = scanner / "giay-chuyen.jpg"  # made by the test before logging was switched on
    info = vault.attachments.add(
        owner, client, read_attachment_file(scan), scan.name, "referral_letter", date(2026, 10, 1)
    )
    pages = vault.attachments.open(owner, client, info.id).pages
    found = [SECRET.encode(), SECRET.encode("utf-16-le")]
    for page in pages:
        found += [page.jpeg[1000:1032], page.jpeg[-120:-88]]
    return found


def _day_at_the_counter(
    vault: Vault,
    staff: dict[Role, tuple[str, str]],
    usb: Path,
    exports: Path,
    printed: Path,
    scanner: Path,
) -> tuple[list[ClientView], list[bytes]]:
    owner = vault.auth.sign_in(*staff[Role.OWNER])
    reception = vault.auth.sign_in(*staff[Role.RECEPTIONIST])
    technician = vault.auth.sign_in(*staff[Role.TECHNICIAN])
    # Health data rests on consent (decision 0031): the client agrees first, then the items.
    added = vault.clients.create(owner, replace(NEW_CLIENT, allergies=()), allow_duplicate=True)
    grant_health_consent(vault, reception, added.id)
    vault.clients.add_health_item(
        technician, added.id, HealthKind.ALLERGY, NEW_CLIENT.allergies[0], Severity.MODERATE
    )
    vault.clients.add_health_item(
        technician, added.id, HealthKind.CONDITION, "Viêm da tiếp xúc năm 2024", Severity.SEVERE
    )
    scans = _attach_a_scan(vault, owner, added.id, scanner)
    for typed in ("nguyen yen", "905 123", "Hoàng", "malisz", "王"):
        vault.clients.search(reception, typed)
    views = [vault.clients.open(owner, client) for client in vault.clients.list_ids(owner)]
    for client in (added.id, views[0].id):
        vault.clients.open(technician, client)
        form = vault.consent.form_for(reception, client, "health_data")
        print_pdf(form, _pdf_printer(printed / f"consent-{client}.pdf"))
        vault.data_report.pdf_bytes(owner, client)
        vault.data_report.json_bytes(owner, client)
    made = vault.backups.backup(reception, usb).path
    vault.backups.verify(reception, made)
    vault.backups.drill(owner, made)
    vault.exports.export_json(owner, exports / "clients.json", Encryption.to_backup_key())
    vault.exports.export_csv(owner, exports / "clients.csv", Encryption.to_backup_key())
    return [vault.clients.open(owner, client) for client in vault.clients.list_ids(owner)], scans


@pytest.mark.slow  # a whole day through the window, then every file searched
def test_a_whole_day_leaves_no_client_data_in_plaintext_anywhere(
    qtbot: QtBot,
    tmp_path: Path,
    fresh_temp: Path,
    isolated_qsettings: Path,
    isolated_key_store: Path,
    translations: Translations,
    operations: Operations,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    data_dir, usb, exports, printed, scanner = (
        tmp_path / name for name in ("salon", "usb", "out", "pdf", "scanner")
    )
    for folder in (usb, exports, printed, scanner):
        folder.mkdir()
    (scanner / "giay-chuyen.jpg").write_bytes(jpeg_with_metadata())  # the scanner's file
    caplog.set_level(logging.DEBUG)
    store = DeviceKeyStore(isolated_key_store, use_os_store=False)
    vault, demo_staff = create_demo_vault(
        data_dir, tmp_path / "recovery-key.txt", store, FakeClock(), clients=25
    )
    staff = {member.role: (member.name, member.pin) for member in reversed(demo_staff)}
    try:
        views, scans = _day_at_the_counter(vault, staff, usb, exports, printed, scanner)
        # The window too: the lock screen, a sign-in, the clients page, closing (QSettings).
        window = ShellWindow(vault, translations, operations)
        qtbot.addWidget(window)
        window.show()
        sign_in(qtbot, window, *staff[Role.RECEPTIONIST])
        assert window.workspace is not None
        window.workspace.show_page("clients")
        window.close()
        QSettings().sync()
    finally:
        vault.close()
    assert len(views) == 26 and len(list(printed.iterdir())) == 2, "the day really happened"
    needles = _needles(views) | set(scans)  # scanned papers' pages and planted metadata too
    assert len(needles) > 200

    logs_dir = Path(platformdirs.user_log_dir("SalonVault", appauthor=False))
    searched = _files(data_dir, fresh_temp, isolated_qsettings, isolated_key_store, usb, exports)
    assert any(p.name == "vault.db" for p in searched) and any(p.suffix == ".age" for p in searched)
    assert any(
        p.parent == isolated_qsettings or p.is_relative_to(isolated_qsettings) for p in searched
    )
    assert _files(fresh_temp) == [], "nothing was left in the temporary folder"
    assert not [p for p in searched if p.suffix == ".log"], "SalonVault writes no log files"
    assert not logs_dir.exists() or not any(logs_dir.iterdir())
    for path in searched:
        content = path.read_bytes()
        for needle in needles:
            assert needle not in content, f"{needle!r} in {path}"
    out, err = capfd.readouterr()
    said = (out + err + caplog.text).encode("utf-8")
    for needle in needles:
        assert needle not in said, f"{needle!r} printed or logged"
    # The control: the same needles are found where the data is in the clear, so the search
    # above would have seen them. The backup decrypted in memory holds every client.
    key = read_recovery_key_file(tmp_path / "recovery-key.txt")
    backup = next(p for p in usb.iterdir() if p.suffix == ".svbak")
    plain = pyrage.decrypt(backup.read_bytes(), [pyrage.x25519.Identity.from_str(key.secret)])
    for view in views:
        assert view.family_name.encode() in plain and view.given_name.encode() in plain
    assert NEW_CLIENT.allergies[0].encode() in plain
    assert all(piece in plain for piece in scans[2:])  # the stored pages are in the backup


def test_printing_needs_no_temporary_file(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the temporary folder gone, any temp file on the print path would fail: a consent
    form still prints (rendered from memory by PDFium, drawn by QPainter)."""
    missing = tmp_path / "no-such-temp"
    monkeypatch.setenv("TMPDIR", str(missing))
    monkeypatch.setattr(tempfile, "tempdir", str(missing))
    with pytest.raises(FileNotFoundError):
        tempfile.mkstemp()  # the trap is armed
    from tests.support import Team

    team = Team(vault)
    client = vault.clients.create(team.owner, replace(NEW_CLIENT, allergies=()))
    form = vault.consent.form_for(team.receptionist, client.id, "photos")
    out = tmp_path / "printer" / "form.pdf"
    out.parent.mkdir()
    print_pdf(form, _pdf_printer(out))
    assert out.read_bytes().startswith(b"%PDF") and not missing.exists()
    assert os.environ["TMPDIR"] == str(missing)


def test_attaching_and_viewing_a_scan_needs_no_temporary_file(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the temporary folder gone, any temp file on the way in or out would fail: a PDF is
    still attached (rasterised in memory) and shown in the viewer (decoded in memory)."""
    from tests.support import Team

    team = Team(vault)
    client = vault.clients.create(team.owner, replace(NEW_CLIENT, allergies=()))
    grant_health_consent(vault, team.owner, client.id)  # a letter is health data (0031)
    scan = tmp_path / "letter.pdf"
    scan.write_bytes(pdf_with_pages(2))
    missing = tmp_path / "no-such-temp"
    monkeypatch.setenv("TMPDIR", str(missing))
    monkeypatch.setattr(tempfile, "tempdir", str(missing))
    with pytest.raises(FileNotFoundError):
        tempfile.mkstemp()  # the trap is armed
    info = vault.attachments.add(
        team.owner, client.id, read_attachment_file(scan), scan.name, "other", date(2026, 1, 2)
    )
    viewer = AttachmentViewDialog(vault.attachments.open(team.owner, client.id, info.id))
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.show_page(1)
    assert viewer.page_label.text() == "Page 2 of 2" and not missing.exists()
