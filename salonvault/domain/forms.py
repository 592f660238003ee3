"""Consultation (intake) forms (issue 23 item 1, decision 0038): definitions, answers, red flags.

A form is sections of questions with typed answers. Each question's words are kept in the four
languages; the client chooses one at filling time and the exact text shown in it (`shown_text`)
is hashed and kept with the answers, like a consent text. A definition version is never changed:
a new one is added (canonical JSON, SHA-256), and a form filled on an older version asks for
re-signing.

A question may name answers that are red flags (pregnant, on isotretinoin, a pacemaker …): a
filled form turns each into a health alert on the card, and a blocking one stops the form's
services until the owner or a technician reviews it.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from salonvault.domain.errors import ValidationError

FORM_LANGUAGES = ("en", "vi", "pl", "zh_CN")
MAX_TEXT_ANSWER = 1000

Words = dict[str, str]  # language -> text, all four languages


class AnswerKind(StrEnum):
    YES_NO = "yes_no"
    CHOICE = "choice"
    TEXT = "text"
    DATE = "date"
    NUMBER = "number"


YES = "yes"
NO = "no"


@dataclass(frozen=True, slots=True)
class Choice:
    key: str
    label: Words


@dataclass(frozen=True, slots=True)
class Question:
    key: str
    kind: AnswerKind
    text: Words
    required: bool = True
    choices: tuple[Choice, ...] = ()
    # Answers (YES, or choice keys) that are red flags; `alert` is the health alert's words.
    red_flags: frozenset[str] = frozenset()
    alert: Words = field(default_factory=dict)
    blocks: bool = False  # a red flag here stops the service until it is reviewed
    health: bool = True  # health data: its answer follows the health rules
    minimum: Decimal | None = None
    maximum: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: Words
    questions: tuple[Question, ...]


@dataclass(frozen=True, slots=True)
class FormDefinition:
    title: Words
    intro: Words
    sections: tuple[Section, ...]
    resign_months: int = 12  # a signed form is due again after this many months

    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]

    def question(self, key: str) -> Question | None:
        return next((q for q in self.questions() if q.key == key), None)


class FormStatus(StrEnum):
    """Where a client stands with one form: the services it guards read this."""

    MISSING = "missing"  # never signed
    CURRENT = "current"
    EXPIRED = "expired"  # older than the form's re-sign months
    HEALTH_CHANGED = "health_changed"  # the card's health details changed after signing
    NEW_VERSION = "new_version"  # signed on a version since replaced


MIN_RESIGN_MONTHS, MAX_RESIGN_MONTHS = 1, 120


@dataclass(frozen=True, slots=True)
class ResignRule:
    """When a signed form is due again: `months` after the signing day, and (when
    `on_health_change`) as soon as the card's health details change. The owner sets it per form
    without a new version (decision 0045); until then the version's own months apply."""

    months: int
    on_health_change: bool = True


@dataclass(frozen=True, slots=True)
class FormVersion:
    id: int
    form_key: str
    version: int
    definition: FormDefinition
    sha256: str
    built_in: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class RedFlag:
    id: int
    filled_form_id: int
    question_key: str
    answer: str
    blocks: bool
    reviewed_by: int | None
    reviewed_by_name: str
    reviewed_at: datetime | None
    review_note: str


@dataclass(frozen=True, slots=True)
class FilledForm:
    """A signed form. `answers` is empty and `withheld` true for a role that may not see health
    answers: it then learns only that the form is on file, when, and its red flags' count."""

    id: int
    client_id: int
    form_key: str
    version: int
    version_id: int
    language: str
    shown_sha256: str
    answers: dict[str, str]
    signed_at: datetime
    signed_on: date
    witness_id: int
    witness_name: str
    red_flags: tuple[RedFlag, ...]
    withheld: bool = False


@dataclass(frozen=True, slots=True)
class FormCheck:
    """What stands between a client and a service, form by form (`FormService.check`)."""

    form_key: str
    title: str
    status: FormStatus
    unreviewed_blocking: tuple[int, ...]  # red flag ids

    @property
    def blocks(self) -> bool:
        return bool(self.unreviewed_blocking)


# -- canonical JSON and the text shown -------------------------------------------------------


