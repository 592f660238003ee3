"""The legal basis for health data, and the one check every kind of health record calls
(issue 21, decision 0031).

The owner chooses the basis (set-up wizard, Settings): explicit consent (the default: GDPR
Art. 9(2)(a), and how Vietnam and China treat sensitive data) or health care under professional
secrecy (Art. 9(2)(h) with 9(3), for clinics and opticians). `HealthDataGate.require_legal_basis`
is the check: a service that stores health data (health items, contraindications, health
answers, health-marked fields, health attachments) calls it after its permission check, inside
its write transaction, and stores nothing when it raises `HealthConsentRequired`.

With consent as the basis, withdrawing the health-data consent removes the client's health data
(`remove_after_withdrawal`, called by the consent service in the withdrawal's transaction): the
rows are deleted and, the vault running with `secure_delete`, their bytes overwritten, as an
erasure does. The log keeps counts only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.clients import HealthKind
from salonvault.domain.consent import Decision, Purpose
from salonvault.domain.errors import HealthConsentRequired, NotFound, ValidationError
from salonvault.domain.health_basis import DEFAULT_HEALTH_BASIS, HealthBasis, HealthDataHeld
from salonvault.domain.record_codec import flat_values
from salonvault.domain.roles import Permission
from salonvault.domain.versions import VersionedKind
from salonvault.storage.attachments_repo import AttachmentsRepository
from salonvault.storage.clients_repo import ClientsRepository
from salonvault.storage.consent_repo import ConsentRepository
from salonvault.storage.records_repo import RecordsRepository
from salonvault.storage.settings_repo import SettingsRepository
from salonvault.storage.versions_repo import VersionsRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.guard import Guard
    from salonvault.storage.database import Database

HEALTH_BASIS_KEY = "health_data_basis"


class HealthDataGate:
    def __init__(self, database: Database, log: ActivityLog, guard: Guard) -> None:
        self._db = database
        self._log = log
        self._guard = guard
        self._settings = SettingsRepository(database)
        self._clients = ClientsRepository(database)
        self._versions = VersionsRepository(database)
        self._attachments = AttachmentsRepository(database)
        self._records = RecordsRepository(database)

    # -- the basis ---------------------------------------------------------------------------

    def basis(self) -> HealthBasis:
        """The basis in force (explicit consent until the owner chooses otherwise)."""
        return basis_in(self._db)

    def initialise(self, basis: HealthBasis | str) -> None:
        """The set-up's choice, written by vault creation before anyone is signed in (logged
        like the owner's later changes)."""
        chosen = check_basis(basis)
        with self._db.transaction():
            self._settings.set(HEALTH_BASIS_KEY, chosen.value)
            self._log.record(
                AuditEvent("settings.health_basis", detail=f"basis={chosen.value} during=set_up")
            )

    def set_basis(self, session: Session, basis: HealthBasis | str) -> None:
        """The owner's choice (set-up wizard, Settings); logged with the basis chosen.

        Health data already held stays: moving from professional secrecy to consent does not
        delete it, but nothing new is stored for a client without the consent."""
        live = self._guard.require(session, Permission.SETTINGS_MANAGE)
        chosen = check_basis(basis)
        with self._db.transaction():
            self._settings.set(HEALTH_BASIS_KEY, chosen.value)
            self._log.record_for(
                live, AuditEvent("settings.health_basis", detail=f"basis={chosen.value}")
            )

    # -- the check ---------------------------------------------------------------------------

    def require_legal_basis(self, client_id: int) -> None:
        """THE check before storing any health data about a client. Raises
        HealthConsentRequired when consent is the basis and the client's health-data consent
        is not active (never asked, refused, withdrawn, or the purpose switched off).

        For services only: call it after your own permission check and inside your write
        transaction, so a withdrawal in another process cannot slip in between."""
        require_legal_basis(self._db, client_id)

    def may_store(self, session: Session, client_id: int) -> bool:
        """Whether health data may be stored for the client now (for the card, to say why
        before anyone types; the services check again when storing)."""
        self._guard.require(session, Permission.FIND_CLIENTS, "client", str(client_id))
        self._client_exists(client_id)
        return missing_basis(self._db, client_id) is None

    def missing_consent(self, session: Session, client_id: int) -> str | None:
        """Why health data may not be stored ("not_asked", "refused", "withdrawn",
        "switched_off"), or None when it may."""
        self._guard.require(session, Permission.FIND_CLIENTS, "client", str(client_id))
        self._client_exists(client_id)
        return missing_basis(self._db, client_id)

    # -- withdrawal --------------------------------------------------------------------------

    def held(self, session: Session, client_id: int) -> HealthDataHeld:
        """What a withdrawal of the client's health-data consent would remove (counts only:
        the confirmation says exactly what goes, and a receptionist sees no health details).
        Nothing under professional secrecy, where the data does not rest on the consent."""
        self._guard.require(session, Permission.CONSENT_WITHDRAW, "client", str(client_id))
        self._client_exists(client_id)
        if self.basis() is HealthBasis.PROFESSIONAL_SECRECY:
            return HealthDataHeld({}, 0, 0)
        return self._count(client_id)

    def remove_after_withdrawal(self, client_id: int) -> HealthDataHeld | None:
        """Delete the client's health data once the health-data consent is withdrawn (consent
        as the basis only); returns what went, or None under professional secrecy (the data
        does not rest on the consent and stays). For the consent service, inside the
        withdrawal's transaction; the caller checkpoints afterwards (as erasure does)."""
        if self.basis() is HealthBasis.PROFESSIONAL_SECRECY:
            return None
        removed = self._count(client_id)
        self._versions.delete(client_id, VersionedKind.HEALTH_ITEM)
        self._clients.delete_health_items(client_id)
        self._attachments.delete_for_clients([client_id], health_only=True)
        self._records.delete_records(self._health_records(client_id))
        return removed

    # -- helpers -----------------------------------------------------------------------------

    def _count(self, client_id: int) -> HealthDataHeld:
        by_kind: dict[HealthKind, int] = {}
        for item in self._clients.health_items(client_id):
            by_kind[item.kind] = by_kind.get(item.kind, 0) + 1
        return HealthDataHeld(
            items=by_kind,
            removed_items=len(self._clients.removed_health_items(client_id)),
            earlier_versions=self._versions.count(client_id, VersionedKind.HEALTH_ITEM),
            papers=self._attachments.health_count(client_id),
            records=len(self._health_records(client_id)),
        )

    def _health_records(self, client_id: int) -> list[int]:
        """The client's service records holding a health-marked value now or in an earlier
        version (a prescription, a lash map's allergy), with the corrections pointing at them:
        a withdrawal deletes them whole (decision 0031)."""
        found: set[int] = set()
        rows = self._records.records_of(client_id)
        for row in rows:
            health = row.template.definition.health_paths
            versions = [row.values, *(r.values for r in self._records.revisions(row.id))]
            if any(_template_path(p) in health for v in versions for p in flat_values(v)):
                found.add(row.id)
        added = True
        while added:  # a correction of a health record goes with it
            more = {r.id for r in rows if r.corrects_record_id in found} - found
            found |= more
            added = bool(more)
        return sorted(found)

    def _client_exists(self, client_id: int) -> None:
        if self._clients.get(client_id) is None:
            raise NotFound("clients.there_such_client")


