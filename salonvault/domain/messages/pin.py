"""The core's sentences about pin (keys "pin.…"; decision 0032)."""

AREA = "pin"

MESSAGES: dict[str, str] = {
    "not_digits": "A PIN has digits only.",
    "length": "A PIN has {min} to {max} digits.",
    "one_digit": "A PIN cannot be one digit repeated.",
    "run": "A PIN cannot be a run of digits like 123456 or 987654.",
    "pattern": "A PIN cannot repeat a short pattern like 121212 or 123123.",
    "common": "That PIN is among the most common ones; choose another.",
    "date": "A PIN cannot look like a date (people guess birthdays first).",
}
