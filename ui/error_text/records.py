"""The window's words for the core's "records.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class RecordsErrors(QObject):
    """Methods are named after the key's second part."""

    def template_needs_name_most_80(self, p: Params) -> str:
        return self.tr("A template needs a name (at most 80 characters).")

    def template_has_1_fields(self, p: Params) -> str:
        return fill(
            self.tr("A template has 1 to %1 fields."),
            p.text("max_fields"),
        )

    def group_has_1_parts(self, p: Params) -> str:
        return fill(
            self.tr("A group has 1 to %1 parts."),
            p.text("max_parts"),
        )

    def zone_grid_has_1_zones(self, p: Params) -> str:
        return fill(
            self.tr("A zone grid has 1 to %1 zones."),
            p.text("max_zones"),
        )

    def zone_keys_short_lower_case(self, p: Params) -> str:
        return self.tr("Zone keys are short, lower-case and unique.")

    def choice_field_has_1_different(self, p: Params) -> str:
        return fill(
            self.tr("A choice field has 1 to %1 different choices."),
            p.text("max_choices"),
        )

    def text_most_characters(self, p: Params) -> str:
        return fill(
            self.tr("A text is at most %1 characters."),
            p.text("max_text"),
        )

    def template_well_formed(self, p: Params) -> str:
        return fill(
            self.tr("The template is not well formed (%1)."),
            p.text("error"),
        )

    def copy_keeps_built_template_s(self, p: Params) -> str:
        return self.tr("A copy keeps the built-in template's rules.")

    def every_field_needs_label_most(self, p: Params) -> str:
        return self.tr("Every field needs a label (at most 80 characters).")

    def group_s_parts_single_values(self, p: Params) -> str:
        return self.tr("A group's parts are single values.")

    def number_s_step_above_zero(self, p: Params) -> str:
        return self.tr("A number's step is above zero.")

    def number_s_minimum_most_maximum(self, p: Params) -> str:
        return self.tr("A number's minimum is at most its maximum.")

    def rule_names_which_field(self, p: Params) -> str:
        return fill(
            self.tr("A rule names %1, which is not a field."),
            p.quoted("path"),
        )

    def health_data_built_template_stays(self, p: Params) -> str:
        return fill(
            self.tr("%1 is health data in the built-in template and stays marked so."),
            p.quoted("path"),
        )

    def only_group_has_parts_zones(self, p: Params) -> str:
        return self.tr("Only a group has parts or zones.")

    def yes(self, p: Params) -> str:
        return fill(
            self.tr("%1 is yes or no."),
            p.text("label"),
        )

    def give_values_row_row(self, p: Params) -> str:
        return fill(
            self.tr("%1: give its values row by row."),
            p.text("label"),
        )

    def required(self, p: Params) -> str:
        return fill(
            self.tr("%1 is required."),
            p.text("label"),
        )

    def group_single_value(self, p: Params) -> str:
        return fill(
            self.tr("%1 is a group, not a single value."),
            p.text("label"),
        )

    def write_decimal_acuity_0_01(self, p: Params) -> str:
        return fill(
            self.tr("%1: write a decimal acuity (0.01 to 2.5) or 6/x or 20/x."),
            p.text("label"),
        )

    def number(self, p: Params) -> str:
        return fill(
            self.tr("%1 is a number."),
            p.text("label"),
        )

    def cannot_future(self, p: Params) -> str:
        return fill(
            self.tr("%1 cannot be in the future."),
            p.text("label"),
        )

    def give_pd_both_eyes_binocular(self, p: Params) -> str:
        return self.tr("Give the PD of both eyes, or the binocular PD.")

    def date_yyyy_mm_dd(self, p: Params) -> str:
        return fill(
            self.tr("%1 is a date (YYYY-MM-DD)."),
            p.text("label"),
        )

    def record_s_date_future(self, p: Params) -> str:
        return self.tr("The record's date is in the future.")

    def there_such_record(self, p: Params) -> str:
        return self.tr("There is no such record.")

    def there_such_record_template(self, p: Params) -> str:
        return self.tr("There is no such record template.")

    def record_template_switched_off(self, p: Params) -> str:
        return self.tr("This record template is switched off.")

    def client_has_spectacle_prescription_file(self, p: Params) -> str:
        return self.tr("This client has no spectacle prescription on file.")

    def record_one_client_s_prescriptions(self, p: Params) -> str:
        return self.tr("That record is not one of this client's prescriptions.")

    def choose_one_client_s_visits(self, p: Params) -> str:
        return self.tr("Choose one of this client's visits.")

    def record_belongs_visit_choose_visit(self, p: Params) -> str:
        return self.tr("This record belongs to a visit: choose the visit.")

    def built_template_changes_only_program(self, p: Params) -> str:
        return self.tr("A built-in template changes only with the program; copy it to change it.")

    def only_template_visits_offered_per(self, p: Params) -> str:
        return self.tr("Only a template for visits is offered per service.")

    def choose_minus_plus_cylinders_decimal(self, p: Params) -> str:
        return self.tr("Choose minus or plus cylinders, and decimal, 6/x or 20/x acuity.")

    def no_such_field(self, p: Params) -> str:
        return fill(
            self.tr("The template has no field %1."),
            p.quoted("name"),
        )

    def no_such_row(self, p: Params) -> str:
        return fill(
            self.tr("%1: there is no row %2."),
            p.text("label"),
            p.quoted("row"),
        )

    def row_values_by_name(self, p: Params) -> str:
        return fill(
            self.tr("%1: %2 needs its values by name."),
            p.text("label"),
            p.text("row"),
        )

    def no_such_part(self, p: Params) -> str:
        return fill(
            self.tr("%1 has no part %2."),
            p.text("label"),
            p.quoted("part"),
        )

    def text_too_long(self, p: Params) -> str:
        return fill(
            self.tr("%1 is at most %2 characters."),
            p.text("label"),
            p.text("maximum"),
        )

    def below_minimum_unit(self, p: Params) -> str:
        return fill(
            self.tr("%1 is at least %2 %3."),
            p.text("label"),
            p.text("number"),
            p.text("unit"),
        )

    def below_minimum(self, p: Params) -> str:
        return fill(
            self.tr("%1 is at least %2."),
            p.text("label"),
            p.text("number"),
        )

    def above_maximum_unit(self, p: Params) -> str:
        return fill(
            self.tr("%1 is at most %2 %3."),
            p.text("label"),
            p.text("number"),
            p.text("unit"),
        )

    def above_maximum(self, p: Params) -> str:
        return fill(
            self.tr("%1 is at most %2."),
            p.text("label"),
            p.text("number"),
        )

    def off_step_unit(self, p: Params) -> str:
        return fill(
            self.tr("%1 goes in steps of %2 %3."),
            p.text("label"),
            p.text("number"),
            p.text("unit"),
        )

    def off_step(self, p: Params) -> str:
        return fill(
            self.tr("%1 goes in steps of %2."),
            p.text("label"),
            p.text("number"),
        )

    def not_a_choice(self, p: Params) -> str:
        return fill(
            self.tr("%1: %2 is not one of the choices."),
            p.text("label"),
            p.quoted("text"),
        )

    def needs_follower(self, p: Params) -> str:
        return fill(
            self.tr("%1 is needed with %2."),
            p.text("follower"),
            p.text("leader"),
        )

    def needs_leader(self, p: Params) -> str:
        return fill(
            self.tr("%1 is given only with %2."),
            p.text("follower"),
            p.text("leader"),
        )

    def required_when(self, p: Params) -> str:
        return fill(
            self.tr("%1 is needed for %2."),
            p.text("label"),
            p.text("choice"),
        )

    def not_allowed_when(self, p: Params) -> str:
        return fill(
            self.tr("%1 is only for %2."),
            p.text("label"),
            p.text("choices"),
        )

    def not_before(self, p: Params) -> str:
        return fill(
            self.tr("%1 is on or after %2."),
            p.text("follower"),
            p.text("leader"),
        )

    def pd_mismatch(self, p: Params) -> str:
        return fill(
            self.tr("The binocular PD (%1) is not the two eyes' PDs added (%2)."),
            p.text("binocular"),
            p.text("total"),
        )

    def field_key_rules(self, p: Params) -> str:
        return fill(
            self.tr("Field keys are short, lower-case and unique (%1)."),
            p.quoted("key_found"),
        )

    def locked(self, p: Params) -> str:
        return self.tr(
            "This record can no longer be edited (own entries only, within 24 hours); "
            "add a correction instead."
        )