def _template_path(path: str) -> str:
    """A value's path as its template names it ("rx.right.sphere" is the part "rx.sphere"),
    as the records service reads health marks."""
    parts = path.split(".")
    return f"{parts[0]}.{parts[2]}" if len(parts) == 3 else path


def basis_in(database: Database) -> HealthBasis:
    """The basis a vault's settings hold; an unreadable value reads as consent, never weaker."""
    stored = SettingsRepository(database).get(HEALTH_BASIS_KEY, DEFAULT_HEALTH_BASIS.value)
    try:
        return HealthBasis(stored)
    except ValueError:
        return DEFAULT_HEALTH_BASIS


def require_legal_basis(database: Database, client_id: int) -> None:
    """`HealthDataGate.require_legal_basis` for services that hold a database, not the gate
    (service records, attachments): the same decision, the same keyed refusal."""
    standing = missing_basis(database, client_id)
    if standing is not None:
        raise HealthConsentRequired(standing)


def missing_basis(database: Database, client_id: int) -> str | None:
    """What `require_legal_basis` decides, on any connection to the vault (the import writes on
    one of its own): None when health data may be stored for the client, else why not
    ("not_asked", "refused", "withdrawn", "switched_off")."""
    if basis_in(database) is HealthBasis.PROFESSIONAL_SECRECY:
        return None
    consent = ConsentRepository(database)
    if not consent.purposes()[Purpose.HEALTH_DATA]:
        return "switched_off"
    current = consent.current_for(client_id, Purpose.HEALTH_DATA)
    if current is None:
        return "not_asked"
    if current.withdrawal is not None:
        return "withdrawn"
    if current.decision is Decision.REFUSED:
        return "refused"
    return None


def check_basis(basis: HealthBasis | str) -> HealthBasis:
    try:
        return HealthBasis(basis)
    except ValueError:
        names = ", ".join(b.value for b in HealthBasis)
        raise ValidationError(
            "settings.health_basis_one_of", field="health_basis", names=names
        ) from None