def definition_json(definition: FormDefinition) -> str:
    return json.dumps(_plain(definition), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def definition_sha256(definition: FormDefinition) -> str:
    return hashlib.sha256(definition_json(definition).encode("utf-8")).hexdigest()


def _plain(definition: FormDefinition) -> dict[str, object]:
    return {
        "title": definition.title,
        "intro": definition.intro,
        "resign_months": definition.resign_months,
        "sections": [
            {
                "key": s.key,
                "title": s.title,
                "questions": [_plain_question(q) for q in s.questions],
            }
            for s in definition.sections
        ],
    }


def _plain_question(q: Question) -> dict[str, object]:
    return {
        "key": q.key,
        "kind": q.kind.value,
        "text": q.text,
        "required": q.required,
        "choices": [{"key": c.key, "label": c.label} for c in q.choices],
        "red_flags": sorted(q.red_flags),
        "alert": q.alert,
        "blocks": q.blocks,
        "health": q.health,
        "minimum": None if q.minimum is None else str(q.minimum),
        "maximum": None if q.maximum is None else str(q.maximum),
    }


def definition_from_json(text: str) -> FormDefinition:
    data = json.loads(text)
    return FormDefinition(
        title=dict(data["title"]),
        intro=dict(data["intro"]),
        resign_months=int(data["resign_months"]),
        sections=tuple(
            Section(
                key=s["key"],
                title=dict(s["title"]),
                questions=tuple(_question_from(q) for q in s["questions"]),
            )
            for s in data["sections"]
        ),
    )


def _question_from(q: dict[str, object]) -> Question:
    def decimal_or_none(value: object) -> Decimal | None:
        return None if value is None else Decimal(str(value))

    choices = q["choices"]
    assert isinstance(choices, list)
    return Question(
        key=str(q["key"]),
        kind=AnswerKind(str(q["kind"])),
        text=dict(q["text"]),  # type: ignore[call-overload]
        required=bool(q["required"]),
        choices=tuple(Choice(str(c["key"]), dict(c["label"])) for c in choices),
        red_flags=frozenset(str(f) for f in q["red_flags"]),  # type: ignore[attr-defined]
        alert=dict(q["alert"]),  # type: ignore[call-overload]
        blocks=bool(q["blocks"]),
        health=bool(q["health"]),
        minimum=decimal_or_none(q["minimum"]),
        maximum=decimal_or_none(q["maximum"]),
    )


def words(text: Words, language: str) -> str:
    """A text in `language`, else English (an owner's own form may be in fewer languages)."""
    return text.get(language) or text.get("en") or next(iter(text.values()), "")


def shown_text(definition: FormDefinition, language: str) -> str:
    """The exact text the client is shown, one line per item: what the kept hash is of."""
    lines = [words(definition.title, language), words(definition.intro, language)]
    for section in definition.sections:
        lines.append(f"## {words(section.title, language)}")
        for q in section.questions:
            lines.append(f"- {q.key}: {words(q.text, language)}")
            lines.extend(f"  * {c.key}: {words(c.label, language)}" for c in q.choices)
    return "\n".join(lines)


def shown_sha256(definition: FormDefinition, language: str) -> str:
    return hashlib.sha256(shown_text(definition, language).encode("utf-8")).hexdigest()


# -- answers ---------------------------------------------------------------------------------


def clean_answers(definition: FormDefinition, raw: dict[str, object]) -> dict[str, str]:
    """Every answer as text, checked against its question; unknown keys and missing required
    answers are refused with the question's key as the field."""
    known = {q.key for q in definition.questions()}
    for key in raw:
        if key not in known:
            raise ValidationError("forms.no_such_question", field=key, question=key)
    cleaned: dict[str, str] = {}
    for q in definition.questions():
        value = raw.get(q.key)
        text = "" if value is None else _answer_text(q, value)
        if not text:
            if q.required:
                raise ValidationError("forms.answer_this", field=q.key)
            continue
        cleaned[q.key] = text
    return cleaned


def _answer_text(q: Question, value: object) -> str:
    if q.kind is AnswerKind.YES_NO:
        if isinstance(value, bool):
            return YES if value else NO
        if str(value) not in (YES, NO, ""):
            raise ValidationError("forms.answer_yes_or_no", field=q.key)
        return str(value)
    if q.kind is AnswerKind.CHOICE:
        if str(value) not in {c.key for c in q.choices} | {""}:
            raise ValidationError("forms.choose_an_answer", field=q.key)
        return str(value)
    if q.kind is AnswerKind.DATE:
        return _date_text(q, value)
    if q.kind is AnswerKind.NUMBER:
        return _number_text(q, value)
    text = " ".join(str(value).split())
    if len(text) > MAX_TEXT_ANSWER:
        raise ValidationError("forms.too_long", field=q.key, limit=MAX_TEXT_ANSWER)
    return text


def _date_text(q: Question, value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat() if str(value) else ""
    except ValueError:
        raise ValidationError("forms.give_a_date", field=q.key) from None


def _number_text(q: Question, value: object) -> str:
    if str(value).strip() == "":
        return ""
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError("forms.give_a_number", field=q.key) from None
    if not number.is_finite() or math.isnan(float(number)):
        raise ValidationError("forms.give_a_number", field=q.key)
    if (q.minimum is not None and number < q.minimum) or (
        q.maximum is not None and number > q.maximum
    ):
        raise ValidationError(
            "forms.number_between", field=q.key, minimum=q.minimum, maximum=q.maximum
        )
    return str(number)


def red_flag_answers(definition: FormDefinition, answers: dict[str, str]) -> list[Question]:
    """The questions whose answer is one of their red flags, in form order."""
    return [q for q in definition.questions() if answers.get(q.key, "") in q.red_flags]


def answer_words(q: Question, answer: str, language: str) -> str:
    """An answer as the client's language says it (yes/no and choices), else as written."""
    if q.kind is AnswerKind.YES_NO:
        return words(_YES_NO[answer], language) if answer in _YES_NO else answer
    if q.kind is AnswerKind.CHOICE:
        found = next((c for c in q.choices if c.key == answer), None)
        return words(found.label, language) if found else answer
    return answer


_YES_NO: dict[str, Words] = {
    YES: {"en": "Yes", "vi": "Có", "pl": "Tak", "zh_CN": "是"},
    NO: {"en": "No", "vi": "Không", "pl": "Nie", "zh_CN": "否"},
}


def yes_no_words(language: str) -> tuple[str, str]:
    return words(_YES_NO[YES], language), words(_YES_NO[NO], language)
