"""An activity-log entry's detail in the reader's words (issue 18 item 6), for the log page, the
client card's Activity tab and the log's CSV export.

The log stores a detail as `key=value` pieces that name fields, counts and reasons, never a
client's data ("reason=wrong_pin failures=3", "form=6 use=save", "photos=2 kind=before"). Each
known key has its words here; a piece nobody knows yet is shown as logged, so nothing is hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from salonvault.domain.attachments import AttachmentKind
from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.clients import HealthKind, Severity
from salonvault.domain.consent import Method, Purpose, Standing
from salonvault.domain.incidents import DataCategory, IncidentStatus, ScopeKind
from salonvault.domain.recalls import RecallKind, RecallMark
from salonvault.domain.roles import Permission, Role
from salonvault.domain.treatments import PatchResult, PatchStatus
from ui.consent_labels import answer_label, method_label, purpose_label
from ui.i18n import LANGUAGES
from ui.labels import (
    attachment_kind_label,
    business_kind_label,
    contraindication_label,
    fill,
    health_kind_label,
    local_time,
    patch_result_label,
    patch_status_label,
    role_label,
    severity_label,
)
from ui.pages.privacy.incident_form import category_label, status_label
from ui.recall_labels import recall_kind_label, recall_mark_label

# Pieces whose value runs to the end of the detail (it may hold spaces).
_TO_THE_END = ("by", "problem")

# The permission a refusal names, in words; its English is the enum's own value.
_PERMISSION_WORDS = (
    QT_TRANSLATE_NOOP("Permissions", "find clients"),
    QT_TRANSLATE_NOOP("Permissions", "see contact details"),
    QT_TRANSLATE_NOOP("Permissions", "see masked contact details"),
    QT_TRANSLATE_NOOP("Permissions", "change contact details"),
    QT_TRANSLATE_NOOP("Permissions", "see health details"),
    QT_TRANSLATE_NOOP("Permissions", "change health details"),
    QT_TRANSLATE_NOOP("Permissions", "see whether a client has health alerts"),
    QT_TRANSLATE_NOOP("Permissions", "see treatment details"),
    QT_TRANSLATE_NOOP("Permissions", "see treatment dates and services"),
    QT_TRANSLATE_NOOP("Permissions", "add treatments"),
    QT_TRANSLATE_NOOP("Permissions", "edit any treatment"),
    QT_TRANSLATE_NOOP("Permissions", "edit their own treatment within 24 hours"),
    QT_TRANSLATE_NOOP("Permissions", "see patch tests"),
    QT_TRANSLATE_NOOP("Permissions", "record patch tests"),
    QT_TRANSLATE_NOOP("Permissions", "see patch-test status"),
    QT_TRANSLATE_NOOP("Permissions", "see or add photos"),
    QT_TRANSLATE_NOOP("Permissions", "see scanned papers"),
    QT_TRANSLATE_NOOP("Permissions", "add or remove scanned papers"),
    QT_TRANSLATE_NOOP("Permissions", "see scanned health papers"),
    QT_TRANSLATE_NOOP("Permissions", "add or remove scanned health papers"),
    QT_TRANSLATE_NOOP("Permissions", "record consent"),
    QT_TRANSLATE_NOOP("Permissions", "print consent forms"),
    QT_TRANSLATE_NOOP("Permissions", "withdraw consent"),
    QT_TRANSLATE_NOOP("Permissions", "run a backup"),
    QT_TRANSLATE_NOOP("Permissions", "restore a backup"),
    QT_TRANSLATE_NOOP("Permissions", "export records"),
    QT_TRANSLATE_NOOP("Permissions", "import clients from a spreadsheet"),
    QT_TRANSLATE_NOOP("Permissions", "erase a client"),
    QT_TRANSLATE_NOOP("Permissions", "merge two clients' records"),
    QT_TRANSLATE_NOOP("Permissions", "purge records past retention"),
    QT_TRANSLATE_NOOP("Permissions", "manage staff accounts"),
    QT_TRANSLATE_NOOP("Permissions", "change settings"),
    QT_TRANSLATE_NOOP("Permissions", "change how the vault is unlocked"),
    QT_TRANSLATE_NOOP("Permissions", "edit consent templates"),
    QT_TRANSLATE_NOOP("Permissions", "read the activity log"),
    QT_TRANSLATE_NOOP("Permissions", "keep the incident register"),
    QT_TRANSLATE_NOOP("Permissions", "see recall lists"),
    QT_TRANSLATE_NOOP("Permissions", "mark recall lists"),
    QT_TRANSLATE_NOOP("Permissions", "hand the screen to a client for a consultation form"),
)


def pieces(detail: str) -> list[tuple[str, str]]:
    """ "reason=delay failures=3" as [("reason", "delay"), ("failures", "3")]; a bare word
    ("locked") has an empty key."""
    found: list[tuple[str, str]] = []
    words = detail.split()
    for index, piece in enumerate(words):
        key, equals, value = piece.partition("=")
        if not equals:
            found.append(("", piece))
        elif key in _TO_THE_END:
            found.append((key, " ".join([value, *words[index + 1 :]])))
            break
        else:
            found.append((key, value))
    return found


# Keys `_named` words itself (the others are the tables' keys).
_NAMED_KEYS = frozenset(
    {
        "reason", "field", "fields", "filled", "purpose", "blank", "channel", "channels", "role",
        "from", "to", "permission", "language", "kind", "severity", "result", "status",
        "categories", "file", "created_at", "problem", "error", "size", "photos", "visit",
        "slots", "old_public_key", "new_public_key", "template", "copied_from", "services",
        "cylinder", "acuity", "paper", "proves_consent", "recall", "mark", "until",
        "consultation", "question", "unreviewed_flags", "terms", "items",
    }
)  # fmt: skip


class AuditDetails(QObject):
    def known_keys(self) -> frozenset[str]:
        """Every key this module words (a test checks them against what the core logs)."""
        tables = {*self._counts(), *self._numbers(), *(key for key, _ in self._choices())}
        return _NAMED_KEYS | tables

    def known_fields(self) -> frozenset[str]:
        """Every field name this module words (a test checks what the card and papers log)."""
        return frozenset(self._fields())

    def words(self, detail: str, action: str = "") -> str:
        """`action` tells a few keys apart: a photo opened names photos by number, a list
        counts them."""
        return " · ".join(self.piece(key, value, action) for key, value in pieces(detail))

    def piece(self, key: str, value: str, action: str = "") -> str:
        if key == "photos" and action == "photo.view":
            return fill(self.tr("photos %1"), value.replace(",", ", "))
        if key == "" and value == "locked":
            return self.tr("the time to change it had passed")
        if key in {p.value for p in Purpose} and value in {s.value for s in Standing}:
            return fill(
                self.tr("%1: %2"),
                purpose_label(Purpose(key)),
                answer_label(Standing(value), Purpose(key)),
            )
        for table in (self._counts(), self._numbers()):
            if key in table and value.isdigit():
                return table[key](int(value))
        named = self._named(key, value)
        if named is not None:
            return named
        return f"{key}={value}" if key else value

    # -- counts and numbers ------------------------------------------------------------------

    def _counts(self) -> dict[str, Callable[[int], str]]:
        """Counts as "what: n", right for every n in English; the translations give plural
        forms where a language needs them (%n)."""
        return {
            "clients": lambda n: self.tr("clients: %n", "", n),
            "visits": lambda n: self.tr("visits: %n", "", n),
            "photos": lambda n: self.tr("photos: %n", "", n),
            "entries": lambda n: self.tr("entries: %n", "", n),
            "checked": lambda n: self.tr("entries checked: %n", "", n),
            "created": lambda n: self.tr("new: %n", "", n),
            "updated": lambda n: self.tr("updated: %n", "", n),
            "skipped": lambda n: self.tr("skipped: %n", "", n),
            "invalid": lambda n: self.tr("not valid: %n", "", n),
            "health_items": lambda n: self.tr("health items: %n", "", n),
            "health": lambda n: self.tr("health items: %n", "", n),
            "health_rows": lambda n: self.tr("health records: %n", "", n),
            "rows": lambda n: self.tr("rows read: %n", "", n),
            "consents": lambda n: self.tr("consents: %n", "", n),
            "consent_forms": lambda n: self.tr("signed forms: %n", "", n),
            "patch_tests": lambda n: self.tr("patch tests: %n", "", n),
            "pinned_notes": lambda n: self.tr("pinned notes: %n", "", n),
            "records": lambda n: self.tr("service records: %n", "", n),
            "withheld": lambda n: self.tr("records with health values held back: %n", "", n),
            "count": lambda n: self.tr("services: %n", "", n),
            "allergies": lambda n: self.tr("allergies: %n", "", n),
            "photos_deleted": lambda n: self.tr("photos deleted: %n", "", n),
            "health_deleted": lambda n: self.tr("health items deleted: %n", "", n),
            "health_skipped": lambda n: self.tr("allergies left out (no consent): %n", "", n),
            "versions_deleted": lambda n: self.tr("earlier versions deleted: %n", "", n),
            "papers_deleted": lambda n: self.tr("health papers deleted: %n", "", n),
            "recipients": lambda n: self.tr("recipients listed: %n", "", n),
            "records_deleted": lambda n: self.tr("service records deleted: %n", "", n),
            "versions": lambda n: self.tr("earlier versions: %n", "", n),
            "without_contact": lambda n: self.tr("without contact details: %n", "", n),
            "failures": lambda n: self.tr("wrong tries in a row: %n", "", n),
            "hours": lambda n: self.tr("hours valid: %n", "", n),
            "keep": lambda n: self.tr("backups kept: %n", "", n),
            "remind_after_days": lambda n: self.tr("reminder after days: %n", "", n),
            "kept": lambda n: self.tr("device keys kept for another folder: %n", "", n),
            "pages": lambda n: self.tr("pages encrypted again: %n", "", n),
            "attachments": lambda n: self.tr("scanned papers: %n", "", n),
            "scan_pages": lambda n: self.tr("pages: %n", "", n),
            "contraindications": lambda n: self.tr("contraindications: %n", "", n),
            "red_flags": lambda n: self.tr("red flags: %n", "", n),
            "blocking": lambda n: self.tr("red flags that stop a service: %n", "", n),
            "forms": lambda n: self.tr("signed forms: %n", "", n),
            "attendees": lambda n: self.tr("attended: %n", "", n),
            "questions": lambda n: self.tr("questions: %n", "", n),
            "resign_months": lambda n: self.tr("signed again after months: %n", "", n),
        }

    def _numbers(self) -> dict[str, Callable[[int], str]]:
        return {
            "visit": lambda n: fill(self.tr("visit %1"), n),
            "photo": lambda n: fill(self.tr("photo %1"), n),
            "attachment": lambda n: fill(self.tr("scanned paper %1"), n),
            "item": lambda n: fill(self.tr("health item %1"), n),
            "form": lambda n: fill(self.tr("signed form %1"), n),
            "note": lambda n: fill(self.tr("pinned note %1"), n),
            "absorbed": lambda n: fill(self.tr("record removed: client %1"), n),
            "survivor": lambda n: fill(self.tr("record kept: client %1"), n),
            "first_broken": lambda n: fill(self.tr("changed from entry %1"), n),
            "corrects": lambda n: fill(self.tr("corrects visit %1"), n),
            "record": lambda n: fill(self.tr("service record %1"), n),
            "revision": lambda n: fill(self.tr("earlier version %1 kept"), n),
            "corrects_record": lambda n: fill(self.tr("corrects service record %1"), n),
            "template_version": lambda n: fill(self.tr("template version %1"), n),
            "form_version": lambda n: fill(self.tr("form version %1"), n),
            "red_flag": lambda n: fill(self.tr("red flag %1"), n),
            "bytes": lambda n: QLocale().formattedDataSize(n),
            "from_schema": lambda n: fill(self.tr("from database version %1"), n),
            "to_schema": lambda n: fill(self.tr("to version %1"), n),
            "version": lambda n: fill(self.tr("text version %1"), n),
            "kept_version": lambda n: fill(self.tr("earlier version %1 kept"), n),
            "inactive_client_years": lambda n: self.tr(
                "years a client without a visit is kept: %n", "", n
            ),
            "health_years": lambda n: self.tr("years health data is kept: %n", "", n),
            "photo_years": lambda n: self.tr("years photos are kept: %n", "", n),
            "last_visit": lambda _n: self.tr("with the last visit's date"),
        }

    # -- named values --------------------------------------------------------------------------

    def _named(  # noqa: PLR0911, PLR0912 - one branch per key
        self, key: str, value: str
    ) -> str | None:
        if key == "reason":
            return self._reasons().get(value)
        if key in {"field", "fields", "filled"}:
            names = ", ".join(self.field_name(name) for name in value.split(","))
            return fill(self.tr("filled in: %1"), names) if key == "filled" else names
        if key in {"purpose", "blank", "channel", "channels"} and value:
            labels = [self._purpose(p) for p in value.split(",")]
            if key == "blank":
                return fill(self.tr("blank form: %1"), ", ".join(labels))
            return ", ".join(labels)
        if key in {"role", "from", "to"} and value in {r.value for r in Role}:
            label = role_label(Role(value))
            return {
                "from": fill(self.tr("from %1"), label),
                "to": fill(self.tr("to %1"), label),
            }.get(key, label)
        if key == "permission" and value in Permission.__members__:
            english = Permission[value].value
            return fill(
                self.tr("not allowed: %1"), QCoreApplication.translate("Permissions", english)
            )
        if key == "language":
            return LANGUAGES.get(value, value)
        if key == "kind":
            return self._kind(value)
        if key == "severity" and value in {s.value for s in Severity}:
            return severity_label(Severity(value))
        if key == "result" and value in {r.value for r in PatchResult}:
            return patch_result_label(PatchResult(value))
        if key == "status":
            return self._status(value)
        if key == "categories":
            known = {c.value for c in DataCategory}
            return ", ".join(
                category_label(DataCategory(c)) if c in known else c for c in value.split(",") if c
            )
        if key == "slots":
            return ", ".join(self._choices().get(("slot", kind), kind) for kind in value.split(","))
        if key in {"old_public_key", "new_public_key"}:
            words = self.tr("old key %1") if key == "old_public_key" else self.tr("new key %1")
            return fill(words, value)
        if key == "file":
            return fill(self.tr("file %1"), value)
        if key in {"template", "copied_from"}:
            words = self.tr("template %1") if key == "template" else self.tr("copied from %1")
            return fill(words, value)
        if key == "services":
            return (
                self.tr("every service") if value == "all" else fill(self.tr("services %1"), value)
            )
        if key in {"cylinder", "acuity"}:
            words = self.tr("cylinders: %1") if key == "cylinder" else self.tr("acuity: %1")
            return fill(words, value)
        if key == "created_at":
            return fill(self.tr("made %1"), _when(value))
        if key in {"problem", "error"}:
            return fill(self.tr("problem: %1"), value)
        if key == "size":
            return fill(self.tr("%1 pixels"), value)
        if key == "photos":
            return fill(self.tr("photos %1"), value.replace(",", ", "))
        if key == "paper" and value in {k.value for k in AttachmentKind}:
            return attachment_kind_label(AttachmentKind(value))
        if key == "proves_consent":
            if value == "none":
                return self.tr("not linked to a consent")
            return fill(self.tr("proves consent record %1"), value)
        if key == "terms":
            own = self.tr("the salon's own words")
            return ", ".join(
                own if term == "own" else contraindication_label(term) for term in value.split(",")
            )
        if key == "items":
            return fill(self.tr("health items %1"), value.replace(",", ", "))
        if key in {"recall", "mark", "until"}:
            return self._recall(key, value)
        if key == "consultation":
            return fill(self.tr("consultation form %1"), value)
        if key == "question":
            return fill(self.tr("question %1"), value)
        if key == "unreviewed_flags":
            return fill(self.tr("red flags not reviewed: %1"), value.replace(",", ", "))
        if key == "visit" and value == "none":
            return self.tr("no earlier visit with a formula")
        return self._choices().get((key, value))

    def _recall(self, key: str, value: str) -> str | None:
        if key == "recall" and value in {k.value for k in RecallKind}:
            return recall_kind_label(RecallKind(value))
        if key == "mark" and value in {m.value for m in RecallMark}:
            return recall_mark_label(RecallMark(value))
        if key == "until":
            return fill(self.tr("hidden until %1"), value)
        return None

    def _purpose(self, value: str) -> str:
        return purpose_label(Purpose(value)) if value in {p.value for p in Purpose} else value

    def _kind(self, value: str) -> str:
        if value in {k.value for k in HealthKind}:
            return health_kind_label(HealthKind(value))
        if value in {k.value for k in BusinessKind}:
            return business_kind_label(BusinessKind(value))
        if value in {k.value for k in ScopeKind}:
            return self._scope(ScopeKind(value))
        return {"before": self.tr("before photo"), "after": self.tr("after photo")}.get(
            value, value
        )

    def _status(self, value: str) -> str:
        if value in {s.value for s in IncidentStatus}:
            return status_label(IncidentStatus(value))
        if value in {s.value for s in PatchStatus}:
            return fill(self.tr("patch test: %1"), patch_status_label(PatchStatus(value)))
        return value

    def _scope(self, kind: ScopeKind) -> str:
        return {
            ScopeKind.ALL_CLIENTS: self.tr("all clients"),
            ScopeKind.WITH_HEALTH: self.tr("clients with health data"),
            ScopeKind.WITH_PHOTOS: self.tr("clients with photos"),
            ScopeKind.REGISTERED_BETWEEN: self.tr("clients registered between two dates"),
            ScopeKind.MANUAL: self.tr("a number the owner gave"),
        }[kind]

    def _reasons(self) -> dict[str, str]:
        return {
            "wrong_pin": self.tr("wrong PIN"),
            "wrong_reset_code": self.tr("wrong one-time code"),
            "unknown_name": self.tr("no staff member has that name"),
            "disabled": self.tr("the account is disabled"),
            "delay": self.tr("too soon after wrong PINs"),
            "no_reset_pending": self.tr("no PIN reset was asked for"),
            "reset_code_expired": self.tr("the one-time code had expired"),
            "new_pin_required": self.tr("a new PIN must be chosen first"),
            "wrong_recovery_key": self.tr("not this vault's recovery key"),
            "last_owner": self.tr("the last active owner"),
            "own_pin": self.tr("an owner cannot reset their own PIN"),
            "given": self.tr("a reason was given"),
            "sign_out": self.tr("signed out"),
            "idle": self.tr("locked after being idle"),
            "expired": self.tr("the session's time was up"),
            "switch_user": self.tr("switched user"),
            "screen_locked": self.tr("the computer was locked"),
            "window_closed": self.tr("the window was closed"),
            "locked_during_sign_in": self.tr("locked while signing in"),
            "role_changed": self.tr("the role was changed"),
            "pin_reset": self.tr("the PIN was reset"),
            "recovered": self.tr("owner access was recovered"),
            "account_changed": self.tr("the account was changed"),
            "briefing_declined": self.tr("the privacy briefing was not confirmed"),
        }

    def _choices(self) -> dict[tuple[str, str], str]:
        method = {m.value: method_label(m) for m in Method}
        return {
            ("use", "print"): self.tr("printed"),
            ("on_health_change", "yes"): self.tr("and when the health details change"),
            ("on_health_change", "no"): self.tr("not when the health details change"),
            ("use", "save"): self.tr("saved to a file"),
            ("method", "recovery_key"): self.tr("with the recovery key"),
            ("method", "reset_code"): self.tr("with the one-time code"),
            ("method", "one_time_code"): self.tr("a one-time code"),
            **{("method", code): label for code, label in method.items()},
            ("slot", "device"): self.tr("this computer's key"),
            ("slot", "passphrase"): self.tr("the owner's passphrase"),
            ("slot", "recovery"): self.tr("the recovery key"),
            ("during", "set_up"): self.tr("during set-up"),
            ("via", "import"): self.tr("by import"),
            ("after", "recovery_key"): self.tr("after opening with the recovery key"),
            ("encryption", "backup-key"): self.tr("encrypted to the recovery key"),
            ("encryption", "passphrase"): self.tr("encrypted with a passphrase"),
            ("encryption", "none"): self.tr("not encrypted"),
            ("format", "csv"): self.tr("CSV"),
            ("format", "json"): self.tr("JSON"),
            ("format", "pdf"): self.tr("PDF"),
            ("format", "xlsx"): self.tr("Excel workbook"),
            ("format", "jpeg"): self.tr("JPEG picture"),
            ("format", "png"): self.tr("PNG picture"),
            ("format", "marketing"): self.tr("marketing list"),
            ("format", "activity"): self.tr("activity log"),
            ("outcome", "verified"): self.tr("verified"),
            ("outcome", "failed"): self.tr("failed"),
            ("outcome", "cancelled"): self.tr("cancelled"),
            ("outcome", "finished"): self.tr("finished"),
            ("outcome", "undone"): self.tr("undone"),
            ("scope", ScopeKind.ALL_CLIENTS.value): self._scope(ScopeKind.ALL_CLIENTS),
            ("scope", ScopeKind.WITH_HEALTH.value): self._scope(ScopeKind.WITH_HEALTH),
            ("scope", ScopeKind.WITH_PHOTOS.value): self._scope(ScopeKind.WITH_PHOTOS),
            ("scope", ScopeKind.REGISTERED_BETWEEN.value): self._scope(
                ScopeKind.REGISTERED_BETWEEN
            ),
            ("scope", ScopeKind.MANUAL.value): self._scope(ScopeKind.MANUAL),
            ("notified", "yes"): self.tr("the authority is notified"),
            ("notified", "no"): self.tr("the authority is not notified yet"),
            ("recounted", "yes"): self.tr("clients counted again"),
            ("recounted", "no"): self.tr("count kept"),
            ("basis", "explicit_consent"): self.tr("the client's explicit consent"),
            ("basis", "professional_secrecy"): self.tr("health care under professional secrecy"),
            ("counts_kept", "yes"): self.tr("anonymous visit counts kept"),
            ("counts_kept", "no"): self.tr("no visit counts kept"),
            ("first_owner", "yes"): self.tr("the first owner"),
            ("pin_rehashed", "yes"): self.tr("the PIN's hash renewed"),
            ("consent", "inactive"): self.tr("no photo consent in force"),
            ("card", "yes"): self.tr("the card's photo"),
            ("pinned_by", "self"): self.tr("pinned by the same person"),
            ("pinned_by", "other"): self.tr("pinned by someone else"),
            ("enabled", "1"): self.tr("switched on"),
            ("enabled", "0"): self.tr("switched off"),
            ("active", "1"): self.tr("offered"),
            ("active", "0"): self.tr("not offered"),
            ("requires_patch_test", "1"): self.tr("needs a patch test"),
            ("requires_patch_test", "0"): self.tr("no patch test needed"),
            ("at_close", "1"): self.tr("backup offered when closing"),
            ("at_close", "0"): self.tr("no backup when closing"),
            ("to", "authority"): self.tr("to the authority"),
            ("to", "clients"): self.tr("to the clients"),
            ("was_disabled_by", "lockout"): self.tr("it was disabled by wrong PINs"),
            ("was_disabled_by", "owner"): self.tr("the owner had disabled it"),
            ("inactive_client_years", "off"): self.tr("clients without a visit: kept"),
            ("health_years", "off"): self.tr("health data: kept"),
            ("photo_years", "off"): self.tr("photos: kept"),
            ("separator", "comma"): self.tr("separated by commas"),
            ("separator", "semicolon"): self.tr("separated by semicolons"),
            ("by", "owner"): self.tr("by the owner"),
            ("by", "recovery key"): self.tr("with the recovery key"),
            ("by", "recovery key, the vault did not open"): self.tr(
                "with the recovery key, the vault did not open"
            ),
        }

    def field_name(self, name: str) -> str:
        return self._fields().get(name, name)

    def _fields(self) -> dict[str, str]:
        return {
            "family_name": self.tr("family name"),
            "given_name": self.tr("given name"),
            "phone": self.tr("phone"),
            "phone_masked": self.tr("phone (masked)"),
            "phones": self.tr("phone numbers"),
            "phones_masked": self.tr("phone numbers (masked)"),
            "pinned_notes": self.tr("pinned notes"),
            "consents": self.tr("consents"),
            "patch_tests": self.tr("patch tests"),
            "patch_status": self.tr("patch test status"),
            "treatments": self.tr("treatments"),
            "treatment_dates": self.tr("treatment dates"),
            "today": self.tr("today's treatments"),
            "email": self.tr("e-mail"),
            "birth_date": self.tr("birth date"),
            "address": self.tr("address"),
            "language": self.tr("language"),
            "is_minor": self.tr("minor"),
            "guardian": self.tr("guardian"),
            "preferences": self.tr("preferences"),
            "tags": self.tr("tags"),
            "notes": self.tr("notes"),
            "alerts": self.tr("alerts"),
            "health": self.tr("health"),
            "service": self.tr("service"),
            "date": self.tr("date"),
            "products": self.tr("products"),
            "formula": self.tr("formula"),
            "price": self.tr("price"),
            "payment": self.tr("payment"),
            "technician": self.tr("technician"),
            "corrections": self.tr("corrections"),
            "photos": self.tr("photos"),
            "name": self.tr("name"),
            "group": self.tr("group"),
            "duration": self.tr("usual length"),
            "requires_patch_test": self.tr("patch test"),
            "active": self.tr("whether it is active"),
            "pin": self.tr("PIN"),
            "none": self.tr("nothing"),
            "salon_name": self.tr("salon name"),
            "salon_address": self.tr("salon address"),
            "phone_region": self.tr("country of local phone numbers"),
            "currency": self.tr("currency"),
            "business_kinds": self.tr("kinds of business"),
            "idle_lock_minutes": self.tr("idle lock"),
            "min_pin_length": self.tr("shortest PIN"),
            "collected_fields": self.tr("client details collected"),
            "recipient_list": self.tr("recipients of client data and transfers abroad"),
            "recall_lapsed_months": self.tr("months without a visit before a client is lapsed"),
        }


def _when(value: str) -> str:
    try:
        return local_time(datetime.fromisoformat(value))
    except ValueError:
        return value
