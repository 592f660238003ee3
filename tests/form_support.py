"""Helpers for the consultation-form tests: a harmless set of answers, a drawn signature."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from salonvault.domain.forms import NO, AnswerKind, FormDefinition


def harmless_answers(definition: FormDefinition, **overrides: object) -> dict[str, object]:
    """ "No" to every yes/no question, the first choice of each choice; nothing else."""
    answers: dict[str, object] = {}
    for q in definition.questions():
        if q.kind is AnswerKind.YES_NO:
            answers[q.key] = NO
        elif q.kind is AnswerKind.CHOICE:
            answers[q.key] = q.choices[0].key
    answers.update(overrides)
    return answers


def signature_png() -> bytes:
    image = Image.new("RGBA", (600, 200), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(20, 150), (200, 40), (400, 160)], fill="black", width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
