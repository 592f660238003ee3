"""The targets of docs/performance.md, each judged on a run's measures, with its floor.

A floor is the same work done without what SalonVault adds: the same search queries on a plain
SQLite copy; for a backup, verify and restore `age` alone over the same bytes (encrypt, write,
fsync, decrypt back), itself shown next to `cp` + `sync` of the vault file. A ratio is the
measure over its floor, at the statistic the target is about. Start-up, the card, the list and
the consent form have no floor: nothing smaller does the same work to compare with.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.stats import plural

SECTION = "Targets (python -m bench)"
FLOORS = {
    "search_repo_plain_ms": "plain SQLite, same queries",
    "age_alone_s": "`age` alone",
    "cp_sync_s": "`cp` + `sync`",
}
# Issue 24: the old "backup ≤ 2x cp + sync" is retired; any age backup pays age's own work.
AGE_FLOOR = "issue 24: the floor is `age` alone (encrypt, write, fsync, decrypt back)"
NO_FLOOR = "none"


@dataclass(frozen=True)
class Target:
    label: str
    measure: str
    stat: str  # the statistic the target is about: "p95", "median" or "max"
    limit: float | None = None  # on the measure itself, in its unit
    floor: str | None = None  # the measure of the same work without SalonVault's part
    ratio_limit: float | None = None  # on measure / floor
    source: str = "docs/performance.md"


TARGETS = (
    Target("Cold start to lock screen", "cold_start_s", "p95", 1.0),
    Target("PIN accepted to main window", "pin_to_window_s", "p95", 0.6),
    Target("Search per keystroke, receptionist (service)", "search_receptionist_ms", "p95", 15.0,
           floor="search_repo_plain_ms"),
    Target("Search per keystroke, technician (service)", "search_technician_ms", "p95", 15.0,
           floor="search_repo_plain_ms"),
    Target("Repository search, encrypted vault / plain SQLite", "search_repo_vault_ms", "p95",
           floor="search_repo_plain_ms", ratio_limit=1.3),
    Target("Client card, 300 visits: service calls", "card_service_ms", "p95", 80.0),
    Target("Client card, 300 visits: Qt card built and shown", "card_widget_ms", "p95", 80.0),
    Target("Client list (every client): opened", "list_open_ms", "p95", 100.0,
           source="DESIGN.md §1: the GUI never freezes over 100 ms"),
    Target("Client list: one screen scrolled", "list_screen_ms", "p95", 100.0,
           source="DESIGN.md §1: the GUI never freezes over 100 ms"),
    Target("Client list: resident memory at the end", "list_rss_mb", "max", 300.0),
    Target("Consent form PDF, all nine purposes", "consent_pdf_ms", "p95", 150.0),
    Target("Consent form PDF size", "consent_pdf_kb", "max", 200.0),
    Target("Backup (snapshot, write, read back, verify)", "backup_s", "median",
           floor="age_alone_s", ratio_limit=1.25, source=AGE_FLOOR),
    Target("Verify a backup alone", "verify_s", "median", floor="age_alone_s",
           ratio_limit=1.5, source=AGE_FLOOR),
    Target("Restore into an empty folder", "restore_s", "median", floor="age_alone_s",
           ratio_limit=2.0, source=AGE_FLOOR),
    Target("`age` alone over the same bytes (the floor of any `age` backup)", "age_alone_s",
           "median", floor="cp_sync_s", source="no target: what a backup cannot beat"),
    Target("Backup and restore: extra memory (with age's child process)",
           "backup_restore_extra_mb", "max", 200.0),
)  # fmt: skip
UNITS = {"s": " s", "ms": " ms", "MB": " MB", "KB": " KB"}
LABELS = {  # every measure a full run makes, in the order tables show them
    "cold_start_s": "Cold start to lock screen",
    "pin_to_window_s": "PIN accepted to main window",
    "search_receptionist_ms": "Search per keystroke, receptionist",
    "search_technician_ms": "Search per keystroke, technician",
    "search_repo_vault_ms": "Repository search, encrypted vault",
    "search_repo_plain_ms": "Repository search, plain SQLite (floor)",
    "card_service_ms": "Card of 300 visits: service calls",
    "card_widget_ms": "Card of 300 visits: Qt card shown",
    "list_open_ms": "Client list opened",
    "list_screen_ms": "Client list: one screen scrolled",
    "list_rss_mb": "Client list: resident memory at the end",
    "consent_pdf_ms": "Consent form PDF",
    "consent_pdf_kb": "Consent form PDF size",
    "backup_s": "Backup",
    "age_alone_s": "`age` alone (floor of a backup)",
    "verify_s": "Verify a backup",
    "restore_s": "Restore",
    "backup_restore_extra_mb": "Backup and restore: extra memory",
    "cp_s": "`cp` (no sync)",
    "cp_sync_s": "`cp` + `sync` (floor)",
    "filter_none_ms": "Client list ids, no filter",
    "filter_tag_ms": "Client list filtered: tag",
    "filter_service_ms": "Client list filtered: service",
    "filter_technician_ms": "Client list filtered: technician",
    "filter_service_and_technician_ms": "Client list filtered: service and technician",
    "filter_not_seen_for_a_year_ms": "Client list filtered: not seen for a year",
    "filter_seen_this_year_ms": "Client list filtered: seen this year",
    "filter_alerts_ms": "Client list filtered: has alerts",
    "filter_needs_consent_ms": "Client list filtered: needs consent",
    "filter_tag_alerts_this_year_ms": "Client list filtered: tag, alerts, seen this year",
    "filter_tag_by_name_ms": "Client list filtered: tag, sorted by name",
}


def find(measure: str) -> Target:
    return next(t for t in TARGETS if t.measure == measure)


def limit(measure: str) -> float:
    """The target on a measure itself (for the sections that show it)."""
    return float(find(measure).limit or 0)


def fmt(value: float, unit: str) -> str:
    if unit == "s":
        text = f"{value:.3f}" if value < 10 else f"{value:.1f}"
    elif unit == "ms":
        text = f"{value:.2f}" if value < 10 else f"{value:.1f}"
    else:
        text = f"{value:.0f}"
    return text + UNITS.get(unit, f" {unit}")


@dataclass(frozen=True)
class Verdict:
    value: float
    ratio: float | None
    met: bool | None  # None: the row has no target


def judge(target: Target, measures: dict[str, Any]) -> Verdict | None:
    """How a run did on a target; None when the run did not measure it."""
    measure = measures.get(target.measure)
    floor = measures.get(target.floor) if target.floor else None
    if measure is None or (target.floor and floor is None):
        return None
    value = float(measure[target.stat])
    ratio = value / float(floor[target.stat]) if floor and float(floor[target.stat]) else None
    checks = []
    if target.limit is not None:
        checks.append(value <= target.limit)
    if target.ratio_limit is not None and ratio is not None:
        checks.append(ratio <= target.ratio_limit)
    return Verdict(value, ratio, all(checks) if checks else None)


def target_text(target: Target, unit: str) -> str:
    parts = []
    if target.limit is not None:
        parts.append(f"{target.stat} ≤ {target.limit:g}{UNITS.get(unit, unit)}")
    if target.ratio_limit is not None:
        parts.append(f"≤ {target.ratio_limit:g}x {FLOORS[str(target.floor)]}")
    return " and ".join(parts) or "none"


def met_text(met: bool | None) -> str:
    return "—" if met is None else ("yes" if met else "**no**")


def render(size: dict[str, Any], runs: int, command: str, machine: str) -> str:
    """The targets table of one salon size."""
    measures = size["measures"]
    notes: list[str] = []  # where a target comes from, when not from this file
    lines = [
        f"`{command}` on a salon of {size['salon_text']}. Medians and p95 over"
        f" {plural(runs, 'run')} (searches: every keystroke of every run; the list: every screen"
        " scrolled); a ratio is the measure over its floor at the statistic of the target."
        " Peak RSS is the peak resident memory of the process that did the work while it did"
        " it (one process per measure group, counted after it opened the vault and signed in;"
        " start-up and every backup operation in fresh processes of their own, start-up counted"
        " whole).",
        "",
        "| what | median | p95 | target | met | floor | ratio to floor | peak RSS |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for target in TARGETS:
        verdict = judge(target, measures)
        if verdict is None:
            continue
        m = measures[target.measure]
        unit = str(m["unit"])
        floor = NO_FLOOR
        if target.floor:
            f = measures[target.floor]
            floor = f"{FLOORS[target.floor]}: {fmt(float(f[target.stat]), str(f['unit']))}"
        ratio = f"{verdict.ratio:.2f}x" if verdict.ratio is not None else "—"
        peak = f"{float(m['peak_rss_mb']):.0f} MB" if "peak_rss_mb" in m else "?"
        source = ""
        if target.source != "docs/performance.md":
            if target.source not in notes:
                notes.append(target.source)
            source = f" ({notes.index(target.source) + 1})"
        lines.append(
            f"| {target.label} | {fmt(float(m['median']), unit)} | {fmt(float(m['p95']), unit)}"
            f" | {target_text(target, unit)}{source} | {met_text(verdict.met)} | {floor}"
            f" | {ratio} | {peak} |"
        )
    if notes:
        lines += ["", "; ".join(f"({n}) {note}" for n, note in enumerate(notes, 1)) + "."]
    if {"backup_s", "age_alone_s", "cp_sync_s"} <= set(measures):
        backup, age, cp = (
            float(measures[k]["median"]) for k in ("backup_s", "age_alone_s", "cp_sync_s")
        )
        lines += [
            "",
            f"The backup takes {backup / age:.2f}x `age` alone over the same bytes, and `age`"
            f" alone (pyrage, one core) {age / cp:.2f}x cp + sync.",
        ]
    lines += [
        "",
        "Floors: start-up, PIN, card, list and consent form have none (no lesser program does"
        " the same work); search is compared with the same repository queries on a plain SQLite"
        " copy of the same data; backup, verify and restore with `age` alone over the same bytes,"
        " and `age` alone with `cp` + `sync` of the vault file.",
        "",
        f"Machine: {machine}",
    ]
    return "\n".join(lines)


def verdicts(size: dict[str, Any]) -> list[tuple[Target, Verdict]]:
    found = []
    for target in TARGETS:
        verdict = judge(target, size["measures"])
        if verdict is not None:
            found.append((target, verdict))
    return found
