"""The owner's re-sign rule per form (decision 0045), kept in the vault's settings table: a rule
is not part of a form's words, so changing it makes no new version and asks no one to sign
again; it applies to the forms already signed from the moment it is saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from salonvault.domain.forms import FormVersion, ResignRule
from salonvault.storage.settings_repo import SettingsRepository

if TYPE_CHECKING:
    from salonvault.storage.database import Database

_SETTING = "form_resign_rules"  # {form key: {"months": n, "on_health_change": bool}}


class ResignRules:
    def __init__(self, database: Database) -> None:
        self._settings = SettingsRepository(database)

    def of(self, version: FormVersion) -> ResignRule:
        """The owner's rule for the form, else the version's months and health changes."""
        stored = self._all().get(version.form_key)
        if not isinstance(stored, dict):
            return ResignRule(version.definition.resign_months)
        return ResignRule(int(stored["months"]), bool(stored["on_health_change"]))

    def set(self, form_key: str, rule: ResignRule) -> None:
        rules = self._all()
        rules[form_key] = {"months": rule.months, "on_health_change": rule.on_health_change}
        self._settings.set(_SETTING, rules)

    def _all(self) -> dict[str, object]:
        stored = self._settings.get(_SETTING, {})
        return dict(stored) if isinstance(stored, dict) else {}


def copy_title(version: FormVersion, name: str, language: str) -> dict[str, str]:
    """The copy's title: the owner's name for it in the salon's language, the original's words
    in the others (the owner changes them in the editor)."""
    title = dict(version.definition.title)
    title[language] = name
    return title
