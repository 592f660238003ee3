"""The window's words for the core's "keys.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class KeysErrors(QObject):
    """Methods are named after the key's second part."""

    def pc_s_key_store_did(self, p: Params) -> str:
        return fill(
            self.tr("This PC's key store did not keep the new key (%1)."),
            p.text("error_type"),
        )

    def key_does_open_vault(self, p: Params) -> str:
        return fill(
            self.tr("The %1 key does not open this vault."),
            p.text("kind_value"),
        )

    def passphrase_needs_least_characters_few(self, p: Params) -> str:
        return fill(
            self.tr(
                "The passphrase needs at least %1 characters; a few ordinary words in a row "
                "work well."
            ),
            p.text("min_passphrase_length"),
        )

    def passphrase_contains_characters_cannot_typed(self, p: Params) -> str:
        return self.tr(
            "The passphrase contains characters that cannot be typed; use letters, "
            "digits, spaces and punctuation."
        )

    def passphrase_valid_text(self, p: Params) -> str:
        return self.tr("The passphrase is not valid text.")

    def salonvault_recovery_key_starts_recovery(self, p: Params) -> str:
        return fill(
            self.tr(
                "That is not a SalonVault recovery key (it starts with %1 on the Recovery Kit)."
            ),
            p.text("secret_prefix"),
        )

    def holds_more_than_one_recovery(self, p: Params) -> str:
        return self.tr("That holds more than one recovery key; give only this salon's.")

    def cannot_read_recovery_key_file(self, p: Params) -> str:
        return fill(
            self.tr("Cannot read the recovery key file %1 (%2)."),
            p.text("path"),
            p.text("strerror"),
        )

    def recovery_key_file_text_file(self, p: Params) -> str:
        return self.tr("The recovery key file is not a text file.")

    def salon_s_recovery_key_if(self, p: Params) -> str:
        return self.tr(
            "That is not this salon's recovery key; if the Recovery Kit is lost, "
            "replace the recovery key instead."
        )

    def first_page_cannot_decrypted(self, p: Params) -> str:
        return self.tr("its first page cannot be decrypted")

    def type_owner_s_passphrase_re(self, p: Params) -> str:
        return self.tr("Type the owner's passphrase: the re-keyed vault opens with it too.")

    def vault_has_slot(self, p: Params) -> str:
        return fill(
            self.tr("This vault has no %1 slot."),
            p.text("kind_value"),
        )

    def vault_needs_least_one_other(self, p: Params) -> str:
        return self.tr("The vault needs at least one other way to open it.")

    def wrong_passphrase(self, p: Params) -> str:
        return self.tr("Wrong passphrase.")

    def passphrase_slot_unusual(self, p: Params) -> str:
        return fill(
            self.tr(
                "The passphrase slot asks for unusual settings (time cost %1, memory %2, "
                "parallelism %3; SalonVault writes time cost %4, memory %5, parallelism "
                "%6), so the passphrase was not tried: the key slot file was damaged or "
                "changed. Open the vault with the recovery key, then set the passphrase "
                "again."
            ),
            p.quoted("asked_time_cost"),
            p.text("asked_memory"),
            p.quoted("asked_parallelism"),
            p.quoted("usual_time_cost"),
            p.text("usual_memory"),
            p.quoted("usual_parallelism"),
        )

    def recovery_key_mistyped_incomplete(self, p: Params) -> str:
        return self.tr("The recovery key is mistyped or incomplete.")

    def slot_file_missing(self, p: Params) -> str:
        return fill(
            self.tr("%1 is missing"),
            p.text("name"),
        )

    def slot_file_unreadable(self, p: Params) -> str:
        return fill(
            self.tr("%1 is unreadable (%2)"),
            p.text("name"),
            p.text("error_type"),
        )

    def slot_files_damaged(self, p: Params) -> str:
        return fill(
            self.tr("key slot file: %1; %2"),
            p.text("current"),
            p.text("previous"),
        )

    def device_key_would_kept_inside(self, p: Params) -> str:
        return fill(
            self.tr(
                "The device key would be kept in %1, inside the vault's folder %2, where a "
                "copy of the folder would carry it; choose a data folder outside it or set "
                "%3 to a folder elsewhere."
            ),
            p.text("fallback_dir"),
            p.text("data_dir"),
            p.text("fallback_dir_env"),
        )

    def file_device_pipe_choose_recovery(self, p: Params) -> str:
        return fill(
            self.tr(
                "%1 is not a file (a device or a pipe); choose the recovery key file or the "
                "Recovery Kit PDF."
            ),
            p.text("path_name"),
        )

    def far_larger_than_recovery_key(self, p: Params) -> str:
        return fill(
            self.tr(
                "%1 is far larger than a recovery key file; choose the key file or the "
                "Recovery Kit PDF."
            ),
            p.text("path_name"),
        )
