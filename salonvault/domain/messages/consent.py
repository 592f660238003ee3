"""The core's sentences about consent (keys "consent.…"; decision 0032)."""

AREA = "consent"

MESSAGES: dict[str, str] = {
    "choose_marketing_channels_only": "Choose marketing channels only.",
    "form_opened_print_save": "A form is opened to print or to save.",
    "there_such_consent_record": "There is no such consent record.",
    "client_s_signature_missing": "The client's signature is missing.",
    "decision_granted_refused": "A decision is 'granted' or 'refused'.",
    "signed_screen_paper": "Signed 'on_screen' or on 'paper'.",
    "text_unchanged_new_version_made": "The text is unchanged; no new version was made.",
    "salon_has_switched_off_consent": "The salon has switched off consent for {purpose}.",
    "client_has_active_consent_withdraw": (
        "This client has no active consent for {purpose} to withdraw."
    ),
    "consent_text_changed_while_form": (
        "The consent text changed while the form was open; nothing was recorded. Show the "
        "client the new text."
    ),
    "information_not_refused": (
        "{purpose} is information the client acknowledges, not a consent to refuse: the "
        "salon needs these records to provide its services."
    ),
    "information_not_withdrawn": (
        "{purpose} is information, not a consent, so there is nothing to withdraw: the client "
        "may object or ask for the record to be erased."
    ),
    "consent_text_changed_meanwhile_try": "The consent text changed meanwhile; try again.",
    "consent_text_empty": "The consent text is empty.",
    "consent_text_has_most_characters": "The consent text has at most {max_template} characters.",
    "signature_image_too_large": "The signature image is too large.",
    "signature_png_image": "The signature is not a PNG image.",
    "form_signed_paper_has_screen": "A form signed on paper has no on-screen signature.",
    "choose_agree_refuse_least_one": "Choose agree or refuse for at least one purpose.",
    "form_signed_screen_has_paper": "A form signed on screen has no paper reference.",
    "unknown_consent_purpose_use_one": "Unknown consent purpose; use one of: {names}.",
    "consent_text_contains_characters_text": (
        "The consent text contains characters that are not text."
    ),
    "signature_empty_ask_client_sign": "The signature is empty; ask the client to sign.",
    "signature_image_cannot_read": "The signature image cannot be read.",
    "photo_consent_required": (
        "This client has no active photo consent (never given, or withdrawn); record the "
        "client's consent before taking, adding or viewing photos."
    ),
    "consent_required": "This client has no active consent for {purpose}; record it first.",
    "health_not_asked": (
        "Health details are kept only with the client's consent, and this client has not been"
        " asked yet; record the client's health-data consent first."
    ),
    "health_refused": (
        "Health details are kept only with the client's consent, and this client refused it;"
        " nothing was stored."
    ),
    "health_withdrawn": (
        "Health details are kept only with the client's consent, and this client withdrew it;"
        " record a new consent first if the client agrees again."
    ),
    "health_switched_off": (
        "Health details are kept only with the client's consent, and the salon does not ask for"
        " health-data consent; the owner can switch it on in Consents."
    ),
    "language_one_of": "The consent language is one of {languages}.",
    "signature_size": (
        "The signature image is {width}x{height} pixels; it must be from "
        "{min_width}x{min_height} to {max_width}x{max_height}."
    ),
}
