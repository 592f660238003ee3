"""The core's sentences about vault (keys "vault.…"; decision 0032)."""

AREA = "vault"

MESSAGES: dict[str, str] = {
    "salonvault_s_missing_looked_installation": (
        "SalonVault's {what} is missing (looked in {root}); the installation is incomplete."
    ),
    "salonvault_running_frozen_but_bundle": (
        "SalonVault is running frozen but the bundle folder (sys._MEIPASS) is unknown, so "
        "its resources cannot be found."
    ),
    "demo_clients_go_only_into": "Demo clients go only into a demo salon.",
    "demo_photos_go_only_into": "Demo photos go only into a demo salon.",
    "vault_already_exists_left": "A vault already exists in {data_dir}; it was left as it is.",
    "there_vault": "There is no vault in {data_dir}.",
    "pc_has_key_vault_open": "This PC has no key for the vault; open it with the recovery key.",
    "pc_s_key_vault_missing": (
        "This PC's key for the vault is missing (another PC or user?); open it with the "
        "recovery key."
    ),
    "vault_set_up_owner_passphrase": "This vault is not set up with an owner passphrase.",
    "only_set_up_can_confirm": "Only the set-up can confirm the kit without signing in.",
    "vault_has_recovery_slot": "This vault has no recovery slot.",
    "vault_opens_owner_s_passphrase": "This vault opens with the owner's passphrase.",
    "pc_s_key_does_open": (
        "This PC's key does not open the vault (its key slot file is damaged or was "
        "changed); open it with the recovery key."
    ),
    "recovery_key_belongs_another_vault": "That recovery key belongs to another vault.",
    "already_holds_vault_restore_into": (
        "{data_dir} already holds a vault; restore into an empty folder (or restore from "
        "the Backups page as the owner)."
    ),
    "there_vault_replace": "There is no vault in {data_dir} to replace.",
    "vault_opens_so_replaced_from": (
        "The vault opens, so it is not replaced from here: sign in and restore from the "
        "Backups page as the owner."
    ),
    "restore_undone_files_they_were": (
        "The restore was undone; the files are as they were. ({error})"
    ),
    "restored_activity_log_does_verify": "The restored activity log does not verify ({problem}).",
    "data_key_must_256_bits": "The data key must be 256 bits.",
    "there_vault_2": "There is no vault at {path}.",
    "another_program_reading_vault_second": (
        "Another program is reading the vault (a second SalonVault, or a check that is "
        "still running); close it or wait, then try again. Nothing was changed."
    ),
    "sqlcipher_4_required_found": "SQLCipher 4 is required, found {version}.",
    "could_switch_vault_wal_mode": "Could not switch the vault to WAL mode (got {mode}).",
    "vault_being_re_keyed_nothing": (
        "The vault is being re-keyed; nothing was saved. Try again when it is done."
    ),
    "text_holds_characters_text_broken": (
        "The text holds characters that are not text (broken Unicode); nothing was saved."
    ),
    "vault_already_exists_left_2": "A vault already exists at {path}; it was left as it is.",
    "vault_cannot_re_keyed_inside": "The vault cannot be re-keyed inside a transaction.",
    "vault_too_busy_take_backup": (
        "The vault was too busy to take a backup (another program kept writing); try again "
        "in a moment."
    ),
    "damaged": (
        "The vault is damaged ({detail}); it was not used. Restore it from the newest backup."
    ),
    "too_new": (
        "This vault was written by a newer SalonVault (schema {found}, this program knows "
        "up to {known}); install the newer version to open it."
    ),
    "too_old": (
        "This vault was made by a test version of SalonVault (schema {found}) that predates "
        "backups, so it cannot be upgraded safely; create a new vault or restore a backup."
    ),
    "vault_could_read_written": "The vault could not be read or written ({error}).",
    "vault_busy_another_salonvault_backup": (
        "The vault is busy (another SalonVault or a backup is writing); try again in a "
        "moment. Nothing was changed."
    ),
    "disk_full_free_some_space": (
        "The disk is full; free some space and try again. Nothing was changed."
    ),
    "vault_folder_read_only_here": "The vault folder is read-only here; nothing could be saved.",
    "service_name_exists": "A service with that name exists.",
    "restore_undone": "The restore was undone; the vault is as it was. ({reason})",
    "pragma_differs": "{pragma} is {found}, expected {expected}",
    "sqlite_says": "{reason}",
    "demo_records_go_only_into": "Demo records go only into a demo salon.",
}
