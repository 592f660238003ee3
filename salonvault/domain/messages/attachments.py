"""The core's sentences about attachments (keys "attachments.…"; decision 0032)."""

AREA = "attachments"

MESSAGES: dict[str, str] = {
    "paper_s_date_future": "The paper's date is in the future.",
    "paper_s_date_before_1900": "The paper's date is before 1900.",
    "choose_consent_record_paper_proves": (
        "Choose the consent record this paper proves (record the paper consent first)."
    ),
    "consent_client_s_record": "That consent is not on this client's record.",
    "consent_signed_screen_link_scan": (
        "That consent was signed on screen; link a scan to a consent signed on paper."
    ),
    "attachment_client_s_record": "That attachment is not on this client's record.",
    "there_such_attachment": "There is no such attachment.",
    "attachment_s_kind_one": "An attachment's kind is one of {kinds}.",
    "only_paper_consent_linked_consent": "Only a paper consent is linked to a consent record.",
}
