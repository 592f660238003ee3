"""The prescription paper's content, gathered for documents/prescription.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from salonvault.domain.clients import display_name
from salonvault.domain.data_report import REPORT_LANGUAGES
from salonvault.domain.errors import NotFound, ValidationError
from salonvault.domain.prescription import Prescription, PrescriptionPaper
from salonvault.domain.roles import Permission, Role, role_allows
from salonvault.storage.clients_repo import ClientsRepository

if TYPE_CHECKING:
    from datetime import date

    from salonvault.services.settings import SettingsService
    from salonvault.storage.database import Database


def prescription_paper(
    database: Database,
    settings: SettingsService,
    role: Role,
    prescription: Prescription,
    language: str | None,
    today: date,
) -> PrescriptionPaper:
    """The paper in `language`, else the client's language, else the salon's, else English."""
    client = ClientsRepository(database).get(prescription.client_id)
    if client is None:
        raise NotFound("clients.there_such_client")
    if language is not None and language not in REPORT_LANGUAGES:
        raise ValidationError(
            "documents.paper_language_one_of", "language", languages=", ".join(REPORT_LANGUAGES)
        )
    chosen = language or next(
        (c for c in (client.language, settings.language()) if c in REPORT_LANGUAGES), "en"
    )
    return PrescriptionPaper(
        language=chosen,
        salon_name=settings.salon_name(),
        salon_address=settings.salon_address(),
        client_name=display_name(client.family_name, client.given_name),
        client_birth_date=client.birth_date if role_allows(role, Permission.CONTACT_READ) else None,
        prescription=prescription,
        printed_on=today,
    )
