"""The photos panel on the client card as staff use it: consent first, add, compare, withdraw."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PIL import ExifTags, Image
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.audit import AuditFilter
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.consent import Purpose
from salonvault.domain.photos import PhotoKind
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_photo_consent
from tests.support import Team
from tests.ui.support import sign_in_as
from ui.dialogs.camera_import import CAMERA_FOLDER_KEY, CameraImportDialog
from ui.dialogs.client_card import ClientCard
from ui.dialogs.consent_dialog import ConsentDialog
from ui.dialogs.photos_panel import PhotosPanel
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow


def write_photo(path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (1200, 900)):
    image = Image.new("RGB", size, colour)
    exif = Image.Exif()
    exif[ExifTags.IFD.GPSInfo] = {ExifTags.GPS.GPSLatitude: (21.0, 1.0, 2.0)}
    if path.suffix == ".png":
        image.save(path, "PNG")
    else:
        image.save(path, "JPEG", exif=exif)
    return path


def client_with_visit(vault: Vault, team: Team) -> tuple[int, int]:
    client = vault.clients.create(team.owner, ClientInput("Trần", "Thị Mai")).id
    service = vault.catalogue.add(team.owner, ServiceInput("Balayage", requires_patch_test=False))
    visit = vault.treatments.add_visit(team.owner, client, VisitInput(date(2026, 11, 20), service))
    return client, visit


def open_card(qtbot: QtBot, shell: ShellWindow, role: Role, client: int) -> ClientCard:
    sign_in_as(qtbot, shell, role)
    assert shell.workspace is not None
    shell.workspace.show_page("clients")
    page = shell.workspace.pages.currentWidget()
    assert isinstance(page, ClientsPage)
    card = page.open_client(client)
    assert card is not None
    panel = card.findChild(PhotosPanel)
    if panel is not None:
        card.show_tab(panel)  # the card's Photos tab
    return card


def answer_yes(monkeypatch: pytest.MonkeyPatch, method: str) -> list[str]:
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, method, answer)
    return asked


def agree_on_paper(monkeypatch: pytest.MonkeyPatch) -> list[list[Purpose]]:
    """The consent dialog answered as a client who agreed and signed a paper form."""
    shown: list[list[Purpose]] = []

    def run(dialog: ConsentDialog) -> int:
        shown.append([c.purpose for c in dialog.choices])
        for choice in dialog.choices:
            choice.agree.setChecked(True)
        dialog.on_paper.setChecked(True)
        dialog.reference.setText("PAPER-7")
        dialog.record()
        return dialog.result()

    monkeypatch.setattr(ConsentDialog, "exec", run)
    return shown


def actions(vault: Vault, team: Team, action: str) -> list[str]:
    return [e.detail for e in vault.audit.list(team.owner, AuditFilter(action=action))]


def test_technician_records_consent_adds_photos_and_compares_them(
    qtbot: QtBot,
    shell: ShellWindow,
    team: Team,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = shell.vault
    client, visit = client_with_visit(vault, team)
    card = open_card(qtbot, shell, Role.TECHNICIAN, client)
    panel = card.findChild(PhotosPanel)
    assert panel is not None and panel.isVisible()
    assert panel.record_consent_button.isVisible() and not panel.content.isVisible()
    assert "not recorded" in panel.consent_label.text()

    shown = agree_on_paper(monkeypatch)
    panel.record_consent()
    assert shown == [[Purpose.PHOTOS]]  # the consent dialog, for photos alone
    assert vault.photo_consent.is_active(team.owner, client)
    assert panel.content.isVisible() and not panel.record_consent_button.isVisible()
    assert not panel.withdraw_button.isVisible()  # technicians may not withdraw consent
    assert panel.empty_label.isVisible()
    assert panel.visit.currentData() == visit  # today's (the newest) treatment is preselected

    before = write_photo(tmp_path / "IMG_0001.JPG", (90, 60, 40))
    after = write_photo(tmp_path / "after.png", (200, 110, 50))
    options: list[QFileDialog.Option] = []

    def choose(*args: object, **kwargs: object) -> tuple[list[str], str]:
        options.append(kwargs["options"])  # type: ignore[arg-type]
        return [str(before)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    panel.kind.setCurrentIndex(panel.kind.findData(PhotoKind.BEFORE))
    panel.add_from_file()
    assert options == [QFileDialog.Option.DontUseNativeDialog]
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    panel.kind.setCurrentIndex(panel.kind.findData(PhotoKind.AFTER))
    panel.import_files([after])
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert "1 photo added." in panel.message.text()
    assert before.exists() and after.exists()  # files from a file dialog are left alone

    assert panel.table.rowCount() == 1 and panel.table.isVisible()
    assert "Balayage" in panel.table.item(0, 0).text()
    for column in (1, 2):
        icon = panel.table.item(0, column).icon()
        assert not icon.isNull() and not icon.pixmap(64, 64).isNull()
    stored = vault.photos.list_photos(team.owner, client)
    assert [(p.kind, p.visit_id) for p in stored] == [
        (PhotoKind.BEFORE, visit),
        (PhotoKind.AFTER, visit),
    ]

    panel.table.setCurrentCell(0, 0)
    dialog = panel.compare_current()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Compare before and after"
    assert [p.info.kind for p in dialog.photos] == [PhotoKind.BEFORE, PhotoKind.AFTER]
    qtbot.waitUntil(lambda: all(not i.pixmap().isNull() for i in dialog.images), timeout=3000)
    left, right = dialog.images
    assert left.x() < right.x()  # side by side, before on the left
    assert left.image.pixelColor(10, 10).red() < 120 < right.image.pixelColor(10, 10).red()
    dialog.resize(700, 500)  # repainting and rescaling opens nothing again
    qtbot.wait(50)
    views = actions(vault, team, "photo.view")
    assert views == [f"photos={stored[0].id},{stored[1].id}"]
    assert actions(vault, team, "photo.list") == ["photos=0"]  # once, when the photos showed
    dialog.close()


def test_camera_folder_import_remembers_the_folder_and_can_delete_the_originals(
    qtbot: QtBot, shell: ShellWindow, team: Team, tmp_path: Path, isolated_qsettings: Path
) -> None:
    vault = shell.vault
    client, _visit = client_with_visit(vault, team)
    grant_photo_consent(vault, team.owner, client)
    camera = tmp_path / "DCIM"
    camera.mkdir()
    shots = [write_photo(camera / f"IMG_{n}.jpg", (40 * n, 80, 120)) for n in range(1, 4)]
    (camera / "notes.txt").write_text("not a photo")
    QSettings().setValue(CAMERA_FOLDER_KEY, str(camera))
    card = open_card(qtbot, shell, Role.OWNER, client)
    panel = card.findChild(PhotosPanel)
    assert panel is not None and panel.withdraw_button.isVisible()
    dialog = panel.import_from_camera_folder()
    assert isinstance(dialog, CameraImportDialog) and dialog.folder == camera
    assert dialog.photos.count() == 3  # the text file is not offered
    assert not dialog.delete_originals.isChecked()  # off unless chosen
    qtbot.waitUntil(
        lambda: all(not dialog.photos.item(i).icon().isNull() for i in range(3)), timeout=5000
    )
    assert not dialog.import_button.isEnabled()
    chosen = next(
        dialog.photos.item(i) for i in range(3) if dialog.photos.item(i).text() == shots[1].name
    )
    chosen.setSelected(True)
    dialog.delete_originals.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert not shots[1].exists() and shots[0].exists() and shots[2].exists()
    assert len(vault.photos.list_photos(team.owner, client)) == 1
    assert panel.table.rowCount() == 1
    settings = b"".join(p.read_bytes() for p in isolated_qsettings.rglob("*") if p.is_file())
    assert b"DCIM" in settings and "Trần".encode() not in settings  # the path, nothing else


def test_owner_withdraws_consent_after_a_warning_and_the_photos_are_gone(
    qtbot: QtBot, shell: ShellWindow, team: Team, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    vault = shell.vault
    client, visit = client_with_visit(vault, team)
    grant_photo_consent(vault, team.owner, client)
    data = write_photo(tmp_path / "a.jpg", (10, 20, 30)).read_bytes()
    vault.photos.add_photo(team.owner, client, data, PhotoKind.BEFORE, visit)
    vault.photos.add_photo(team.owner, client, data, PhotoKind.AFTER)
    card = open_card(qtbot, shell, Role.OWNER, client)
    panel = card.findChild(PhotosPanel)
    assert panel is not None and panel.table.rowCount() == 2  # the visit, then "no treatment"
    assert "(no treatment)" in panel.table.item(1, 0).text()
    assert not panel.remove_button.isEnabled()
    panel.table.setCurrentCell(1, 2)  # the "after" without a treatment
    assert panel.remove_button.isEnabled()
    asked = answer_yes(monkeypatch, "question")
    panel.remove_selected()
    assert asked and "Remove 1 photo from the vault?" in asked[0]
    assert panel.table.rowCount() == 1
    assert actions(vault, team, "photo.remove") and len(panel.thumbnails) == 1
    warned = answer_yes(monkeypatch, "warning")
    panel.withdraw_consent()
    assert warned and "1 photo of this client" in warned[0] and "deleted" in warned[0]
    assert vault.database.scalar("SELECT count(*) FROM photos") == 0
    assert panel.record_consent_button.isVisible() and not panel.content.isVisible()
    assert "1 photo deleted" in panel.message.text()


def test_receptionist_card_has_no_photos_panel(
    qtbot: QtBot, shell: ShellWindow, team: Team
) -> None:
    vault = shell.vault
    client, _visit = client_with_visit(vault, team)
    grant_photo_consent(vault, team.owner, client)
    card = open_card(qtbot, shell, Role.RECEPTIONIST, client)
    assert card.findChild(PhotosPanel) is None
    technician_card = ClientCard(vault, team.technician, client)
    qtbot.addWidget(technician_card)
    assert technician_card.findChild(PhotosPanel) is not None
    assert actions(vault, team, "permission.denied") == []  # hidden, not refused


def test_photo_bytes_decode_in_memory(qtbot: QtBot) -> None:
    from ui.dialogs.photo_view import decode

    out = io.BytesIO()
    Image.new("RGB", (30, 20), (255, 0, 0)).save(out, "JPEG")
    image = decode(out.getvalue())
    assert (image.width(), image.height()) == (30, 20)
    assert decode(b"not a jpeg").isNull()
