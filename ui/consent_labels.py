"""Translated names for consent purposes, answers and methods (one place for every widget)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salonvault.domain.consent import Method, Purpose, Standing


def purpose_label(purpose: Purpose) -> str:
    names = {
        Purpose.SERVICE_RECORDS: QCoreApplication.translate("Consent", "Service records"),
        Purpose.HEALTH_DATA: QCoreApplication.translate("Consent", "Health information"),
        Purpose.PHOTOS: QCoreApplication.translate("Consent", "Before/after photos"),
        Purpose.PHOTOS_MARKETING: QCoreApplication.translate("Consent", "Photos in marketing"),
        Purpose.MARKETING_SMS: QCoreApplication.translate("Consent", "Marketing by SMS"),
        Purpose.MARKETING_EMAIL: QCoreApplication.translate("Consent", "Marketing by e-mail"),
        Purpose.MARKETING_PHONE: QCoreApplication.translate("Consent", "Marketing by phone"),
        Purpose.MARKETING_MESSAGING: QCoreApplication.translate(
            "Consent", "Marketing by messaging apps"
        ),
        Purpose.REMINDERS: QCoreApplication.translate("Consent", "Reminders"),
    }
    return names[purpose]


def standing_label(standing: Standing) -> str:
    names = {
        Standing.NOT_ASKED: QCoreApplication.translate("Consent", "Not asked"),
        Standing.GRANTED: QCoreApplication.translate("Consent", "Agreed"),
        Standing.REFUSED: QCoreApplication.translate("Consent", "Refused"),
        Standing.WITHDRAWN: QCoreApplication.translate("Consent", "Withdrawn"),
    }
    return names[standing]


def answer_label(standing: Standing, purpose: Purpose) -> str:
    """A client's answer for a purpose: information (visit records) is acknowledged, not
    agreed to (decision 0042)."""
    if purpose.information_only and standing is Standing.GRANTED:
        return QCoreApplication.translate("Consent", "Acknowledged")
    return standing_label(standing)


def method_label(method: Method) -> str:
    if method is Method.ON_SCREEN:
        return QCoreApplication.translate("Consent", "Signed on screen")
    return QCoreApplication.translate("Consent", "Signed on paper")
