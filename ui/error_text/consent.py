"""The window's words for the core's "consent.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class ConsentErrors(QObject):
    """Methods are named after the key's second part."""

    def choose_marketing_channels_only(self, p: Params) -> str:
        return self.tr("Choose marketing channels only.")

    def form_opened_print_save(self, p: Params) -> str:
        return self.tr("A form is opened to print or to save.")

    def there_such_consent_record(self, p: Params) -> str:
        return self.tr("There is no such consent record.")

    def client_s_signature_missing(self, p: Params) -> str:
        return self.tr("The client's signature is missing.")

    def decision_granted_refused(self, p: Params) -> str:
        return self.tr("A decision is 'granted' or 'refused'.")

    def signed_screen_paper(self, p: Params) -> str:
        return self.tr("Signed 'on_screen' or on 'paper'.")

    def text_unchanged_new_version_made(self, p: Params) -> str:
        return self.tr("The text is unchanged; no new version was made.")

    def salon_has_switched_off_consent(self, p: Params) -> str:
        return fill(
            self.tr("The salon has switched off consent for %1."),
            p.text("purpose"),
        )

    def client_has_active_consent_withdraw(self, p: Params) -> str:
        return fill(
            self.tr("This client has no active consent for %1 to withdraw."),
            p.text("purpose"),
        )

    def information_not_refused(self, p: Params) -> str:
        return fill(
            self.tr(
                "%1 is information the client acknowledges, not a consent to refuse: the "
                "salon needs these records to provide its services."
            ),
            p.text("purpose"),
        )

    def information_not_withdrawn(self, p: Params) -> str:
        return fill(
            self.tr(
                "%1 is information, not a consent, so there is nothing to withdraw: the "
                "client may object or ask for the record to be erased."
            ),
            p.text("purpose"),
        )

    def consent_text_changed_while_form(self, p: Params) -> str:
        return self.tr(
            "The consent text changed while the form was open; nothing was recorded. "
            "Show the client the new text."
        )

    def consent_text_changed_meanwhile_try(self, p: Params) -> str:
        return self.tr("The consent text changed meanwhile; try again.")

    def consent_text_empty(self, p: Params) -> str:
        return self.tr("The consent text is empty.")

    def consent_text_has_most_characters(self, p: Params) -> str:
        return fill(
            self.tr("The consent text has at most %1 characters."),
            p.text("max_template"),
        )

    def signature_image_too_large(self, p: Params) -> str:
        return self.tr("The signature image is too large.")

    def signature_png_image(self, p: Params) -> str:
        return self.tr("The signature is not a PNG image.")

    def form_signed_paper_has_screen(self, p: Params) -> str:
        return self.tr("A form signed on paper has no on-screen signature.")

    def choose_agree_refuse_least_one(self, p: Params) -> str:
        return self.tr("Choose agree or refuse for at least one purpose.")

    def form_signed_screen_has_paper(self, p: Params) -> str:
        return self.tr("A form signed on screen has no paper reference.")

    def unknown_consent_purpose_use_one(self, p: Params) -> str:
        return fill(
            self.tr("Unknown consent purpose; use one of: %1."),
            p.text("names"),
        )

    def consent_text_contains_characters_text(self, p: Params) -> str:
        return self.tr("The consent text contains characters that are not text.")

    def signature_empty_ask_client_sign(self, p: Params) -> str:
        return self.tr("The signature is empty; ask the client to sign.")

    def signature_image_cannot_read(self, p: Params) -> str:
        return self.tr("The signature image cannot be read.")

    def photo_consent_required(self, p: Params) -> str:
        return self.tr(
            "This client has no active photo consent (never given, or withdrawn); "
            "record the client's consent before taking, adding or viewing photos."
        )

    def consent_required(self, p: Params) -> str:
        return fill(
            self.tr("This client has no active consent for %1; record it first."),
            p.text("purpose"),
        )

    def language_one_of(self, p: Params) -> str:
        return fill(
            self.tr("The consent language is one of %1."),
            p.text("languages"),
        )

    def signature_size(self, p: Params) -> str:
        return fill(
            self.tr("The signature image is %1x%2 pixels; it must be from %3x%4 to %5x%6."),
            p.text("width"),
            p.text("height"),
            p.text("min_width"),
            p.text("min_height"),
            p.text("max_width"),
            p.text("max_height"),
        )

    def health_not_asked(self, p: Params) -> str:
        return self.tr(
            "Health details are kept only with the client's consent, and this client has not"
            " been asked yet; record the client's health-data consent first."
        )

    def health_refused(self, p: Params) -> str:
        return self.tr(
            "Health details are kept only with the client's consent, and this client refused"
            " it; nothing was stored."
        )

    def health_withdrawn(self, p: Params) -> str:
        return self.tr(
            "Health details are kept only with the client's consent, and this client withdrew"
            " it; record a new consent first if the client agrees again."
        )

    def health_switched_off(self, p: Params) -> str:
        return self.tr(
            "Health details are kept only with the client's consent, and the salon does not ask"
            " for health-data consent; the owner can switch it on in Consents."
        )
