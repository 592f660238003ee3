"""Salon-wide settings kept in the vault. Services read them; only the owner changes them."""

from __future__ import annotations

import unicodedata
from datetime import timedelta
from typing import TYPE_CHECKING

from salonvault.domain.audit import AuditEvent
from salonvault.domain.errors import ValidationError
from salonvault.domain.roles import Permission
from salonvault.domain.session import DEFAULT_IDLE_MINUTES, MAX_IDLE_MINUTES
from salonvault.security.pins import MAX_PIN_LENGTH, MIN_PIN_LENGTH
from salonvault.services.clients.fields import is_not_text
from salonvault.storage.settings_repo import SettingsRepository

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.access.activity_log import ActivityLog
    from salonvault.services.access.guard import Guard
    from salonvault.storage.database import Database


class SettingsService:
    def __init__(self, database: Database, log: ActivityLog, guard: Guard) -> None:
        self._db = database
        self._repo = SettingsRepository(database)
        self._log = log
        self._guard = guard

    def salon_name(self) -> str:
        return str(self._repo.get("salon_name", ""))

    def idle_limit(self) -> timedelta:
        return timedelta(minutes=int(self._repo.get("idle_lock_minutes", DEFAULT_IDLE_MINUTES)))

    def min_pin_length(self) -> int:
        return int(self._repo.get("min_pin_length", MIN_PIN_LENGTH))

    def salon_address(self) -> str:
        return str(self._repo.get("salon_address", ""))

    def language(self) -> str:
        """The salon's main language: the default for documents and new staff screens."""
        return str(self._repo.get("language", "en"))

    def is_demo(self) -> bool:
        return bool(self._repo.get("demo", False))

    def initialise(self, salon_name: str, address: str = "", language: str = "en") -> None:
        """First values, written by vault creation before anyone is signed in."""
        with self._db.transaction():
            self._repo.set("salon_name", _clean_salon_name(salon_name))
            self._repo.set("salon_address", _clean_address(address))
            self._repo.set("language", _check_language(language))

    @staticmethod
    def check_initial(salon_name: str, address: str, language: str) -> None:
        """The set-up values' rules, checked before a vault is created."""
        _clean_salon_name(salon_name)
        _clean_address(address)
        _check_language(language)

    def mark_demo(self) -> None:
        """Set once by the demo builder; a demo salon shows its PINs on the lock screen."""
        self._repo.set("demo", True)

    def set_salon_address(self, session: Session, address: str) -> None:
        self._change(session, "salon_address", _clean_address(address))

    def set_language(self, session: Session, language: str) -> None:
        self._change(session, "language", _check_language(language))

    def set_salon_name(self, session: Session, name: str) -> None:
        self._change(session, "salon_name", _clean_salon_name(name))

    def set_idle_minutes(self, session: Session, minutes: int) -> None:
        if not 1 <= minutes <= MAX_IDLE_MINUTES:
            raise ValidationError(
                f"The idle lock is 1 to {MAX_IDLE_MINUTES} minutes.", field="idle_lock_minutes"
            )
        self._change(session, "idle_lock_minutes", minutes)

    def set_min_pin_length(self, session: Session, length: int) -> None:
        if not MIN_PIN_LENGTH <= length <= MAX_PIN_LENGTH:
            raise ValidationError(
                f"The shortest PIN can be set from {MIN_PIN_LENGTH} to {MAX_PIN_LENGTH} digits.",
                field="min_pin_length",
            )
        self._change(session, "min_pin_length", length)

    def _change(self, session: Session, key: str, value: object) -> None:
        live = self._guard.require(session, Permission.SETTINGS_MANAGE)
        with self._db.transaction():
            self._repo.set(key, value)
            self._log.record_for(live, AuditEvent("settings.change", detail=f"field={key}"))


LANGUAGES = ("en", "vi", "pl", "zh_CN")


def _check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError(f"Choose one of: {', '.join(LANGUAGES)}.", field="language")
    return language


def _clean_address(address: str) -> str:
    text = unicodedata.normalize("NFC", address).strip()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    cleaned = "\n".join(line for line in lines if line)
    if len(cleaned) > 300:
        raise ValidationError("The address has at most 300 characters.", field="salon_address")
    if is_not_text(cleaned, allow_newlines=True):
        raise ValidationError(
            "The address contains characters that are not text.", field="salon_address"
        )
    return cleaned


def _clean_salon_name(name: str) -> str:
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not 1 <= len(cleaned) <= 120:
        raise ValidationError("The salon name needs 1 to 120 characters.", field="salon_name")
    if is_not_text(cleaned):
        raise ValidationError(
            "The salon name contains characters that are not text.", field="salon_name"
        )
    return cleaned
