"""The core's sentences about file (keys "file.…"; decision 0032)."""

AREA = "file"

MESSAGES: dict[str, str] = {
    "inside_vault": (
        "Choose a place outside the vault's folder: {path} is inside it, and this file "
        "leaves the vault"
    ),
    "vault_file": "{path} has the name of one of the vault's own files; choose another name",
    "is_folder": "{path} is a folder; give a file name",
    "exists": "{path} already exists; choose a new file",
    "no_folder": "The folder {folder} is not there (is the drive plugged in?)",
    "full": "The drive of {folder} is full (free some space or use another drive)",
    "read_only": "SalonVault may not write to {folder}: the drive is read-only",
    "no_permission": "SalonVault may not write to {folder}: this user has no permission there",
    "removed": "The folder {folder} stopped answering or was removed (was the drive unplugged?)",
    "other": "The file could not be written to {folder} ({reason})",
    "refused": "{problem}.",
    "not_written": "{problem}; {outcome}.",
    "nothing_written": "nothing was written",
    "nothing_exported": "nothing was exported",
    "backups_untouched": "earlier backups were not touched",
}
