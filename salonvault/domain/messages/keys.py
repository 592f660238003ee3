"""The core's sentences about keys (keys "keys.…"; decision 0032)."""

AREA = "keys"

MESSAGES: dict[str, str] = {
    "pc_s_key_store_did": "This PC's key store did not keep the new key ({error_type}).",
    "key_does_open_vault": "The {kind_value} key does not open this vault.",
    "passphrase_needs_least_characters_few": (
        "The passphrase needs at least {min_passphrase_length} characters; a few ordinary "
        "words in a row work well."
    ),
    "passphrase_contains_characters_cannot_typed": (
        "The passphrase contains characters that cannot be typed; use letters, digits, "
        "spaces and punctuation."
    ),
    "passphrase_valid_text": "The passphrase is not valid text.",
    "salonvault_recovery_key_starts_recovery": (
        "That is not a SalonVault recovery key (it starts with {secret_prefix} on the "
        "Recovery Kit)."
    ),
    "holds_more_than_one_recovery": (
        "That holds more than one recovery key; give only this salon's."
    ),
    "cannot_read_recovery_key_file": "Cannot read the recovery key file {path} ({strerror}).",
    "recovery_key_file_text_file": "The recovery key file is not a text file.",
    "salon_s_recovery_key_if": (
        "That is not this salon's recovery key; if the Recovery Kit is lost, replace the "
        "recovery key instead."
    ),
    "first_page_cannot_decrypted": "its first page cannot be decrypted",
    "type_owner_s_passphrase_re": (
        "Type the owner's passphrase: the re-keyed vault opens with it too."
    ),
    "vault_has_slot": "This vault has no {kind_value} slot.",
    "vault_needs_least_one_other": "The vault needs at least one other way to open it.",
    "wrong_passphrase": "Wrong passphrase.",
    "passphrase_slot_unusual": (
        "The passphrase slot asks for unusual settings (time cost {asked_time_cost!r}, "
        "memory {asked_memory}, parallelism {asked_parallelism!r}; SalonVault writes time "
        "cost {usual_time_cost!r}, memory {usual_memory}, parallelism "
        "{usual_parallelism!r}), so the passphrase was not tried: the key slot file was "
        "damaged or changed. Open the vault with the recovery key, then set the passphrase "
        "again."
    ),
    "recovery_key_mistyped_incomplete": "The recovery key is mistyped or incomplete.",
    "slot_file_missing": "{name} is missing",
    "slot_file_unreadable": "{name} is unreadable ({error_type})",
    "slot_files_damaged": "key slot file: {current}; {previous}",
    "device_key_would_kept_inside": (
        "The device key would be kept in {fallback_dir}, inside the vault's folder "
        "{data_dir}, where a copy of the folder would carry it; choose a data folder "
        "outside it or set {fallback_dir_env} to a folder elsewhere."
    ),
    "file_device_pipe_choose_recovery": (
        "{path_name} is not a file (a device or a pipe); choose the recovery key file or "
        "the Recovery Kit PDF."
    ),
    "far_larger_than_recovery_key": (
        "{path_name} is far larger than a recovery key file; choose the key file or the "
        "Recovery Kit PDF."
    ),
}
