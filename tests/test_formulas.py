"""Colour formulas in bowls: the colourist's rules with hand-worked numbers, what is typed, the
stored JSON, and release 0.1's flat formulas read back as one bowl (decision 0021)."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import FormulaError
from salonvault.domain.formula_input import (
    FORMULA_VERSION,
    formula_from_dict,
    one_bowl_formula,
    parse_component,
    parse_developer,
    parse_ratio,
)
from salonvault.domain.formulas import (
    Bowl,
    Component,
    Developer,
    Formula,
    FormulaRule,
    check_formula,
    percent_for,
    volume_for,
)
from salonvault.domain.treatments import VisitInput
from salonvault.security.device_store import DeviceKeyStore
from salonvault.security.recovery import read_recovery_key_file
from salonvault.services.vault.opening import Unlock, Vault, open_vault
from salonvault.storage.treatments_repo import formula_from_json, formula_to_json
from tests.helpers import state_of, two_bowl_formula
from tests.support import FakeClock, Team

D = Decimal
RELEASE_0_1 = Path(__file__).parent / "fixtures" / "release-0.1.0"


def bowl(*components: tuple[str, str], **values: object) -> Bowl:
    """A bowl of shades with grams, e.g. bowl(("7/1", "30"), ("7/0", "10"), ratio=D("1.5"))."""
    parts = tuple(Component(shade, D(grams)) for shade, grams in components)
    return Bowl(brand="Wella Koleston", components=parts, **values)  # type: ignore[arg-type]


def broken(formula: Formula) -> FormulaError:
    with pytest.raises(FormulaError) as error:
        check_formula(formula)
    return error.value


# -- grams, ratio and developer, worked by hand -----------------------------------------------


def test_the_ratio_gives_the_developer_grams() -> None:
    # 30 g of 7/1 + 10 g of 7/0 = 40 g of colour; at 1:1.5, 40 x 1.5 = 60 g of developer.
    roots = bowl(("7/1", "30"), ("7/0", "10"), ratio=D("1.5"))
    assert roots.colour_grams == 40 and roots.developer_needed == 60
    # A toner: 20 g at 1:2 = 40 g; 45 g at 1:1 = 45 g; 35 g at 1:1.5 = 52.5 g.
    assert bowl(("9/16", "20"), ratio=D(2)).developer_needed == 40
    assert bowl(("6/0", "45"), ratio=D(1)).developer_needed == 45
    assert bowl(("6/0", "35"), ratio=D("1.5")).developer_needed == D("52.5")
    # Grams written by the colourist win over the worked-out ones; none when a shade is unweighed.
    assert replace(roots, developer_grams=D(61)).developer_needed == 61
    assert Bowl(components=(Component("7/1"),), ratio=D(1)).developer_needed is None


@pytest.mark.parametrize(
    ("written", "agrees"),
    [("60", True), ("60.9", True), ("61", True), ("59", True), ("61.1", False), ("58.5", False)],
)
def test_written_developer_grams_agree_with_the_ratio_within_1_g(
    written: str, agrees: bool
) -> None:
    # 40 g of colour at 1:1.5 needs 60 g; a scale reads to 1 g, so 59 to 61 g agree.
    formula = Formula(
        (bowl(("7/1", "30"), ("7/0", "10"), ratio=D("1.5"), developer_grams=D(written)),)
    )
    if agrees:
        check_formula(formula)
        return
    error = broken(formula)
    assert error.rule == FormulaRule.RATIO_MISMATCH and error.bowl == 0
    assert error.limits["expected"] == "60" and error.limits["written"] == written
    assert (
        str(error) == f"Bowl 1: 40 g of colour at 1:1.5 needs 60 g of developer, not {written} g."
    )


@pytest.mark.parametrize(
    ("percent", "volume"),
    [("1.5", 5), ("1.9", 6), ("3", 10), ("6", 20), ("9", 30), ("12", 40)],
)
def test_standard_developer_strengths(percent: str, volume: int) -> None:
    assert volume_for(D(percent)) == volume and percent_for(volume) == D(percent)
    check_formula(Formula((Bowl(developer=Developer(D(percent), volume)),)))
    assert Developer(D(percent), volume).text() == f"{percent}% / {volume} vol"


def test_custom_developer_strengths_follow_volume_is_percent_times_ten_thirds() -> None:
    assert volume_for(D(4)) == 13  # 4 x 10/3 = 13.33, labelled 13 vol
    assert volume_for(D("4.5")) == 15  # 15.0
    assert percent_for(13) == D("3.9")  # 13 x 0.3
    check_formula(Formula((Bowl(developer=Developer(D(4), 13)),)))
    check_formula(Formula((Bowl(developer=Developer(None, 25)),)))  # volumes alone are fine
    assert Developer(None, 25).strength_percent == D("7.5")


@pytest.mark.parametrize(
    ("developer", "rule"),
    [
        (Developer(D(6), 30), FormulaRule.STRENGTH_MISMATCH),  # 6 % is 20 vol
        (Developer(D("12.1")), FormulaRule.PERCENT),  # over the EU cap for hair products
        (Developer(D("0.4")), FormulaRule.PERCENT),
        (Developer(D("4.55")), FormulaRule.PERCENT),  # one decimal, as bottles are labelled
        (Developer(None, 41), FormulaRule.VOLUME),
        (Developer(None, 0), FormulaRule.VOLUME),
    ],
)
def test_developer_strength_rules(developer: Developer, rule: FormulaRule) -> None:
    error = broken(Formula((Bowl(), Bowl(developer=developer))))
    assert (error.rule, error.bowl, error.field) == (rule, 1, "formula")
    assert str(error).startswith("Bowl 2: ")


def test_a_mismatched_strength_says_what_it_should_be() -> None:
    error = broken(Formula((Bowl(developer=Developer(D(6), 30)),)))
    assert str(error) == "Bowl 1: 6% developer is 20 vol, not 30 vol."


@pytest.mark.parametrize(
    ("ratio", "allowed"),
    [
        ("0.5", True),
        ("1", True),
        ("1.5", True),
        ("1.25", True),
        ("4", True),
        ("0.4", False),
        ("4.5", False),
        ("1.255", False),
    ],
)
def test_ratio_range(ratio: str, allowed: bool) -> None:
    formula = Formula((Bowl(ratio=D(ratio)),))
    if allowed:
        check_formula(formula)
    else:
        assert broken(formula).rule == FormulaRule.RATIO


@pytest.mark.parametrize(
    ("grams", "allowed"),
    [
        ("0.1", True),
        ("7.5", True),
        ("250", True),
        ("0", False),
        ("-5", False),
        ("250.1", False),
        ("7.55", False),
    ],
)
def test_grams_of_a_shade(grams: str, allowed: bool) -> None:
    formula = Formula((bowl(("7/1", "10"), ("0/88", grams)),))
    if allowed:
        check_formula(formula)
        return
    error = broken(formula)
    assert (error.rule, error.bowl, error.component) == (FormulaRule.GRAMS, 0, 1)
    assert str(error).startswith("Bowl 1, shade 2: ")


def test_a_bowl_holds_at_most_1000_g() -> None:
    # 250 + 250 g of colour at 1:1 = 500 g of developer: 1000 g in the bowl, the most allowed.
    full = bowl(("7/1", "250"), ("7/0", "250"), ratio=D(1))
    check_formula(Formula((full,)))
    over = bowl(("7/1", "250"), ("7/0", "250"), ("0/00", "1"), ratio=D(1))  # 501 + 501 g
    error = broken(Formula((over,)))
    assert error.rule == FormulaRule.BOWL_GRAMS and error.limits["total"] == "1002"
    assert broken(Formula((Bowl(developer_grams=D(1001)),))).rule == FormulaRule.DEVELOPER_GRAMS


def test_how_many_bowls_and_shades() -> None:
    check_formula(Formula(tuple(Bowl(label=str(n)) for n in range(6))))
    assert broken(Formula(tuple(Bowl() for _ in range(7)))).rule == FormulaRule.TOO_MANY_BOWLS
    eight = bowl(*((f"{n}/0", "5") for n in range(1, 9)))
    check_formula(Formula((eight,)))
    nine = bowl(*((f"{n}/0", "5") for n in range(1, 10)))
    assert broken(Formula((nine,))).rule == FormulaRule.TOO_MANY_COMPONENTS


@pytest.mark.parametrize(("minutes", "allowed"), [(1, True), (120, True), (0, False), (121, False)])
def test_processing_time(minutes: int, allowed: bool) -> None:
    formula = Formula((Bowl(processing_minutes=minutes),))
    if allowed:
        check_formula(formula)
    else:
        error = broken(formula)
        assert error.rule == FormulaRule.MINUTES and error.limits == {
            "minimum": "1",
            "maximum": "120",
        }


# -- what a colourist types --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "percent", "volume"),
    [
        ("6%", "6", None),
        ("20 vol", None, 20),
        ("6% / 20 vol", "6", 20),
        ("6%/20vol", "6", 20),
        ("1,9 %", "1.9", None),
        ("9 % (30 Vol.)", "9", 30),
        ("40 volumes", None, 40),
        ("20V", None, 20),
    ],
)
def test_developer_as_written(text: str, percent: str | None, volume: int | None) -> None:
    assert parse_developer(text) == Developer(D(percent) if percent else None, volume)


@pytest.mark.parametrize("text", ["Welloxon", "6% 9%", "6% Welloxon", "vol"])
def test_a_developer_that_cannot_be_read(text: str) -> None:
    with pytest.raises(FormulaError) as error:
        parse_developer(text, 2)
    assert error.value.rule == FormulaRule.DEVELOPER_TEXT and error.value.bowl == 2


def test_ratio_and_shades_as_written() -> None:
    assert parse_ratio("1:1.5") == D("1.5")
    assert parse_ratio(" 1 : 1,5 ") == D("1.5") and parse_ratio("1+2") == 2
    assert parse_ratio("") is None and parse_developer("  ") is None
    for wrong in ("2:1", "1:", "one to one", "1:1:2"):
        with pytest.raises(FormulaError, match=r"1:1\.5") as error:
            parse_ratio(wrong)
        assert error.value.rule == FormulaRule.RATIO_TEXT
    assert parse_component("7/1 30 g") == Component("7/1", D(30))
    assert parse_component("7/1 (30g)") == Component("7/1", D(30))
    assert parse_component("30 g 7/1") == Component("7/1", D(30))
    assert parse_component("0/88  7,5 g") == Component("0/88", D("7.5"))
    assert parse_component("Pastel Rose") == Component("Pastel Rose")
    assert parse_component("7/1") == Component("7/1")


def test_one_bowl_from_the_visit_forms_fields() -> None:
    formula = one_bowl_formula("Wella", ["7/1 30 g", "7/0 10 g"], "6% / 20 vol", "1:1.5", 35)
    [only] = formula.bowls
    assert only.colour_grams == 40 and only.developer_needed == 60
    assert formula.one_line() == "Wella · 7/1 30 g + 7/0 10 g · 6% / 20 vol 60 g · 1:1.5 · 35 min"
    assert one_bowl_formula("", [" "], "", "", None) == Formula()
    assert one_bowl_formula("", [], "", "", None).empty


# -- stored JSON -------------------------------------------------------------------------------


def test_json_round_trip_keeps_every_amount_exactly() -> None:
    formula = replace(
        two_bowl_formula(),
        bowls=(
            *two_bowl_formula().bowls,
            Bowl(label="gloss", components=(Component("0/00", D("7.5")),), ratio=D("1.25")),
        ),
    )
    text = formula_to_json(formula)
    stored = json.loads(text)
    assert stored["version"] == FORMULA_VERSION == 2
    assert stored["bowls"][2]["components"] == [{"shade": "0/00", "grams": 7.5}]
    assert formula_from_json(text) == formula
    assert formula_from_json(formula_to_json(Formula())) == Formula()
    assert formula_from_dict({"version": 2, "bowls": [{"label": "roots", "later": 1}]}) == Formula(
        (Bowl(label="roots"),)
    ), "keys a later version adds are ignored"


def test_an_old_flat_formula_reads_as_one_bowl() -> None:
    old = {
        "brand": "Wella Koleston",
        "shades": ["8/38", "7/1"],
        "developer": "6% / 20 vol",
        "ratio": "1:1",
        "processing_minutes": 35,
    }
    [only] = formula_from_dict(old).bowls
    assert only == Bowl(
        brand="Wella Koleston",
        components=(Component("8/38"), Component("7/1")),
        developer=Developer(D(6), 20),
        ratio=D(1),
        processing_minutes=35,
    )
    assert only.one_line() == "Wella Koleston · 8/38 + 7/1 · 6% / 20 vol · 1:1 · 35 min"
    empty = {"brand": "", "shades": [], "developer": "", "ratio": "", "processing_minutes": None}
    assert formula_from_dict(empty) == Formula() and formula_from_json("{}") == Formula()


def test_an_old_formula_that_cannot_be_read_keeps_its_words() -> None:
    old = {"brand": "Wella", "shades": ["7/1 30g"], "developer": "Welloxon 6%", "ratio": "1 to 1"}
    [only] = formula_from_dict(old).bowls
    assert only.developer is None and only.ratio is None
    assert only.note == "Welloxon 6% · 1 to 1"
    assert only.components == (Component("7/1 30g"),)  # the shade exactly as it was typed
    mismatched = formula_from_dict({"developer": "6% / 30 vol", "processing_minutes": 600})
    assert mismatched.bowls[0].note == "6% / 30 vol"
    assert mismatched.bowls[0].processing_minutes == 600  # kept as stored, checked only on save
    with pytest.raises(FormulaError):
        check_formula(mismatched)


def test_every_formula_of_release_0_1_reads_as_it_was_shown(
    tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock
) -> None:
    """The frozen 0.1.0 vault: every stored flat formula reads as one bowl whose line is the
    line 0.1.0 showed, with nothing left over in a note; reading rewrites nothing."""
    data_dir = tmp_path / "salon"
    data_dir.mkdir()
    for name in ("vault.db", "keyslots.json"):
        shutil.copy(RELEASE_0_1 / name, data_dir / name)
    key = read_recovery_key_file(RELEASE_0_1 / "recovery-key.txt")
    about = json.loads((RELEASE_0_1 / "about.json").read_text(encoding="utf-8"))
    vault = open_vault(data_dir, Unlock(recovery_key=key), device_store, clock)
    try:
        stored = {r[0]: r[1] for r in vault.database.query("SELECT id, formula FROM visits")}
        owner = vault.auth.sign_in(about["staff"][0]["name"], about["staff"][0]["pin"])
        seen = 0
        for client_id in vault.clients.list_ids(owner):
            for visit in vault.treatments.history(owner, client_id):
                old = json.loads(stored[visit.id])
                assert "version" not in old
                parts = [old["brand"], " + ".join(old["shades"]), old["developer"], old["ratio"]]
                if old["processing_minutes"] is not None:
                    parts.append(f"{old['processing_minutes']} min")
                assert visit.formula.one_line() == " · ".join(p for p in parts if p)
                if old["shades"]:
                    [only] = visit.formula.bowls
                    assert only.note == "" and only.developer is not None
                    check_formula(visit.formula)  # 0.1.0's demo formulas keep today's rules
                    seen += 1
                else:
                    assert visit.formula.empty
        assert seen > 100
        after = {r[0]: r[1] for r in vault.database.query("SELECT id, formula FROM visits")}
        assert after == stored
    finally:
        vault.close()


def test_a_visit_stores_the_new_shape(vault: Vault, team: Team) -> None:
    client = vault.clients.create(team.owner, ClientInput("Kowalska", "Anna")).id
    service = vault.catalogue.add(team.owner, ServiceInput("Colour", requires_patch_test=False))
    day = vault.clock.now().date()
    visit_id = vault.treatments.add_visit(
        team.technician, client, VisitInput(day, service, formula=two_bowl_formula())
    )
    raw = vault.database.scalar("SELECT formula FROM visits WHERE id = ?", (visit_id,))
    assert json.loads(str(raw))["version"] == 2
    assert vault.treatments.history(team.owner, client)[0].formula == two_bowl_formula()
    before = state_of(vault)
    toner = replace(two_bowl_formula().bowls[1], developer_grams=D(50))  # 20 g at 1:2 is 40 g
    with pytest.raises(FormulaError) as error:
        vault.treatments.add_visit(
            team.technician,
            client,
            VisitInput(day, service, formula=Formula((two_bowl_formula().bowls[0], toner))),
        )
    assert (error.value.rule, error.value.bowl, error.value.field) == (
        "ratio_mismatch",
        1,
        "formula",
    )
    assert state_of(vault) == before  # nothing written
    # Blank bowls from a form are dropped; texts are cleaned like every field.
    spaced = Formula((Bowl(), Bowl(label="  toner ", components=(Component(" 9/16 "),))))
    vault.treatments.add_visit(team.technician, client, VisitInput(day, service, formula=spaced))
    newest = vault.treatments.history(team.owner, client)[0]
    assert newest.formula == Formula((Bowl(label="toner", components=(Component("9/16"),)),))
