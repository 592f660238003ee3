"""The core's sentences about staff (keys "staff.…"; decision 0032)."""

AREA = "staff"

MESSAGES: dict[str, str] = {
    "enter_staff_member_s_name": "Enter the staff member's name.",
    "name_has_most_characters": "A name has at most {max_name_length} characters.",
    "name_cannot_contain_control_characters": "A name cannot contain control characters.",
    "there_such_staff_member": "There is no such staff member.",
    "staff_member_has_name": "No staff member has that name.",
    "you_cannot_last_active_owner": (
        "You cannot {verb} the last active owner; make someone else owner first."
    ),
    "vault_already_has_staff_owner": "This vault already has staff; the owner adds new people.",
    "you_cannot_reset_your_own": (
        "You cannot reset your own PIN; another owner can, or use the recovery key."
    ),
    "someone_staff_already_has_name": (
        "Someone on the staff already has that name; add a surname or initial."
    ),
    "someone_staff_already_has_name_2": "Someone on the staff already has that name.",
    "briefing_language": "The briefing is in {languages}.",
    "briefing_text_changed": (
        "The briefing's text has changed since it was shown; read the new text and confirm again."
    ),
    "training_topic_empty": "Enter what the training was about.",
    "training_topic_too_long": "A topic has at most {max_topic} characters.",
    "training_without_attendees": "Choose who attended.",
    "training_date_in_future": "A training date cannot be in the future.",
}
