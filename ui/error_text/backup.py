"""The window's words for the core's "backup.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class BackupErrors(QObject):
    """Methods are named after the key's second part."""

    def backup_s_activity_log_does(self, p: Params) -> str:
        return self.tr("The backup's activity log does not end where its manifest says.")

    def backup_s_activity_log_does_2(self, p: Params) -> str:
        return fill(
            self.tr("The backup's activity log does not verify (%1)."),
            p.text("problem"),
        )

    def backup_made_newer_salonvault_schema(self, p: Params) -> str:
        return fill(
            self.tr(
                "This backup was made by a newer SalonVault (schema %1); install the newer "
                "version to read it."
            ),
            p.text("version"),
        )

    def backup_s_manifest_names_schema(self, p: Params) -> str:
        return self.tr("The backup's manifest names no schema version SalonVault had.")

    def backup_s_database_schema_salonvault(self, p: Params) -> str:
        return fill(
            self.tr(
                "The backup's database schema is not SalonVault's (%1): it was changed "
                "outside the program, so it is refused."
            ),
            p.text("difference"),
        )

    def backup_s_schema_version_differs(self, p: Params) -> str:
        return self.tr("The backup's schema version differs from its manifest.")

    def backup_s_database_schema_differs(self, p: Params) -> str:
        return self.tr("The backup's database schema differs from the one its manifest names.")

    def backup_does_carry_activity_log(self, p: Params) -> str:
        return self.tr("The backup does not carry its activity log's key.")

    def cannot_read(self, p: Params) -> str:
        return fill(
            self.tr("Cannot read %1 (%2)."),
            p.text("backup"),
            p.text("strerror"),
        )

    def database_inside_backup_cannot_read(self, p: Params) -> str:
        return fill(
            self.tr("The database inside the backup cannot be read (%1)."),
            p.text("error"),
        )

    def backup_has_manifest_made_salonvault(self, p: Params) -> str:
        return self.tr("The backup has no manifest; it was not made by SalonVault.")

    def backup_made_newer_salonvault_install(self, p: Params) -> str:
        return self.tr(
            "This backup was made by a newer SalonVault; install the newer version to read it."
        )

    def backup_s_manifest_does_match(self, p: Params) -> str:
        return self.tr(
            "The backup's manifest does not match this salon's key: it was altered or "
            "made elsewhere."
        )

    def backup_s_manifest_unreadable(self, p: Params) -> str:
        return self.tr("The backup's manifest is unreadable.")

    def backup_s_activity_log_key(self, p: Params) -> str:
        return self.tr("The backup's activity log key does not open.")

    def backup_opened_recovery_key_but(self, p: Params) -> str:
        return self.tr("The backup opened with this recovery key but names another one inside.")

    def backup_withholds_setting_salonvault_cannot(self, p: Params) -> str:
        return fill(
            self.tr(
                "The backup withholds a setting this SalonVault cannot restore (%1); "
                "install the newer version to read it."
            ),
            p.text("name"),
        )

    def file_does_contain_sqlite_database(self, p: Params) -> str:
        return self.tr("The file does not contain an SQLite database; it is not a backup.")

    def database_inside_salonvault_backup_page(self, p: Params) -> str:
        return self.tr("The database inside is not a SalonVault backup (its page layout differs).")

    def page_fails_authentication(self, p: Params) -> str:
        return fill(
            self.tr("page %1 fails authentication"),
            p.text("number"),
        )

    def vault_file_ended_early_while(self, p: Params) -> str:
        return self.tr("The vault file ended early while it was being read.")

    def backup_incomplete_ends_middle_page(self, p: Params) -> str:
        return self.tr("The backup is incomplete (it ends in the middle of a page).")

    def backup_file_damaged_incomplete_encryption(self, p: Params) -> str:
        return self.tr(
            "The backup file is damaged or incomplete (its encryption does not check out)."
        )

    def backup_made_different_recovery_key(self, p: Params) -> str:
        return self.tr(
            "This backup was made for a different recovery key (another salon, or a key "
            "replaced since), or its first lines are damaged; use the Recovery Kit that "
            "belongs to it, or another copy of the backup."
        )

    def file_salonvault_backup_age_file(self, p: Params) -> str:
        return self.tr("The file is not a SalonVault backup (not an age file).")

    def vault_kept_changing_while_backup(self, p: Params) -> str:
        return self.tr("The vault kept changing while the backup started; try again.")

    def keep_between_1_backups(self, p: Params) -> str:
        return fill(
            self.tr("Keep between 1 and %1 backups."),
            p.text("max_keep"),
        )

    def remind_after_1_days(self, p: Params) -> str:
        return fill(
            self.tr("Remind after 1 to %1 days."),
            p.text("max_remind_days"),
        )

    def snapshot_one_backup_started(self, p: Params) -> str:
        return self.tr("The snapshot is not the one this backup started.")

    def backup_read_back_differs_from(self, p: Params) -> str:
        return self.tr(
            "The backup read back differs from what was written (a failing drive?); it was removed."
        )

    def cancelled(self, p: Params) -> str:
        return self.tr("The backup was cancelled; nothing was left half-written.")

    def salonvault_could_write_nothing_changed(self, p: Params) -> str:
        return fill(
            self.tr("SalonVault could not write in %1 (%2). Nothing was changed."),
            p.text("folder"),
            p.text("reason"),
        )

    def disk_holding_full_checking_restoring(self, p: Params) -> str:
        return fill(
            self.tr(
                "The disk holding %1 is full (checking or restoring a backup needs free "
                "space the size of the vault there); free some space and try again. Nothing "
                "was changed."
            ),
            p.text("folder"),
        )

    def salonvault_may_write_read_only(self, p: Params) -> str:
        return fill(
            self.tr(
                "SalonVault may not write in %1 (read-only or no permission). Nothing was changed."
            ),
            p.text("folder"),
        )

    def age_encryption_failed(self, p: Params) -> str:
        return self.tr("age encryption failed")

    def integrity_check_fails(self, p: Params) -> str:
        return fill(
            self.tr("The database inside the backup fails SQLite's integrity check (%1)."),
            p.text("problem"),
        )

    def row_counts_differ(self, p: Params) -> str:
        return fill(
            self.tr("The backup's row counts differ from its manifest (%1)."),
            p.text("tables"),
        )

    def read_to_end_failed(self, p: Params) -> str:
        return fill(
            self.tr("The backup could not be read to the end (%1)."),
            p.text("reason"),
        )

    def read_back_failed(self, p: Params) -> str:
        return fill(
            self.tr("The backup could not be read back to the end (%1)."),
            p.text("reason"),
        )

    def vault_older_than_backup(self, p: Params) -> str:
        return self.tr(
            "This vault's activity log does not hold the backup's last entry: the vault was"
            " restored from an older backup since, or its file was replaced or cut."
        )
