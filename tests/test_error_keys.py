"""Errors as keys (decision 0032), checked on the source: no sentence is raised as a literal in
salonvault/, every key the core uses is in the catalogue with the parameters its template names,
and the window (ui/error_text) has an entry for every key that fills the same placeholders.

`python tests/test_error_keys.py` prints what the checker finds (the count of literal raises).
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from salonvault.domain.messages import CATALOGUE, Message, placeholders, plural_placeholders

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "salonvault"
UI_ENTRIES = ROOT / "ui" / "error_text"
# Notes for developers about a broken invariant (a bug, never shown as an answer): these may
# keep their own words. Everything a person can be told is a SalonVaultError with a key.
DEVELOPER_NOTES = {
    "ValueError",
    "TypeError",
    "RuntimeError",
    "AssertionError",
    "NotImplementedError",
    "LookupError",
    "argparse.ArgumentTypeError",
}


@dataclass(frozen=True)
class Finding:
    where: str
    what: str


def _error_classes(sources: dict[str, str]) -> set[str]:
    bases: dict[str, list[str]] = {}
    for text in sources.values():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [ast.unparse(b).split(".")[-1] for b in node.bases]
    found = {"SalonVaultError"}
    grown = True
    while grown:
        grown = False
        for name, parents in bases.items():
            if name not in found and any(p in found for p in parents):
                found.add(name)
                grown = True
    return found


def _is_text(node: ast.AST) -> bool:
    """Words in a literal (an f-string's too): letters and a space. A key, a field id or a
    separator such as ", " is not text."""
    return any(
        (
            isinstance(inner, ast.Constant)
            and isinstance(inner.value, str)
            and " " in inner.value.strip(" ")
        )
        or (
            isinstance(inner, ast.Constant)
            and isinstance(inner.value, str)
            and any(ch.isalpha() for ch in inner.value)
            and inner.value != inner.value.strip()
        )
        for inner in ast.walk(node)
    )


def _callee(call: ast.Call) -> str:
    return ast.unparse(call.func)


def _keyed_call(call: ast.Call, errors: set[str]) -> bool:
    name = _callee(call)
    return (
        name.split(".")[-1] in errors or name == "Message" or name == "super().__init__"
    ) and bool(call.args)


def check_source(sources: dict[str, str], catalogue: dict[str, str] | None = None) -> list[Finding]:
    """Every way the core could say English past the catalogue, as findings."""
    catalogue = dict(CATALOGUE) if catalogue is None else catalogue
    errors = _error_classes(sources)
    findings: list[Finding] = []
    for where, text in sources.items():
        for node in ast.walk(ast.parse(text)):
            at = f"{where}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                call = node.exc
                name = _callee(call)
                plain = name.split(".")[-1] not in errors and name not in DEVELOPER_NOTES
                if plain and any(_is_text(a) for a in [*call.args, *call.keywords]):
                    findings.append(Finding(at, f"{name} raised with a literal sentence"))
            if not (isinstance(node, ast.Call) and _keyed_call(node, errors)):
                continue
            findings.extend(_check_keyed(node, at, catalogue))
    return findings


def _check_keyed(call: ast.Call, at: str, catalogue: dict[str, str]) -> list[Finding]:
    name = _callee(call)
    if any(_is_text(a) for a in [*call.args, *(k.value for k in call.keywords)]):
        return [Finding(at, f"{name} built from a literal sentence")]
    first = call.args[0]
    if isinstance(first, ast.Call) and _callee(first) == "str" and name != "super().__init__":
        return [Finding(at, f"{name} built from another error's English (use its .message)")]
    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
        return []  # a ready Message, an enum, a number: checked where it was made
    key = first.value
    if key not in catalogue:
        return [Finding(at, f"{name} uses {key!r}, which is not in the catalogue")]
    if any(k.arg is None for k in call.keywords):
        return []  # parameters spread from a dict: the runtime Message checks them
    given = {k.arg for k in call.keywords if k.arg not in (None, "field")}
    wanted = placeholders(catalogue[key])
    if given != wanted:
        return [
            Finding(
                at, f"{key}: parameters {sorted(given)} but the template names {sorted(wanted)}"
            )
        ]
    return []


def core_sources() -> dict[str, str]:
    return {
        str(path.relative_to(ROOT)): path.read_text(encoding="utf-8")
        for path in sorted(CORE.rglob("*.py"))
        if "domain/messages" not in path.as_posix()
    }


# -- the window's entries ------------------------------------------------------------------


def _translations(method: ast.FunctionDef) -> list[tuple[str, bool]]:
    """Each tr()/translate() source string in the method, and whether it has a plural count."""
    found = []
    for node in ast.walk(method):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name == "self.tr":
            args = node.args
        elif name == "QCoreApplication.translate":
            args = node.args[1:]
        else:
            continue
        if args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
            found.append((args[0].value, len(args) >= 3))
    return found


def _names_read(method: ast.FunctionDef) -> set[str]:
    return {
        node.args[0].value
        for node in ast.walk(method)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "p"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


def check_entry(template: str, method: ast.FunctionDef) -> list[str]:
    problems = []
    names = _names_read(method)
    if names != placeholders(template):
        problems.append(f"reads {sorted(names)}, template names {sorted(placeholders(template))}")
    plural = plural_placeholders(template)
    texts = _translations(method)
    if not texts:
        problems.append("has no tr() string for lupdate")
    for text, counted in texts:
        numbered = {int(n) for n in re.findall(r"%(\d)", text)}
        if numbered and max(numbered) > len(names - plural):
            problems.append(f"{text!r} has %{max(numbered)} but only {len(names - plural)} values")
        if ("%n" in text) != counted:
            problems.append(f"{text!r}: %n and a count go together")
    if plural and not any(counted for _text, counted in texts):
        problems.append("the template has a plural; the entry passes no count")
    return problems


def ui_methods() -> dict[str, ast.FunctionDef]:
    from ui.error_text import AREAS as UI_AREAS

    by_class = {cls.__name__: area for area, cls in UI_AREAS.items()}
    methods = {}
    for path in sorted(UI_ENTRIES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name in by_class:
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and not item.name.startswith("_"):
                        methods[f"{by_class[node.name]}.{item.name}"] = item
    return methods


# -- the tests -----------------------------------------------------------------------------


def test_no_sentence_is_raised_as_a_literal_and_every_key_fits_its_template() -> None:
    findings = check_source(core_sources())
    assert findings == [], "\n".join(f"{f.where}: {f.what}" for f in findings)


def test_every_key_has_an_entry_in_the_window_with_the_same_placeholders() -> None:
    methods = ui_methods()
    missing = sorted(set(CATALOGUE) - set(methods))
    assert missing == []
    assert sorted(set(methods) - set(CATALOGUE)) == []  # no entry for a key that is gone
    wrong = {key: check_entry(CATALOGUE[key], methods[key]) for key in CATALOGUE}
    assert {key: found for key, found in wrong.items() if found} == {}


def test_every_template_renders_with_its_own_placeholders() -> None:
    for key, template in CATALOGUE.items():
        message = Message(key, **dict.fromkeys(placeholders(template), 2))
        assert message.key == key and str(message).strip()


_CATALOGUE = {"demo.plain": "Nothing to see.", "demo.count": "Found {count} of {total}."}


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ('raise ValidationError("demo.plain")', ""),
        ('raise ValidationError("demo.count", field="x", count=1, total=2)', ""),
        ('raise ValidationError(Message("demo.plain"))', ""),
        ('raise ValidationError("That is not allowed.")', "literal sentence"),
        ('raise NotFound(f"No client {client_id}.")', "literal sentence"),
        ('raise ValidationError("A " + "sentence")', "literal sentence"),
        ('raise ValidationError("demo.missing")', "not in the catalogue"),
        ('raise ValidationError("demo.count", count=1)', "parameters ['count']"),
        ('raise ValidationError("demo.count", count=1, total=2, extra=3)', "'extra'"),
        ('return VaultError("Could not open it.")', "literal sentence"),
        ('raise FileNotFoundError("The file is gone.")', "FileNotFoundError raised"),
        ('raise ValueError("a developer note about a bug")', ""),
        ("raise ValidationError(str(problem), field='phone')", "another error's English"),
        ('x = Message("demo.count", count=1)', "parameters ['count']"),
        (
            "class Gone(SalonVaultError):\n    def __init__(self):\n"
            '        super().__init__("It is gone.")',
            "literal sentence",
        ),
    ],
)
def test_the_checker_finds_what_it_must(snippet: str, expected: str) -> None:
    header = "class SalonVaultError(Exception): ...\nclass ValidationError(SalonVaultError): ...\n"
    header += "class NotFound(SalonVaultError): ...\nclass VaultError(SalonVaultError): ...\n"
    source = header + "def run():\n" + "\n".join("    " + line for line in snippet.splitlines())
    findings = check_source({"snippet.py": source}, _CATALOGUE)
    if not expected:
        assert findings == []
    else:
        assert len(findings) == 1 and expected in findings[0].what, findings


def test_the_entry_check_finds_a_placeholder_that_does_not_match() -> None:
    good = ast.parse(
        "def f(self, p):\n    return fill(self.tr('Found %1 of %2.'), p.text('count'),"
        " p.text('total'))"
    ).body[0]
    bad = ast.parse("def f(self, p):\n    return fill(self.tr('Found %1.'), p.text('count'))")
    plural = ast.parse("def f(self, p):\n    return self.tr('%n tries', '', p.count('n'))")
    assert isinstance(good, ast.FunctionDef)
    assert check_entry("Found {count} of {total}.", good) == []
    assert check_entry("Found {count} of {total}.", bad.body[0]) != []  # type: ignore[arg-type]
    assert check_entry("{n} {n:try|tries}", plural.body[0]) == []  # type: ignore[arg-type]
    assert check_entry("{n} tries", plural.body[0]) == []  # type: ignore[arg-type]
    assert check_entry("{n} {n:try|tries}", bad.body[0]) != []  # type: ignore[arg-type]


if __name__ == "__main__":
    found = check_source(core_sources())
    for finding in found:
        print(f"{finding.where}: {finding.what}")
    print(f"{len(found)} literal sentences or mismatched keys in salonvault/")
    sys.exit(1 if found else 0)
