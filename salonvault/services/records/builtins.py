"""The built-in record templates, as a professional in each trade would check them.

Sources and the program's own judgements are in docs/decisions/0029-service-records.md; each
range below says which it is. Labels are English; the window translates built-in field keys.
Health marks (GDPR art. 9 "data concerning health", and the skin phototype, which can reveal
ethnic origin) decide what a receptionist sees: "record on file" and the dates, not the values.

Changing a definition here makes the next version when a vault opens (RecordTemplateService.
install_built_ins); records keep the version they were written with.
"""

from __future__ import annotations

from decimal import Decimal

from salonvault.domain.records import (
    BuiltIn,
    FieldKind,
    FieldSpec,
    RecordScope,
    RuleKind,
    TemplateDefinition,
    TemplateRule,
)

D = Decimal
QUARTER = D("0.25")  # dioptres and prism dioptres: ISO 21987 / ISO 8598 practice


def _number(
    key: str,
    label: str,
    unit: str,
    minimum: str,
    maximum: str,
    step: str,
    *,
    required: bool = False,
    health: bool = False,
    signed: bool = False,
) -> FieldSpec:
    return FieldSpec(
        key,
        FieldKind.NUMBER,
        label,
        required=required,
        health=health,
        unit=unit,
        minimum=D(minimum),
        maximum=D(maximum),
        step=D(step),
        signed=signed,
    )


def _choice(
    key: str, label: str, choices: tuple[str, ...], *, required: bool = False, health: bool = False
) -> FieldSpec:
    return FieldSpec(
        key, FieldKind.CHOICE, label, required=required, health=health, choices=choices
    )


def _text(
    key: str, label: str, max_length: int = 1000, *, required: bool = False, health: bool = False
) -> FieldSpec:
    return FieldSpec(
        key, FieldKind.TEXT, label, required=required, health=health, max_length=max_length
    )


def _date(key: str, label: str, *, required: bool = False, past: bool = False) -> FieldSpec:
    return FieldSpec(key, FieldKind.DATE, label, required=required, not_in_future=past)


# -- spectacle prescription ----------------------------------------------------------------------

SPECTACLE_RX = TemplateDefinition(
    name="Spectacle prescription",
    scope=RecordScope.CLIENT,
    fields=(
        FieldSpec(
            "rx",
            FieldKind.PER_EYE,
            "Prescription",
            required=True,
            parts=(
                # ±30.00 D covers every spectacle lens made; steps of 0.25 D (ISO 21987).
                _number(
                    "sphere",
                    "Sphere",
                    "D",
                    "-30",
                    "30",
                    "0.25",
                    required=True,
                    health=True,
                    signed=True,
                ),
                _number("cylinder", "Cylinder", "D", "-10", "10", "0.25", health=True, signed=True),
                # Axis 1-180° in whole degrees (0 is written 180); only with a cylinder.
                _number("axis", "Axis", "°", "1", "180", "1", health=True),
                _number("add", "Addition", "D", "0.25", "4", "0.25", health=True, signed=True),
                _number("prism_h", "Prism (horizontal)", "Δ", "0.25", "10", "0.25", health=True),
                _choice("base_h", "Base (horizontal)", ("in", "out"), health=True),
                _number("prism_v", "Prism (vertical)", "Δ", "0.25", "10", "0.25", health=True),
                _choice("base_v", "Base (vertical)", ("up", "down"), health=True),
                FieldSpec("acuity", FieldKind.ACUITY, "Visual acuity", health=True),
                # Monocular distance PD 20-40 mm in 0.5 mm (a facial measure, not health).
                _number("pd", "PD", "mm", "20", "40", "0.5"),
            ),
        ),
        _number("pd_binocular", "PD (binocular)", "mm", "40", "80", "0.5"),
        _text("examiner", "Examiner", 120, required=True),
        _date("examined_on", "Examined on", required=True, past=True),
        _date("valid_until", "Valid until"),
        _text("notes", "Notes", health=True),
    ),
    rules=(
        TemplateRule(RuleKind.FILLED_TOGETHER, "rx.cylinder", "rx.axis"),
        TemplateRule(RuleKind.FILLED_TOGETHER, "rx.prism_h", "rx.base_h"),
        TemplateRule(RuleKind.FILLED_TOGETHER, "rx.prism_v", "rx.base_v"),
        TemplateRule(RuleKind.NOT_BEFORE, "examined_on", "valid_until"),
        TemplateRule(RuleKind.PD_BINOCULAR_OR_PER_EYE, "pd_binocular", "rx.pd"),
    ),
)

