"""Every field rule of every built-in record template, worked out by hand (issue 22 item 2,
decision 0029): the prescription's steps, ranges, axis-with-cylinder and transposition both ways,
then the contact lens, skin analysis, lash map and laser/IPL rules. Pure domain: no vault."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from salonvault.domain.errors import RecordFieldError
from salonvault.domain.prescription import (
    acuity_value,
    dioptres,
    in_notation,
    show_acuity,
    transpose,
)
from salonvault.domain.record_values import clean_values
from salonvault.domain.records import AcuityNotation, CylinderNotation, RecordRule
from salonvault.services.records.builtins import (
    CONTACT_LENS,
    LASER_IPL,
    LASH_MAP,
    SKIN_ANALYSIS,
    SPECTACLE_RX,
)

TODAY = date(2026, 11, 22)
D = Decimal


def rx(right: dict[str, Any], left: dict[str, Any] | None = None, **other: Any) -> dict[str, Any]:
    return {
        "rx": {"right": right, "left": left if left is not None else {"sphere": "0"}},
        "examiner": "Jan Kowalski",
        "examined_on": "2026-11-20",
        **other,
    }


def refused(definition: Any, values: dict[str, Any]) -> RecordFieldError:
    with pytest.raises(RecordFieldError) as error:
        clean_values(definition, values, TODAY)
    return error.value


# -- the spectacle prescription ---------------------------------------------------------------


def test_a_full_prescription_is_read_exactly() -> None:
    values = clean_values(
        SPECTACLE_RX,
        rx(
            {"sphere": "-1.25", "cylinder": "-0.75", "axis": 180, "add": "+2.00", "pd": "31.5",
             "prism_h": "1.5", "base_h": "in", "acuity": "6/6"},
            {"sphere": -1, "cylinder": "\u22120,50", "axis": "90", "add": 2, "pd": 32,
             "acuity": "1.0"},
            pd_binocular="63.5",
            valid_until="2028-11-20",
        ),
        TODAY,
    )  # fmt: skip
    right, left = values["rx"]["right"], values["rx"]["left"]  # type: ignore[index]
    assert right == {
        "sphere": D("-1.25"), "cylinder": D("-0.75"), "axis": D(180), "add": D("2.00"),
        "prism_h": D("1.50"), "base_h": "in", "acuity": "6/6", "pd": D("31.5"),
    }  # fmt: skip
    # A comma and the true minus sign (U+2212) are read as a dot and a minus.
    assert left["cylinder"] == D("-0.50") and left["sphere"] == D("-1.00")
    assert values["pd_binocular"] == D("63.5")  # 31.5 + 32.0
    assert values["valid_until"] == date(2028, 11, 20)


@pytest.mark.parametrize(
    ("right", "rule", "path"),
    [
        ({"sphere": "-1.20"}, RecordRule.OFF_STEP, "rx.right.sphere"),  # 1.20 / 0.25 = 4.8
        ({"sphere": "+0.10"}, RecordRule.OFF_STEP, "rx.right.sphere"),
        ({"sphere": "0", "cylinder": "-0.30", "axis": 90}, RecordRule.OFF_STEP,
         "rx.right.cylinder"),
        ({"sphere": "0", "add": "1.10"}, RecordRule.OFF_STEP, "rx.right.add"),
        ({"sphere": "0", "cylinder": "-1", "axis": "90.5"}, RecordRule.OFF_STEP, "rx.right.axis"),
        ({"sphere": "-30.25"}, RecordRule.BELOW_MINIMUM, "rx.right.sphere"),
        ({"sphere": "+30.25"}, RecordRule.ABOVE_MAXIMUM, "rx.right.sphere"),
        ({"sphere": "0", "cylinder": "-10.25", "axis": 5}, RecordRule.BELOW_MINIMUM,
         "rx.right.cylinder"),
        # Axis 0 is written 180; 181 does not exist.
        ({"sphere": "0", "cylinder": "-1", "axis": 0}, RecordRule.BELOW_MINIMUM, "rx.right.axis"),
        ({"sphere": "0", "cylinder": "-1", "axis": 181}, RecordRule.ABOVE_MAXIMUM,
         "rx.right.axis"),
        # An axis without a cylinder, a cylinder without an axis, an axis with a 0.00 cylinder.
        ({"sphere": "-1", "axis": 90}, RecordRule.NEEDS_LEADER, "rx.right.axis"),
        ({"sphere": "-1", "cylinder": "-0.50"}, RecordRule.NEEDS_FOLLOWER, "rx.right.axis"),
        ({"sphere": "-1", "cylinder": "0", "axis": 90}, RecordRule.NEEDS_LEADER, "rx.right.axis"),
        # A prism needs its base, a base its prism; a base is in/out or up/down.
        ({"sphere": "0", "prism_h": "1"}, RecordRule.NEEDS_FOLLOWER, "rx.right.base_h"),
        ({"sphere": "0", "base_v": "up"}, RecordRule.NEEDS_LEADER, "rx.right.base_v"),
        ({"sphere": "0", "prism_h": "1", "base_h": "up"}, RecordRule.NOT_A_CHOICE,
         "rx.right.base_h"),
        ({"sphere": "0", "prism_v": "0.30", "base_v": "up"}, RecordRule.OFF_STEP,
         "rx.right.prism_v"),
        ({"cylinder": "-1", "axis": 90}, RecordRule.REQUIRED, "rx.right.sphere"),
        ({"sphere": "abc"}, RecordRule.NOT_A_NUMBER, "rx.right.sphere"),
        ({"sphere": True}, RecordRule.NOT_A_NUMBER, "rx.right.sphere"),
        ({"sphere": "0", "acuity": "6/0"}, RecordRule.NOT_AN_ACUITY, "rx.right.acuity"),
        ({"sphere": "0", "acuity": "5/10"}, RecordRule.NOT_AN_ACUITY, "rx.right.acuity"),
        ({"sphere": "0", "acuity": "3.0"}, RecordRule.NOT_AN_ACUITY, "rx.right.acuity"),
        ({"sphere": "0", "pd": "19.5"}, RecordRule.BELOW_MINIMUM, "rx.right.pd"),
        ({"sphere": "0", "pd": "31.2"}, RecordRule.OFF_STEP, "rx.right.pd"),
        ({"sphere": "0", "tint": "grey"}, RecordRule.UNKNOWN_FIELD, "rx.right.tint"),
    ],
)  # fmt: skip
def test_prescription_refusals(right: dict[str, Any], rule: RecordRule, path: str) -> None:
    error = refused(SPECTACLE_RX, rx(right))
    assert (error.rule, error.field) == (rule.value, path)


def test_refusals_say_their_limits() -> None:
    error = refused(SPECTACLE_RX, rx({"sphere": "-1.20"}))
    assert error.limits == {"unit": "D", "minimum": "-30", "maximum": "30", "step": "0.25"}
    assert str(error) == "Sphere goes in steps of 0.25 D."


def test_both_eyes_or_neither_and_the_exam_details() -> None:
    no_left = rx({"sphere": "-1"})
    no_left["rx"] = {"right": {"sphere": "-1"}}
    assert refused(SPECTACLE_RX, no_left).field == "rx.left.sphere"
    assert refused(SPECTACLE_RX, {**rx({"sphere": 0}), "rx": {}}).rule == RecordRule.REQUIRED
    assert refused(SPECTACLE_RX, rx({"sphere": 0}, examiner="")).field == "examiner"
    future = refused(SPECTACLE_RX, rx({"sphere": 0}, examined_on="2026-11-23"))
    assert future.rule == RecordRule.DATE_IN_FUTURE
    early = refused(SPECTACLE_RX, rx({"sphere": 0}, valid_until="2026-11-19"))
    assert (early.rule, early.field) == (RecordRule.BEFORE, "valid_until")
    same_day = clean_values(SPECTACLE_RX, rx({"sphere": 0}, valid_until="2026-11-20"), TODAY)
    assert same_day["valid_until"] == date(2026, 11, 20)
    assert refused(SPECTACLE_RX, {"colour": "red"}).rule == RecordRule.UNKNOWN_FIELD


def test_pd_binocular_or_per_eye() -> None:
    # One eye's PD alone is half a measurement.
    one = refused(SPECTACLE_RX, rx({"sphere": 0, "pd": 31}))
    assert one.rule == RecordRule.PD_INCOMPLETE
    # 31.0 + 32.0 = 63.0: 63.5 is within the 0.5 mm a PD is measured to, 64.0 is not.
    both = {"sphere": 0, "pd": 31}, {"sphere": 0, "pd": 32}
    assert clean_values(SPECTACLE_RX, rx(*both, pd_binocular="63.5"), TODAY)
    mismatch = refused(SPECTACLE_RX, rx(*both, pd_binocular="64"))
    assert (mismatch.rule, mismatch.limits) == (RecordRule.PD_MISMATCH, {"sum": "63.0"})
    assert clean_values(SPECTACLE_RX, rx({"sphere": 0}, pd_binocular="62"), TODAY)
    assert refused(SPECTACLE_RX, rx({"sphere": 0}, pd_binocular="39.5")).rule == "below_minimum"


@pytest.mark.parametrize(
    ("written", "other"),
    [
        # minus to plus: sphere + cyl, -cyl, axis +/- 90 within 1-180
        ((D("-1.00"), D("-0.50"), 180), (D("-1.50"), D("0.50"), 90)),
        ((D("+2.00"), D("-1.25"), 90), (D("+0.75"), D("1.25"), 180)),
        ((D("-3.25"), D("-2.00"), 45), (D("-5.25"), D("2.00"), 135)),
        ((D("+0.50"), D("-0.75"), 1), (D("-0.25"), D("0.75"), 91)),
        ((D("0.00"), D("-1.00"), 91), (D("-1.00"), D("1.00"), 1)),
        # plus to minus
        ((D("-1.50"), D("+0.50"), 90), (D("-1.00"), D("-0.50"), 180)),
        ((D("+1.00"), D("+2.25"), 170), (D("+3.25"), D("-2.25"), 80)),
        ((D("-4.00"), D("+1.75"), 100), (D("-2.25"), D("-1.75"), 10)),
    ],
)
def test_transposition_both_ways(
    written: tuple[Decimal, Decimal, int], other: tuple[Decimal, Decimal, int]
) -> None:
    assert transpose(*written) == other
    assert transpose(*other) == written  # and back: the same lens
    wanted = CylinderNotation.PLUS if other[1] > 0 else CylinderNotation.MINUS
    assert in_notation(*written, wanted) == other
    assert in_notation(*written, CylinderNotation.MINUS if wanted is CylinderNotation.PLUS
                       else CylinderNotation.PLUS) == written  # fmt: skip


def test_a_spherical_lens_is_the_same_in_either_notation() -> None:
    assert transpose(D("-2.00"), None, None) == (D("-2.00"), None, None)
    assert in_notation(D("-2.00"), D(0), None, CylinderNotation.PLUS) == (D("-2.00"), D(0), None)


@pytest.mark.parametrize(
    ("written", "decimal", "metres", "feet"),
    [
        ("6/6", "1.0", "6/6", "20/20"),  # decimal acuity has one decimal place at least
        ("1", "1.0", "6/6", "20/20"),
        ("0.80", "0.8", "6/7.5", "20/25"),
        ("20/40", "0.5", "6/12", "20/40"),
        ("2", "2.0", "6/3", "20/10"),
        ("6/9", "0.67", "6/9", "20/30"),  # 6/9 = 2/3 = 0.666...
        ("20/25", "0.8", "6/7.5", "20/25"),
        ("0.63", "0.63", "6/9.5", "20/32"),  # 6/0.63 = 9.52; 20/0.63 = 31.7
        ("1.25", "1.25", "6/4.8", "20/16"),
        ("6/60", "0.1", "6/60", "20/200"),
        ("1.6", "1.6", "6/3.8", "20/12.5"),  # 6/1.6 = 3.75, half up; 20/1.6 = 12.5
    ],
)
def test_acuity_in_each_notation(written: str, decimal: str, metres: str, feet: str) -> None:
    assert show_acuity(written, AcuityNotation.DECIMAL) == decimal
    assert show_acuity(written, AcuityNotation.METRES) == metres
    assert show_acuity(written, AcuityNotation.FEET) == feet


def test_acuity_values_and_dioptres_as_printed() -> None:
    assert acuity_value("6/12") == acuity_value("20/40") == acuity_value("0.5")
    assert acuity_value("0.005") is None and acuity_value("20/0") is None
    assert [dioptres(D(v)) for v in ("1.25", "-0.5", "0")] == ["+1.25", "\u22120.50", "0.00"]


# -- contact-lens fitting ---------------------------------------------------------------------


def lens(**eye: Any) -> dict[str, Any]:
    base = {"design": "spherical", "base_curve": "8.6", "diameter": "14.2", "power": "-2.25"}
    one = {**base, **eye}
    return {
        "lens": {"right": one, "left": base},
        "brand": "Acuvue Oasys",
        "replacement": "two_weekly",
        "fitted_on": "2026-11-20",
    }


def test_a_contact_lens_fitting() -> None:
    values = clean_values(
        CONTACT_LENS,
        {**lens(design="toric", cylinder="-1.25", axis=170), "aftercare_due": "2026-12-04"},
        TODAY,
    )
    right = values["lens"]["right"]  # type: ignore[index]
    assert right["base_curve"] == D("8.60") and right["diameter"] == D("14.2")
    assert (right["cylinder"], right["axis"]) == (D("-1.25"), D(170))
    assert values["aftercare_due"] == date(2026, 12, 4)


@pytest.mark.parametrize(
    ("eye", "rule", "path"),
    [
        ({"base_curve": "8.62"}, RecordRule.OFF_STEP, "lens.right.base_curve"),  # 0.05 mm steps
        ({"base_curve": "6.45"}, RecordRule.BELOW_MINIMUM, "lens.right.base_curve"),
        ({"diameter": "24.1"}, RecordRule.ABOVE_MAXIMUM, "lens.right.diameter"),
        ({"diameter": "14.25"}, RecordRule.OFF_STEP, "lens.right.diameter"),
        ({"power": "-2.1"}, RecordRule.OFF_STEP, "lens.right.power"),
        # A toric lens has its cylinder and axis; a spherical one has neither.
        ({"design": "toric"}, RecordRule.REQUIRED_WHEN, "lens.right.cylinder"),
        ({"design": "toric", "cylinder": "-0.75"}, RecordRule.REQUIRED_WHEN, "lens.right.axis"),
        ({"cylinder": "-0.75", "axis": 10}, RecordRule.NOT_ALLOWED_WHEN, "lens.right.cylinder"),
        ({"design": "multifocal"}, RecordRule.REQUIRED_WHEN, "lens.right.add"),
        ({"add": "1.5"}, RecordRule.NOT_ALLOWED_WHEN, "lens.right.add"),
        # Soft torics are minus cylinders.
        ({"design": "toric", "cylinder": "+0.75", "axis": 10}, RecordRule.ABOVE_MAXIMUM,
         "lens.right.cylinder"),
        ({"design": "daily"}, RecordRule.NOT_A_CHOICE, "lens.right.design"),
    ],
)  # fmt: skip
def test_contact_lens_refusals(eye: dict[str, Any], rule: RecordRule, path: str) -> None:
    error = refused(CONTACT_LENS, lens(**eye))
    assert (error.rule, error.field) == (rule.value, path)


def test_contact_lens_schedule_and_dates() -> None:
    assert refused(CONTACT_LENS, {**lens(), "replacement": "weekly"}).field == "replacement"
    early = refused(CONTACT_LENS, {**lens(), "aftercare_due": "2026-11-19"})
    assert (early.rule, early.field) == (RecordRule.BEFORE, "aftercare_due")
    both_multifocal = lens(design="toric_multifocal", cylinder="-1.75", axis=20, add="2")
    right = clean_values(CONTACT_LENS, both_multifocal, TODAY)["lens"]["right"]  # type: ignore[index]
    assert right["add"] == D("2.00")


# -- skin analysis ----------------------------------------------------------------------------


def test_skin_analysis() -> None:
    values = clean_values(
        SKIN_ANALYSIS,
        {"fitzpatrick": "IV", "skin_type": "combination", "concerns": ["redness", "acne"]},
        TODAY,
    )
    # Multi-choice keeps the template's order, whatever order they were ticked in.
    assert values["concerns"] == ("acne", "redness")
    assert refused(SKIN_ANALYSIS, {"fitzpatrick": "VII", "skin_type": "dry"}).limits == {
        "choices": "I,II,III,IV,V,VI"
    }
    assert refused(SKIN_ANALYSIS, {"fitzpatrick": "4", "skin_type": "dry"}).rule == "not_a_choice"
    assert refused(SKIN_ANALYSIS, {"skin_type": "dry"}).field == "fitzpatrick"
    bad = refused(
        SKIN_ANALYSIS, {"fitzpatrick": "I", "skin_type": "dry", "concerns": ["acne", "x"]}
    )
    assert (bad.rule, bad.field) == (RecordRule.NOT_A_CHOICE, "concerns")
    long = refused(SKIN_ANALYSIS, {"fitzpatrick": "I", "skin_type": "dry", "reactions": "x" * 1001})
    assert (long.rule, long.limits) == (RecordRule.TOO_LONG, {"max_length": "1000"})


# -- lash map ---------------------------------------------------------------------------------


def lashes(**zones: Any) -> dict[str, Any]:
    return {"technique": "volume", "zones": zones}


def test_a_lash_map_keeps_only_the_zones_given() -> None:
    values = clean_values(
        LASH_MAP,
        {**lashes(inner={"length": 8, "curl": "C", "thickness": "0.07"},
                  outer={"length": "12.5", "curl": "D", "thickness": "0.05"}),
         "style": "cat_eye", "glue": "Lash Box Ultra, batch 2611"},
        TODAY,
    )  # fmt: skip
    assert values["zones"] == {
        "inner": {"length": D("8.0"), "curl": "C", "thickness": D("0.07")},
        "outer": {"length": D("12.5"), "curl": "D", "thickness": D("0.05")},
    }


@pytest.mark.parametrize(
    ("zone", "rule", "path"),
    [
        ({"length": "12.3", "curl": "C", "thickness": "0.07"}, "off_step", "zones.middle.length"),
        ({"length": "3.5", "curl": "C", "thickness": "0.07"}, "below_minimum",
         "zones.middle.length"),
        ({"length": "10", "curl": "Q", "thickness": "0.07"}, "not_a_choice", "zones.middle.curl"),
        ({"length": "10", "curl": "C", "thickness": "0.02"}, "below_minimum",
         "zones.middle.thickness"),
        ({"length": "10", "curl": "C", "thickness": "0.075"}, "off_step",
         "zones.middle.thickness"),
        ({"length": "10", "curl": "C"}, "required", "zones.middle.thickness"),
    ],
)  # fmt: skip
def test_lash_map_refusals(zone: dict[str, Any], rule: str, path: str) -> None:
    error = refused(LASH_MAP, lashes(middle=zone))
    assert (error.rule, error.field) == (rule, path)


def test_a_lash_map_needs_a_zone_and_knows_its_zones() -> None:
    assert refused(LASH_MAP, lashes()).field == "zones"
    unknown = refused(LASH_MAP, lashes(corner={"length": 8, "curl": "C", "thickness": "0.07"}))
    assert (unknown.rule, unknown.field) == (RecordRule.UNKNOWN_ROW, "zones.corner")


# -- laser / IPL ------------------------------------------------------------------------------


def laser(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "device": "Soprano Ice (diode)",
        "wavelength": 810,
        "areas": {"legs": {"fluence": "12", "spot_size": "12", "pulse_ms": "30", "passes": 2}},
        "fitzpatrick": "III",
        "test_patch": "no_reaction",
        "test_patch_days": 2,
        "eye_protection": True,
    }
    return {**base, **changes}


def test_a_laser_session() -> None:
    values = clean_values(LASER_IPL, laser(eye_protection="yes"), TODAY)
    assert values["areas"] == {
        "legs": {"fluence": D("12.0"), "spot_size": D("12.0"), "pulse_ms": D("30.0"),
                 "passes": D(2)},
    }  # fmt: skip
    assert values["eye_protection"] is True and values["wavelength"] == D(810)


@pytest.mark.parametrize(
    ("changes", "rule", "path"),
    [
        ({"wavelength": 399}, "below_minimum", "wavelength"),
        ({"wavelength": "810.5"}, "off_step", "wavelength"),
        ({"areas": {"legs": {"fluence": "12.05", "spot_size": 12, "pulse_ms": 30, "passes": 1}}},
         "off_step", "areas.legs.fluence"),
        ({"areas": {"legs": {"fluence": "151", "spot_size": 12, "pulse_ms": 30, "passes": 1}}},
         "above_maximum", "areas.legs.fluence"),
        ({"areas": {"legs": {"fluence": 10, "spot_size": "12.2", "pulse_ms": 30, "passes": 1}}},
         "off_step", "areas.legs.spot_size"),
        ({"areas": {"legs": {"fluence": 10, "spot_size": 12, "pulse_ms": 0, "passes": 1}}},
         "below_minimum", "areas.legs.pulse_ms"),
        ({"areas": {"legs": {"fluence": 10, "spot_size": 12, "pulse_ms": 30, "passes": 11}}},
         "above_maximum", "areas.legs.passes"),
        ({"areas": {"legs": {"fluence": 10, "spot_size": 12, "pulse_ms": 30}}}, "required",
         "areas.legs.passes"),
        ({"areas": {}}, "required", "areas"),
        ({"fitzpatrick": "VII"}, "not_a_choice", "fitzpatrick"),
        ({"test_patch_days": None}, "required_when", "test_patch_days"),
        ({"test_patch": "not_done"}, "not_allowed_when", "test_patch_days"),
        ({"test_patch_days": 29}, "above_maximum", "test_patch_days"),
        ({"eye_protection": "maybe"}, "not_yes_no", "eye_protection"),
        ({"eye_protection": None}, "required", "eye_protection"),
    ],
)  # fmt: skip
def test_laser_refusals(changes: dict[str, Any], rule: str, path: str) -> None:
    error = refused(LASER_IPL, laser(**changes))
    assert (error.rule, error.field) == (rule, path)


def test_no_test_patch_needs_no_interval() -> None:
    values = clean_values(LASER_IPL, laser(test_patch="not_done", test_patch_days=None), TODAY)
    assert "test_patch_days" not in values and values["test_patch"] == "not_done"
