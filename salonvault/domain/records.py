"""Service records: structured records built from a versioned template of typed fields
(issue 22 items 1 and 2, decision 0029).

A *template* is a list of fields and a few cross-field rules. Each saved definition is a
*version* that never changes (like a consent text: numbered, hashed); a record points at the
exact version it was written with, so an old record reads and exports the way it was written
after the owner has made version 2. Built-in templates ship with the program; the owner copies
one to add fields or mark more of them as health data.

Values are plain data: `Decimal` for numbers (0.25 D steps must be exact), `str` for a choice,
a text or a visual acuity as written, `bool`, `date`, a tuple of choices, and for a per-eye pair
or a zone grid a mapping row -> part -> value. The rules that check them are record_values.py;
the spectacle prescription's own arithmetic (transposition, acuity notations) is prescription.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

MAX_FIELDS = 60
MAX_TEXT = 2000  # a text field's limit unless the template says less
MAX_LINE = 200


class FieldKind(StrEnum):
    NUMBER = "number"  # Decimal with unit, minimum, maximum, step
    CHOICE = "choice"  # one of `choices`
    MULTI_CHOICE = "multi_choice"  # any of `choices` (tuple in the template's order)
    YES_NO = "yes_no"  # bool
    DATE = "date"
    TEXT = "text"  # free text up to `max_length`
    ACUITY = "acuity"  # visual acuity as written: decimal "0.8", "6/7.5" or "20/25"
    PER_EYE = "per_eye"  # right/left pair of `parts` (value: {"right": {...}, "left": {...}})
    ZONE_GRID = "zone_grid"  # one row per zone of `parts` (value: {zone: {...}})


SCALAR_KINDS = frozenset(
    {
        FieldKind.NUMBER,
        FieldKind.CHOICE,
        FieldKind.MULTI_CHOICE,
        FieldKind.YES_NO,
        FieldKind.DATE,
        FieldKind.TEXT,
        FieldKind.ACUITY,
    }
)
GROUP_KINDS = frozenset({FieldKind.PER_EYE, FieldKind.ZONE_GRID})
EYES = ("right", "left")  # the optician's order: right eye (OD) first


class RecordScope(StrEnum):
    """What a record hangs on: a visit (a laser session), or the client (a prescription, which
    may name the eye-test visit but outlives it)."""

    VISIT = "visit"
    CLIENT = "client"


class CylinderNotation(StrEnum):
    """How the salon shows a prescription's cylinder; records keep what the examiner wrote."""

    MINUS = "minus"
    PLUS = "plus"


class AcuityNotation(StrEnum):
    """How the salon shows visual acuity: decimal (0.8), metres (6/7.5) or feet (20/25)."""

    DECIMAL = "decimal"
    METRES = "6"
    FEET = "20"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a template. `key` is stable (values and exports use it); `label` is what the
    owner typed or the built-in's English words (the window translates built-in keys).

    Number: `unit`, `minimum`, `maximum`, `step` (a value is a whole number of steps from zero,
    so -1.25 is on the 0.25 grid whatever the minimum), `signed` shows + and - (dioptres).
    Choice and multi-choice: `choices`. Text: `max_length`. Groups: `parts` (the columns,
    scalar fields) and, for a zone grid, `zones` (the rows; a per-eye pair's rows are right and
    left). `health`: data concerning health (GDPR art. 9), shown only to roles that may see
    health items. `required`: a group needs a row (a per-eye pair is then both eyes); a
    required part is required in every row given."""

    key: str
    kind: FieldKind
    label: str
    required: bool = False
    health: bool = False
    unit: str = ""
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    step: Decimal | None = None
    signed: bool = False
    choices: tuple[str, ...] = ()
    max_length: int = MAX_LINE
    parts: tuple[FieldSpec, ...] = ()
    zones: tuple[str, ...] = ()
    not_in_future: bool = False  # a date that cannot be after today (an exam date)

    @property
    def rows(self) -> tuple[str, ...]:
        """A group's row keys: right and left for a per-eye pair, the zones for a grid."""
        if self.kind is FieldKind.PER_EYE:
            return EYES
        return self.zones

    def part(self, key: str) -> FieldSpec | None:
        return next((p for p in self.parts if p.key == key), None)


class RuleKind(StrEnum):
    """The cross-field rules a template may carry (a fixed vocabulary: the owner's copy keeps
    the built-in's rules and may add these, never code of its own)."""

    # `follower` is filled exactly when `leader` is filled and not zero (axis with cylinder,
    # prism base with prism). Paths: "field" or "group.part" (then row by row).
    FILLED_TOGETHER = "filled_together"
    # When choice `leader` is one of `values`, `fields` are required; otherwise they must be
    # empty (a toric lens has a cylinder and an axis; a spherical one has neither).
    REQUIRED_WHEN = "required_when"
    # Date `follower` is on or after date `leader` (valid until >= examined on).
    NOT_BEFORE = "not_before"
    # Pupillary distance: binocular `leader`, or per eye (`follower` = "group.part") in both
    # eyes; when both are given the binocular PD is the sum (to within 0.5 mm).
    PD_BINOCULAR_OR_PER_EYE = "pd_binocular_or_per_eye"


