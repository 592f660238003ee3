"""The change feed (decision 0020): every public service method is classified in one table,
what a method writes is what it declares, and the feed publishes once per operation."""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.changes import NOTHING, Changes, RecordKind
from salonvault.domain.clients import ClientFilter, ClientInput, HealthKind, Severity
from salonvault.domain.consent import Purpose
from salonvault.domain.errors import BackupError, SalonVaultError, ValidationError
from salonvault.domain.photos import PhotoKind
from salonvault.domain.roles import Role
from salonvault.domain.treatments import PatchResult, VisitInput
from salonvault.services.access.activity_log import ActivityLog
from salonvault.services.access.guard import Guard
from salonvault.services.backups import BackupSettings
from salonvault.services.demo.clients import populate_demo_clients
from salonvault.services.vault.change_feed import KEPT_WHEN_FAILED, ChangeFeed
from salonvault.services.vault.opening import Vault, VaultPaths
from salonvault.services.vault.what_changes import WHAT_CHANGES
from salonvault.storage.backup_repo import table_counts
from tests.helpers import grant_health_consent, grant_photo_consent
from tests.support import NAMES, Team
from tests.test_permissions import a_jpeg

# What a Vault holds beside its services: the log and guard every service writes through, the
# feed itself, where its files are. Anything else from salonvault.services must be in the table.
NOT_SERVICES = {ActivityLog, Guard, ChangeFeed, VaultPaths}


def public_methods(cls: type) -> set[str]:
    """Methods, static and class methods included; not properties."""
    methods = (staticmethod, classmethod)
    return {
        name
        for name in dir(cls)
        if not name.startswith("_")
        and (
            inspect.isfunction(inspect.getattr_static(cls, name))
            or isinstance(inspect.getattr_static(cls, name), methods)
        )
    }


def test_every_service_on_the_vault_is_in_the_table(vault: Vault) -> None:
    services = {
        type(value)
        for value in vars(vault).values()
        if type(value).__module__.startswith("salonvault.services")
    }
    assert services - NOT_SERVICES == set(WHAT_CHANGES)


@pytest.mark.parametrize("cls", list(WHAT_CHANGES), ids=lambda cls: cls.__name__)
def test_every_public_method_is_classified_and_nothing_else(cls: type) -> None:
    """A new method fails here until someone says what it changes (NOTHING for a reading)."""
    table = WHAT_CHANGES[cls]
    assert set(table) == public_methods(cls), "unclassified or vanished methods"


@pytest.mark.parametrize("cls", list(WHAT_CHANGES), ids=lambda cls: cls.__name__)
def test_a_reading_does_not_write_in_its_own_body(cls: type) -> None:
    """A method classed NOTHING that logs or opens a write transaction itself is suspect."""
    for name, changes in WHAT_CHANGES[cls].items():
        if changes:
            continue
        source = inspect.getsource(getattr(cls, name))
        for marker in ("_log.record", "record_for(", ".transaction()"):
            assert marker not in source, f"{cls.__name__}.{name} is a reading but has {marker}"


