"""The window's words for the core's "staff.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class StaffErrors(QObject):
    """Methods are named after the key's second part."""

    def enter_staff_member_s_name(self, p: Params) -> str:
        return self.tr("Enter the staff member's name.")

    def name_has_most_characters(self, p: Params) -> str:
        return fill(
            self.tr("A name has at most %1 characters."),
            p.text("max_name_length"),
        )

    def name_cannot_contain_control_characters(self, p: Params) -> str:
        return self.tr("A name cannot contain control characters.")

    def there_such_staff_member(self, p: Params) -> str:
        return self.tr("There is no such staff member.")

    def staff_member_has_name(self, p: Params) -> str:
        return self.tr("No staff member has that name.")

    def you_cannot_last_active_owner(self, p: Params) -> str:
        return fill(
            self.tr("You cannot %1 the last active owner; make someone else owner first."),
            p.text("verb"),
        )

    def vault_already_has_staff_owner(self, p: Params) -> str:
        return self.tr("This vault already has staff; the owner adds new people.")

    def you_cannot_reset_your_own(self, p: Params) -> str:
        return self.tr("You cannot reset your own PIN; another owner can, or use the recovery key.")

    def someone_staff_already_has_name(self, p: Params) -> str:
        return self.tr("Someone on the staff already has that name; add a surname or initial.")

    def someone_staff_already_has_name_2(self, p: Params) -> str:
        return self.tr("Someone on the staff already has that name.")

    def briefing_language(self, p: Params) -> str:
        return fill(self.tr("The briefing is in %1."), p.text("languages"))

    def briefing_text_changed(self, p: Params) -> str:
        return self.tr(
            "The briefing's text has changed since it was shown; read the new text and confirm"
            " again."
        )

    def training_topic_empty(self, p: Params) -> str:
        return self.tr("Enter what the training was about.")

    def training_topic_too_long(self, p: Params) -> str:
        return fill(self.tr("A topic has at most %1 characters."), p.text("max_topic"))

    def training_without_attendees(self, p: Params) -> str:
        return self.tr("Choose who attended.")

    def training_date_in_future(self, p: Params) -> str:
        return self.tr("A training date cannot be in the future.")
