"""Photos: the consent gate, roles, metadata stripping, scaling, bad files, the activity log, and
nothing of a photo readable outside the encrypted vault. Real vaults, real JPEG bytes."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from salonvault.domain.audit import AuditFilter, Outcome
from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import (
    ConsentRequired,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from salonvault.domain.photos import PhotoKind
from salonvault.domain.roles import Role
from salonvault.domain.treatments import VisitInput
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.photos.image import MAX_FILE_BYTES, read_photo_file
from salonvault.services.vault.opening import Vault, VaultPaths
from tests.helpers import data_key_of, grant_photo_consent
from tests.support import Team


def jpeg_bytes(
    size: tuple[int, int] = (800, 600),
    colour: tuple[int, int, int] = (150, 80, 40),
    exif: Image.Exif | None = None,
    icc: bytes | None = None,
) -> bytes:
    image = Image.new("RGB", size, colour)
    out = io.BytesIO()
    options: dict[str, object] = {"quality": 92}
    if exif is not None:
        options["exif"] = exif
    if icc is not None:
        options["icc_profile"] = icc
    image.save(out, "JPEG", **options)
    return out.getvalue()


def app_markers(jpeg: bytes) -> set[int]:
    """The JPEG APPn/COM segment markers before the image data (APP1 = EXIF/XMP, APP2 = ICC)."""
    assert jpeg[:2] == b"\xff\xd8"
    found, position = set(), 2
    while position < len(jpeg):
        assert jpeg[position] == 0xFF
        marker = jpeg[position + 1]
        if marker == 0xDA:  # start of scan: metadata comes before it
            break
        length = int.from_bytes(jpeg[position + 2 : position + 4], "big")
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:
            found.add(marker)
        position += 2 + length
    return found


@pytest.fixture
def client(vault: Vault, team: Team) -> int:
    return vault.clients.create(team.owner, ClientInput("Nguyễn", "Thị Hoa")).id


@pytest.fixture
def consenting(vault: Vault, team: Team, client: int) -> int:
    grant_photo_consent(vault, team.receptionist, client)
    return client


def a_visit(vault: Vault, team: Team, client: int, on: date = date(2026, 11, 20)) -> int:
    service = vault.catalogue.add(
        team.owner,
        ServiceInput(
            f"Colour {len(vault.treatments.services(team.owner))}", requires_patch_test=False
        ),
    )
    return vault.treatments.add_visit(team.owner, client, VisitInput(on, service))


def photo_count(vault: Vault) -> int:
    return int(vault.database.scalar("SELECT count(*) FROM photos"))


def entries(vault: Vault, team: Team, action: str) -> list[tuple[str, str, str, str | None]]:
    found = vault.audit.list(team.owner, AuditFilter(action=action, limit=1000))
    return [(e.outcome.value, e.role or "", e.detail, e.object_id) for e in found]


# -- the consent gate ------------------------------------------------------------------------


def test_without_consent_photos_are_refused_and_the_refusal_logged(
    vault: Vault, team: Team, client: int
) -> None:
    assert vault.photo_consent.is_active(team.technician, client) is False
    with pytest.raises(ConsentRequired, match="photo consent"):
        vault.photos.add_photo(team.technician, client, jpeg_bytes(), PhotoKind.BEFORE)
    with pytest.raises(ConsentRequired):
        vault.photos.list_photos(team.technician, client)
    with pytest.raises(ConsentRequired):
        vault.photos.thumbnails(team.owner, client)
    assert photo_count(vault) == 0
    refused = entries(vault, team, "photo.add")
    assert refused == [("refused", "technician", "consent=inactive", str(client))]


def test_grant_allows_photos_and_withdrawal_deletes_them_in_the_vault(
    vault: Vault, team: Team, client: int
) -> None:
    grant_photo_consent(vault, team.technician, client)  # any role may record consent
    assert vault.photo_consent.is_active(team.receptionist, client)
    visit = a_visit(vault, team, client)
    before = vault.photos.add_photo(team.technician, client, jpeg_bytes(), "before", visit)
    after = vault.photos.add_photo(
        team.technician, client, jpeg_bytes(colour=(200, 120, 60)), PhotoKind.AFTER, visit
    )
    listed = vault.photos.list_photos(team.owner, client)
    assert [(p.id, p.kind, p.visit_id) for p in listed] == [
        (before.info.id, PhotoKind.BEFORE, visit),
        (after.info.id, PhotoKind.AFTER, visit),
    ]
    assert listed[0].taken_on == date(2026, 11, 20)  # the visit's date when none is given
    opened = vault.photos.open_photos(team.technician, client, [before.info.id, after.info.id])
    assert Image.open(io.BytesIO(opened[1].jpeg)).getpixel((10, 10))[0] > 180

    with pytest.raises(PermissionDenied):  # technicians do not withdraw consent (§4)
        vault.photo_consent.withdraw(team.technician, client)
    assert photo_count(vault) == 2
    assert vault.photo_consent.withdraw(team.receptionist, client) == 2
    assert photo_count(vault) == 0
    assert not vault.photo_consent.is_active(team.owner, client)
    with pytest.raises(ConsentRequired):
        vault.photos.open_photos(team.technician, client, [before.info.id])
    with pytest.raises(ConsentRequired):
        vault.photos.add_photo(team.technician, client, jpeg_bytes(), PhotoKind.BEFORE)
    assert entries(vault, team, "consent.withdraw") == [
        ("ok", "receptionist", "purpose=photos photos_deleted=2", str(client))
    ]
    assert entries(vault, team, "consent.record") == [
        ("ok", "technician", "photos=granted method=paper language=en", str(client))
    ]


def decrypted_pages(database: Path, data_key: bytes) -> bytes:
    """Every page of a SQLCipher 4 file decrypted (raw key: AES-256-CBC, IV in the page's
    reserved tail), free pages included: what an attacker holding the key could read."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    raw, page_size, reserve = database.read_bytes(), 4096, 80
    plain = []
    for start in range(0, len(raw), page_size):
        page = raw[start : start + page_size]
        iv = page[page_size - reserve : page_size - reserve + 16]
        body = page[16 if start == 0 else 0 : page_size - reserve]  # page 1 starts with the salt
        decryptor = Cipher(algorithms.AES(data_key), modes.CBC(iv)).decryptor()
        plain.append(decryptor.update(body) + decryptor.finalize())
    return b"".join(plain)


