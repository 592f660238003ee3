"""The window's words for the core's "clients.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class ClientsErrors(QObject):
    """Methods are named after the key's second part."""

    def there_such_client_already_erased(self, p: Params) -> str:
        return self.tr("There is no such client (already erased?).")

    def type_client_s_name_exactly(self, p: Params) -> str:
        return self.tr("Type the client's name exactly as shown to confirm the erasure.")

    def enter(self, p: Params) -> str:
        return fill(
            self.tr("Enter the %1."),
            p.text("label"),
        )

    def has_most_characters(self, p: Params) -> str:
        return fill(
            self.tr("The %1 has at most %2 characters."),
            p.text("label"),
            p.text("maximum"),
        )

    def contains_characters_text(self, p: Params) -> str:
        return fill(
            self.tr("The %1 contains characters that are not text."),
            p.text("label"),
        )

    def phone_number_valid_numbers_without(self, p: Params) -> str:
        return fill(
            self.tr(
                "That phone number is not valid (numbers without a country code are read as "
                "%1; add +48, +84, +86 … for others)."
            ),
            p.text("region"),
        )

    def e_mail_address_does_look(self, p: Params) -> str:
        return self.tr("That e-mail address does not look right.")

    def birth_date_future(self, p: Params) -> str:
        return self.tr("The birth date is in the future.")

    def birth_date_before_1900(self, p: Params) -> str:
        return self.tr("The birth date is before 1900.")

    def enter_parent_guardian_minor_name(self, p: Params) -> str:
        return self.tr("Enter the parent or guardian of a minor (name and how to reach them).")

    def guardian_kept_only_minor(self, p: Params) -> str:
        return self.tr("A guardian is kept only for a minor.")

    def client_has_most_tags(self, p: Params) -> str:
        return fill(
            self.tr("A client has at most %1 tags."),
            p.text("max_tags"),
        )

    def language_one_en_vi_pl(self, p: Params) -> str:
        return self.tr("The language is one of en, vi, pl, zh_CN (or empty).")

    def birth_date_shows_older_correct(self, p: Params) -> str:
        return fill(
            self.tr('The birth date shows %1 or older; correct it or untick "minor".'),
            p.text("age_of_majority"),
        )

    def birth_date_shows_under_tick(self, p: Params) -> str:
        return fill(
            self.tr('The birth date shows under %1; tick "minor" (and add the guardian).'),
            p.text("age_of_majority"),
        )

    def separate_tags_commas_tag_has(self, p: Params) -> str:
        return self.tr("Separate tags with commas; a tag has no comma.")

    def tag_needs_letters_digits(self, p: Params) -> str:
        return self.tr("A tag needs letters or digits.")

    def write_birth_date_yyyy_mm(self, p: Params) -> str:
        return self.tr("Write the birth date as YYYY-MM-DD (for example 1990-04-23).")

    def looks_like_payment_card_number(self, p: Params) -> str:
        return self.tr("This looks like a payment card number; card numbers are never stored.")

    def choose_two_different_clients_merge(self, p: Params) -> str:
        return self.tr("Choose two different clients to merge.")

    def there_client_already_merged_erased(self, p: Params) -> str:
        return fill(
            self.tr("There is no client %1 (already merged or erased?)."),
            p.text("client_id"),
        )

    def type_name_client_being_merged(self, p: Params) -> str:
        return self.tr("Type the name of the client being merged away exactly as shown to confirm.")

    def client_has_most_phone_numbers(self, p: Params) -> str:
        return fill(
            self.tr("A client has at most %1 phone numbers."),
            p.text("max_phones"),
        )

    def phone_first_phone_numbers_send(self, p: Params) -> str:
        return self.tr("The phone is the first of the phone numbers; send one or make them agree.")

    def salon_does_collect_phones_see(self, p: Params) -> str:
        return self.tr("This salon does not collect phones (see Settings).")

    def note_pinned_client_s_card(self, p: Params) -> str:
        return self.tr("That note is not pinned on this client's card.")

    def there_such_client(self, p: Params) -> str:
        return self.tr("There is no such client.")

    def client_has_most_pinned_notes(self, p: Params) -> str:
        return fill(
            self.tr("A client has at most %1 pinned notes; unpin one first."),
            p.text("max_pinned_per_client"),
        )

    def allergies_changed_health_items_client(self, p: Params) -> str:
        return self.tr("Allergies are changed as health items, not with the client's details.")

    def most_clients_time(self, p: Params) -> str:
        return fill(
            self.tr("At most %1 clients at a time."),
            p.text("max_page"),
        )

    def health_item_client_s_record(self, p: Params) -> str:
        return self.tr("That health item is not on this client's record.")

    def duplicate_suspected(self, p: Params) -> str:
        return fill(
            self.tr("This may be a client who is already registered (id %1); check before adding."),
            p.text("ids"),
        )

    def tag_too_long(self, p: Params) -> str:
        return fill(
            self.tr('A tag has at most %1 characters ("%2…").'),
            p.text("maximum"),
            p.text("tag"),
        )

    def unknown_fields(self, p: Params) -> str:
        return fill(
            self.tr("Unknown fields: %1."),
            p.text("names"),
        )

    def field_not_collected(self, p: Params) -> str:
        return fill(
            self.tr(
                "This salon does not collect %1; the owner can switch them on in Settings → "
                "Client details."
            ),
            p.text("fields"),
        )

    def recall_lapsed_range(self, p: Params) -> str:
        return fill(
            self.tr("Lapsed after %1 to %2 months without a visit."),
            p.text("low"),
            p.text("high"),
        )

    def recall_page_limit(self, p: Params) -> str:
        return fill(
            self.tr("At most %1 rows at a time."),
            p.text("most"),
        )

    def recall_hide_until_future(self, p: Params) -> str:
        return self.tr("Choose a day after today to hide the line until.")

    def recall_hide_only_not_now(self, p: Params) -> str:
        return self.tr("Only 'not now' hides a line until a day.")
