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
}
