"""Templates and record values as stored (canonical JSON) and as shown (decision 0029).

- A definition's canonical JSON (sorted keys, numbers as decimal strings) and its SHA-256,
  which a version keeps like a consent text's hash; `check_definition` for the owner's versions.
- Values as JSON (Decimal as text, so 0.25 D stays exact; dates ISO; multi-choice as lists),
  read back against the version they were written with.
- What a role may see (`visible_values`), what changed since the previous record
  (`changed_paths`), plain JSON-able values for exports, and text for documents.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from salonvault.domain.errors import ValidationError
from salonvault.domain.records import (
    GROUP_KINDS,
    MAX_FIELDS,
    MAX_TEXT,
    SCALAR_KINDS,
    FieldKind,
    FieldSpec,
    FieldValue,
    RecordScope,
    RecordValues,
    RuleKind,
    ScalarValue,
    TemplateDefinition,
    TemplateRule,
    TemplateVersion,
)

_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_CHOICES = 40
MAX_ZONES = 24
MAX_PARTS = 12


# -- definitions ------------------------------------------------------------------------------


def definition_data(definition: TemplateDefinition) -> dict[str, Any]:
    return {
        "name": definition.name,
        "scope": definition.scope.value,
        "fields": [_field_data(f) for f in definition.fields],
        "rules": [_rule_data(r) for r in definition.rules],
    }


def _field_data(spec: FieldSpec) -> dict[str, Any]:
    data: dict[str, Any] = {"key": spec.key, "kind": spec.kind.value, "label": spec.label}
    if spec.required:
        data["required"] = True
    if spec.health:
        data["health"] = True
    if spec.unit:
        data["unit"] = spec.unit
    for name in ("minimum", "maximum", "step"):
        if (bound := getattr(spec, name)) is not None:
            data[name] = str(bound)
    if spec.signed:
        data["signed"] = True
    if spec.choices:
        data["choices"] = list(spec.choices)
    if spec.kind is FieldKind.TEXT:
        data["max_length"] = spec.max_length
    if spec.parts:
        data["parts"] = [_field_data(p) for p in spec.parts]
    if spec.zones:
        data["zones"] = list(spec.zones)
    if spec.not_in_future:
        data["not_in_future"] = True
    return data


def _rule_data(rule: TemplateRule) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": rule.kind.value, "leader": rule.leader}
    if rule.follower:
        data["follower"] = rule.follower
    if rule.values:
        data["values"] = list(rule.values)
    if rule.fields:
        data["fields"] = list(rule.fields)
    return data


def definition_json(definition: TemplateDefinition) -> str:
    return json.dumps(
        definition_data(definition), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


def definition_sha256(definition: TemplateDefinition) -> str:
    return hashlib.sha256(definition_json(definition).encode("utf-8")).hexdigest()


def definition_from_json(text: str) -> TemplateDefinition:
    return definition_from_data(json.loads(text))


def definition_from_data(data: Mapping[str, Any]) -> TemplateDefinition:
    """A definition from its JSON form (stored, or the owner's as the CLI or window gives it).
    Shape errors are ValidationError; `check_definition` checks the meaning."""
    try:
        return TemplateDefinition(
            name=str(data["name"]),
            scope=RecordScope(data.get("scope", RecordScope.VISIT.value)),
            fields=tuple(_field_from(f) for f in data["fields"]),
            rules=tuple(_rule_from(r) for r in data.get("rules", ())),
        )
    except (KeyError, TypeError, ValueError, ArithmeticError) as error:
        raise ValidationError("records.template_well_formed", "fields", error=str(error)) from None


def _field_from(data: Mapping[str, Any]) -> FieldSpec:
    def bound(name: str) -> Decimal | None:
        return Decimal(str(data[name])) if data.get(name) is not None else None

    return FieldSpec(
        key=str(data["key"]),
        kind=FieldKind(data["kind"]),
        label=str(data.get("label", data["key"])),
        required=bool(data.get("required", False)),
        health=bool(data.get("health", False)),
        unit=str(data.get("unit", "")),
        minimum=bound("minimum"),
        maximum=bound("maximum"),
        step=bound("step"),
        signed=bool(data.get("signed", False)),
        choices=tuple(str(c) for c in data.get("choices", ())),
        max_length=int(data.get("max_length", 200)),
        parts=tuple(_field_from(p) for p in data.get("parts", ())),
        zones=tuple(str(z) for z in data.get("zones", ())),
        not_in_future=bool(data.get("not_in_future", False)),
    )


def _rule_from(data: Mapping[str, Any]) -> TemplateRule:
    return TemplateRule(
        kind=RuleKind(data["kind"]),
        leader=str(data["leader"]),
        follower=str(data.get("follower", "")),
        values=tuple(str(v) for v in data.get("values", ())),
        fields=tuple(str(f) for f in data.get("fields", ())),
    )


def check_definition(
    definition: TemplateDefinition, keep_from: TemplateDefinition | None = None
) -> TemplateDefinition:
    """The owner's definition, checked: keys unique and plain, numbers with sane bounds, choices
    for choice fields, parts only in groups, rules naming fields that exist. `keep_from` (the
    built-in a copy came from): its health-marked fields stay marked, its rules stay."""
    name = definition.name.strip()
    if not name or len(name) > 80:
        raise ValidationError("records.template_needs_name_most_80", "name")
    if not definition.fields or len(definition.fields) > MAX_FIELDS:
        raise ValidationError("records.template_has_1_fields", "fields", max_fields=MAX_FIELDS)
    _check_fields(definition.fields, in_group=False)
    for rule in definition.rules:
        for path in (rule.leader, rule.follower, *rule.fields):
            if path and not _path_exists(definition, path):
                raise ValidationError("records.rule_names_which_field", "rules", path=path)
    if keep_from is not None:
        for path in sorted(keep_from.health_paths):
            if _path_exists(definition, path) and path not in definition.health_paths:
                raise ValidationError("records.health_data_built_template_stays", path, path=path)
        missing = [r for r in keep_from.rules if r not in definition.rules]
        if missing and all(_path_exists(definition, p) for r in missing for p in _paths(r)):
            raise ValidationError("records.copy_keeps_built_template_s", "rules")
    return TemplateDefinition(name, definition.scope, definition.fields, definition.rules)


def _check_fields(specs: tuple[FieldSpec, ...], in_group: bool) -> None:
    seen: set[str] = set()
    for spec in specs:
        if not _KEY.match(spec.key) or spec.key in seen:
            raise ValidationError("records.field_key_rules", spec.key, key_found=spec.key)
        seen.add(spec.key)
        if not spec.label.strip() or len(spec.label) > 80:
            raise ValidationError("records.every_field_needs_label_most", spec.key)
        if in_group and spec.kind not in SCALAR_KINDS:
            raise ValidationError("records.group_s_parts_single_values", spec.key)
        if spec.kind in GROUP_KINDS:
            _check_group(spec)
        elif spec.parts or spec.zones:
            raise ValidationError("records.only_group_has_parts_zones", spec.key)
        _check_scalar(spec)


def _check_group(spec: FieldSpec) -> None:
    if not spec.parts or len(spec.parts) > MAX_PARTS:
        raise ValidationError("records.group_has_1_parts", spec.key, max_parts=MAX_PARTS)
    if spec.kind is FieldKind.ZONE_GRID and not 1 <= len(spec.zones) <= MAX_ZONES:
        raise ValidationError("records.zone_grid_has_1_zones", spec.key, max_zones=MAX_ZONES)
    if len(set(spec.zones)) != len(spec.zones) or not all(_KEY.match(z) for z in spec.zones):
        raise ValidationError("records.zone_keys_short_lower_case", spec.key)
    _check_fields(spec.parts, in_group=True)


def _check_scalar(spec: FieldSpec) -> None:
    choosing = spec.kind in (FieldKind.CHOICE, FieldKind.MULTI_CHOICE)
    if choosing and not (
        1 <= len(spec.choices) <= MAX_CHOICES and len(set(spec.choices)) == len(spec.choices)
    ):
        raise ValidationError(
            "records.choice_field_has_1_different", spec.key, max_choices=MAX_CHOICES
        )
    if spec.kind is FieldKind.NUMBER:
        if spec.step is not None and spec.step <= 0:
            raise ValidationError("records.number_s_step_above_zero", spec.key)
        if spec.minimum is not None and spec.maximum is not None and spec.minimum > spec.maximum:
            raise ValidationError("records.number_s_minimum_most_maximum", spec.key)
    if spec.kind is FieldKind.TEXT and not 1 <= spec.max_length <= MAX_TEXT:
        raise ValidationError("records.text_most_characters", spec.key, max_text=MAX_TEXT)


def _paths(rule: TemplateRule) -> tuple[str, ...]:
    return tuple(p for p in (rule.leader, rule.follower, *rule.fields) if p)


def _path_exists(definition: TemplateDefinition, path: str) -> bool:
    key, _, part = path.partition(".")
    spec = definition.field(key)
    if spec is None:
        return False
    return not part or spec.part(part) is not None


# -- values as stored ----------------------------------------------------------------------------


def plain_values(values: RecordValues) -> dict[str, Any]:
    """JSON-able values: numbers as decimal text ("-1.25"), dates ISO, choices as lists."""
    return {key: _plain(value) for key, value in values.items()}


def _plain(value: FieldValue | Mapping[str, ScalarValue]) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def template_reference(version: TemplateVersion) -> dict[str, Any]:
    """Which form a record's values were written on, for files that leave the vault: the
    values' keys are that version's field keys."""
    return {
        "key": version.key,
        "version": version.version,
        "name": version.definition.name,
        "family": version.family.value if version.family else None,  # the built-in it is from
        "sha256": version.sha256,
    }


def values_json(values: RecordValues) -> str:
    return json.dumps(plain_values(values), ensure_ascii=False, sort_keys=True)


def values_from_json(text: str, definition: TemplateDefinition) -> dict[str, FieldValue]:
    """Stored values read back with their version's field kinds (not re-checked: a record that
    was valid when written stays readable when the rules move on)."""
    data = json.loads(text)
    values: dict[str, FieldValue] = {}
    for spec in definition.fields:
        if spec.key not in data:
            continue
        raw = data[spec.key]
        if spec.kind in GROUP_KINDS:
            values[spec.key] = {
                row: {
                    part.key: _typed(part, cells[part.key])
                    for part in spec.parts
                    if part.key in cells
                }
                for row, cells in raw.items()
            }
        else:
            values[spec.key] = _typed(spec, raw)
    return values


def _typed(spec: FieldSpec, raw: Any) -> ScalarValue:
    if spec.kind is FieldKind.NUMBER:
        return Decimal(str(raw))
    if spec.kind is FieldKind.DATE:
        return date.fromisoformat(raw)
    if spec.kind is FieldKind.MULTI_CHOICE:
        return tuple(raw)
    if spec.kind is FieldKind.YES_NO:
        return bool(raw)
    return str(raw)


# -- as a role sees them --------------------------------------------------------------------


def visible_values(
    definition: TemplateDefinition, values: RecordValues, may_see_health: bool
) -> tuple[dict[str, FieldValue], frozenset[str]]:
    """The values a role may see, and the paths held back (only paths that hold a value)."""
    if may_see_health:
        return dict(values), frozenset()
    shown: dict[str, FieldValue] = {}
    withheld: set[str] = set()
    for spec in definition.fields:
        if spec.key not in values:
            continue
        value = values[spec.key]
        if spec.health:
            withheld.add(spec.key)
            continue
        if spec.kind in GROUP_KINDS and isinstance(value, Mapping):
            health_parts = {p.key for p in spec.parts if p.health}
            rows: dict[str, dict[str, ScalarValue]] = {}
            for row, cells in value.items():
                kept = {k: v for k, v in cells.items() if k not in health_parts}
                withheld |= {f"{spec.key}.{row}.{k}" for k in cells if k in health_parts}
                if kept:
                    rows[row] = kept
            if rows:
                shown[spec.key] = rows
        else:
            shown[spec.key] = value
    return shown, frozenset(withheld)


def without_health(definition: TemplateDefinition, stored: str) -> str | None:
    """Stored values (values_json) with every health-marked value taken out, as the
    health-data retention rule removes them; None when there was none to take out. A group
    row or a group left empty goes too."""
    data: dict[str, Any] = json.loads(stored)
    removed = False
    for spec in definition.fields:
        if spec.key not in data:
            continue
        if spec.health:
            del data[spec.key]
            removed = True
        elif spec.kind in GROUP_KINDS and isinstance(data[spec.key], dict):
            marked = {p.key for p in spec.parts if p.health}
            rows: dict[str, Any] = data[spec.key]
            for row, cells in list(rows.items()):
                kept = {k: v for k, v in cells.items() if k not in marked}
                removed = removed or len(kept) < len(cells)
                if kept:
                    rows[row] = kept
                else:
                    del rows[row]
            if not rows:
                del data[spec.key]
    if not removed:
        return None
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def flat_values(values: RecordValues) -> dict[str, ScalarValue]:
    """Every value by its full path ("sphere", "rx.right.axis")."""
    flat: dict[str, ScalarValue] = {}
    for key, value in values.items():
        if isinstance(value, Mapping):
            for row, cells in value.items():
                for part, cell in cells.items():
                    flat[f"{key}.{row}.{part}"] = cell
        else:
            flat[key] = value
    return flat


def changed_paths(current: RecordValues, previous: RecordValues | None) -> frozenset[str]:
    """The paths whose value differs from the previous record's (added, changed or gone);
    nothing when there is no previous record to compare with."""
    if previous is None:
        return frozenset()
    now, before = flat_values(current), flat_values(previous)
    return frozenset(p for p in now.keys() | before.keys() if now.get(p) != before.get(p))


def format_value(spec: FieldSpec, value: ScalarValue) -> str:
    """One value as text for documents and the CLI (the window formats its own)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        if spec.signed:
            sign = "+" if value > 0 else ("\u2212" if value < 0 else "")
            text = f"{sign}{abs(value)}"
        else:
            text = str(value).replace("-", "\u2212")
        return f"{text} {spec.unit}".rstrip()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(value)
    return value
