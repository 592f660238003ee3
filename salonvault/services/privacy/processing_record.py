"""The record of processing activities, made from the salon's current settings, under the law
of the salon's country (decision 0041).

Owner only, under SETTINGS_MANAGE: the record documents the settings, so whoever may change them
prints it. It holds no client data, only the salon's own rules; printing it is logged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from salonvault.documents.processing_record import SalonSettings, processing_record
from salonvault.documents.processing_record_staff import StaffTraining
from salonvault.documents.sectioned import SectionedDocument
from salonvault.domain.audit import AuditEvent
from salonvault.domain.errors import RuleViolation, ValidationError
from salonvault.domain.health_basis import HealthBasis
from salonvault.domain.jurisdiction import regime_for
from salonvault.domain.retention import RetentionRules
from salonvault.domain.roles import Permission
from salonvault.services.outbound import save_document
from salonvault.services.settings import LANGUAGES
from salonvault.storage.consent_repo import ConsentRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.clock import Clock
    from salonvault.services.access.guard import Guard
    from salonvault.services.settings import SettingsService
    from salonvault.storage.database import Database


class ProcessingRecordService:
    def __init__(
        self,
        database: Database,
        log: ActivityLog,
        guard: Guard,
        clock: Clock,
        settings: SettingsService,
        collected_fields: Callable[[], frozenset[str]],
        retention_rules: Callable[[], RetentionRules],
        health_basis: Callable[[], HealthBasis],
        staff_training: Callable[[], StaffTraining] | None = None,
    ) -> None:
        self._staff_training = staff_training
        self._health_basis = health_basis
        self._log = log
        self._guard = guard
        self._clock = clock
        self._settings = settings
        self._collected_fields = collected_fields
        self._retention_rules = retention_rules
        self._consent = ConsentRepository(database)
        self._data_dir = database.path.parent  # where a saved record may never land

    def record(self, session: Session, language: str | None = None) -> SectionedDocument:
        """The record's contents (for the on-screen preview); the salon's language by default."""
        self._guard.require(session, Permission.SETTINGS_MANAGE)
        return self._build(_language(language or self._settings.language()))

    def ropa_pdf(self, session: Session, language: str | None = None) -> bytes:
        live = self._guard.require(session, Permission.SETTINGS_MANAGE)
        language = _language(language or self._settings.language())
        from salonvault.documents.sectioned_pdf import sectioned_pdf  # noqa: PLC0415 - reportlab

        pdf = sectioned_pdf(self._build(language), language)
        self._log.record_for(
            live, AuditEvent("processing_record.pdf", detail=f"language={language}")
        )
        return pdf

    def save_pdf(self, session: Session, path: Path, language: str | None = None) -> Path:
        """The record saved where the owner chose: it leaves the vault through the door out."""
        self._guard.require(session, Permission.SETTINGS_MANAGE)
        return save_document(path, self._data_dir, lambda: self.ropa_pdf(session, language))

    def impact_assessment_due(self) -> bool:
        """Whether the salon's law asks for an impact assessment the Privacy page reminds the
        owner of (China's PIPL Art. 55-56, Vietnam's Law 91/2025/QH15; decision 0041)."""
        from salonvault.documents.impact_assessment import ASSESSED  # noqa: PLC0415

        return regime_for(self._settings.salon_country()) in ASSESSED

    def impact_assessment(self, session: Session, language: str | None = None) -> SectionedDocument:
        """The impact-assessment draft's contents, filled from the same facts as the record."""
        self._guard.require(session, Permission.SETTINGS_MANAGE)
        return self._assessment(_language(language or self._settings.language()))

    def impact_assessment_pdf(self, session: Session, language: str | None = None) -> bytes:
        live = self._guard.require(session, Permission.SETTINGS_MANAGE)
        language = _language(language or self._settings.language())
        from salonvault.documents.sectioned_pdf import sectioned_pdf  # noqa: PLC0415 - reportlab

        pdf = sectioned_pdf(self._assessment(language), language)
        self._log.record_for(
            live, AuditEvent("impact_assessment.pdf", detail=f"language={language}")
        )
        return pdf

    def save_impact_assessment(
        self, session: Session, path: Path, language: str | None = None
    ) -> Path:
        """The draft saved where the owner chose, through the one door out."""
        self._guard.require(session, Permission.SETTINGS_MANAGE)
        return save_document(
            path, self._data_dir, lambda: self.impact_assessment_pdf(session, language)
        )

    def _assessment(self, language: str) -> SectionedDocument:
        if not self.impact_assessment_due():
            country = self._settings.salon_country()
            raise RuleViolation("privacy.impact_assessment_china_vietnam", country=country)
        from salonvault.documents.impact_assessment import impact_assessment  # noqa: PLC0415

        return impact_assessment(
            self._salon(), language, f"{self._clock.now().astimezone():%Y-%m-%d}"
        )

    def _build(self, language: str) -> SectionedDocument:
        return processing_record(
            self._salon(), language, f"{self._clock.now().astimezone():%Y-%m-%d}"
        )

    def _salon(self) -> SalonSettings:
        return SalonSettings(
            name=self._settings.salon_name(),
            address=self._settings.salon_address(),
            collected=self._collected_fields(),
            purposes_on=frozenset(p for p, on in self._consent.purposes().items() if on),
            retention=self._retention_rules(),
            idle_minutes=int(self._settings.idle_limit().total_seconds() // 60),
            health_basis=self._health_basis(),
            staff_training=self._staff_training() if self._staff_training else None,
            country=self._settings.salon_country(),
            recipients=self._settings.recipients(),
        )


def _language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError(
            "settings.choose_language", "language", languages=", ".join(LANGUAGES)
        )
    return language
