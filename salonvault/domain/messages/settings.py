"""The core's sentences about settings (keys "settings.…"; decision 0032)."""

AREA = "settings"

MESSAGES: dict[str, str] = {
    "choose_country_two_letter_code": "Choose a country by its two-letter code (VN, PL, CN, GB …).",
    "choose_least_one_kind_business": "Choose at least one kind of business.",
    "address_has_most_300_characters": "The address has at most 300 characters.",
    "address_contains_characters_text": "The address contains characters that are not text.",
    "salon_name_needs_1_120": "The salon name needs 1 to 120 characters.",
    "salon_name_contains_characters_text": "The salon name contains characters that are not text.",
    "idle_lock_1_minutes": "The idle lock is 1 to {max_idle_minutes} minutes.",
    "shortest_pin_can_set_from": (
        "The shortest PIN can be set from {min_pin_length} to {max_pin_length} digits."
    ),
    "choose_language": "Choose one of: {languages}.",
    "health_basis_one_of": "The basis is one of: {names}.",
    "too_many_recipients": "List at most {most} recipients.",
    "recipient_name_1_120": "Recipient {row}: the name needs 1 to 120 characters of text.",
    "recipient_purpose_1_200": (
        "Recipient {row}: say what it receives the data for (1 to 200 characters)."
    ),
    "recipient_safeguard_200": "Recipient {row}: the safeguard has at most 200 characters.",
    "recipient_country_code": (
        "Recipient {row}: choose its country by the two-letter code (VN, PL, CN, DE …)."
    ),
    "recipient_named_twice": "Recipient {row}: that name is already in the list.",
}
