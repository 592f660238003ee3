"""What the program shows for the kinds of business a salon does (issue 22 item 5), in one
place: the services and the window read `business_profile(kinds)` instead of asking "is this a
hair salon?" in each widget.

A mixed salon gets the union of its kinds. A part switched off by the profile hides only the
ways to add new data: what is already on a record still shows (an optician's salon that was a
hair salon before keeps seeing its clients' old formulas and patch tests), so nothing held is
ever hidden unseen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.records import BuiltIn


class Feature(StrEnum):
    """A part of the card or the visit dialog that only some kinds of business use."""

    COLOUR_FORMULA = "colour_formula"  # the visit dialog's bowls and "repeat last formula"
    PATCH_TESTS = "patch_tests"  # the card's Patch tests tab and line; a service's patch box
    HAIR_PREFERENCES = "hair_preferences"
    SKIN_PREFERENCES = "skin_preferences"
    LASH_PREFERENCES = "lash_preferences"


# Which feature shows each of the client's preference lines (domain/clients.Preferences).
PREFERENCE_FEATURES: dict[str, Feature] = {
    "hair": Feature.HAIR_PREFERENCES,
    "skin": Feature.SKIN_PREFERENCES,
    "lash": Feature.LASH_PREFERENCES,
}


# An optician's built-in templates. A prescription is no other kind's record, so the owner's
# list of templates (Settings) and the prescription's notation show them only to an optician,
# or while one is switched on (a vault made before the kinds were chosen keeps every built-in
# on, and the owner must be able to switch it off). The others any salon may switch on.
PRESCRIPTION_TEMPLATES: frozenset[BuiltIn] = frozenset({BuiltIn.SPECTACLE_RX, BuiltIn.CONTACT_LENS})


class HealthExample(StrEnum):
    """What the health-item form offers as an example, by what the salon does (the window
    words each one)."""

    HAIR_DYE = "hair_dye"  # PPD (hair dye), latex
    LASH_GLUE = "lash_glue"  # cyanoacrylate (lash glue), latex
    SKIN_MEDICATION = "skin_medication"  # isotretinoin, pregnancy
    EYES = "eyes"  # diabetes, glaucoma, dry eyes


@dataclass(frozen=True, slots=True)
class _KindParts:
    features: frozenset[Feature]
    record_templates: tuple[BuiltIn, ...]  # built-in service-record templates, switched on
    health_example: HealthExample


_BY_KIND: dict[BusinessKind, _KindParts] = {
    BusinessKind.HAIR: _KindParts(
        frozenset({Feature.COLOUR_FORMULA, Feature.PATCH_TESTS, Feature.HAIR_PREFERENCES}),
        (),  # the colour formula is the hair salon's record
        HealthExample.HAIR_DYE,
    ),
    BusinessKind.BEAUTY: _KindParts(
        frozenset({Feature.PATCH_TESTS, Feature.SKIN_PREFERENCES, Feature.LASH_PREFERENCES}),
        (BuiltIn.LASH_MAP, BuiltIn.SKIN_ANALYSIS),
        HealthExample.LASH_GLUE,
    ),
    BusinessKind.CLINIC: _KindParts(
        frozenset({Feature.PATCH_TESTS, Feature.SKIN_PREFERENCES}),  # a laser's test patch
        (BuiltIn.SKIN_ANALYSIS, BuiltIn.LASER_IPL),
        HealthExample.SKIN_MEDICATION,
    ),
    BusinessKind.OPTICIAN: _KindParts(
        frozenset(),
        (BuiltIn.SPECTACLE_RX, BuiltIn.CONTACT_LENS),
        HealthExample.EYES,
    ),
}


@dataclass(frozen=True, slots=True)
class BusinessProfile:
    """The parts a salon of these kinds uses. `record_templates` in the program's order, each
    once; `health_examples` one per kind, in the kinds' order."""

    kinds: tuple[BusinessKind, ...]
    features: frozenset[Feature]
    record_templates: tuple[BuiltIn, ...]
    health_examples: tuple[HealthExample, ...]

    def has(self, feature: Feature) -> bool:
        return feature in self.features

    def shows_preference(self, name: str, stored: str = "") -> bool:
        """A preference line ("hair", "skin", "lash") is shown when the salon's kinds use it,
        or when the client already has one (never hidden once written)."""
        return bool(stored) or self.has(PREFERENCE_FEATURES[name])

    def lists_built_in(self, template: BuiltIn, switched_on: bool) -> bool:
        """Whether the owner's list of record templates shows this built-in: an optician's
        only to an optician or while it is on; every other one always."""
        return (
            switched_on
            or template not in PRESCRIPTION_TEMPLATES
            or template in self.record_templates
        )

    def writes_prescriptions(self, switched_on: Iterable[BuiltIn | None] = ()) -> bool:
        """Whether the prescription's notation (cylinder, acuity) concerns the salon: it is an
        optician, or a template of an optician's family (a built-in or the owner's copy) is
        switched on. `switched_on`: the families of the templates that are."""
        return any(t in PRESCRIPTION_TEMPLATES for t in (*self.record_templates, *switched_on))


def business_profile(kinds: Iterable[BusinessKind]) -> BusinessProfile:
    """The union of the kinds' parts; no kind at all reads as a hair salon (the program's first
    kind, as `SettingsService.business_kinds` does)."""
    chosen = tuple(k for k in BusinessKind if k in set(kinds)) or (BusinessKind.HAIR,)
    parts = [_BY_KIND[k] for k in chosen]
    features = frozenset().union(*(p.features for p in parts))
    wanted = {t for p in parts for t in p.record_templates}
    templates = tuple(t for t in BuiltIn if t in wanted)
    examples = tuple(dict.fromkeys(p.health_example for p in parts))
    return BusinessProfile(chosen, features, templates, examples)
