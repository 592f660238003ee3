"""The rules an owner's consultation form keeps (decision 0045), checked before a version is
saved: the window's form editor names the question and the part at fault from the error's field
and its `question` (FormQuestionError)."""

from __future__ import annotations

from salonvault.domain.errors import FormQuestionError, ValidationError
from salonvault.domain.forms import (
    MAX_RESIGN_MONTHS,
    MIN_RESIGN_MONTHS,
    NO,
    YES,
    AnswerKind,
    FormDefinition,
    Question,
    ResignRule,
    Words,
)

MAX_WORDS = 500  # a title, question, choice or alert, in one language


def check_definition(definition: FormDefinition) -> None:
    """A title, at least one question, each question's own key and words, two or more answers
    to choose from, red flags that are answers the question offers and have the alert's words,
    and only a question with a red flag stopping a service."""
    if not _said(definition.title):
        raise ValidationError("forms.needs_a_title", field="title")
    _check_words(definition.title, "title")
    questions = definition.questions()
    if not questions:
        raise ValidationError("forms.no_questions", field="definition")
    keys = [q.key for q in questions]
    if len(keys) != len(set(keys)) or not all(keys):
        raise ValidationError("forms.duplicate_question", field="definition")
    for question in questions:
        _check_question(question)
    check_months(definition.resign_months)


def _check_question(q: Question) -> None:
    if not _said(q.text):
        raise FormQuestionError("forms.question_needs_words", "question_text", q.key)
    _check_words(q.text, "question_text")
    if q.kind is AnswerKind.CHOICE:
        if len(q.choices) < 2:
            raise FormQuestionError("forms.choice_needs_two", "choices", q.key)
        if any(not _said(c.label) for c in q.choices):
            raise FormQuestionError("forms.choice_needs_words", "choices", q.key)
        for choice in q.choices:
            _check_words(choice.label, "choices")
    offered = {YES, NO} if q.kind is AnswerKind.YES_NO else {c.key for c in q.choices}
    if not q.red_flags <= offered:
        raise FormQuestionError("forms.red_flag_not_an_answer", "red_flags", q.key)
    if q.red_flags and not _said(q.alert):
        raise FormQuestionError("forms.red_flag_needs_alert", "alert", q.key)
    _check_words(q.alert, "alert")
    if q.blocks and not q.red_flags:
        raise FormQuestionError("forms.blocks_without_red_flag", "blocks", q.key)


def check_months(months: int) -> None:
    if not MIN_RESIGN_MONTHS <= months <= MAX_RESIGN_MONTHS:
        raise ValidationError(
            "forms.resign_months",
            field="resign_months",
            minimum=MIN_RESIGN_MONTHS,
            maximum=MAX_RESIGN_MONTHS,
        )


def check_rule(rule: ResignRule) -> None:
    check_months(rule.months)


def _said(text: Words) -> bool:
    return any(value.strip() for value in text.values())


def _check_words(text: Words, field: str) -> None:
    if any(len(value) > MAX_WORDS for value in text.values()):
        raise ValidationError("forms.too_long", field=field, limit=MAX_WORDS)
