"""The core's sentences about documents (keys "documents.…"; decision 0032)."""

AREA = "documents"

MESSAGES: dict[str, str] = {
    "pdf_far_larger_than_recovery": "That PDF is far larger than a Recovery Kit.",
    "pdf_cannot_read_open_recovery": (
        "That PDF cannot be read; open the Recovery Kit PDF or the key file."
    ),
    "pdf_recovery_kit": "That PDF is not a Recovery Kit.",
    "day_sheet_lists_most_clients": "A day sheet lists at most {max_day_sheet} clients.",
    "paper_printed_saved": "A paper is printed or saved.",
    "paper_language_one_of": "The paper's language is one of {languages}.",
}
