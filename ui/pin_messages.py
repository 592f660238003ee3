"""Translated sentences for the PIN rules (codes from salonvault.domain.pin_rules)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salonvault.domain.pin_rules import MAX_PIN_LENGTH, MIN_PIN_LENGTH, PinProblem
from ui.labels import fill


def pin_problem_text(problem: PinProblem, min_length: int = MIN_PIN_LENGTH) -> str:  # noqa: PLR0911
    # Each call is spelled out so lupdate finds the strings.
    if problem is PinProblem.NOT_DIGITS:
        return QCoreApplication.translate("PinRules", "A PIN has digits only.")
    if problem is PinProblem.LENGTH:
        text = QCoreApplication.translate("PinRules", "A PIN has %1 to %2 digits.")
        return fill(text, min_length, MAX_PIN_LENGTH)
    if problem is PinProblem.ONE_DIGIT:
        return QCoreApplication.translate("PinRules", "A PIN cannot be one digit repeated.")
    if problem is PinProblem.RUN:
        return QCoreApplication.translate(
            "PinRules", "A PIN cannot be a run of digits like 123456 or 987654."
        )
    if problem is PinProblem.PATTERN:
        return QCoreApplication.translate(
            "PinRules", "A PIN cannot repeat a short pattern like 121212 or 123123."
        )
    if problem is PinProblem.COMMON:
        return QCoreApplication.translate(
            "PinRules", "That PIN is among the most common ones; choose another."
        )
    return QCoreApplication.translate(
        "PinRules", "A PIN cannot look like a date (people guess birthdays first)."
    )