def test_withdrawal_overwrites_the_photos_pages_in_the_database_file(
    vault: Vault, team: Team, consenting: int, data_dir: Path, device_store: DeviceKeyStore
) -> None:
    """secure_delete: the freed pages are zeroed, not only unlinked (checked decrypted)."""
    image = Image.effect_noise((500, 400), 60).convert("RGB")
    out = io.BytesIO()
    image.save(out, "PNG")
    added = vault.photos.add_photo(team.owner, consenting, out.getvalue(), PhotoKind.BEFORE)
    stored = vault.photos.photo_jpeg(team.owner, consenting, added.info.id)
    probes = [stored[800:832], stored[-96:-64], added.jpeg[400:432]]
    vault.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    key = data_key_of(data_dir, device_store)
    pages = decrypted_pages(VaultPaths(data_dir).database, key)
    assert all(probe in pages for probe in probes)  # the check can see a stored photo
    vault.photo_consent.withdraw(team.owner, consenting)
    vault.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.close()
    wal = VaultPaths(data_dir).database.with_name("vault.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # nothing left behind in the log file
    pages = decrypted_pages(VaultPaths(data_dir).database, key)
    for probe in probes:
        assert probe not in pages


# -- roles -----------------------------------------------------------------------------------


def test_receptionist_is_refused_everything_and_each_refusal_is_logged(
    vault: Vault, team: Team, consenting: int
) -> None:
    added = vault.photos.add_photo(team.owner, consenting, jpeg_bytes(), PhotoKind.BEFORE)
    calls = [
        lambda s: vault.photos.add_photo(s, consenting, jpeg_bytes(), PhotoKind.AFTER),
        lambda s: vault.photos.list_photos(s, consenting),
        lambda s: vault.photos.thumbnails(s, consenting),
        lambda s: vault.photos.open_photos(s, consenting, [added.info.id]),
        lambda s: vault.photos.photo_jpeg(s, consenting, added.info.id),
        lambda s: vault.photos.remove_photo(s, consenting, added.info.id),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call(team.receptionist)
    denied = vault.audit.list(team.owner, AuditFilter(action="permission.denied"))
    assert len(denied) == len(calls)
    assert {e.detail for e in denied} == {"permission=PHOTOS"}
    assert photo_count(vault) == 1
    for role in (Role.OWNER, Role.TECHNICIAN):
        session = team.of(role)
        assert vault.photos.list_photos(session, consenting)
        assert vault.photos.photo_jpeg(session, consenting, added.info.id)[:2] == b"\xff\xd8"


# -- the picture itself ----------------------------------------------------------------------


def test_exif_gps_and_icc_are_stripped_and_the_photo_turned_upright(
    vault: Vault, team: Team, consenting: int
) -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # the camera was turned: rotate 90° clockwise to view
    exif[ExifTags.Base.Make] = "SalonCam"
    exif[ExifTags.Base.BodySerialNumber] = "SN-93571"
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (52.0, 13.0, 30.0),
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: (21.0, 0.0, 42.0),
    }
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    original = jpeg_bytes(size=(1200, 800), exif=exif, icc=srgb)
    assert app_markers(original) >= {0xE1, 0xE2} and b"SalonCam" in original
    added = vault.photos.add_photo(team.technician, consenting, original, PhotoKind.BEFORE)
    stored = vault.photos.photo_jpeg(team.technician, consenting, added.info.id)
    assert app_markers(stored) <= {0xE0}  # JFIF only: no EXIF, XMP, ICC or comment
    assert b"SalonCam" not in stored and b"SN-93571" not in stored and b"GPS" not in stored
    picture = Image.open(io.BytesIO(stored))
    assert dict(picture.getexif()) == {}
    assert "icc_profile" not in picture.info and "exif" not in picture.info
    assert picture.size == (800, 1200)  # stored upright: portrait, as it was taken
    assert (added.info.width, added.info.height) == (800, 1200)
    thumbnail = Image.open(io.BytesIO(added.jpeg))
    assert max(thumbnail.size) == 320 and app_markers(added.jpeg) <= {0xE0}


def test_orientation_rotates_the_pixels_not_just_the_size(
    vault: Vault, team: Team, consenting: int
) -> None:
    image = Image.new("RGB", (400, 200), (255, 255, 255))
    image.paste((0, 0, 0), (0, 0, 100, 200))  # black on the left edge
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # view rotated 90° clockwise: left edge goes on top
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=95)
    added = vault.photos.add_photo(team.owner, consenting, out.getvalue(), PhotoKind.AFTER)
    stored = Image.open(io.BytesIO(vault.photos.photo_jpeg(team.owner, consenting, added.info.id)))
    assert stored.size == (200, 400)
    top, bottom = stored.getpixel((100, 20)), stored.getpixel((100, 380))
    assert sum(top) < 60 and sum(bottom) > 700


