"""The consultation form's paper: blank (optionally with the client's name) or as signed.

The paper's module (reportlab) is imported when a paper is made, not with the services: it was
a tenth of a second of every start of the program (issue 24, cold start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from salonvault.domain.forms import FORM_LANGUAGES, FormVersion, red_flag_answers

if TYPE_CHECKING:
    from salonvault.services.settings import SettingsService
    from salonvault.storage.forms_repo import FilledRow


def paper_language(asked: str | None, client_language: str, salon_language: str) -> str:
    """The language asked for, else the client's, else the salon's, else English."""
    for language in (asked, client_language, salon_language):
        if language in FORM_LANGUAGES:
            return str(language)
    return "en"


def blank_pdf(
    version: FormVersion, language: str, settings: SettingsService, client_name: str = ""
) -> bytes:
    from salonvault.documents.consultation_form import (  # noqa: PLC0415 - see above
        ConsultationPaper,
        consultation_form_pdf,
    )

    return consultation_form_pdf(
        ConsultationPaper(
            form_key=version.form_key,
            version=version.version,
            definition=version.definition,
            language=language,
            salon_name=settings.salon_name(),
            salon_address=settings.salon_address(),
            client_name=client_name,
        )
    )


def filled_pdf(
    row: FilledRow, signature: bytes, client_name: str, settings: SettingsService
) -> bytes:
    """The form as the client saw and signed it: its version's words in the language shown."""
    from salonvault.documents.consultation_form import (  # noqa: PLC0415 - see above
        ConsultationPaper,
        consultation_form_pdf,
    )

    definition = row.version.definition
    return consultation_form_pdf(
        ConsultationPaper(
            form_key=row.version.form_key,
            version=row.version.version,
            definition=definition,
            language=row.language,
            salon_name=settings.salon_name(),
            salon_address=settings.salon_address(),
            client_name=client_name,
            answers=row.answers,
            red_flags=frozenset(q.key for q in red_flag_answers(definition, row.answers)),
            signature_png=signature,
            witness=row.witness_name,
            signed_at=row.signed_at,
        )
    )
