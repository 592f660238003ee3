"""Printouts staff ask for (issue 18 item 13, decision 0027): the client card with its treatment
history and formulas, and the day sheet of today's clients with their alerts.

Every role may print (DESIGN.md §4: "card printout: as the card"), and each paper holds exactly
what the card shows that role: the client view is built by the card's own function
(services/clients/view.py), treatments are full or dates and services only, patch tests listed
or their status only. Each paper made is logged per client (`client.print_card`,
`client.print_day`, with `use=print|save` and the names of what was printed, never values).
The PDF is built in memory; a file is written only where someone chose, through the one door.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.consent import Standing
from salonvault.domain.data_report import REPORT_LANGUAGES
from salonvault.domain.errors import NotFound, ValidationError
from salonvault.domain.printouts import (
    CardPrintout,
    ConsentLine,
    DaySheet,
    DaySheetEntry,
    PrintUse,
)
from salonvault.domain.roles import Permission, Role, role_allows
from salonvault.domain.treatments import VisitSummary, patch_status
from salonvault.services.access.clock import local_today
from salonvault.services.clients.view import client_view
from salonvault.services.outbound import save_document
from salonvault.services.treatments import visit_view
from salonvault.storage.clients_repo import ClientRecord, ClientsRepository
from salonvault.storage.consent_repo import ConsentRepository
from salonvault.storage.pinned_notes_repo import PinnedNotesRepository
from salonvault.storage.staff_repo import StaffRepository
from salonvault.storage.treatments_repo import TreatmentsRepository

if TYPE_CHECKING:
    from datetime import date

    from salonvault.domain.consent import ConsentRecord
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.settings import SettingsService
    from salonvault.storage.database import Database

MAX_DAY_SHEET = 200  # clients on one day sheet: a busy salon's day, with room to spare
ALL_VISITS = 100_000  # a card prints every entry, as the card lists them


class PrintoutService:
    def __init__(
        self,
        database: Database,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        settings: SettingsService,
    ) -> None:
        self._db = database
        self._log = log
        self._guard = guard
        self._clock = clock
        self._settings = settings
        self._clients = ClientsRepository(database)
        self._pinned = PinnedNotesRepository(database)
        self._treatments = TreatmentsRepository(database)
        self._consent = ConsentRepository(database)
        self._staff = StaffRepository(database)

    # -- the client card -------------------------------------------------------------------

    def card_pdf(
        self,
        session: Session,
        client_id: int,
        language: str | None = None,
        use: PrintUse | str = PrintUse.PRINT,
    ) -> bytes:
        """The card as the session's role sees it, as A4 PDF bytes, in `language` (else the
        salon's). One `client.print_card` entry."""
        live = self._guard.require(session, Permission.FIND_CLIENTS, "client", str(client_id))
        use = _use(use)
        paper_language = self._language(language)
        with self._db.transaction():  # one snapshot
            card = self._card(live.role, self._record(client_id), paper_language)
            self._log.record_for(
                live,
                AuditEvent(
                    "client.print_card",
                    object_type="client",
                    object_id=str(client_id),
                    detail=f"use={use.value} fields={','.join(_card_fields(card))}",
                ),
            )
        from salonvault.documents.card_printout import card_pdf  # noqa: PLC0415 - reportlab

        return card_pdf(card)

    def save_card_pdf(
        self, session: Session, client_id: int, path: Path, language: str | None = None
    ) -> Path:
        """The card saved where someone chose: it leaves the vault through the one door out."""
        self._guard.require(session, Permission.FIND_CLIENTS, "client", str(client_id))
        return save_document(
            path,
            self._db.path.parent,
            lambda: self.card_pdf(session, client_id, language, PrintUse.SAVE),
        )

    # -- today's clients -------------------------------------------------------------------

    def clients_seen_today(self, session: Session) -> list[int]:
        """The clients with a treatment recorded for today, to start the day sheet from (the
        counter adds the ones expected later). Like a search: not logged."""
        self._guard.require(session, Permission.TREATMENT_SUMMARY_READ)
        return self._clients.ids_last_visited_on(local_today(self._clock))

    def day_sheet_pdf(
        self,
        session: Session,
        client_ids: list[int],
        language: str | None = None,
        use: PrintUse | str = PrintUse.PRINT,
    ) -> bytes:
        """Today's clients with their alerts, pinned notes, patch-test status and today's
        services, as the session's role sees them. One `client.print_day` entry per client,
        so each client's own history shows the paper."""
        live = self._guard.require(session, Permission.FIND_CLIENTS)
        use = _use(use)
        wanted = list(dict.fromkeys(client_ids))
        if len(wanted) > MAX_DAY_SHEET:
            raise ValidationError(
                "documents.day_sheet_lists_most_clients",
                field="client_ids",
                max_day_sheet=MAX_DAY_SHEET,
            )
        paper_language = self._language(language)
        today = local_today(self._clock)
        with self._db.transaction():
            entries = tuple(self._day_entry(live.role, self._record(i), today) for i in wanted)
            shown = "health" if role_allows(live.role, Permission.HEALTH_READ) else "alerts"
            fields = ",".join(sorted((shown, "patch_status", "pinned_notes", "today")))
            for client_id in wanted:
                self._log.record_for(
                    live,
                    AuditEvent(
                        "client.print_day",
                        object_type="client",
                        object_id=str(client_id),
                        detail=f"use={use.value} fields={fields} clients={len(wanted)}",
                    ),
                )
        sheet = DaySheet(
            salon_name=self._settings.salon_name(),
            language=paper_language,
            day=today,
            printed_at=self._clock.now(),
            role=live.role.value,
            staff_names=self._names(),
            entries=entries,
        )
        from salonvault.documents.card_printout import day_sheet_pdf  # noqa: PLC0415

        return day_sheet_pdf(sheet)

    def save_day_sheet(
        self, session: Session, client_ids: list[int], path: Path, language: str | None = None
    ) -> Path:
        self._guard.require(session, Permission.FIND_CLIENTS)
        return save_document(
            path,
            self._db.path.parent,
            lambda: self.day_sheet_pdf(session, client_ids, language, PrintUse.SAVE),
        )

    # -- gathering -------------------------------------------------------------------------

    def _card(self, role: Role, record: ClientRecord, language: str) -> CardPrintout:
        view = client_view(self._clients, self._pinned, role, record)
        rows = self._treatments.visits(record.id, limit=ALL_VISITS)
        tests = self._treatments.patch_tests(record.id)
        full = role_allows(role, Permission.TREATMENT_READ)
        asked = [p for p, on in self._consent.purposes().items() if on]
        current = self._consent.current(record.id)
        return CardPrintout(
            salon_name=self._settings.salon_name(),
            language=language,
            printed_at=self._clock.now(),
            role=role.value,
            client=view,
            staff_names=self._names(),
            phone_region=self._settings.phone_region(),
            patch_status=patch_status(tests, local_today(self._clock)),
            patch_tests=tuple(tests) if role_allows(role, Permission.PATCH_TEST_READ) else None,
            visits=tuple(visit_view(v) for v in rows) if full else None,
            summaries=tuple(VisitSummary(v.id, v.visited_on, v.service_name) for v in rows),
            consents=tuple(
                ConsentLine(purpose.value, _standing(current.get(purpose)).value)
                for purpose in asked
            ),
        )

    def _day_entry(self, role: Role, record: ClientRecord, today: date) -> DaySheetEntry:
        rows = self._treatments.visits(record.id, limit=20)  # newest first: today's on top
        return DaySheetEntry(
            client=client_view(self._clients, self._pinned, role, record),
            patch_status=patch_status(self._treatments.patch_tests(record.id), today),
            today=tuple(v.service_name for v in reversed(rows) if v.visited_on == today),
        )

    def _names(self) -> dict[int, str]:
        return {r.id: r.name for r in self._staff.list_all()}

    def _record(self, client_id: int) -> ClientRecord:
        record = self._clients.get(client_id)
        if record is None:
            raise NotFound("clients.there_such_client")
        return record

    def _language(self, language: str | None) -> str:
        if language is not None:
            if language not in REPORT_LANGUAGES:
                raise ValidationError(
                    "documents.paper_language_one_of",
                    "language",
                    languages=", ".join(REPORT_LANGUAGES),
                )
            return language
        salon = self._settings.language()
        return salon if salon in REPORT_LANGUAGES else "en"


def _use(use: PrintUse | str) -> PrintUse:
    try:
        return PrintUse(use)
    except ValueError:
        raise ValidationError("documents.paper_printed_saved", field="use") from None


def _standing(record: ConsentRecord | None) -> Standing:
    """The current answer, as the card's consent list (ConsentService.status) says it."""
    if record is None:
        return Standing.NOT_ASKED
    if record.withdrawal is not None:
        return Standing.WITHDRAWN
    return Standing(record.decision.value)


def _card_fields(card: CardPrintout) -> list[str]:
    """What the paper shows, by name: the card's visible fields and the parts printed."""
    shown = set(card.client.visible)
    shown.add("treatments" if card.visits is not None else "treatment_dates")
    shown.add("patch_tests" if card.patch_tests is not None else "patch_status")
    if card.consents:
        shown.add("consents")
    return sorted(shown)
