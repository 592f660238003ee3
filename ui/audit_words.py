"""Activity-log entries in the reader's words, for the log page and the client card's tab.

The log stores codes ("client.update", "fields=phone,tags"); these turn them into sentences.
Anything not known here is shown as logged, so a new kind of entry is never hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from salonvault.domain.audit import AuditEntry, Outcome
from salonvault.domain.roles import Role
from ui.audit_details import AuditDetails
from ui.labels import fill, role_label


class AuditWords(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._details = AuditDetails(self)

    def who(self, entry: AuditEntry, staff_names: dict[int, str]) -> str:
        name = staff_names.get(entry.staff_id or 0, "—")
        if entry.role in {r.value for r in Role}:
            return fill(self.tr("%1 (%2)"), name, role_label(Role(entry.role or "")))
        return name

    def action(self, entry: AuditEntry) -> str:
        text = self.action_name(entry.action)
        if entry.outcome is Outcome.FAILED:
            text = fill(self.tr("%1 (failed)"), text)
        elif entry.outcome is Outcome.REFUSED and entry.action != "permission.denied":
            text = fill(self.tr("%1 (refused)"), text)
        return text

    def action_name(self, action: str) -> str:
        return self._actions().get(action, action)

    def outcome(self, outcome: Outcome) -> str:
        return {
            Outcome.OK: self.tr("Done"),
            Outcome.REFUSED: self.tr("Refused"),
            Outcome.FAILED: self.tr("Failed"),
        }[outcome]

    def details(self, detail: str, action: str = "") -> str:
        """ "fields=phone,tags kind=allergy" read as "phone, tags · Allergy" (audit_details.py);
        anything not known there stays as logged (tooltips always hold the raw entry). Give the
        entry's `action` where a key means different things (photos opened or counted)."""
        return self._details.words(detail, action)

    def _actions(self) -> dict[str, str]:
        return {
            "client.open": self.tr("Opened the card"),
            "client.create": self.tr("Registered the client"),
            "clients.import": self.tr("Imported clients from a spreadsheet"),
            "client.update": self.tr("Changed details"),
            "client.archive": self.tr("Archived"),
            "client.unarchive": self.tr("Brought back from the archive"),
            "client.erase": self.tr("Erased the client"),
            "client.merge": self.tr("Merged another record of the client into this one"),
            "client.merge_preview": self.tr("Compared the client's record for a merge"),
            "client.data_report": self.tr("Made the client's data report"),
            "client.pin_note": self.tr("Pinned a note on the card"),
            "client.unpin_note": self.tr("Unpinned a note"),
            "health.add": self.tr("Added a health item"),
            "health.remove": self.tr("Removed a health item"),
            "health.edit": self.tr("Changed a health item"),
            "visit.add": self.tr("Added a treatment"),
            "visit.open": self.tr("Opened a treatment"),
            "visit.edit": self.tr("Changed a treatment"),
            "visit.correct": self.tr("Corrected a treatment"),
            "visit.patch_test_override": self.tr("Went ahead without a valid patch test"),
            "visit.contraindication_override": self.tr(
                "Went ahead despite a contraindication on the health record"
            ),
            "visit.safety_shown": self.tr("Shown the health alerts before a treatment"),
            "formula.repeat": self.tr("Copied the last colour formula into a new treatment"),
            "client.print_card": self.tr("Printed or saved the client card"),
            "client.print_day": self.tr("Printed or saved a day sheet listing the client"),
            "patch_test.add": self.tr("Recorded a patch test"),
            "record.add": self.tr("Added a service record"),
            "recall.mark": self.tr("Marked a line of a recall list"),
            "record.edit": self.tr("Changed a service record"),
            "record.correct": self.tr("Corrected a service record"),
            "record.list": self.tr("Listed the client's service records"),
            "record.open": self.tr("Opened a service record"),
            "record.print_rx": self.tr("Printed or saved the spectacle prescription"),
            "record_template.copy": self.tr("Copied a record template"),
            "record_template.version": self.tr("Saved a new version of a record template"),
            "record_template.active": self.tr("Switched a record template on or off"),
            "record_template.services": self.tr("Chose the services of a record template"),
            "record_template.notation": self.tr("Chose how prescriptions are written"),
            "patch_test.result": self.tr("Set a patch-test result"),
            "permission.denied": self.tr("Refused"),
            "sign_in": self.tr("Signed in"),
            "session.end": self.tr("Session ended"),
            "vault.create": self.tr("Created the vault"),
            "vault.unlock": self.tr("Opened the vault"),
            "vault.upgrade": self.tr("Upgraded the vault to this version"),
            "vault.file_check": self.tr("Checked the vault's file"),
            "audit.verify": self.tr("Checked the activity log"),
            "consent.record": self.tr("Recorded a consent"),
            "consent.withdraw": self.tr("Withdrew a consent"),
            "consent.form": self.tr("Printed a consent form"),
            "consent.template": self.tr("Changed a consent text"),
            "consent.purpose": self.tr("Switched a consent purpose on or off"),
            "consent.marketing_list": self.tr("Made a marketing list"),
            "consent.privacy_notice": self.tr("Printed the privacy notice"),
            "photo.add": self.tr("Added a photo"),
            "photo.view": self.tr("Viewed a photo"),
            "photo.list": self.tr("Listed photos"),
            "photo.remove": self.tr("Removed a photo"),
            "photo.card_set": self.tr("Chose the card's photo"),
            "photo.card_clear": self.tr("Took the photo off the card"),
            "form.fill": self.tr("Took a signed consultation form"),
            "form.list": self.tr("Listed the client's consultation forms"),
            "form.review": self.tr("Reviewed a red flag on a consultation form"),
            "form.services": self.tr("Chose the services a consultation form guards"),
            "form.version": self.tr("Added a version of a consultation form"),
            "form.copy": self.tr("Copied a consultation form as the salon's own"),
            "form.resign_rule": self.tr("Changed when a consultation form is signed again"),
            "form.pdf": self.tr("Printed or saved a consultation form"),
            "attachment.add": self.tr("Added a scanned paper"),
            "attachment.list": self.tr("Listed scanned papers"),
            "attachment.open": self.tr("Opened a scanned paper"),
            "attachment.remove": self.tr("Removed a scanned paper"),
            "staff.add": self.tr("Added a staff member"),
            "staff.rename": self.tr("Renamed a staff member"),
            "staff.role": self.tr("Changed a role"),
            "staff.disable": self.tr("Disabled a staff account"),
            "staff.enable": self.tr("Enabled a staff account"),
            "staff.reset_pin": self.tr("Reset a PIN"),
            "staff.pin_chosen": self.tr("Chose a new PIN after a reset"),
            "staff.locked_out": self.tr("Locked out after wrong PINs"),
            "staff.recovered": self.tr("Owner access recovered"),
            "staff.briefing_acknowledged": self.tr("Confirmed the staff privacy briefing"),
            "staff.briefing_declined": self.tr("Did not confirm the staff privacy briefing"),
            "staff.training": self.tr("Recorded a training session"),
            "keys.add_slot": self.tr("Added a key slot"),
            "keys.remove_slot": self.tr("Removed a key slot"),
            "keys.show_recovery_key": self.tr("Showed the recovery key"),
            "keys.recovery_kit_confirmed": self.tr("Confirmed the Recovery Kit"),
            "keys.replace_recovery_key": self.tr("Replaced the recovery key"),
            "keys.rekey": self.tr("Re-keyed the vault"),
            "keys.rekey_settled": self.tr("Finished an interrupted re-keying"),
            "session.start_refused": self.tr("Tried to start a session without signing in"),
            "backup.start": self.tr("Started a backup"),
            "backup.backup": self.tr("Made a backup"),
            "backup.verify": self.tr("Verified a backup"),
            "backup.drill": self.tr("Ran a restore drill"),
            "backup.restore": self.tr("Restored from a backup"),
            "backup.restore_staged": self.tr("Prepared a restore"),
            "backup.restore_replaced": self.tr("Replaced the vault by a restore"),
            "backup.settings": self.tr("Changed backup settings"),
            "backup.older_vault_dismissed": self.tr(
                "Dismissed the warning that the vault is older than a backup"
            ),
            "service.add": self.tr("Added a service"),
            "service.update": self.tr("Changed a service"),
            "service.reorder": self.tr("Changed the order of the services"),
            "settings.change": self.tr("Changed a setting"),
            "settings.health_basis": self.tr("Chose the legal basis for health data"),
            "retention.rules": self.tr("Changed the retention rules"),
            "export.csv": self.tr("Exported clients and visits (CSV)"),
            "export.json": self.tr("Exported everything (JSON)"),
            "export.marketing": self.tr("Exported a marketing list"),
            "export.activity": self.tr("Exported the activity log"),
            "incident.record": self.tr("Recorded an incident"),
            "incident.update": self.tr("Updated an incident"),
            "incident.notice": self.tr("Drafted an incident notification"),
            "processing_record.pdf": self.tr("Made the record of processing"),
            "impact_assessment.pdf": self.tr("Made the impact-assessment draft"),
            "retention.purge": self.tr("Removed data past retention"),
            "demo.populate": self.tr("Filled the demo salon"),
            "demo.photos": self.tr("Added demo photos"),
        }