class Observed:
    """Wraps every public method of the vault's services and notes, for each outermost call
    that returned, whether the database changed and whether the activity log grew."""

    def __init__(self, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
        self.wrote: dict[tuple[type, str], bool] = {}
        self.logged: dict[tuple[type, str], bool] = {}
        self._vault = vault
        self._depth = 0
        for service in vars(vault).values():
            if type(service) not in WHAT_CHANGES:
                continue
            for name in WHAT_CHANGES[type(service)]:
                current = getattr(service, name)
                monkeypatch.setattr(service, name, self._watch(type(service), name, current))

    def _counts(self) -> tuple[int, int]:
        [(changes, entries)] = self._vault.database.query(
            "SELECT total_changes(), (SELECT count(*) FROM audit_log)"
        )
        return int(changes), int(entries)

    def _watch(self, cls: type, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def watched(*args: Any, **kwargs: Any) -> Any:
            outermost = self._depth == 0
            before = self._counts() if outermost else (0, 0)
            self._depth += 1
            try:
                result = method(*args, **kwargs)
            finally:
                self._depth -= 1
            if outermost:
                after = self._counts()
                key = (cls, name)
                self.wrote[key] = self.wrote.get(key, False) or after[0] > before[0]
                self.logged[key] = self.logged.get(key, False) or after[1] > before[1]
            return result

        return watched


def sign_in_everyone(team: Team) -> None:
    for role in Role:
        team.of(role)


def tour(vault: Vault, team: Team, folder: Path) -> None:
    """Much of what the screens do, through the services, by the role that does it."""
    owner, technician = team.owner, team.technician
    vault.settings.mark_demo()
    populate_demo_clients(vault, owner, 6)
    client = vault.clients.create(owner, ClientInput("Nowak", "Ewa", phone="+48 601 234 567"))
    twin = vault.clients.create(
        owner, ClientInput("Nowak", "Ewa", phone="+48 601 234 568"), allow_duplicate=True
    )
    vault.clients.search(owner, "Nowak")
    vault.clients.filter_ids(owner, ClientFilter(tag="vip", has_alerts=True))
    ids = vault.clients.list_ids(owner)
    vault.clients.summaries(owner, ids[:10])
    vault.clients.open(technician, client.id)
    vault.clients.update(owner, client.id, ClientInput("Nowak", "Ewa Maria"))
    vault.health_basis.may_store(technician, client.id)
    vault.health_basis.missing_consent(technician, client.id)
    grant_health_consent(vault, owner, client.id)
    item = vault.clients.add_health_item(
        technician, client.id, HealthKind.ALLERGY, "PPD", Severity.SEVERE
    )
    vault.clients.edit_health_item(
        technician, client.id, item, HealthKind.ALLERGY, "PPD (hair dye)", Severity.SEVERE
    )
    vault.history.earlier_versions(technician, client.id)
    vault.history.visible_kinds(technician)
    vault.clients.remove_health_item(technician, client.id, item)
    vault.health_basis.held(owner, client.id)
    vault.consent.withdraw(owner, client.id, Purpose.HEALTH_DATA)
    vault.health_basis.basis()
    vault.clients.set_archived(owner, twin.id, True)
    note = vault.pinned_notes.pin(team.receptionist, client.id, "Prefers Anna")
    vault.pinned_notes.notes(technician, client.id)
    vault.pinned_notes.unpin(owner, client.id, note.id)
    service = vault.catalogue.add(owner, ServiceInput("Cut"))
    vault.treatments.services(owner)
    vault.catalogue.services(owner)
    vault.settings.currency()
    vault.treatments.add_visit(technician, client.id, VisitInput(date(2026, 11, 20), service))
    vault.treatments.history(technician, client.id)
    vault.treatments.history_summary(team.receptionist, client.id)
    test_id = vault.treatments.record_patch_test(technician, client.id, date(2026, 11, 20), "X")
    vault.treatments.set_patch_result(technician, client.id, test_id, PatchResult.PASS)
    vault.treatments.patch_status(team.receptionist, client.id)
    vault.treatments.patch_tests(technician, client.id)
    grant_photo_consent(vault, owner, client.id)
    vault.consent.status(owner, client.id)
    vault.consent.history(owner, client.id)
    vault.consent.missing_service_consent(owner, client.id)
    vault.consent.needs_reconsent(owner)
    vault.consent.purposes(owner)
    text, _shown = vault.consent.text_to_show(owner, Purpose.MARKETING_SMS, "en")
    vault.consent.edit_template(owner, Purpose.MARKETING_SMS, "en", text.text + "\nMore.")
    vault.consent.template_versions(owner, Purpose.MARKETING_SMS, "en")
    vault.consent.set_purpose_enabled(owner, Purpose.MARKETING_SMS, False)
    vault.consent.form_for(owner, client.id, Purpose.PHOTOS)
    photo = vault.photos.add_photo(technician, client.id, a_jpeg(), PhotoKind.AFTER)
    vault.photos.set_card_photo(technician, client.id, photo.info.id)
    vault.photos.card_photo(owner, client.id)
    vault.photos.clear_card_photo(owner, client.id)
    vault.photos.thumbnails(technician, client.id)
    vault.photos.list_photos(technician, client.id)
    vault.consent.withdraw(owner, client.id, Purpose.PHOTOS, "moved")
    vault.merge.describe(owner, twin.id)
    vault.data_report.report_language(owner, client.id)
    vault.data_report.json_bytes(owner, client.id)
    vault.retention.rules()
    vault.retention.due(owner)
    vault.retention.due_count()
    vault.dashboard.figures(owner)
    vault.staff.list(owner)
    vault.staff.names(owner)
    member = vault.staff.add(owner, "Lan Phạm", Role.TECHNICIAN, "246813")
    vault.staff.rename(owner, member.id, "Lan Phạm Thị")
    vault.staff.set_role(owner, member.id, Role.RECEPTIONIST)
    vault.staff.disable(owner, member.id)
    vault.staff.enable(owner, member.id)
    vault.staff.reset_pin(owner, member.id)
    vault.settings.set_salon_name(owner, "Salon Lan")
    vault.health_basis.set_basis(owner, "professional_secrecy")
    vault.settings.salon_name()
    vault.keys.recovery_key(owner)
    vault.keys.status(owner)
    vault.audit.list(owner)
    vault.audit.actions(owner)
    vault.audit.client_activity(owner, client.id)
    vault.audit.verify(owner)
    vault.backups.change_settings(owner, BackupSettings(5, 3, False, ""))
    made = vault.backups.backup(owner, folder)
    vault.backups.history(owner)
    vault.backups.status()
    vault.backups.verify(owner, made.path)
    vault.processing_record.record(owner)
    vault.incidents.list(owner)
    vault.erasure.erase(owner, twin.id, twin.display_name, keep_visit_counts=True)


def test_what_a_method_writes_is_what_it_declares(
    vault: Vault, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Declared against observed: a call that wrote must declare a change, one that wrote an
    activity-log entry must declare AUDIT, and a call that wrote nothing should declare nothing
    but AUDIT (a refusal-free tour: only logged readings write)."""
    sign_in_everyone(team)  # before the tour is watched
    observed = Observed(vault, monkeypatch)
    tour(vault, team, tmp_path)
    assert len(observed.wrote) >= 60, "the tour should reach most of the table"
    for (cls, name), wrote in observed.wrote.items():
        declared = WHAT_CHANGES[cls][name]
        where = f"{cls.__name__}.{name}"
        assert bool(declared) == wrote, f"{where} wrote={wrote}, declares {declared}"
        if observed.logged[(cls, name)]:
            assert RecordKind.AUDIT in declared.kinds, f"{where} logs but does not say so"
        elif wrote:
            assert declared.kinds - {RecordKind.AUDIT}, f"{where} declares only AUDIT"


# -- the feed ----------------------------------------------------------------------------------


@pytest.fixture
def heard(vault: Vault, team: Team) -> Iterator[list[Changes]]:
    """Notices from here on; everyone signed in before (a sign-in publishes too)."""
    sign_in_everyone(team)
    notices: list[Changes] = []
    stop = vault.changes.subscribe(notices.append)
    yield notices
    stop()


def test_a_change_is_published_once_with_its_kinds(
    vault: Vault, team: Team, heard: list[Changes]
) -> None:
    client = vault.clients.create(team.receptionist, ClientInput("Trần", "Thu"))
    assert heard == [Changes.of(RecordKind.CLIENTS, RecordKind.HEALTH, RecordKind.AUDIT)]
    vault.clients.search(team.receptionist, "Trần")
    vault.treatments.patch_status(team.receptionist, client.id)
    assert len(heard) == 1, "readings that write nothing publish nothing"
    vault.clients.open(team.receptionist, client.id)
    assert heard[-1] == Changes.of(RecordKind.AUDIT), "the opening is logged"


def test_calls_inside_a_call_make_one_notice(
    vault: Vault, team: Team, heard: list[Changes]
) -> None:
    """PhotoConsent.withdraw asks the consent service, whose own withdraw also publishes:
    the person did one thing, so screens hear once (what either declares: the consent
    service's withdraw may delete health data too)."""
    client = vault.clients.create(team.owner, ClientInput("Lê", "Hoa")).id
    grant_photo_consent(vault, team.owner, client)
    heard.clear()
    vault.photo_consent.withdraw(team.owner, client)
    assert heard == [
        Changes.of(
            RecordKind.CONSENT,
            RecordKind.PHOTOS,
            RecordKind.HEALTH,
            RecordKind.ATTACHMENTS,
            RecordKind.RECORDS,
            RecordKind.AUDIT,
        )
    ]


def test_a_failed_call_publishes_only_what_failures_keep(
    vault: Vault, team: Team, heard: list[Changes], tmp_path: Path
) -> None:
    """Its transaction rolled back: a screen of clients has nothing to re-read, but a refusal
    may be logged and a failed backup is in the history."""
    with pytest.raises(ValidationError):
        vault.clients.create(team.receptionist, ClientInput("", ""))
    with pytest.raises(BackupError):
        vault.backups.backup(team.owner, tmp_path / "unplugged")
    assert heard == [
        Changes.of(RecordKind.AUDIT),
        Changes.of(RecordKind.BACKUPS, RecordKind.AUDIT),
    ]


# The tables behind KEPT_WHEN_FAILED's kinds (settings holds the log's chain head: an update).
KEPT_TABLES = {"audit_log", "staff", "backup_history", "backup_manifest"}


def test_failed_calls_write_only_what_failures_keep(
    vault: Vault, team: Team, tmp_path: Path
) -> None:
    """The claim behind KEPT_WHEN_FAILED, for refusals of each sort: checked input, a missing
    permission, a rule, a wrong PIN, a backup that could not be written."""
    assert {kind.value for kind in KEPT_WHEN_FAILED} == {"audit", "staff", "backups"}
    client = vault.clients.create(team.owner, ClientInput("Phạm", "Lan"))
    sign_in_everyone(team)
    refused: list[Callable[[], object]] = [
        lambda: vault.clients.create(team.receptionist, ClientInput("", "")),
        lambda: vault.erasure.erase(team.receptionist, client.id, "Phạm Lan", True),
        lambda: vault.staff.disable(team.owner, team.owner.staff_id),
        lambda: vault.consent.edit_template(team.owner, Purpose.MARKETING_SMS, "en", ""),
        lambda: vault.auth.sign_in(NAMES[Role.TECHNICIAN], "000000"),
        lambda: vault.backups.backup(team.owner, tmp_path / "unplugged"),
    ]
    for call in refused:
        before = table_counts(vault.database)
        with pytest.raises(SalonVaultError):
            call()
        after = table_counts(vault.database)
        changed = {name for name in after if after[name] != before[name]}
        assert changed <= KEPT_TABLES, changed


def test_listeners_hear_on_the_calling_thread_and_can_stop(vault: Vault, team: Team) -> None:
    sign_in_everyone(team)  # here, not on the worker
    threads: list[str] = []
    stop = vault.changes.subscribe(lambda _changes: threads.append(threading.current_thread().name))
    worker = threading.Thread(
        target=lambda: vault.settings.set_salon_name(team.owner, "Salon Mai"), name="worker"
    )
    worker.start()
    worker.join()
    assert threads == ["worker"]
    stop()
    vault.settings.set_salon_name(team.owner, "Salon Hoa")
    assert threads == ["worker"]


def test_a_closed_vault_publishes_nothing() -> None:
    feed = ChangeFeed()
    heard: list[Changes] = []
    feed.subscribe(heard.append)
    with feed.call(Changes.of(RecordKind.STAFF)):
        pass
    feed.close()
    with feed.call(Changes.of(RecordKind.STAFF)):
        pass
    feed.publish(Changes.of(RecordKind.CLIENTS))
    assert heard == [Changes.of(RecordKind.STAFF)]
    assert feed.closed


def test_changes_compare_by_kind() -> None:
    clients = Changes.of(RecordKind.CLIENTS)
    assert clients | Changes.of(RecordKind.AUDIT) == Changes.of(
        RecordKind.AUDIT, RecordKind.CLIENTS
    )
    assert clients.touches([RecordKind.VISITS, RecordKind.CLIENTS])
    assert not clients.touches([RecordKind.VISITS])
    assert not NOTHING and clients
