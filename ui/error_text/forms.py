"""The window's words for the core's "forms.…" messages (decisions 0032 and 0038); tests/
test_error_keys.py checks that each method fills exactly the placeholders of its key's English
template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class FormsErrors(QObject):
    """Methods are named after the key's second part."""

    def no_such_question(self, p: Params) -> str:
        return fill(self.tr("The form has no question %1."), p.text("question"))

    def answer_this(self, p: Params) -> str:
        return self.tr("Answer this question.")

    def answer_yes_or_no(self, p: Params) -> str:
        return self.tr("Answer yes or no.")

    def choose_an_answer(self, p: Params) -> str:
        return self.tr("Choose one of the answers offered.")

    def give_a_date(self, p: Params) -> str:
        return self.tr("Give a date (YYYY-MM-DD).")

    def give_a_number(self, p: Params) -> str:
        return self.tr("Give a number.")

    def number_between(self, p: Params) -> str:
        return fill(
            self.tr("Give a number from %1 to %2."), p.number("minimum"), p.number("maximum")
        )

    def too_long(self, p: Params) -> str:
        return self.tr("At most %n characters.", "", p.count("limit"))

    def no_such_form(self, p: Params) -> str:
        return self.tr("There is no such form.")

    def no_such_signed_form(self, p: Params) -> str:
        return self.tr("There is no such signed form.")

    def no_such_red_flag(self, p: Params) -> str:
        return self.tr("There is no such red flag.")

    def choose_a_language(self, p: Params) -> str:
        return self.tr("Choose one of the form's languages.")

    def already_reviewed(self, p: Params) -> str:
        return self.tr("This red flag has been reviewed already.")

    def no_questions(self, p: Params) -> str:
        return self.tr("A form needs at least one question.")

    def duplicate_question(self, p: Params) -> str:
        return self.tr("Each question needs its own key.")

    def needs_a_title(self, p: Params) -> str:
        return self.tr("A form needs a title.")

    def question_needs_words(self, p: Params) -> str:
        return self.tr("Write the question.")

    def choice_needs_two(self, p: Params) -> str:
        return self.tr("A choice question needs at least two answers to choose from.")

    def choice_needs_words(self, p: Params) -> str:
        return self.tr("Write each answer to choose from.")

    def red_flag_not_an_answer(self, p: Params) -> str:
        return self.tr("A red flag must be one of the question's answers.")

    def red_flag_needs_alert(self, p: Params) -> str:
        return self.tr("Write the health alert a red-flag answer puts on the card.")

    def blocks_without_red_flag(self, p: Params) -> str:
        return self.tr("Only a question with a red-flag answer can stop a service.")

    def resign_months(self, p: Params) -> str:
        return fill(
            self.tr("Signed again after %1 to %2 months."), p.number("minimum"), p.number("maximum")
        )

    def built_in_unchanged(self, p: Params) -> str:
        return self.tr(
            "A built-in form changes only with the program: copy it to change its questions."
        )

    def copy_needs_a_name(self, p: Params) -> str:
        return self.tr("Give the copy a name.")

    def red_flag_review(self, p: Params) -> str:
        return self.tr(
            "The client's consultation form has a red flag that stops this service until the"
            " owner or a technician reviews it (on the client's card)."
        )
