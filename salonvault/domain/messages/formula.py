"""The core's sentences about formula (keys "formula.…"; decision 0032)."""

AREA = "formula"

MESSAGES: dict[str, str] = {
    "too_many_bowls": "A formula has at most {maximum} bowls.",
    "too_many_components": "A bowl has at most {maximum} shades.",
    "grams": "A shade's amount is more than 0 g and at most {maximum} g, in steps of 0.1 g.",
    "bowl_grams": "Colour and developer together are {total} g; a bowl holds at most {maximum} g.",
    "developer_grams": (
        "The developer's amount is more than 0 g and at most {maximum} g, in steps of 0.1 g."
    ),
    "ratio": "The mixing ratio is 1:x with x from {minimum} to {maximum}.",
    "ratio_mismatch": (
        "{colour} g of colour at 1:{ratio} needs {expected} g of developer, not {written} g."
    ),
    "developer_percent": "The developer's strength is {minimum}% to {maximum}%.",
    "developer_volume": "The developer's strength is {minimum} to {maximum} vol.",
    "developer_mismatch": "{percent}% developer is {expected} vol, not {volume} vol.",
    "processing_minutes": "The processing time is {minimum} to {maximum} minutes.",
    "developer_text": "Write the developer as 6%, 20 vol or 6% / 20 vol.",
    "ratio_text": "Write the mixing ratio as 1:1, 1:1.5 or 1:2.",
    "grams_text": "Write a shade's amount in grams, like 7/1 30 g.",
    "in_bowl": "Bowl {bowl_number}: {rule_message}",
    "in_bowl_shade": "Bowl {bowl_number}, shade {shade_number}: {rule_message}",
    "in_shade": "shade {shade_number}: {rule_message}",
    "shade_missing": "A shade has grams but no name.",
    "grams_not_number": "Write grams as a number.",
}
