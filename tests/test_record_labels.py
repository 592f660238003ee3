"""The built-in templates' words in four languages (salonvault.domain.record_labels): every
name, label, choice and zone a built-in uses has them, so neither the window nor the data report
falls back to English for a field a later version adds."""

from __future__ import annotations

from salonvault.domain.record_labels import (
    LANGUAGES,
    choice_in,
    eye_heading_in,
    known_choice,
    known_label,
    label_in,
)
from salonvault.services.records import BUILT_IN_TEMPLATES

SAME_EVERYWHERE = {
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "J",
    "B",
    "C",
    "CC",
    "D",
    "DD",
    "L",
    "LC",
    "M",
}


def _words() -> tuple[set[str], set[str]]:
    labels, choices = set(), set()
    for definition in BUILT_IN_TEMPLATES.values():
        labels.add(definition.name)
        for spec in definition.fields:
            labels.add(spec.label)
            choices.update(spec.choices, spec.zones)
            for part in spec.parts:
                labels.add(part.label)
                choices.update(part.choices)
    return labels, choices - SAME_EVERYWHERE


def test_every_built_in_word_is_in_the_table() -> None:
    labels, choices = _words()
    assert sorted(label for label in labels if not known_label(label)) == []
    assert sorted(key for key in choices if not known_choice(key)) == []


def test_the_words_by_language() -> None:
    assert [label_in("Sphere", language) for language in LANGUAGES] == [
        "Sphere",
        "Cầu",
        "Sfera",
        "球镜",
    ]
    assert choice_in("two_weekly", "pl") == "dwutygodniowe"
    assert label_in("Our own field", "vi") == "Our own field"  # the owner's, as typed
    assert choice_in("our_own", "zh_CN") == "our own"


def test_the_eyes_are_headed_as_the_prescription_paper_heads_them() -> None:
    from salonvault.documents.prescription_text import PRESCRIPTION_TEXTS

    for language in LANGUAGES[1:]:
        paper = PRESCRIPTION_TEXTS[language]
        assert eye_heading_in("right", language) == paper.right_eye
        assert eye_heading_in("left", language) == paper.left_eye
