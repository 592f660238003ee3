"""Importing clients from a spreadsheet (issue 10; owner only; decision 0014).

Read the file (CSV or XLSX) → map its columns to fields (suggested, changeable) → preview what
each row would do (create, update, skip, or why it is invalid) → on the owner's word, write
everything in ONE transaction, or nothing: a cancel, an error or a closed program rolls it all
back. The rows go through the client service's own field rules and the same storage calls as a
client typed at the counter, so an imported client is found, checked and shown like any other.

Long work uses its own connection to the vault (Database.open_worker): the GUI's connection
keeps answering while an import of tens of thousands of rows runs.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.clients import ClientInput, HealthKind, Severity
from salonvault.domain.errors import ImportCancelled, RuleViolation, ValidationError
from salonvault.domain.imports import (
    Choices,
    ColumnMap,
    ImportResult,
    MappingSuggestion,
    RowAction,
    RowStatus,
    SourceTable,
)
from salonvault.domain.messages import Message
from salonvault.domain.roles import Permission
from salonvault.services.access.clock import local_today
from salonvault.services.clients.service import ClientService, changed_fields, filled_fields
from salonvault.services.health_basis import missing_basis
from salonvault.services.imports.mapping import (
    MAX_SAVED_MAPPINGS,
    check_mapping,
    mapping_key,
    saved_names,
    suggest,
)
from salonvault.services.imports.phone_origin import known_region, other_region
from salonvault.services.imports.plan import (
    CHECK_EVERY,
    DuplicateIndex,
    ImportPlan,
    PreparedRow,
    Progress,
    build_preview,
    clean_allergies,
    merged_input,
    new_allergies,
    row_context,
)
from salonvault.services.imports.read import read_path
from salonvault.services.imports.rows import phone_cells
from salonvault.storage.clients_repo import ClientRow, ClientsRepository, insert_many_clients
from salonvault.storage.database import Database
from salonvault.storage.import_repo import all_client_keys, insert_health_items, set_last_visits
from salonvault.storage.settings_repo import SettingsRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.settings import SettingsService

MAPPINGS_KEY = "import_mappings"  # {key of the header set: {"column header": "field"}}


class ImportService:
    def __init__(
        self,
        database: Database,
        data_key: bytes,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        clients: ClientService,
        settings: SettingsService,
    ) -> None:
        self._db = database
        self._data_key = data_key
        self._log = log
        self._guard = guard
        self._clock = clock
        self._clients = clients
        self._settings = settings
        self._settings_repo = SettingsRepository(database)

    def use_data_key(self, key: bytes) -> None:
        """After a re-keying: the import's own connection opens with the new key."""
        self._data_key = key

    # -- reading and mapping -----------------------------------------------------------------

    def read(
        self, session: Session, path: Path, encoding: str | None = None, sheet: str | None = None
    ) -> SourceTable:
        """The file as a table (CSV: encoding detected unless given; XLSX: the first sheet
        unless named). Nothing is written, not even to the log."""
        self._guard.require(session, Permission.IMPORT)
        return read_path(path, encoding, sheet, self._settings.language())

    def suggest_mapping(self, session: Session, table: SourceTable) -> MappingSuggestion:
        """The mapping saved at the last import with these headers, else a guess."""
        self._guard.require(session, Permission.IMPORT)
        saved = self._saved_mappings().get(mapping_key(table.headers)) if table.has_header else None
        collected = self._clients.collected_fields()
        return suggest(table, collected, saved, local_today(self._clock))

    def collected_fields(self, session: Session) -> frozenset[str]:
        """What the salon collects (the wizard offers only those fields)."""
        self._guard.require(session, Permission.IMPORT)
        return self._clients.collected_fields()

    # -- preview -----------------------------------------------------------------------------

    def preview(
        self,
        session: Session,
        table: SourceTable,
        columns: ColumnMap,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        phone_region: str | None = None,
    ) -> ImportPlan:
        """What importing `table` with `columns` would do, row by row. Writes nothing.
        `phone_region`: read numbers without a country code as that country's (the file's
        country, not the salon's); the preview's `phone_hint` suggests one when most numbers
        are valid only there."""
        self._guard.require(session, Permission.IMPORT)
        if len(columns) != table.width:
            raise ValidationError("imports.mapping_needs_one_entry_per", field="mapping")
        rules = self._rules()
        region = rules[1]
        if phone_region:
            if not known_region(phone_region):
                raise ValidationError(
                    "imports.country_code_pl_vn_cn", field="phone_region", phone_region=phone_region
                )
            region = phone_region.upper()
        check_mapping(columns, rules[0])
        context = row_context(table, columns, local_today(self._clock))

        def prepare(data: ClientInput) -> ClientRow:
            return self._clients.prepare(data, collected=rules[0], region=region)

        with self._worker() as db:
            repo = ClientsRepository(db)
            existing = DuplicateIndex.of_clients(all_client_keys(db))

            def update_check(client_id: int, row: PreparedRow) -> str:
                record = repo.get(client_id)
                if record is None:
                    return Message("imports.client_gone")
                try:
                    merged = merged_input(record, row.data)
                    self._clients.prepare(
                        merged, collected=rules[0], region=region, stored_phones=record.phones
                    )
                except ValidationError as error:
                    return error.message
                return ""

            preview, prepared = build_preview(
                table, context, prepare, existing, update_check, progress, cancel
            )
        hint = other_region(phone_cells(table, columns), region)
        preview = replace(preview, phone_region=region, phone_hint=hint)
        return ImportPlan(
            preview, prepared, table.kind, table.headers, columns, table.has_header, rules
        )

    # -- import ------------------------------------------------------------------------------

    def run(
        self,
        session: Session,
        plan: ImportPlan,
        choices: Choices | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ImportResult:
        """Write what the preview showed, with the owner's per-row choices, in one transaction.
        A client registered since the preview with the same phone, e-mail or name and birth
        date turns a "create" into a skip, reported in `problems`."""
        live = self._guard.require(session, Permission.IMPORT)
        if self._rules() != plan.rules:
            raise RuleViolation("imports.salon_s_settings_client_fields")
        with self._worker() as db, db.transaction():
            writer = _Writer(db, live, plan, self._clients, self._clock.now(), progress, cancel)
            result = writer.write(choices or {})
            if plan.has_header:
                self._save_mapping(db, plan)
            log = self._log.on(db)
            log.record_many([*writer.events, _summary(live, plan, result)])
            writer.check_cancel()  # a cancel after the last row still writes nothing
        return result

    # -- helpers -----------------------------------------------------------------------------

    def _rules(self) -> tuple[frozenset[str], str]:
        return self._clients.collected_fields(), self._clients.phone_region()

    def _saved_mappings(self) -> dict[str, dict[str, str]]:
        stored = self._settings_repo.get(MAPPINGS_KEY, {})
        return stored if isinstance(stored, dict) else {}

    def _save_mapping(self, db: Database, plan: ImportPlan) -> None:
        """Column headers → field names only (no cell of the file), newest last, a few kept."""
        settings = SettingsRepository(db)
        saved = settings.get(MAPPINGS_KEY, {})
        saved = saved if isinstance(saved, dict) else {}
        key = mapping_key(plan.headers)
        saved.pop(key, None)
        saved[key] = saved_names(plan.headers, plan.columns, plan.rules[0])
        while len(saved) > MAX_SAVED_MAPPINGS:
            saved.pop(next(iter(saved)))
        settings.set(MAPPINGS_KEY, saved)

    @contextmanager
    def _worker(self) -> Iterator[Database]:
        database = Database.open_worker(self._db.path, self._data_key)
        try:
            yield database
        finally:
            database.close()


class _Writer:
    """One import's writes, inside the caller's transaction."""

    def __init__(
        self,
        db: Database,
        live: Session,
        plan: ImportPlan,
        clients: ClientService,
        now: datetime,
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> None:
        self._db = db
        self._repo = ClientsRepository(db)
        self._live = live
        self._plan = plan
        self._clients = clients
        self._now = now
        self._progress = progress
        self._cancel = cancel
        self.events: list[AuditEvent] = []
        self.problems: list[tuple[int, str]] = []
        self._health = 0
        self._health_skipped = 0
        self._done = 0
        self._total = 0

    def check_cancel(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise ImportCancelled()

    def write(self, choices: Choices) -> ImportResult:
        creates, updates, skipped = self._sort(choices)
        self._total = len(creates) + len(updates)
        self._report()
        created: list[int] = []
        for start in range(0, len(creates), CHECK_EVERY):
            self.check_cancel()
            created += self._create(creates[start : start + CHECK_EVERY])
            self._report()
        updated: list[int] = []
        for line, target in updates:
            if self._done % 100 == 0:
                self.check_cancel()
            if self._update(self._plan.prepared[line], target):
                updated.append(target)
            else:
                skipped += 1
            self._done += 1
            self._report()
        return ImportResult(
            created=len(created),
            updated=len(updated),
            skipped=skipped,
            invalid=self._plan.preview.counts().invalid,
            health_items=self._health,
            health_skipped=self._health_skipped,
            created_ids=tuple(created),
            updated_ids=tuple(dict.fromkeys(updated)),
            problems=tuple(self.problems),
        )

    def _sort(self, choices: Choices) -> tuple[list[PreparedRow], list[tuple[int, int]], int]:
        """Rows to create, (line, client) to update, and how many are skipped: the preview's
        verdicts, checked again against the vault as it is now."""
        now_in_vault = DuplicateIndex.of_clients(all_client_keys(self._db))
        creates: list[PreparedRow] = []
        updates: list[tuple[int, int]] = []
        skipped = 0
        preview = self._plan.preview
        for row in preview.rows:
            if row.status is RowStatus.INVALID:
                continue
            action = preview.action_for(row, choices)
            ready = self._plan.prepared[row.line]
            seen = {m.client_id for m in row.matches if m.client_id is not None}
            new = {key for _, key in now_in_vault.matches(ready.row)} - seen
            if action is RowAction.CREATE and new:
                ids = ", ".join(str(i) for i in sorted(new))
                self.problems.append(
                    (row.line, f"Client {ids} was registered since the preview; skipped.")
                )
                action = RowAction.SKIP
            if action is RowAction.CREATE:
                creates.append(ready)
            elif action is RowAction.UPDATE and row.update_target is not None:
                updates.append((row.line, row.update_target))
            else:
                skipped += 1
        return creates, updates, skipped

    def _create(self, batch: list[PreparedRow]) -> list[int]:
        ids = insert_many_clients(self._db, [r.row for r in batch], self._now)
        health = [
            (client_id, HealthKind.ALLERGY, text, Severity.MODERATE)
            for client_id, ready in zip(ids, batch, strict=True)
            for text in ready.allergies
        ]
        if health and missing_basis(self._db, ids[0]) is not None:
            # Consent is the basis for health data, and a new client has not given it yet.
            self._health_skipped += len(health)
            health = []
        insert_health_items(self._db, health, self._live.staff_id, self._now)
        set_last_visits(
            self._db,
            [
                (i, r.last_visit)
                for i, r in zip(ids, batch, strict=True)
                if r.last_visit is not None
            ],
        )
        self._health += len(health)
        stored = {client_id for client_id, *_ in health}
        for client_id, ready in zip(ids, batch, strict=True):
            detail = "fields=" + ",".join(filled_fields(ready.row))
            if ready.allergies and client_id in stored:
                detail += f" allergies={len(ready.allergies)}"
            if ready.last_visit:
                detail += " last_visit=1"
            self.events.append(self._event("client.create", client_id, detail + " via=import"))
        self._done += len(batch)
        return ids

    def _update(self, ready: PreparedRow, client_id: int) -> bool:
        record = self._repo.get(client_id)
        if record is None:
            self.problems.append(
                (ready.line, Message("imports.client_id_gone", client_id=client_id))
            )
            return False
        try:
            merged = merged_input(record, ready.data)
            collected, region = self._plan.rules[0], self._plan.preview.phone_region
            row = self._clients.prepare(
                merged, collected=collected, region=region, stored_phones=record.phones
            )
        except ValidationError as error:
            self.problems.append((ready.line, error.message))
            return False
        changed = [f for f in changed_fields(record, row) if f != "none"]
        self._repo.update(client_id, row, self._now)
        allergies = new_allergies(
            self._repo.health_items(client_id), clean_allergies(ready.allergies)
        )
        if allergies and missing_basis(self._db, client_id) is not None:
            self._health_skipped += len(allergies)  # no health-data consent from this client
            allergies = []
        insert_health_items(
            self._db,
            [(client_id, HealthKind.ALLERGY, text, Severity.MODERATE) for text in allergies],
            self._live.staff_id,
            self._now,
        )
        if ready.last_visit is not None:
            set_last_visits(self._db, [(client_id, ready.last_visit)])
        self._health += len(allergies)
        detail = "fields=" + ",".join(changed or ["none"])
        if allergies:
            detail += f" allergies={len(allergies)}"
        self.events.append(self._event("client.update", client_id, detail + " via=import"))
        return True

    def _event(self, action: str, client_id: int, detail: str) -> AuditEvent:
        return AuditEvent(
            action,
            staff_id=self._live.staff_id,
            role=self._live.role.value,
            object_type="client",
            object_id=str(client_id),
            detail=detail,
        )

    def _report(self) -> None:
        if self._progress is not None:
            self._progress("importing", self._done, self._total)


def _summary(live: Session, plan: ImportPlan, result: ImportResult) -> AuditEvent:
    """Counts only; each client's own entry names its fields."""
    return AuditEvent(
        "clients.import",
        staff_id=live.staff_id,
        role=live.role.value,
        detail=f"format={plan.table_kind} created={result.created} updated={result.updated}"
        f" skipped={result.skipped} invalid={result.invalid} health_items={result.health_items}"
        f" health_skipped={result.health_skipped}"
        f" rows={len(plan.preview.rows)}",
    )
