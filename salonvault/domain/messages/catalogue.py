"""The core's sentences about catalogue (keys "catalogue.…"; decision 0032)."""

AREA = "catalogue"

MESSAGES: dict[str, str] = {
    "duration_from_1_minutes": "The duration is from 1 to {max_service_minutes} minutes.",
    "price_out_range": "The price is out of range.",
    "two_services_have_same_name": "Two services have the same name.",
    "salon_has_most_services": "A salon has at most {max_services} services.",
    "there_such_service": "There is no such service.",
    "give_every_service_exactly_once": "Give every service exactly once to change the order.",
}