@dataclass(frozen=True, slots=True)
class TemplateRule:
    kind: RuleKind
    leader: str
    follower: str = ""
    values: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TemplateDefinition:
    """What a version of a template says: its name, scope, fields and rules. Hashed (SHA-256
    of its canonical JSON, record_values.definition_json) when saved, like a consent text."""

    name: str
    scope: RecordScope
    fields: tuple[FieldSpec, ...]
    rules: tuple[TemplateRule, ...] = ()

    def field(self, key: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.key == key), None)

    @property
    def health_paths(self) -> frozenset[str]:
        """Every health-marked field or group part, as "field" or "group.part"."""
        paths = set()
        for spec in self.fields:
            if spec.health:
                paths.add(spec.key)
            paths |= {f"{spec.key}.{p.key}" for p in spec.parts if p.health or spec.health}
        return frozenset(paths)


class BuiltIn(StrEnum):
    """The templates that ship with the program (services/records/builtins.py). A copy made by
    the owner keeps the built-in it came from as its `family`."""

    SPECTACLE_RX = "spectacle_rx"
    CONTACT_LENS = "contact_lens"
    SKIN_ANALYSIS = "skin_analysis"
    LASH_MAP = "lash_map"
    LASER_IPL = "laser_ipl"


@dataclass(frozen=True, slots=True)
class TemplateVersion:
    """One saved version of a template, as stored (never changed, never deleted).

    `key`: the template ("spectacle_rx", or "custom-3" for the owner's own); `family`: the
    built-in it is (or was copied from), None for a template the owner started from nothing.
    `created_by` None: shipped with the program."""

    id: int
    key: str
    version: int
    family: BuiltIn | None
    definition: TemplateDefinition
    sha256: str
    created_by: int | None
    created_at: datetime

    @property
    def built_in(self) -> bool:
        return self.created_by is None


@dataclass(frozen=True, slots=True)
class TemplateSummary:
    """A template as the list shows it: its latest version, whether it is switched on, and the
    services that offer it (empty: offered with every visit, or on the card for client records)."""

    key: str
    latest: TemplateVersion
    active: bool
    service_ids: tuple[int, ...]


# A cleaned value: Decimal, str, bool, date, tuple of choices; a group is row -> part -> value.
ScalarValue = Decimal | str | bool | date | tuple[str, ...]
GroupValue = Mapping[str, Mapping[str, ScalarValue]]
FieldValue = ScalarValue | GroupValue
RecordValues = Mapping[str, FieldValue]


@dataclass(frozen=True, slots=True)
class RecordInput:
    """What someone records: the template (its latest version is used), the day, the visit for a
    visit-scoped template, and raw values as a form or JSON gives them (numbers as numbers or
    text, "6/9" for an acuity, ISO dates, lists for multi-choice, {"right": {...}} for groups).
    Unknown field keys are an error, not silently dropped."""

    template_key: str
    values: Mapping[str, object]
    recorded_on: date | None = None  # None: the visit's day, or today
    visit_id: int | None = None


class Withheld(StrEnum):
    """Why a record shows fewer fields than it holds (a code: the window words it)."""

    HEALTH = "health"  # health-marked fields, for a role that may not see health details


@dataclass(frozen=True, slots=True)
class ServiceRecord:
    """A record as a role may see it. `values` holds only what the role may see; `withheld`
    names the field paths held back (their values never leave the service). `changed` names the
    paths that differ from the previous record of the same family for this client (the card's
    timeline highlights them), among those shown."""

    id: int
    client_id: int
    template: TemplateVersion
    visit_id: int | None
    recorded_on: date
    values: RecordValues
    withheld: frozenset[str]
    created_by: int
    created_by_name: str
    created_at: datetime
    updated_at: datetime
    corrects_record_id: int | None
    corrected_by: tuple[int, ...] = ()  # later records that correct this one, oldest first
    revisions: int = 0  # earlier versions kept from edits within the 24 hours
    changed: frozenset[str] = field(default_factory=frozenset)

    @property
    def withheld_reason(self) -> Withheld | None:
        return Withheld.HEALTH if self.withheld else None


@dataclass(frozen=True, slots=True)
class RecordRevision:
    """An earlier version of a record, kept when it was edited (history is never overwritten)."""

    revision: int
    template: TemplateVersion
    recorded_on: date
    values: RecordValues
    withheld: frozenset[str]
    replaced_by: int  # who edited it away
    replaced_at: datetime


class RecordRule(StrEnum):
    """Why a value was refused: the stable key of a RecordFieldError (domain/errors.py)."""

    UNKNOWN_FIELD = "unknown_field"
    REQUIRED = "required"
    NOT_A_NUMBER = "not_a_number"
    BELOW_MINIMUM = "below_minimum"
    ABOVE_MAXIMUM = "above_maximum"
    OFF_STEP = "off_step"
    NOT_A_CHOICE = "not_a_choice"
    NOT_YES_NO = "not_yes_no"
    NOT_A_DATE = "not_a_date"
    DATE_IN_FUTURE = "date_in_future"
    TOO_LONG = "too_long"
    NOT_AN_ACUITY = "not_an_acuity"
    NOT_A_GROUP = "not_a_group"
    UNKNOWN_ROW = "unknown_row"
    NEEDS_LEADER = "needs_leader"  # an axis without a cylinder, a base without a prism
    NEEDS_FOLLOWER = "needs_follower"  # a cylinder without an axis, a prism without a base
    REQUIRED_WHEN = "required_when"  # a toric lens without its cylinder
    NOT_ALLOWED_WHEN = "not_allowed_when"  # a spherical lens with a cylinder
    BEFORE = "before"  # valid until before the exam
    PD_INCOMPLETE = "pd_incomplete"  # one eye's PD only
    PD_MISMATCH = "pd_mismatch"  # binocular PD is not the sum of the two eyes'
    CARD_NUMBER = "card_number"  # a payment card number in a text (never stored)
