"""The window's words for the core's "vault.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class VaultErrors(QObject):
    """Methods are named after the key's second part."""

    def salonvault_s_missing_looked_installation(self, p: Params) -> str:
        return fill(
            self.tr("SalonVault's %1 is missing (looked in %2); the installation is incomplete."),
            p.text("what"),
            p.text("root"),
        )

    def salonvault_running_frozen_but_bundle(self, p: Params) -> str:
        return self.tr(
            "SalonVault is running frozen but the bundle folder (sys._MEIPASS) is "
            "unknown, so its resources cannot be found."
        )

    def demo_clients_go_only_into(self, p: Params) -> str:
        return self.tr("Demo clients go only into a demo salon.")

    def demo_photos_go_only_into(self, p: Params) -> str:
        return self.tr("Demo photos go only into a demo salon.")

    def vault_already_exists_left(self, p: Params) -> str:
        return fill(
            self.tr("A vault already exists in %1; it was left as it is."),
            p.text("data_dir"),
        )

    def there_vault(self, p: Params) -> str:
        return fill(
            self.tr("There is no vault in %1."),
            p.text("data_dir"),
        )

    def pc_has_key_vault_open(self, p: Params) -> str:
        return self.tr("This PC has no key for the vault; open it with the recovery key.")

    def pc_s_key_vault_missing(self, p: Params) -> str:
        return self.tr(
            "This PC's key for the vault is missing (another PC or user?); open it with "
            "the recovery key."
        )

    def vault_set_up_owner_passphrase(self, p: Params) -> str:
        return self.tr("This vault is not set up with an owner passphrase.")

    def only_set_up_can_confirm(self, p: Params) -> str:
        return self.tr("Only the set-up can confirm the kit without signing in.")

    def vault_has_recovery_slot(self, p: Params) -> str:
        return self.tr("This vault has no recovery slot.")

    def vault_opens_owner_s_passphrase(self, p: Params) -> str:
        return self.tr("This vault opens with the owner's passphrase.")

    def pc_s_key_does_open(self, p: Params) -> str:
        return self.tr(
            "This PC's key does not open the vault (its key slot file is damaged or was "
            "changed); open it with the recovery key."
        )

    def recovery_key_belongs_another_vault(self, p: Params) -> str:
        return self.tr("That recovery key belongs to another vault.")

    def already_holds_vault_restore_into(self, p: Params) -> str:
        return fill(
            self.tr(
                "%1 already holds a vault; restore into an empty folder (or restore from "
                "the Backups page as the owner)."
            ),
            p.text("data_dir"),
        )

    def there_vault_replace(self, p: Params) -> str:
        return fill(
            self.tr("There is no vault in %1 to replace."),
            p.text("data_dir"),
        )

    def vault_opens_so_replaced_from(self, p: Params) -> str:
        return self.tr(
            "The vault opens, so it is not replaced from here: sign in and restore from "
            "the Backups page as the owner."
        )

    def restore_undone_files_they_were(self, p: Params) -> str:
        return fill(
            self.tr("The restore was undone; the files are as they were. (%1)"),
            p.text("error"),
        )

    def restored_activity_log_does_verify(self, p: Params) -> str:
        return fill(
            self.tr("The restored activity log does not verify (%1)."),
            p.text("problem"),
        )

    def data_key_must_256_bits(self, p: Params) -> str:
        return self.tr("The data key must be 256 bits.")

    def there_vault_2(self, p: Params) -> str:
        return fill(
            self.tr("There is no vault at %1."),
            p.text("path"),
        )

    def another_program_reading_vault_second(self, p: Params) -> str:
        return self.tr(
            "Another program is reading the vault (a second SalonVault, or a check that "
            "is still running); close it or wait, then try again. Nothing was changed."
        )

    def sqlcipher_4_required_found(self, p: Params) -> str:
        return fill(
            self.tr("SQLCipher 4 is required, found %1."),
            p.text("version"),
        )

    def could_switch_vault_wal_mode(self, p: Params) -> str:
        return fill(
            self.tr("Could not switch the vault to WAL mode (got %1)."),
            p.text("mode"),
        )

    def vault_being_re_keyed_nothing(self, p: Params) -> str:
        return self.tr("The vault is being re-keyed; nothing was saved. Try again when it is done.")

    def text_holds_characters_text_broken(self, p: Params) -> str:
        return self.tr(
            "The text holds characters that are not text (broken Unicode); nothing was saved."
        )

    def vault_already_exists_left_2(self, p: Params) -> str:
        return fill(
            self.tr("A vault already exists at %1; it was left as it is."),
            p.text("path"),
        )

    def vault_cannot_re_keyed_inside(self, p: Params) -> str:
        return self.tr("The vault cannot be re-keyed inside a transaction.")

    def vault_too_busy_take_backup(self, p: Params) -> str:
        return self.tr(
            "The vault was too busy to take a backup (another program kept writing); "
            "try again in a moment."
        )

    def damaged(self, p: Params) -> str:
        return fill(
            self.tr(
                "The vault is damaged (%1); it was not used. Restore it from the newest backup."
            ),
            p.text("detail"),
        )

    def too_new(self, p: Params) -> str:
        return fill(
            self.tr(
                "This vault was written by a newer SalonVault (schema %1, this program "
                "knows up to %2); install the newer version to open it."
            ),
            p.text("found"),
            p.text("known"),
        )

    def too_old(self, p: Params) -> str:
        return fill(
            self.tr(
                "This vault was made by a test version of SalonVault (schema %1) that "
                "predates backups, so it cannot be upgraded safely; create a new vault or "
                "restore a backup."
            ),
            p.text("found"),
        )

    def vault_could_read_written(self, p: Params) -> str:
        return fill(
            self.tr("The vault could not be read or written (%1)."),
            p.text("error"),
        )

    def vault_busy_another_salonvault_backup(self, p: Params) -> str:
        return self.tr(
            "The vault is busy (another SalonVault or a backup is writing); try again "
            "in a moment. Nothing was changed."
        )

    def disk_full_free_some_space(self, p: Params) -> str:
        return self.tr("The disk is full; free some space and try again. Nothing was changed.")

    def vault_folder_read_only_here(self, p: Params) -> str:
        return self.tr("The vault folder is read-only here; nothing could be saved.")

    def service_name_exists(self, p: Params) -> str:
        return self.tr("A service with that name exists.")

    def restore_undone(self, p: Params) -> str:
        return fill(
            self.tr("The restore was undone; the vault is as it was. (%1)"),
            p.text("reason"),
        )

    def pragma_differs(self, p: Params) -> str:
        return fill(
            self.tr("%1 is %2, expected %3"),
            p.text("pragma"),
            p.text("found"),
            p.text("expected"),
        )

    def sqlite_says(self, p: Params) -> str:
        return fill(
            self.tr("%1"),
            p.text("reason"),
        )

    def demo_records_go_only_into(self, p: Params) -> str:
        return self.tr("Demo records go only into a demo salon.")
