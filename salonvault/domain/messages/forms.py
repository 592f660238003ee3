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
    "needs_a_title": "A form needs a title.",
    # The form editor selects the question named by the error's "question" parameter.
    "question_needs_words": "Write the question.",
    "choice_needs_two": "A choice question needs at least two answers to choose from.",
    "choice_needs_words": "Write each answer to choose from.",
    "red_flag_not_an_answer": "A red flag must be one of the question's answers.",
    "red_flag_needs_alert": "Write the health alert a red-flag answer puts on the card.",
    "blocks_without_red_flag": "Only a question with a red-flag answer can stop a service.",
    "resign_months": "Signed again after {minimum} to {maximum} months.",
    "built_in_unchanged": (
        "A built-in form changes only with the program: copy it to change its questions."
    ),
    "copy_needs_a_name": "Give the copy a name.",
    "red_flag_review": (
        "The client's consultation form has a red flag that stops this service until the"
        " owner or a technician reviews it (on the client's card)."
    ),
}