# -- contact-lens fitting ------------------------------------------------------------------------

LENS_DESIGNS = ("spherical", "toric", "multifocal", "toric_multifocal")
CONTACT_LENS = TemplateDefinition(
    name="Contact-lens fitting",
    scope=RecordScope.VISIT,
    fields=(
        FieldSpec(
            "lens",
            FieldKind.PER_EYE,
            "Lens",
            required=True,
            parts=(
                _choice("design", "Design", LENS_DESIGNS, required=True),
                # Base curve 6.50-10.00 mm in 0.05 mm: rigid lenses from about 7.0, soft 8.3-9.0.
                _number("base_curve", "Base curve", "mm", "6.5", "10", "0.05", required=True),
                # Diameter 8.0-24.0 mm: corneal rigid lenses from 8, soft 13-15, sclerals to 24.
                _number("diameter", "Diameter", "mm", "8", "24", "0.1", required=True),
                _number(
                    "power",
                    "Power",
                    "D",
                    "-30",
                    "30",
                    "0.25",
                    required=True,
                    health=True,
                    signed=True,
                ),
                # Soft toric lenses come in minus cylinders, -0.75 to about -2.75 (to -6.00 made
                # to order); axis as for spectacles.
                _number(
                    "cylinder", "Cylinder", "D", "-6", "-0.25", "0.25", health=True, signed=True
                ),
                _number("axis", "Axis", "°", "1", "180", "1", health=True),
                _number("add", "Addition", "D", "0.25", "4", "0.25", health=True, signed=True),
            ),
        ),
        _text("brand", "Lens brand", 120, required=True),
        _choice(
            "replacement",
            "Replacement",
            ("daily", "two_weekly", "monthly", "quarterly", "yearly"),
            required=True,
        ),
        _date("fitted_on", "Fitted on", required=True, past=True),
        _date("aftercare_due", "Aftercare due"),
        _text("notes", "Notes", health=True),
    ),
    rules=(
        TemplateRule(
            RuleKind.REQUIRED_WHEN,
            "lens.design",
            values=("toric", "toric_multifocal"),
            fields=("lens.cylinder", "lens.axis"),
        ),
        TemplateRule(
            RuleKind.REQUIRED_WHEN,
            "lens.design",
            values=("multifocal", "toric_multifocal"),
            fields=("lens.add",),
        ),
        TemplateRule(RuleKind.NOT_BEFORE, "fitted_on", "aftercare_due"),
    ),
)

# -- skin analysis -------------------------------------------------------------------------------

FITZPATRICK = ("I", "II", "III", "IV", "V", "VI")  # Fitzpatrick 1975, types V-VI added 1988
SKIN_TYPES = ("normal", "dry", "oily", "combination", "sensitive")
SKIN_CONCERNS = (
    "acne", "pigmentation", "redness", "rosacea", "fine_lines", "wrinkles", "dehydration",
    "enlarged_pores", "scarring", "sensitivity",
)  # fmt: skip
SKIN_ANALYSIS = TemplateDefinition(
    name="Skin analysis",
    scope=RecordScope.VISIT,
    fields=(
        _choice("fitzpatrick", "Fitzpatrick type", FITZPATRICK, required=True, health=True),
        _choice("skin_type", "Skin type", SKIN_TYPES, required=True),
        FieldSpec(
            "concerns", FieldKind.MULTI_CHOICE, "Concerns", health=True, choices=SKIN_CONCERNS
        ),
        _text("products_used", "Products used"),
        _text("reactions", "Reactions", health=True),
        _text("notes", "Notes", health=True),
    ),
)

# -- lash map ------------------------------------------------------------------------------------

