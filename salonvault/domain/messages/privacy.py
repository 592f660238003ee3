"""The core's sentences about privacy (keys "privacy.…"; decision 0032)."""

AREA = "privacy"

MESSAGES: dict[str, str] = {
    "time_needs_time_zone": "A time needs its time zone.",
    "impact_assessment_china_vietnam": (
        "The impact-assessment draft is for a salon in China or Vietnam; the salon's country"
        " is {country}."
    ),
    "notice_goes_authority_clients": "A notice goes to the authority or to clients.",
    "there_such_incident_register": "There is no such incident in the register.",
    "describe_what_happened": "Describe what happened.",
    "discovery_cannot_future": "The discovery cannot be in the future.",
    "incident_happens_before_discovered": "An incident happens before it is discovered.",
    "choose_least_one_kind_data": "Choose at least one kind of data.",
    "give_first_registration_date": "Give the first registration date.",
    "give_last_registration_date": "Give the last registration date.",
    "range_ends_before_starts": "The range ends before it starts.",
    "give_number_clients_concerned_your": (
        "Give the number of clients concerned (your best estimate)."
    ),
    "authority_notified_after_discovery": "The authority is notified after the discovery.",
    "notification_cannot_future": "The notification cannot be in the future.",
    "retention_period_between_1_years": "A retention period is between 1 and {max_years} years.",
    "report_language_one_of": "The report language is one of {languages}.",
}
