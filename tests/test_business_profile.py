"""The program fits the business it serves (issue 22 item 5): one mapping from the salon's kinds
to the parts it shows, the built-in record templates switched on at set-up and when the kinds
change, on salons made as the wizard makes them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.business_profile import Feature, HealthExample, business_profile
from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.records import BuiltIn
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault import Vault
from tests.helpers import made_salon
from tests.support import FakeClock, Team

K = BusinessKind


def test_each_kind_has_its_parts_and_a_mixed_salon_the_union() -> None:
    hair = business_profile([K.HAIR])
    assert hair.features == {Feature.COLOUR_FORMULA, Feature.PATCH_TESTS, Feature.HAIR_PREFERENCES}
    assert hair.record_templates == ()
    optician = business_profile([K.OPTICIAN])
    assert optician.features == frozenset()  # no formula, no patch tests, no preferences
    assert optician.record_templates == (BuiltIn.SPECTACLE_RX, BuiltIn.CONTACT_LENS)
    assert optician.health_examples == (HealthExample.EYES,)
    mixed = business_profile([K.OPTICIAN, K.BEAUTY, K.CLINIC])
    assert mixed.kinds == (K.BEAUTY, K.CLINIC, K.OPTICIAN)  # the program's order
    assert not mixed.has(Feature.COLOUR_FORMULA) and mixed.has(Feature.PATCH_TESTS)
    # The program's order, each once (skin analysis is both beauty's and the clinic's).
    assert mixed.record_templates == (
        BuiltIn.SPECTACLE_RX,
        BuiltIn.CONTACT_LENS,
        BuiltIn.SKIN_ANALYSIS,
        BuiltIn.LASH_MAP,
        BuiltIn.LASER_IPL,
    )
    assert business_profile([]) == hair  # none chosen reads as a hair salon


def test_a_preference_line_shows_for_its_kinds_or_once_written() -> None:
    optician = business_profile([K.OPTICIAN])
    assert not optician.shows_preference("hair")
    assert optician.shows_preference("hair", "short, no fringe")
    assert business_profile([K.BEAUTY]).shows_preference("lash")


def test_the_optician_s_templates_are_listed_for_an_optician_or_while_on() -> None:
    beauty, optician = business_profile([K.BEAUTY]), business_profile([K.OPTICIAN])
    assert not beauty.lists_built_in(BuiltIn.SPECTACLE_RX, switched_on=False)
    assert not beauty.lists_built_in(BuiltIn.CONTACT_LENS, switched_on=False)
    assert beauty.lists_built_in(BuiltIn.SPECTACLE_RX, switched_on=True)  # to switch it off
    assert beauty.lists_built_in(BuiltIn.LASER_IPL, switched_on=False)  # any salon may
    assert optician.lists_built_in(BuiltIn.CONTACT_LENS, switched_on=False)
    assert optician.lists_built_in(BuiltIn.LASH_MAP, switched_on=False)
    assert optician.writes_prescriptions()
    assert not beauty.writes_prescriptions([BuiltIn.LASH_MAP, None])
    assert beauty.writes_prescriptions([None, BuiltIn.CONTACT_LENS])  # one is on (or a copy)


@pytest.fixture
def optician(tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock) -> Iterator[Vault]:
    made = made_salon(tmp_path / "optician", (K.OPTICIAN,), device_store, clock)
    yield made
    made.close()


def _active(vault: Vault, team: Team) -> set[str]:
    return {t.key for t in vault.record_templates.templates(team.owner)}


def test_set_up_switches_on_only_the_chosen_kinds_templates(optician: Vault) -> None:
    team = Team(optician)
    assert optician.settings.business_profile().kinds == (K.OPTICIAN,)
    assert _active(optician, team) == {"spectacle_rx", "contact_lens"}
    off = optician.audit.list(team.owner, AuditFilter(action="record_template.active"))
    assert {e.detail for e in off} == {
        "template=skin_analysis enabled=0",
        "template=lash_map enabled=0",
        "template=laser_ipl enabled=0",
    }
    assert {e.role for e in off} == {"owner"}


def test_templates_follow_a_change_of_kinds_and_the_owner_keeps_the_last_word(
    optician: Vault,
) -> None:
    team = Team(optician)
    optician.settings.set_business_kinds(team.owner, [K.OPTICIAN, K.BEAUTY])
    assert _active(optician, team) == {"spectacle_rx", "contact_lens", "lash_map", "skin_analysis"}
    optician.record_templates.set_active(team.owner, "lash_map", False)  # the owner's choice
    optician.settings.set_business_kinds(team.owner, [K.BEAUTY])
    # The optician's templates off (their records would stay); lash map stays as the owner set.
    assert _active(optician, team) == {"skin_analysis"}
    optician.settings.set_business_kinds(team.owner, [K.BEAUTY, K.CLINIC])
    assert _active(optician, team) == {"skin_analysis", "laser_ipl"}


def test_a_salon_made_without_kinds_keeps_every_template(vault: Vault, team: Team) -> None:
    """create_vault with a name only (older set-ups, the test template): nothing switched."""
    assert _active(vault, team) == {b.value for b in BuiltIn}