@pytest.mark.parametrize(
    ("fmt", "size", "stored"),
    [
        ("JPEG", (4000, 3000), (1600, 1200)),
        ("PNG", (3000, 4000), (1200, 1600)),
        ("WEBP", (2000, 1000), (1600, 800)),
        ("JPEG", (900, 700), (900, 700)),  # never enlarged
    ],
)
def test_photos_are_scaled_to_1600_on_the_long_side(
    vault: Vault,
    team: Team,
    consenting: int,
    fmt: str,
    size: tuple[int, int],
    stored: tuple[int, int],
) -> None:
    image = Image.linear_gradient("L").resize(size).convert("RGBA" if fmt == "PNG" else "RGB")
    out = io.BytesIO()
    image.save(out, fmt)
    added = vault.photos.add_photo(team.owner, consenting, out.getvalue(), PhotoKind.BEFORE)
    jpeg = vault.photos.photo_jpeg(team.owner, consenting, added.info.id)
    picture = Image.open(io.BytesIO(jpeg))
    assert picture.format == "JPEG" and picture.mode == "RGB"
    assert picture.size == stored == (added.info.width, added.info.height)


def bad_files(tmp_path: Path) -> dict[str, bytes]:
    whole = jpeg_bytes(size=(1200, 900))
    bomb = io.BytesIO()
    Image.new("1", (20_000, 10_000)).save(bomb, "PNG")  # 200 megapixels in 24 kB
    gif = io.BytesIO()
    Image.new("RGB", (50, 50)).save(gif, "GIF")
    return {
        "text": "Nguyễn Thị Hoa, appointment at 10:00\n".encode(),
        "truncated jpeg": whole[: len(whole) // 2],
        "empty": b"",
        "huge pixels": bomb.getvalue(),
        "gif (not a camera format)": gif.getvalue(),
    }


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("text", "not a photo"),
        ("truncated jpeg", "damaged or incomplete"),
        ("empty", "empty"),
        ("huge pixels", "too many pixels"),
        ("gif (not a camera format)", "not a photo"),
    ],
)
def test_bad_files_are_refused_in_one_sentence_and_nothing_is_stored(
    vault: Vault, team: Team, consenting: int, tmp_path: Path, name: str, message: str
) -> None:
    data = bad_files(tmp_path)[name]
    with pytest.raises(ValidationError, match=message) as error:
        vault.photos.add_photo(team.technician, consenting, data, PhotoKind.BEFORE)
    assert error.value.field == "photo" and str(error.value).endswith(".")
    assert "\n" not in str(error.value)
    assert photo_count(vault) == 0
    assert entries(vault, team, "photo.add") == []


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.jpg"
    with big.open("wb") as out:
        out.write(jpeg_bytes())
        out.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ValidationError, match="larger than 40 MB"):
        read_photo_file(big)
    with pytest.raises(ValidationError, match="could not be read"):
        read_photo_file(tmp_path / "missing.jpg")
    small = tmp_path / "small.jpg"
    small.write_bytes(jpeg_bytes())
    assert read_photo_file(small) == small.read_bytes()


