"""The rules of a record's values, from its template (decision 0029), and their stored form.

`clean_values` turns what a form or JSON gives into typed values, or raises RecordFieldError
with a stable rule key and the path of the value. Field rules: a number is a number, within
its range, on its step (from zero: -1.25 is on the 0.25 grid, -1.20 is not); a choice is one of
its choices; a date is ISO and, where the template says so, not in the future; a text keeps its
length. Then the template's cross-field rules (domain/records.RuleKind).

How values are stored and shown is record_codec.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation

from salonvault.domain.errors import RecordFieldError, ValidationError
from salonvault.domain.messages import Message
from salonvault.domain.prescription import acuity_value
from salonvault.domain.records import (
    GROUP_KINDS,
    FieldKind,
    FieldSpec,
    FieldValue,
    RecordRule,
    RuleKind,
    ScalarValue,
    TemplateDefinition,
    TemplateRule,
)

PD_TOLERANCE = Decimal("0.5")  # mm: monocular PDs are measured to 0.5 mm


# -- values ---------------------------------------------------------------------------------


def clean_values(
    definition: TemplateDefinition, raw: Mapping[str, object], today: date
) -> dict[str, FieldValue]:
    """Typed values for `definition`, empty ones left out, or RecordFieldError."""
    for key in raw:
        if definition.field(str(key)) is None:
            raise RecordFieldError(
                "records.no_such_field", RecordRule.UNKNOWN_FIELD, str(key), name=str(key)
            )
    cleaned: dict[str, FieldValue] = {}
    for spec in definition.fields:
        value = raw.get(spec.key)
        if spec.kind in GROUP_KINDS:
            group = _clean_group(spec, value, today)
            if group:
                cleaned[spec.key] = group
        else:
            scalar = clean_scalar(spec, value, spec.key, today)
            if scalar is not None:
                cleaned[spec.key] = scalar
    for rule in definition.rules:
        _check_rule(definition, rule, cleaned)
    return cleaned


def _clean_group(spec: FieldSpec, value: object, today: date) -> dict[str, dict[str, ScalarValue]]:
    if _empty(value):
        value = {}
    if not isinstance(value, Mapping):
        raise RecordFieldError(
            "records.give_values_row_row", RecordRule.NOT_A_GROUP, spec.key, label=spec.label
        )
    for row_key in value:
        if str(row_key) not in spec.rows:
            raise RecordFieldError(
                "records.no_such_row",
                RecordRule.UNKNOWN_ROW,
                f"{spec.key}.{row_key}",
                {"rows": ",".join(spec.rows)},
                label=spec.label,
                row=str(row_key),
            )
    filled = [r for r in spec.rows if not _empty(value.get(r))]
    if spec.required and not filled:
        raise RecordFieldError("records.required", RecordRule.REQUIRED, spec.key, label=spec.label)
    # A per-eye pair is both eyes or neither; a grid's rows are the zones that were treated.
    checked = spec.rows if spec.kind is FieldKind.PER_EYE and filled else filled
    rows: dict[str, dict[str, ScalarValue]] = {}
    for row_key in checked:
        row_value = value.get(row_key) or {}
        if not isinstance(row_value, Mapping):
            raise RecordFieldError(
                "records.row_values_by_name",
                RecordRule.NOT_A_GROUP,
                f"{spec.key}.{row_key}",
                label=spec.label,
                row=row_key,
            )
        for part_key in row_value:
            if spec.part(str(part_key)) is None:
                raise RecordFieldError(
                    "records.no_such_part",
                    RecordRule.UNKNOWN_FIELD,
                    f"{spec.key}.{row_key}.{part_key}",
                    label=spec.label,
                    part=str(part_key),
                )
        row: dict[str, ScalarValue] = {}
        for part in spec.parts:
            path = f"{spec.key}.{row_key}.{part.key}"
            scalar = clean_scalar(part, row_value.get(part.key), path, today)
            if scalar is not None:
                row[part.key] = scalar
        if row:
            rows[row_key] = row
    return rows


def clean_scalar(spec: FieldSpec, value: object, path: str, today: date) -> ScalarValue | None:
    """One scalar value, typed; None when empty (refused if required)."""
    if _empty(value):
        if spec.required:
            raise RecordFieldError("records.required", RecordRule.REQUIRED, path, label=spec.label)
        return None
    if spec.kind is FieldKind.DATE:
        return _date(spec, value, path, today)
    reader = _READERS.get(spec.kind)
    if reader is None:
        raise ValidationError("records.group_single_value", path, label=spec.label)
    return reader(spec, value, path)


def _choice(spec: FieldSpec, value: object, path: str) -> str:
    text = str(value).strip()
    if text not in spec.choices:
        raise _not_a_choice(spec, text, path)
    return text


def _choices(spec: FieldSpec, value: object, path: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        raise _not_a_choice(spec, str(value), path)
    chosen = {str(i).strip() for i in items}
    for item in sorted(chosen):
        if item not in spec.choices:
            raise _not_a_choice(spec, item, path)
    return tuple(c for c in spec.choices if c in chosen)  # the template's order


def _yes_no(spec: FieldSpec, value: object, path: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("yes", "true", "1", "no", "false", "0"):
        return text in ("yes", "true", "1")
    raise RecordFieldError("records.yes", RecordRule.NOT_YES_NO, path, label=spec.label)


def _acuity(spec: FieldSpec, value: object, path: str) -> str:
    text = str(value).strip().replace(" ", "")
    if acuity_value(text) is None:
        raise RecordFieldError(
            "records.write_decimal_acuity_0_01", RecordRule.NOT_AN_ACUITY, path, label=spec.label
        )
    return text


def _text(spec: FieldSpec, value: object, path: str) -> str:
    text = str(value).strip()
    if len(text) > spec.max_length:
        raise RecordFieldError(
            "records.text_too_long",
            RecordRule.TOO_LONG,
            path,
            {"max_length": str(spec.max_length)},
            label=spec.label,
            maximum=spec.max_length,
        )
    return text


def _number(spec: FieldSpec, value: object, path: str) -> Decimal:
    if isinstance(value, bool):
        raise RecordFieldError("records.number", RecordRule.NOT_A_NUMBER, path, label=spec.label)
    text = str(value).strip().replace("\u2212", "-").replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise RecordFieldError(
            "records.number", RecordRule.NOT_A_NUMBER, path, label=spec.label
        ) from None
    if not number.is_finite():
        raise RecordFieldError("records.number", RecordRule.NOT_A_NUMBER, path, label=spec.label)
    limits = _limits(spec)
    if spec.minimum is not None and number < spec.minimum:
        raise RecordFieldError(
            Message(
                "records.below_minimum_unit" if spec.unit else "records.below_minimum",
                label=spec.label,
                number=spec.minimum,
                **({"unit": spec.unit} if spec.unit else {}),
            ),
            RecordRule.BELOW_MINIMUM,
            path,
            limits,
        )
    if spec.maximum is not None and number > spec.maximum:
        raise RecordFieldError(
            Message(
                "records.above_maximum_unit" if spec.unit else "records.above_maximum",
                label=spec.label,
                number=spec.maximum,
                **({"unit": spec.unit} if spec.unit else {}),
            ),
            RecordRule.ABOVE_MAXIMUM,
            path,
            limits,
        )
    if spec.step is not None and number % spec.step != 0:
        raise RecordFieldError(
            Message(
                "records.off_step_unit" if spec.unit else "records.off_step",
                label=spec.label,
                number=spec.step,
                **({"unit": spec.unit} if spec.unit else {}),
            ),
            RecordRule.OFF_STEP,
            path,
            limits,
        )
    if spec.step is not None:
        # Written to the step's places: 1.5 -> 1.50 D, 7 -> 7.0 mm (exports read the same).
        number = number.quantize(spec.step) if spec.step < 1 else number.quantize(Decimal(1))
    return number


def _limits(spec: FieldSpec) -> dict[str, str]:
    limits = {"unit": spec.unit}
    for name in ("minimum", "maximum", "step"):
        if (bound := getattr(spec, name)) is not None:
            limits[name] = str(bound)
    return limits


def _date(spec: FieldSpec, value: object, path: str, today: date) -> date:
    if isinstance(value, date):
        day = value
    else:
        try:
            day = date.fromisoformat(str(value).strip())
        except ValueError:
            raise RecordFieldError(
                "records.date_yyyy_mm_dd", RecordRule.NOT_A_DATE, path, label=spec.label
            ) from None
    if spec.not_in_future and day > today:
        raise RecordFieldError(
            "records.cannot_future", RecordRule.DATE_IN_FUTURE, path, label=spec.label
        )
    return day


def _not_a_choice(spec: FieldSpec, text: str, path: str) -> RecordFieldError:
    return RecordFieldError(
        "records.not_a_choice",
        RecordRule.NOT_A_CHOICE,
        path,
        {"choices": ",".join(spec.choices)},
        label=spec.label,
        text=text,
    )


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str | list | tuple | dict) and not value)


# -- cross-field rules ------------------------------------------------------------------------


def _check_rule(
    definition: TemplateDefinition, rule: TemplateRule, values: dict[str, FieldValue]
) -> None:
    if rule.kind is RuleKind.FILLED_TOGETHER:
        for rows, leader_path, follower_path in _row_pairs(values, rule):
            leader = _at(values, rows, leader_path)
            follower = _at(values, rows, follower_path)
            leader_on = leader is not None and not (isinstance(leader, Decimal) and leader == 0)
            if leader_on and follower is None:
                raise RecordFieldError(
                    "records.needs_follower",
                    RecordRule.NEEDS_FOLLOWER,
                    _full(rows, follower_path),
                    {"leader": leader_path},
                    follower=_label(definition, follower_path),
                    leader=_label(definition, leader_path),
                )
            if not leader_on and follower is not None:
                raise RecordFieldError(
                    "records.needs_leader",
                    RecordRule.NEEDS_LEADER,
                    _full(rows, follower_path),
                    {"leader": leader_path},
                    follower=_label(definition, follower_path),
                    leader=_label(definition, leader_path),
                )
    elif rule.kind is RuleKind.REQUIRED_WHEN:
        for path in rule.fields:
            for rows, target in _row_paths(values, path):
                # A leader inside the same group is read row by row (each eye its own design).
                chosen = _at(values, rows if "." in rule.leader else None, rule.leader)
                applies = isinstance(chosen, str) and chosen in rule.values
                present = _at(values, rows, target) is not None
                if applies and not present:
                    raise RecordFieldError(
                        "records.required_when",
                        RecordRule.REQUIRED_WHEN,
                        _full(rows, target),
                        {"leader": rule.leader, "values": ",".join(rule.values)},
                        label=_label(definition, target),
                        choice=str(chosen),
                    )
                if not applies and present:
                    raise RecordFieldError(
                        "records.not_allowed_when",
                        RecordRule.NOT_ALLOWED_WHEN,
                        _full(rows, target),
                        {"leader": rule.leader, "values": ",".join(rule.values)},
                        label=_label(definition, target),
                        choices=", ".join(rule.values),
                    )
    elif rule.kind is RuleKind.NOT_BEFORE:
        earlier, later = values.get(rule.leader), values.get(rule.follower)
        if isinstance(earlier, date) and isinstance(later, date) and later < earlier:
            raise RecordFieldError(
                "records.not_before",
                RecordRule.BEFORE,
                rule.follower,
                {"leader": rule.leader},
                follower=_label(definition, rule.follower),
                leader=_label(definition, rule.leader),
            )
    elif rule.kind is RuleKind.PD_BINOCULAR_OR_PER_EYE:
        _check_pd(definition, rule, values)


def _check_pd(
    definition: TemplateDefinition, rule: TemplateRule, values: dict[str, FieldValue]
) -> None:
    group_key, part_key = rule.follower.split(".", 1)
    group = values.get(group_key)
    per_eye: list[Decimal] = []
    if isinstance(group, Mapping):
        for eye in ("right", "left"):
            value = group.get(eye, {}).get(part_key)
            if isinstance(value, Decimal):
                per_eye.append(value)
    if len(per_eye) == 1:
        raise RecordFieldError(
            "records.give_pd_both_eyes_binocular",
            RecordRule.PD_INCOMPLETE,
            rule.follower,
        )
    binocular = values.get(rule.leader)
    if isinstance(binocular, Decimal) and len(per_eye) == 2:
        total = per_eye[0] + per_eye[1]
        if abs(total - binocular) > PD_TOLERANCE:
            raise RecordFieldError(
                "records.pd_mismatch",
                RecordRule.PD_MISMATCH,
                rule.leader,
                {"sum": str(total)},
                binocular=binocular,
                total=total,
            )


def _row_pairs(
    values: Mapping[str, FieldValue], rule: TemplateRule
) -> list[tuple[str | None, str, str]]:
    """(row, leader, follower) for each filled row the rule applies to (row None: top level)."""
    return [(row, rule.leader, rule.follower) for row, _ in _row_paths(values, rule.leader)]


def _row_paths(values: Mapping[str, FieldValue], path: str) -> list[tuple[str | None, str]]:
    """(row, path) for each filled row of the group `path` is in; (None, path) at top level."""
    if "." not in path:
        return [(None, path)]
    group = values.get(path.split(".", 1)[0])
    return [(row, path) for row in group] if isinstance(group, Mapping) else []


def _at(values: Mapping[str, FieldValue], row: str | None, path: str) -> ScalarValue | None:
    """The value at `path` ("field", or "group.part" in `row`)."""
    if row is None:
        found = values.get(path)
        return None if isinstance(found, Mapping) else found
    group_key, part_key = path.split(".", 1)
    group = values.get(group_key)
    if not isinstance(group, Mapping):
        return None
    found = group.get(row, {}).get(part_key)
    return None if isinstance(found, Mapping) else found


def _full(row: str | None, path: str) -> str:
    if row is None:
        return path
    group_key, part_key = path.split(".", 1)
    return f"{group_key}.{row}.{part_key}"


def _label(definition: TemplateDefinition, path: str) -> str:
    if "." not in path:
        spec = definition.field(path)
        return spec.label if spec else path
    group_key, part_key = path.split(".", 1)
    group = definition.field(group_key)
    part = group.part(part_key) if group else None
    return part.label if part else path


_READERS: dict[FieldKind, Callable[[FieldSpec, object, str], ScalarValue]] = {
    FieldKind.NUMBER: _number,
    FieldKind.CHOICE: _choice,
    FieldKind.MULTI_CHOICE: _choices,
    FieldKind.YES_NO: _yes_no,
    FieldKind.ACUITY: _acuity,
    FieldKind.TEXT: _text,
}
