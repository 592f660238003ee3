"""Translated names for the recall lists' kinds, marks and why a contact is not shown (one
place for the Recalls page and the activity log)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salonvault.domain.recalls import NoContact, RecallKind, RecallMark


def recall_kind_label(kind: RecallKind) -> str:
    names = {
        RecallKind.EYE_TEST: QCoreApplication.translate("Recalls", "Eye test due"),
        RecallKind.LENS_AFTERCARE: QCoreApplication.translate(
            "Recalls", "Contact-lens aftercare due"
        ),
        RecallKind.PATCH_TEST: QCoreApplication.translate("Recalls", "Patch test running out"),
        RecallKind.LAPSED: QCoreApplication.translate("Recalls", "Lapsed clients"),
        RecallKind.BIRTHDAY: QCoreApplication.translate("Recalls", "Birthdays"),
    }
    return names[kind]


def recall_mark_label(mark: RecallMark) -> str:
    names = {
        RecallMark.CALLED: QCoreApplication.translate("Recalls", "Called"),
        RecallMark.BOOKED: QCoreApplication.translate("Recalls", "Booked"),
        RecallMark.NOT_NOW: QCoreApplication.translate("Recalls", "Not now"),
    }
    return names[mark]


def no_contact_label(reason: NoContact) -> str:
    names = {
        NoContact.NO_CONSENT: QCoreApplication.translate(
            "Recalls", "No consent to contact for this"
        ),
        NoContact.NO_PHONE: QCoreApplication.translate("Recalls", "No phone number on file"),
        NoContact.ROLE: QCoreApplication.translate(
            "Recalls", "Contact details not shown to your role"
        ),
    }
    return names[reason]
