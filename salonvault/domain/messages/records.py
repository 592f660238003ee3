"""The core's sentences about records (keys "records.…"; decision 0032)."""

AREA = "records"

MESSAGES: dict[str, str] = {
    "template_needs_name_most_80": "A template needs a name (at most 80 characters).",
    "template_has_1_fields": "A template has 1 to {max_fields} fields.",
    "group_has_1_parts": "A group has 1 to {max_parts} parts.",
    "zone_grid_has_1_zones": "A zone grid has 1 to {max_zones} zones.",
    "zone_keys_short_lower_case": "Zone keys are short, lower-case and unique.",
    "choice_field_has_1_different": "A choice field has 1 to {max_choices} different choices.",
    "text_most_characters": "A text is at most {max_text} characters.",
    "template_well_formed": "The template is not well formed ({error}).",
    "copy_keeps_built_template_s": "A copy keeps the built-in template's rules.",
    "every_field_needs_label_most": "Every field needs a label (at most 80 characters).",
    "group_s_parts_single_values": "A group's parts are single values.",
    "number_s_step_above_zero": "A number's step is above zero.",
    "number_s_minimum_most_maximum": "A number's minimum is at most its maximum.",
    "rule_names_which_field": "A rule names {path!r}, which is not a field.",
    "health_data_built_template_stays": (
        "{path!r} is health data in the built-in template and stays marked so."
    ),
    "only_group_has_parts_zones": "Only a group has parts or zones.",
    "yes": "{label} is yes or no.",
    "give_values_row_row": "{label}: give its values row by row.",
    "required": "{label} is required.",
    "group_single_value": "{label} is a group, not a single value.",
    "write_decimal_acuity_0_01": "{label}: write a decimal acuity (0.01 to 2.5) or 6/x or 20/x.",
    "number": "{label} is a number.",
    "cannot_future": "{label} cannot be in the future.",
    "give_pd_both_eyes_binocular": "Give the PD of both eyes, or the binocular PD.",
    "date_yyyy_mm_dd": "{label} is a date (YYYY-MM-DD).",
    "record_s_date_future": "The record's date is in the future.",
    "there_such_record": "There is no such record.",
    "there_such_record_template": "There is no such record template.",
    "record_template_switched_off": "This record template is switched off.",
    "client_has_spectacle_prescription_file": "This client has no spectacle prescription on file.",
    "record_one_client_s_prescriptions": "That record is not one of this client's prescriptions.",
    "choose_one_client_s_visits": "Choose one of this client's visits.",
    "record_belongs_visit_choose_visit": "This record belongs to a visit: choose the visit.",
    "built_template_changes_only_program": (
        "A built-in template changes only with the program; copy it to change it."
    ),
    "only_template_visits_offered_per": "Only a template for visits is offered per service.",
    "choose_minus_plus_cylinders_decimal": (
        "Choose minus or plus cylinders, and decimal, 6/x or 20/x acuity."
    ),
    "no_such_field": "The template has no field {name!r}.",
    "no_such_row": "{label}: there is no row {row!r}.",
    "row_values_by_name": "{label}: {row} needs its values by name.",
    "no_such_part": "{label} has no part {part!r}.",
    "text_too_long": "{label} is at most {maximum} characters.",
    "below_minimum_unit": "{label} is at least {number} {unit}.",
    "below_minimum": "{label} is at least {number}.",
    "above_maximum_unit": "{label} is at most {number} {unit}.",
    "above_maximum": "{label} is at most {number}.",
    "off_step_unit": "{label} goes in steps of {number} {unit}.",
    "off_step": "{label} goes in steps of {number}.",
    "not_a_choice": "{label}: {text!r} is not one of the choices.",
    "needs_follower": "{follower} is needed with {leader}.",
    "needs_leader": "{follower} is given only with {leader}.",
    "required_when": "{label} is needed for {choice}.",
    "not_allowed_when": "{label} is only for {choices}.",
    "not_before": "{follower} is on or after {leader}.",
    "pd_mismatch": "The binocular PD ({binocular}) is not the two eyes' PDs added ({total}).",
    "field_key_rules": "Field keys are short, lower-case and unique ({key_found!r}).",
    "locked": (
        "This record can no longer be edited (own entries only, within 24 hours); add a "
        "correction instead."
    ),
}
