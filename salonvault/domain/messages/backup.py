"""The core's sentences about backup (keys "backup.…"; decision 0032)."""

AREA = "backup"

MESSAGES: dict[str, str] = {
    "backup_s_activity_log_does": "The backup's activity log does not end where its manifest says.",
    "backup_s_activity_log_does_2": "The backup's activity log does not verify ({problem}).",
    "backup_made_newer_salonvault_schema": (
        "This backup was made by a newer SalonVault (schema {version}); install the newer "
        "version to read it."
    ),
    "backup_s_manifest_names_schema": (
        "The backup's manifest names no schema version SalonVault had."
    ),
    "backup_s_database_schema_salonvault": (
        "The backup's database schema is not SalonVault's ({difference}): it was changed "
        "outside the program, so it is refused."
    ),
    "backup_s_schema_version_differs": "The backup's schema version differs from its manifest.",
    "backup_s_database_schema_differs": (
        "The backup's database schema differs from the one its manifest names."
    ),
    "backup_does_carry_activity_log": "The backup does not carry its activity log's key.",
    "cannot_read": "Cannot read {backup} ({strerror}).",
    "database_inside_backup_cannot_read": (
        "The database inside the backup cannot be read ({error})."
    ),
    "backup_has_manifest_made_salonvault": (
        "The backup has no manifest; it was not made by SalonVault."
    ),
    "backup_made_newer_salonvault_install": (
        "This backup was made by a newer SalonVault; install the newer version to read it."
    ),
    "backup_s_manifest_does_match": (
        "The backup's manifest does not match this salon's key: it was altered or made elsewhere."
    ),
    "backup_s_manifest_unreadable": "The backup's manifest is unreadable.",
    "backup_s_activity_log_key": "The backup's activity log key does not open.",
    "backup_opened_recovery_key_but": (
        "The backup opened with this recovery key but names another one inside."
    ),
    "backup_withholds_setting_salonvault_cannot": (
        "The backup withholds a setting this SalonVault cannot restore ({name}); install "
        "the newer version to read it."
    ),
    "file_does_contain_sqlite_database": (
        "The file does not contain an SQLite database; it is not a backup."
    ),
    "database_inside_salonvault_backup_page": (
        "The database inside is not a SalonVault backup (its page layout differs)."
    ),
    "page_fails_authentication": "page {number} fails authentication",
    "vault_file_ended_early_while": "The vault file ended early while it was being read.",
    "backup_incomplete_ends_middle_page": (
        "The backup is incomplete (it ends in the middle of a page)."
    ),
    "backup_file_damaged_incomplete_encryption": (
        "The backup file is damaged or incomplete (its encryption does not check out)."
    ),
    "backup_made_different_recovery_key": (
        "This backup was made for a different recovery key (another salon, or a key "
        "replaced since), or its first lines are damaged; use the Recovery Kit that belongs "
        "to it, or another copy of the backup."
    ),
    "file_salonvault_backup_age_file": "The file is not a SalonVault backup (not an age file).",
    "vault_kept_changing_while_backup": (
        "The vault kept changing while the backup started; try again."
    ),
    "keep_between_1_backups": "Keep between 1 and {max_keep} backups.",
    "remind_after_1_days": "Remind after 1 to {max_remind_days} days.",
    "snapshot_one_backup_started": "The snapshot is not the one this backup started.",
    "backup_read_back_differs_from": (
        "The backup read back differs from what was written (a failing drive?); it was removed."
    ),
    "cancelled": "The backup was cancelled; nothing was left half-written.",
    "salonvault_could_write_nothing_changed": (
        "SalonVault could not write in {folder} ({reason}). Nothing was changed."
    ),
    "disk_holding_full_checking_restoring": (
        "The disk holding {folder} is full (checking or restoring a backup needs free space "
        "the size of the vault there); free some space and try again. Nothing was changed."
    ),
    "salonvault_may_write_read_only": (
        "SalonVault may not write in {folder} (read-only or no permission). Nothing was changed."
    ),
    "age_encryption_failed": "age encryption failed",
    "integrity_check_fails": (
        "The database inside the backup fails SQLite's integrity check ({problem})."
    ),
    "row_counts_differ": "The backup's row counts differ from its manifest ({tables}).",
    "read_to_end_failed": "The backup could not be read to the end ({reason}).",
    "read_back_failed": "The backup could not be read back to the end ({reason}).",
    "vault_older_than_backup": (
        "This vault's activity log does not hold the backup's last entry: the vault was"
        " restored from an older backup since, or its file was replaced or cut."
    ),
}
