"""The core's sentences about treatments (keys "treatments.…"; decision 0032)."""

AREA = "treatments"

MESSAGES: dict[str, str] = {
    "write_developer_6_20_vol": "Write the developer as 6%, 20 vol or 6% / 20 vol.",
    "write_mixing_ratio_1_1": "Write the mixing ratio as 1:1, 1:1.5 or 1:2.",
    "developer_s_volume_whole_number": "A developer's volume is a whole number, like 20 vol.",
    "type_price_number_e_g": "Type the price as a number, e.g. 120.50.",
    "patch_test_date_future": "The patch test date is in the future.",
    "visit_date_future": "The visit date is in the future.",
    "choose_one_salon_s_services": "Choose one of the salon's services.",
    "choose_who_did_treatment": "Choose who did the treatment.",
    "currency_3_letter_code_vnd": "The currency is a 3-letter code (VND, PLN, CNY…).",
    "there_such_treatment": "There is no such treatment.",
    "patch_test_client_s_record": "That patch test is not on this client's record.",
    "patch_test_required": (
        "This service needs a valid patch test and the client's is {status}; record a patch "
        "test, or acknowledge the warning to go ahead (it is logged)."
    ),
    "visit_locked": (
        "This treatment can no longer be edited (own entries only, within 24 hours); add a "
        "correction instead."
    ),
}