def test_a_visit_of_another_client_is_refused(vault: Vault, team: Team, consenting: int) -> None:
    other = vault.clients.create(team.owner, ClientInput("Kowalska", "Anna")).id
    their_visit = a_visit(vault, team, other)
    with pytest.raises(ValidationError, match="not on this client's record"):
        vault.photos.add_photo(
            team.technician, consenting, jpeg_bytes(), PhotoKind.BEFORE, their_visit
        )
    with pytest.raises(ValidationError, match="not on this client's record"):
        vault.photos.add_photo(team.technician, consenting, jpeg_bytes(), PhotoKind.BEFORE, 9999)
    assert photo_count(vault) == 0


def test_kind_and_date_are_checked(vault: Vault, team: Team, consenting: int) -> None:
    with pytest.raises(ValidationError, match="before' or 'after"):
        vault.photos.add_photo(team.owner, consenting, jpeg_bytes(), "during")
    with pytest.raises(ValidationError, match="future"):
        vault.photos.add_photo(
            team.owner, consenting, jpeg_bytes(), PhotoKind.AFTER, taken_on=date(2027, 1, 1)
        )
    added = vault.photos.add_photo(team.owner, consenting, jpeg_bytes(), PhotoKind.AFTER)
    assert added.info.taken_on == date(2026, 11, 22) and added.info.visit_id is None


def test_photos_of_another_client_cannot_be_opened_or_removed_through_this_one(
    vault: Vault, team: Team, consenting: int
) -> None:
    other = vault.clients.create(team.owner, ClientInput("Kowalska", "Anna")).id
    grant_photo_consent(vault, team.owner, other)
    theirs = vault.photos.add_photo(team.owner, other, jpeg_bytes(), PhotoKind.BEFORE)
    with pytest.raises(NotFound):
        vault.photos.open_photos(team.technician, consenting, [theirs.info.id])
    with pytest.raises(NotFound):
        vault.photos.remove_photo(team.technician, consenting, theirs.info.id)
    assert photo_count(vault) == 1
    with pytest.raises(NotFound):
        grant_photo_consent(vault, team.owner, 424242)


