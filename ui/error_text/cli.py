"""The window's words for the core's "cli.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class CliErrors(QObject):
    """Methods are named after the key's second part."""

    def restore_needs_recovery_key_file(self, p: Params) -> str:
        return self.tr("restore needs --recovery-key FILE (the Recovery Kit's key file).")

    def there_service_services_list_all(self, p: Params) -> str:
        return fill(
            self.tr("There is no service %1; `services list --all` shows them."),
            p.text("service_id"),
        )

    def send_one_json_object_client(self, p: Params) -> str:
        return self.tr("Send one JSON object with the client's fields.")

    def allergies_must_list_texts(self, p: Params) -> str:
        return self.tr("allergies must be a list of texts.")

    def phones_must_list_label_number(self, p: Params) -> str:
        return self.tr('phones must be a list of {"label", "number"} objects.')

    def standard_input_json(self, p: Params) -> str:
        return fill(
            self.tr("Standard input is not JSON (%1)."),
            p.text("msg"),
        )

    def standard_input_client_nested_too(self, p: Params) -> str:
        return self.tr("Standard input is not a client (nested too deeply).")

    def each_phone_label_number_both(self, p: Params) -> str:
        return self.tr('Each phone is {"label": …, "number": "…"}, both texts.')

    def phone_s_label_one(self, p: Params) -> str:
        return fill(
            self.tr("A phone's label is one of %1."),
            p.text("labels"),
        )

    def marketing_list_csv_file_use(self, p: Params) -> str:
        return self.tr("The marketing list is a CSV file; use --format csv.")

    def could_read_mapping_file(self, p: Params) -> str:
        return fill(
            self.tr("Could not read the mapping file %1: %2."),
            p.text("path_name"),
            p.text("reason"),
        )

    def mapping_file_utf_8_text(self, p: Params) -> str:
        return self.tr("The mapping file is not UTF-8 text.")

    def standard_input_ended_before(self, p: Params) -> str:
        return fill(
            self.tr("Standard input ended before the %1."),
            p.text("what"),
        )

    def there_terminal_ask_send_standard(self, p: Params) -> str:
        return fill(
            self.tr(
                "There is no terminal to ask for the %1; send it on standard input with the "
                "matching --…-stdin option."
            ),
            p.text("what"),
        )

    def two_s_differ_nothing_changed(self, p: Params) -> str:
        return fill(
            self.tr("The two %1s differ; nothing was changed."),
            p.text("what"),
        )

    def recovery_key_replaced_but_could(self, p: Params) -> str:
        return fill(
            self.tr(
                "The recovery key was replaced, but it could not be saved (%1); print the "
                "new Recovery Kit now (Settings, Recovery Kit), before anything else."
            ),
            p.text("error"),
        )

    def there_terminal_type_client_s(self, p: Params) -> str:
        return self.tr(
            "There is no terminal to type the client's name on; give it with --confirm "
            "NAME or on the line after the PIN with --pin-stdin."
        )

    def recover_owner_needs_recovery_key(self, p: Params) -> str:
        return self.tr("recover-owner needs --recovery-key FILE.")

    def unknown_fields(self, p: Params) -> str:
        return fill(
            self.tr("Unknown field(s): %1."),
            p.text("names"),
        )

    def field_must_be_text(self, p: Params) -> str:
        return fill(
            self.tr("The field %1 must be text."),
            p.text("name"),
        )

    def cli_minor_must_true_false(self, p: Params) -> str:
        return self.tr("is_minor must be true or false.")

    def standard_input_not_health_item(self, p: Params) -> str:
        return self.tr("Standard input is not a JSON health item.")

    def send_one_health_item(self, p: Params) -> str:
        return self.tr('Send one JSON object: {"kind", "text", "severity"}.')

    def health_kind_one_of(self, p: Params) -> str:
        return fill(
            self.tr("kind is one of %1."),
            p.text("kinds"),
        )

    def health_severity_one_of(self, p: Params) -> str:
        return fill(
            self.tr("severity is one of %1."),
            p.text("severities"),
        )

    def health_text_description(self, p: Params) -> str:
        return self.tr("text is the item's description.")

    def signature_file_too_large(self, p: Params) -> str:
        return self.tr("The signature file is too large.")

    def standard_input_record_nested_too(self, p: Params) -> str:
        return self.tr("Standard input is not a record (nested too deeply).")

    def send_one_json_object_record(self, p: Params) -> str:
        return self.tr("Send one JSON object with the record's values by field key.")

    def withdrawal_deletes_health_data(self, p: Params) -> str:
        return fill(
            self.tr(
                self.tr(
                    "Withdrawing health-data consent deletes this client's health data: %1;"
                    " %2 removed item(s), %3 earlier version(s), %4 health paper(s) and %5 service"
                    " record(s) holding health details. Nothing was changed; run again with --yes"
                    " to withdraw."
                ),
            ),
            p.text("kinds"),
            p.text("removed"),
            p.text("earlier"),
            p.text("papers"),
            p.text("records"),
        )
