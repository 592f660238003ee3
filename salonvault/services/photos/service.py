"""Before/after photos per visit, kept inside the vault as metadata-free JPEGs.

Owner and technician only (Permission.PHOTOS; receptionists get nothing), and only while the
client's photo consent is active: every call asks the guard first, then the consent gate in
services/photo_consent.py (the one place that decides). A refusal for lack of consent is logged.

Access is logged without personal data: `photo.add`, `photo.remove`, one `photo.list` when the
thumbnails are fetched (a card's photo tab opening) and one `photo.view` per opening of a viewer
or the compare view, naming the photos shown, or of the card photo (`card=yes`). One of the
client's photos may be chosen as the card photo, to recognise them (decision 0022). Listing
metadata alone is not logged (no image is shown), like searching.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent, Outcome
from salonvault.domain.errors import ConsentRequired, NotFound, ValidationError
from salonvault.domain.photos import PhotoImage, PhotoInfo, PhotoKind, Thumbnail
from salonvault.domain.roles import Permission
from salonvault.services.access.clock import local_today
from salonvault.services.photos.image import prepare_photo
from salonvault.storage.clients_repo import ClientsRepository
from salonvault.storage.photos_repo import NewPhoto, PhotosRepository
from salonvault.storage.treatments_repo import TreatmentsRepository

if TYPE_CHECKING:
    from collections.abc import Sequence

    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.photos.consent_gate import PhotoConsent
    from salonvault.storage.database import Database

MAX_PHOTOS_PER_OPENING = 4  # a viewer shows one, the compare view two


class PhotoService:
    def __init__(
        self,
        database: Database,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        consent: PhotoConsent,
    ) -> None:
        self._db = database
        self._repo = PhotosRepository(database)
        self._clients = ClientsRepository(database)
        self._treatments = TreatmentsRepository(database)
        self._log = log
        self._guard = guard
        self._clock = clock
        self._consent = consent

    def add_photo(
        self,
        session: Session,
        client_id: int,
        data: bytes,
        kind: PhotoKind | str,
        visit_id: int | None = None,
        taken_on: date | None = None,
    ) -> Thumbnail:
        """Store a photo from a file's bytes: cleaned and scaled first (photo_image.py)."""
        live = self._guard.require(session, Permission.PHOTOS, "client", str(client_id))
        try:
            kind = PhotoKind(kind)
        except ValueError:
            raise ValidationError("photos.photo_either_before_after", field="kind") from None
        if taken_on is not None and taken_on > local_today(self._clock):
            raise ValidationError("photos.photo_s_date_future", field="taken_on")
        self._gate(live, "photo.add", client_id)  # before the slow decoding
        prepared = prepare_photo(data)
        with self._db.transaction():
            self._consent.check(client_id)  # again, now holding the write lock
            if visit_id is not None:
                visit = self._treatments.visit(visit_id)
                if visit is None or visit.client_id != client_id:
                    raise ValidationError("photos.treatment_client_s_record", field="visit_id")
                taken_on = taken_on or visit.visited_on
            photo = NewPhoto(
                client_id=client_id,
                visit_id=visit_id,
                kind=kind,
                taken_on=taken_on or local_today(self._clock),
                width=prepared.width,
                height=prepared.height,
                thumbnail=prepared.thumbnail,
                jpeg=prepared.jpeg,
            )
            photo_id = self._repo.insert(photo, live.staff_id, self._clock.now())
            visit_text = str(visit_id) if visit_id is not None else "none"
            self._log.record_for(
                live,
                AuditEvent(
                    "photo.add",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"photo={photo_id} kind={kind.value} visit={visit_text}"
                    f" size={prepared.width}x{prepared.height}",
                ),
            )
            info = self._info(photo_id)
        return Thumbnail(info, prepared.thumbnail)

    def list_photos(self, session: Session, client_id: int) -> list[PhotoInfo]:
        """Metadata only, grouped by visit (newest first), before ahead of after."""
        live = self._guard.require(session, Permission.PHOTOS, "client", str(client_id))
        self._gate(live, "photo.list", client_id)
        return self._repo.list_for_client(client_id)

    def thumbnails(self, session: Session, client_id: int) -> list[Thumbnail]:
        """Small JPEGs for the photo grid; one `photo.list` entry per call (not per repaint)."""
        live = self._guard.require(session, Permission.PHOTOS, "client", str(client_id))
        self._gate(live, "photo.list", client_id)
        with self._db.transaction():
            self._consent.check(client_id)
            found = [Thumbnail(info, jpeg) for info, jpeg in self._repo.thumbnails(client_id)]
            self._log.record_for(
                live,
                AuditEvent(
                    "photo.list",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"photos={len(found)}",
                ),
            )
        return found

    def open_photos(
        self, session: Session, client_id: int, photo_ids: Sequence[int]
    ) -> list[PhotoImage]:
        """Full photos for one viewer or the compare view: one `photo.view` entry per opening."""
        live = self._guard.require(session, Permission.PHOTOS, "client", str(client_id))
        wanted = list(dict.fromkeys(photo_ids))
        if not 0 < len(wanted) <= MAX_PHOTOS_PER_OPENING:
            raise ValidationError(
                "photos.open_1_photos_time",
                field="photo_ids",
                max_photos_per_opening=MAX_PHOTOS_PER_OPENING,
            )
        self._gate(live, "photo.view", client_id)
        with self._db.transaction():
            self._consent.check(client_id)
            opened = []
            for photo_id in wanted:
                info = self._repo.info(photo_id)
                jpeg = self._repo.jpeg(photo_id)
                if info is None or jpeg is None or info.client_id != client_id:
                    raise NotFound("photos.photo_client_s_record")
                opened.append(PhotoImage(info, jpeg))
            self._log.record_for(
                live,
                AuditEvent(
                    "photo.view",
                    object_type="client",
                    object_id=str(client_id),
                    detail="photos=" + ",".join(str(i) for i in wanted),
                ),
            )
        return opened

    def photo_jpeg(self, session: Session, client_id: int, photo_id: int) -> bytes:
        """One photo's JPEG bytes (an opening of its viewer, logged)."""
        return self.open_photos(session, client_id, [photo_id])[0].jpeg

    def remove_photo(self, session: Session, client_id: int, photo_id: int) -> None:
        """Deleted from the vault at once (secure_delete overwrites the pages). Allowed without
        active consent: removing a photo never needs the client's permission."""
        live = self._guard.require(session, Permission.PHOTOS, "client", str(client_id))
        with self._db.transaction():
            info = self._repo.info(photo_id)
            if info is None or info.client_id != client_id:
                raise NotFound("photos.photo_client_s_record")
            self._repo.delete(photo_id)
            self._log.record_for(
                live,
                AuditEvent(
                    "photo.remove",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"photo={photo_id} kind={info.kind.value}",
                ),
            )

    # -- the card photo (decision 0022) ------------------------------------------------------

    def set_card_photo(self, session: Session, client_id: int, photo_id: int) -> None:
        """Show one of the client's photos on the card, to recognise them. Only while photo
        consent is active; withdrawing it deletes the photos and so the card photo."""
        live = self._guard.require(session, Permission.PHOTOS, "client", str(client_id))
        self._gate(live, "photo.card_set", client_id)
        with self._db.transaction():
            self._consent.check(client_id)
            info = self._repo.info(photo_id)
            if info is None or info.client_id != client_id:
                raise NotFound("photos.photo_client_s_record")
            self._repo.set_card_photo(client_id, photo_id, live.staff_id, self._clock.now())
            self._log.record_for(
                live,
                AuditEvent(
                    "photo.card_set",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"photo={photo_id}",
                ),
            )

    def clear_card_photo(self, session: Session, client_id: int) -> None:
        """No photo on the card any more (the photo itself stays). Like removing a photo, it
        never needs the client's consent."""
        live = self._guard.require(session, Permission.PHOTOS, "client", str(client_id))
        with self._db.transaction():
            if self._clients.get(client_id) is None:
                raise NotFound("clients.there_such_client")
            if self._repo.clear_card_photo(client_id):
                self._log.record_for(
                    live,
                    AuditEvent("photo.card_clear", object_type="client", object_id=str(client_id)),
                )

    def card_photo(self, session: Session, client_id: int) -> Thumbnail | None:
        """The card's photo as a thumbnail, or None (none chosen, or photo consent not active
        now: the card then shows no photo rather than a refusal). Showing it is one
        `photo.view` entry, like opening a photo."""
        live = self._guard.require(session, Permission.PHOTOS, "client", str(client_id))
        with self._db.transaction():
            if self._clients.get(client_id) is None:
                raise NotFound("clients.there_such_client")
            photo_id = self._repo.card_photo_id(client_id)
            if photo_id is None or not self._consent.active(client_id):
                return None
            info, thumbnail = self._info(photo_id), self._repo.thumbnail(photo_id) or b""
            self._log.record_for(
                live,
                AuditEvent(
                    "photo.view",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"photos={photo_id} card=yes",
                ),
            )
        return Thumbnail(info, thumbnail)

    # -- helpers -----------------------------------------------------------------------------

    def _gate(self, live: Session, action: str, client_id: int) -> None:
        """The consent gate, outside any transaction so that a refusal's log entry stays."""
        if self._clients.get(client_id) is None:
            raise NotFound("clients.there_such_client")
        try:
            self._consent.check(client_id)
        except ConsentRequired:
            self._log.record_for(
                live,
                AuditEvent(
                    action,
                    Outcome.REFUSED,
                    object_type="client",
                    object_id=str(client_id),
                    detail="consent=inactive",
                ),
            )
            raise

    def _info(self, photo_id: int) -> PhotoInfo:
        info = self._repo.info(photo_id)
        if info is None:
            raise NotFound("photos.there_such_photo")
        return info