# -- the activity log ------------------------------------------------------------------------


def test_each_access_writes_one_entry_without_personal_data(
    vault: Vault, team: Team, consenting: int
) -> None:
    visit = a_visit(vault, team, consenting)
    before = vault.photos.add_photo(team.technician, consenting, jpeg_bytes(), "before", visit)
    after = vault.photos.add_photo(team.technician, consenting, jpeg_bytes(), "after", visit)
    vault.photos.thumbnails(team.technician, consenting)  # the photo tab opens: one entry
    vault.photos.list_photos(team.technician, consenting)  # metadata only: not logged
    vault.photos.open_photos(team.technician, consenting, [before.info.id, after.info.id])
    vault.photos.remove_photo(team.technician, consenting, before.info.id)
    seen = vault.audit.list(team.owner, AuditFilter(object_id=str(consenting), limit=100))
    photo_entries = [(e.action, e.detail) for e in reversed(seen) if e.action.startswith("photo")]
    assert photo_entries == [
        ("photo.add", f"photo={before.info.id} kind=before visit={visit} size=800x600"),
        ("photo.add", f"photo={after.info.id} kind=after visit={visit} size=800x600"),
        ("photo.list", "photos=2"),
        ("photo.view", f"photos={before.info.id},{after.info.id}"),
        ("photo.remove", f"photo={before.info.id} kind=before"),
    ]
    assert all(e.outcome is Outcome.OK and e.role == "technician" for e in seen[:5])
    assert vault.log.verify().ok


# -- nothing outside the vault ---------------------------------------------------------------


def test_photo_bytes_are_not_findable_in_the_vault_folder(
    vault: Vault, team: Team, consenting: int, data_dir: Path
) -> None:
    """The stored JPEG and thumbnail exist only inside the encrypted database pages."""
    image = Image.effect_noise((640, 480), 60).convert("RGB")  # incompressible, unique bytes
    out = io.BytesIO()
    image.save(out, "PNG")
    added = vault.photos.add_photo(team.owner, consenting, out.getvalue(), PhotoKind.BEFORE)
    stored = vault.photos.photo_jpeg(team.owner, consenting, added.info.id)
    probes = [stored[1000:1032], stored[-64:-32], added.jpeg[600:632], b"JFIF"]
    vault.close()
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.stat().st_size > len(stored) for p in files)
    for path in files:
        content = path.read_bytes()
        for probe in probes:
            assert probe not in content, path


# -- schema and demo -------------------------------------------------------------------------


def test_a_vault_from_the_previous_release_gains_the_photos_table(tmp_path: Path) -> None:
    from salonvault.security.keyslots import new_data_key
    from salonvault.storage import database as storage
    from salonvault.storage.migrations import LATEST_VERSION, apply_migrations, current_version

    path, key = tmp_path / "old.db", new_data_key()
    path.touch(mode=0o600)
    old = storage.Database(storage._connect(path, key), path)
    with old.transaction():
        apply_migrations(old, target=2)  # what the released program wrote
        old.execute(
            "INSERT INTO clients (family_name, given_name, search_text, created_at, updated_at)"
            " VALUES ('Nowak', 'Ewa', ' nowak ewa ', '2026-01-01', '2026-01-01')"
        )
    old.close()
    upgraded = storage.Database.open(path, key)
    assert current_version(upgraded) == LATEST_VERSION
    assert upgraded.scalar("SELECT count(*) FROM photos") == 0
    assert upgraded.scalar("SELECT photo_consent FROM clients") == 0  # nobody is opted in
    upgraded.close()