LASH_ZONES = ("inner", "inner_middle", "middle", "outer_middle", "outer")
LASH_CURLS = ("J", "B", "C", "CC", "D", "DD", "L", "LC", "M")
LASH_MAP = TemplateDefinition(
    name="Lash map",
    scope=RecordScope.VISIT,
    fields=(
        _choice(
            "technique", "Technique", ("classic", "hybrid", "volume", "mega_volume"), required=True
        ),
        _choice("style", "Style", ("natural", "cat_eye", "doll_eye", "squirrel", "open_eye")),
        FieldSpec(
            "zones",
            FieldKind.ZONE_GRID,
            "Map",
            required=True,
            zones=LASH_ZONES,
            parts=(
                # Extensions are sold 5-18 mm; 4-20 in half millimetres leaves room.
                _number("length", "Length", "mm", "4", "20", "0.5", required=True),
                _choice("curl", "Curl", LASH_CURLS, required=True),
                # Diameters 0.03-0.25 mm (0.03-0.07 for volume fans, 0.10-0.20 classic).
                _number("thickness", "Thickness", "mm", "0.03", "0.25", "0.01", required=True),
            ),
        ),
        _text("glue", "Glue (brand, batch)", 120),
        _text("removal_notes", "Removal notes"),
        _text("reactions", "Reactions", health=True),
    ),
)

# -- laser / IPL ---------------------------------------------------------------------------------

BODY_AREAS = (
    "face", "upper_lip", "chin", "neck", "underarms", "arms", "hands", "chest", "abdomen",
    "back", "bikini", "legs", "feet",
)  # fmt: skip
TEST_PATCH_RESULTS = ("not_done", "no_reaction", "mild_reaction", "reaction")
LASER_IPL = TemplateDefinition(
    name="Laser / IPL",
    scope=RecordScope.VISIT,
    fields=(
        _text("device", "Device", 120, required=True),
        # 400 nm (IPL filters) to 10 600 nm (CO2): every aesthetic laser and IPL in between.
        _number("wavelength", "Wavelength", "nm", "400", "11000", "1", required=True),
        FieldSpec(
            "areas",
            FieldKind.ZONE_GRID,
            "Treated areas",
            required=True,
            zones=BODY_AREAS,
            parts=(
                # Device-typical: hair removal 5-40 J/cm², Nd:YAG to ~100; 150 is the ceiling.
                _number("fluence", "Fluence", "J/cm²", "0.1", "150", "0.1", required=True),
                _number("spot_size", "Spot size", "mm", "0.5", "50", "0.5", required=True),
                # Long-pulse and IPL pulses 1-400 ms; nanosecond devices write it in the notes.
                _number("pulse_ms", "Pulse duration", "ms", "0.1", "1000", "0.1", required=True),
                _number("passes", "Passes", "", "1", "10", "1", required=True),
            ),
        ),
        _choice("fitzpatrick", "Fitzpatrick type", FITZPATRICK, required=True, health=True),
        _choice("test_patch", "Test patch", TEST_PATCH_RESULTS, required=True, health=True),
        # Days from the test patch to this treatment: 1 (24 h) to 28; 2 is usual, 7 for
        # darker skin types.
        _number("test_patch_days", "Test-patch interval", "days", "1", "28", "1", health=True),
        FieldSpec("eye_protection", FieldKind.YES_NO, "Eye protection worn", required=True),
        _text("skin_response", "Skin response", health=True),
        _text("notes", "Notes", health=True),
    ),
    rules=(
        TemplateRule(
            RuleKind.REQUIRED_WHEN,
            "test_patch",
            values=("no_reaction", "mild_reaction", "reaction"),
            fields=("test_patch_days",),
        ),
    ),
)

BUILT_IN_TEMPLATES: dict[BuiltIn, TemplateDefinition] = {
    BuiltIn.SPECTACLE_RX: SPECTACLE_RX,
    BuiltIn.CONTACT_LENS: CONTACT_LENS,
    BuiltIn.SKIN_ANALYSIS: SKIN_ANALYSIS,
    BuiltIn.LASH_MAP: LASH_MAP,
    BuiltIn.LASER_IPL: LASER_IPL,
}
