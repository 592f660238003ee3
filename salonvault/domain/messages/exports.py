"""The core's sentences about exports (keys "exports.…"; decision 0032)."""

AREA = "exports"

MESSAGES: dict[str, str] = {
    "use_passphrase_least_characters_export": (
        "Use a passphrase of at least {min_passphrase} characters for the export."
    ),
    "export_could_encrypted_nothing_written": (
        "The export could not be encrypted; nothing was written."
    ),
    "marketing_channel_one": "The marketing channel is one of: {names}.",
    "unencrypted_export_needs_owner_s": (
        "An unencrypted export needs the owner's confirmation that the file leaves the "
        "vault; nothing was exported."
    ),
    "separate_csv_columns_comma_semicolon": "Separate CSV columns with a comma or a semicolon.",
}