def test_the_demo_salon_has_a_few_before_and_after_pairs(
    tmp_path: Path, device_store: DeviceKeyStore
) -> None:
    from salonvault.services.demo.photos import DEMO_PHOTO_CLIENTS
    from salonvault.services.demo.salon import create_demo_vault

    vault, staff = create_demo_vault(
        tmp_path / "demo", tmp_path / "key.txt", device_store, clients=60
    )
    technician = next(m for m in staff if m.role is Role.TECHNICIAN)
    session = vault.auth.sign_in(technician.name, technician.pin)
    rows = vault.database.query("SELECT DISTINCT client_id FROM photos ORDER BY 1")
    assert len(rows) == DEMO_PHOTO_CLIENTS
    for (client_id,) in rows:
        assert vault.photo_consent.is_active(session, client_id)
        photos = vault.photos.list_photos(session, client_id)
        assert [p.kind for p in photos] == [PhotoKind.BEFORE, PhotoKind.AFTER]
        assert photos[0].visit_id == photos[1].visit_id is not None
        opened = vault.photos.open_photos(session, client_id, [p.id for p in photos])
        assert all(Image.open(io.BytesIO(o.jpeg)).format == "JPEG" for o in opened)
    owner = vault.auth.sign_in(staff[0].name, staff[0].pin)
    [entry] = vault.audit.list(owner, AuditFilter(action="demo.photos"))
    assert entry.detail == f"clients={DEMO_PHOTO_CLIENTS} photos={2 * DEMO_PHOTO_CLIENTS}"
    vault.close()


# -- the card photo (issue 18 item 12, decision 0022) -----------------------------------------


def test_the_card_photo_is_one_of_her_photos_while_consent_lasts(
    vault: Vault, team: Team, consenting: int
) -> None:
    assert vault.photos.card_photo(team.technician, consenting) is None  # none chosen yet
    added = vault.photos.add_photo(team.technician, consenting, jpeg_bytes(), PhotoKind.AFTER)
    vault.photos.set_card_photo(team.technician, consenting, added.info.id)
    shown = vault.photos.card_photo(team.owner, consenting)
    assert shown is not None and shown.info.id == added.info.id
    assert shown.jpeg == added.jpeg  # the thumbnail, for the card's header
    assert ("ok", "owner", f"photos={added.info.id} card=yes", str(consenting)) in entries(
        vault, team, "photo.view"
    )
    with pytest.raises(PermissionDenied):  # the consent text: owner and technicians only
        vault.photos.card_photo(team.receptionist, consenting)
    other = vault.clients.create(team.owner, ClientInput("Trần", "Lan")).id
    grant_photo_consent(vault, team.owner, other)
    with pytest.raises(NotFound):  # a photo of another client is not hers to show
        vault.photos.set_card_photo(team.owner, other, added.info.id)

    vault.photo_consent.withdraw(team.receptionist, consenting)

    assert vault.photos.card_photo(team.owner, consenting) is None
    assert vault.database.scalar("SELECT count(*) FROM client_card_photos") == 0
    with pytest.raises(ConsentRequired):
        vault.photos.set_card_photo(team.owner, consenting, added.info.id)
    assert entries(vault, team, "photo.card_set")[0][0] == "refused"


def test_clearing_or_removing_the_photo_takes_it_off_the_card(
    vault: Vault, team: Team, consenting: int
) -> None:
    first = vault.photos.add_photo(team.owner, consenting, jpeg_bytes(), PhotoKind.BEFORE)
    second = vault.photos.add_photo(team.owner, consenting, jpeg_bytes(), PhotoKind.AFTER)
    vault.photos.set_card_photo(team.owner, consenting, first.info.id)
    vault.photos.set_card_photo(team.owner, consenting, second.info.id)  # another one instead
    shown = vault.photos.card_photo(team.owner, consenting)
    assert shown is not None and shown.info.id == second.info.id
    vault.photos.clear_card_photo(team.technician, consenting)
    assert vault.photos.card_photo(team.owner, consenting) is None
    assert len(vault.photos.list_photos(team.owner, consenting)) == 2  # the photos stay
    vault.photos.set_card_photo(team.owner, consenting, first.info.id)
    vault.photos.remove_photo(team.owner, consenting, first.info.id)
    assert vault.photos.card_photo(team.owner, consenting) is None
    assert [e[2] for e in entries(vault, team, "photo.card_set")] == [
        f"photo={first.info.id}",
        f"photo={second.info.id}",
        f"photo={first.info.id}",
    ][::-1]
    assert len(entries(vault, team, "photo.card_clear")) == 1
