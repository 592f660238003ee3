"""The core's sentences about cli (keys "cli.…"; decision 0032)."""

AREA = "cli"

MESSAGES: dict[str, str] = {
    "restore_needs_recovery_key_file": (
        "restore needs --recovery-key FILE (the Recovery Kit's key file)."
    ),
    "there_service_services_list_all": (
        "There is no service {service_id}; `services list --all` shows them."
    ),
    "send_one_json_object_client": "Send one JSON object with the client's fields.",
    "allergies_must_list_texts": "allergies must be a list of texts.",
    "phones_must_list_label_number": 'phones must be a list of {{"label", "number"}} objects.',
    "standard_input_json": "Standard input is not JSON ({msg}).",
    "standard_input_client_nested_too": "Standard input is not a client (nested too deeply).",
    "each_phone_label_number_both": ('Each phone is {{"label": …, "number": "…"}}, both texts.'),
    "phone_s_label_one": "A phone's label is one of {labels}.",
    "marketing_list_csv_file_use": "The marketing list is a CSV file; use --format csv.",
    "could_read_mapping_file": "Could not read the mapping file {path_name}: {reason}.",
    "mapping_file_utf_8_text": "The mapping file is not UTF-8 text.",
    "standard_input_ended_before": "Standard input ended before the {what}.",
    "there_terminal_ask_send_standard": (
        "There is no terminal to ask for the {what}; send it on standard input with the "
        "matching --…-stdin option."
    ),
    "two_s_differ_nothing_changed": "The two {what}s differ; nothing was changed.",
    "recovery_key_replaced_but_could": (
        "The recovery key was replaced, but it could not be saved ({error}); print the new "
        "Recovery Kit now (Settings, Recovery Kit), before anything else."
    ),
    "there_terminal_type_client_s": (
        "There is no terminal to type the client's name on; give it with --confirm NAME or "
        "on the line after the PIN with --pin-stdin."
    ),
    "recover_owner_needs_recovery_key": "recover-owner needs --recovery-key FILE.",
    "unknown_fields": "Unknown field(s): {names}.",
    "field_must_be_text": "The field {name} must be text.",
    "cli_minor_must_true_false": "is_minor must be true or false.",
    "standard_input_not_health_item": "Standard input is not a JSON health item.",
    "send_one_health_item": 'Send one JSON object: {{"kind", "text", "severity"}}.',
    "health_kind_one_of": "kind is one of {kinds}.",
    "health_severity_one_of": "severity is one of {severities}.",
    "health_text_description": "text is the item's description.",
    "signature_file_too_large": "The signature file is too large.",
    "standard_input_record_nested_too": "Standard input is not a record (nested too deeply).",
    "send_one_json_object_record": "Send one JSON object with the record's values by field key.",
    "withdrawal_deletes_health_data": (
        "Withdrawing health-data consent deletes this client's health data: {kinds};"
        " {removed} removed item(s), {earlier} earlier version(s), {papers} health paper(s)"
        " and {records} service record(s) holding health details. Nothing was changed; run"
        " again with --yes to withdraw."
    ),
}
