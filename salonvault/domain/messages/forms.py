"""The core's sentences about consultation forms (keys "forms.…"; decisions 0032 and 0038)."""

AREA = "forms"

MESSAGES: dict[str, str] = {
    "no_such_question": "The form has no question {question}.",
    "answer_this": "Answer this question.",
    "answer_yes_or_no": "Answer yes or no.",
    "choose_an_answer": "Choose one of the answers offered.",
    "give_a_date": "Give a date (YYYY-MM-DD).",
    "give_a_number": "Give a number.",
    "number_between": "Give a number from {minimum} to {maximum}.",
    "too_long": "At most {limit} characters.",
    "no_such_form": "There is no such form.",
    "no_such_signed_form": "There is no such signed form.",
    "no_such_red_flag": "There is no such red flag.",
    "choose_a_language": "Choose one of the form's languages.",
    "already_reviewed": "This red flag has been reviewed already.",
    "no_questions": "A form needs at least one question.",
    "duplicate_question": "Each question needs its own key.",
    "needs_english_title": "A form needs at least its English title.",
    "red_flag_review": (
        "The client's consultation form has a red flag that stops this service until the"
        " owner or a technician reviews it (on the client's card)."
    ),
}
