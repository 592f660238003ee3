"""Translated sentences for the PIN rules (codes from salonvault.domain.pin_rules)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salonvault.domain.pin_rules import MAX_PIN_LENGTH, MIN_PIN_LENGTH, PinProblem


def pin_problem_text(problem: PinProblem, min_length: int = MIN_PIN_LENGTH) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("PinRules", text)

    texts = {
        PinProblem.NOT_DIGITS: tr("A PIN has digits only."),
        PinProblem.LENGTH: tr("A PIN has %1 to %2 digits.")
        .replace("%1", str(min_length))
        .replace("%2", str(MAX_PIN_LENGTH)),
        PinProblem.ONE_DIGIT: tr("A PIN cannot be one digit repeated."),
        PinProblem.RUN: tr("A PIN cannot be a run of digits like 123456 or 987654."),
        PinProblem.PATTERN: tr("A PIN cannot repeat a short pattern like 121212 or 123123."),
        PinProblem.COMMON: tr("That PIN is among the most common ones; choose another."),
        PinProblem.DATE: tr("A PIN cannot look like a date (people guess birthdays first)."),
    }
    return texts[problem]
