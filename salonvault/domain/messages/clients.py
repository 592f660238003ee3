"""The core's sentences about clients (keys "clients.…"; decision 0032)."""

AREA = "clients"

MESSAGES: dict[str, str] = {
    "there_such_client_already_erased": "There is no such client (already erased?).",
    "type_client_s_name_exactly": "Type the client's name exactly as shown to confirm the erasure.",
    "enter": "Enter the {label}.",
    "has_most_characters": "The {label} has at most {maximum} characters.",
    "contains_characters_text": "The {label} contains characters that are not text.",
    "phone_number_valid_numbers_without": (
        "That phone number is not valid (numbers without a country code are read as "
        "{region}; add +48, +84, +86 … for others)."
    ),
    "e_mail_address_does_look": "That e-mail address does not look right.",
    "birth_date_future": "The birth date is in the future.",
    "birth_date_before_1900": "The birth date is before 1900.",
    "enter_parent_guardian_minor_name": (
        "Enter the parent or guardian of a minor (name and how to reach them)."
    ),
    "guardian_kept_only_minor": "A guardian is kept only for a minor.",
    "client_has_most_tags": "A client has at most {max_tags} tags.",
    "language_one_en_vi_pl": "The language is one of en, vi, pl, zh_CN (or empty).",
    "birth_date_shows_older_correct": (
        'The birth date shows {age_of_majority} or older; correct it or untick "minor".'
    ),
    "birth_date_shows_under_tick": (
        'The birth date shows under {age_of_majority}; tick "minor" (and add the guardian).'
    ),
    "separate_tags_commas_tag_has": "Separate tags with commas; a tag has no comma.",
    "tag_needs_letters_digits": "A tag needs letters or digits.",
    "write_birth_date_yyyy_mm": "Write the birth date as YYYY-MM-DD (for example 1990-04-23).",
    "looks_like_payment_card_number": (
        "This looks like a payment card number; card numbers are never stored."
    ),
    "choose_two_different_clients_merge": "Choose two different clients to merge.",
    "there_client_already_merged_erased": (
        "There is no client {client_id} (already merged or erased?)."
    ),
    "type_name_client_being_merged": (
        "Type the name of the client being merged away exactly as shown to confirm."
    ),
    "client_has_most_phone_numbers": "A client has at most {max_phones} phone numbers.",
    "phone_first_phone_numbers_send": (
        "The phone is the first of the phone numbers; send one or make them agree."
    ),
    "salon_does_collect_phones_see": "This salon does not collect phones (see Settings).",
    "note_pinned_client_s_card": "That note is not pinned on this client's card.",
    "there_such_client": "There is no such client.",
    "client_has_most_pinned_notes": (
        "A client has at most {max_pinned_per_client} pinned notes; unpin one first."
    ),
    "allergies_changed_health_items_client": (
        "Allergies are changed as health items, not with the client's details."
    ),
    "most_clients_time": "At most {max_page} clients at a time.",
    "health_item_client_s_record": "That health item is not on this client's record.",
    "duplicate_suspected": (
        "This may be a client who is already registered (id {ids}); check before adding."
    ),
    "tag_too_long": 'A tag has at most {maximum} characters ("{tag}…").',
    "unknown_fields": "Unknown fields: {names}.",
    "field_not_collected": (
        "This salon does not collect {fields}; the owner can switch them on in Settings → "
        "Client details."
    ),
    "recall_lapsed_range": "Lapsed after {low} to {high} months without a visit.",
    "recall_page_limit": "At most {most} rows at a time.",
    "recall_hide_until_future": "Choose a day after today to hide the line until.",
    "recall_hide_only_not_now": "Only 'not now' hides a line until a day.",
}
