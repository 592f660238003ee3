"""How each measure grows with the salon: the same measures at several sizes, next to n·log n.

Between two sizes a and b the growth of a measure is its median at b over its median at a;
n·log n grows by (b·ln b)/(a·ln a) (12.5x from 10,000 to 100,000 clients, 3.3x from 100,000 to
300,000). A measure growing more than SLACK times faster than that is marked a defect: it will
not stay usable as salons grow. Peak memory is shown per measure group; it starts from the
interpreter's and Qt's own 60-150 MB, so read its growth with the MB columns.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

from bench.targets import LABELS, TARGETS, fmt, judge

SECTION = "Scaling (python -m bench --scaling)"
SLACK = 1.25  # noise allowance before a growth counts as faster than n·log n
PEAK = "peak RSS, "


def nlogn_growth(a: int, b: int) -> float:
    return (b * math.log(b)) / (a * math.log(a))


def short(clients: int) -> str:
    if clients >= 1000 and clients % 1000 == 0:
        return f"{clients // 1000}k"
    return f"{clients:,}"


def series(size: dict[str, Any]) -> dict[str, tuple[float, str]]:
    """What one size measured, as name: (median, unit), with each group's peak memory."""
    found = {name: (float(m["median"]), str(m["unit"])) for name, m in size["measures"].items()}
    for group, result in size["groups"].items():
        peaks = [float(m["peak_rss_mb"]) for m in result["measures"].values() if "peak_rss_mb" in m]
        if peaks:
            found[PEAK + group] = (max(peaks), "MB")
    return found


def growth_rows(sizes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per measure: its medians by size, its growth between neighbouring sizes, the defects."""
    by_size = [series(size) for size in sizes]
    everywhere = set.intersection(*(set(s) for s in by_size))
    names = [n for n in LABELS if n in everywhere] + sorted(everywhere - set(LABELS))
    rows = []
    for name in names:
        medians = [values[name][0] for values in by_size]
        growths = []
        for (a, b), (low, high) in zip(
            itertools.pairwise(sizes), itertools.pairwise(medians), strict=True
        ):
            expected = nlogn_growth(int(a["clients"]), int(b["clients"]))
            growth = high / low if low > 0 else math.inf
            defect = growth > expected * SLACK
            growths.append({"growth": growth, "nlogn": expected, "defect": defect})
        rows.append({
            "measure": name,
            "label": LABELS.get(name, name),
            "unit": by_size[0][name][1],
            "medians": medians,
            "growths": growths,
            "defect": any(g["defect"] for g in growths),
        })  # fmt: skip
    return rows


def render(result: dict[str, Any], command: str, machine: str) -> str:
    sizes = result["sizes"]
    counts = [int(s["clients"]) for s in sizes]
    pair_heads = [
        f"{short(a)}→{short(b)} (x{b / a:g} clients; n log n x{nlogn_growth(a, b):.1f})"
        for a, b in itertools.pairwise(counts)
    ]
    lines = [
        f"`{command}`: the same measures at {', '.join(f'{c:,}' for c in counts)} clients,"
        f" {result['runs']} runs each; medians. Growth is the median at the larger size over the"
        f" median at the smaller; **defect** marks a measure growing more than {SLACK:g}x faster"
        " than n·log n between two sizes.",
        "",
        "| measure | " + " | ".join(f"{short(c)} clients" for c in counts) + " | "
        + " | ".join(pair_heads) + " | defect |",
        "|---" * (2 + len(counts) + len(pair_heads)) + "|",
    ]  # fmt: skip
    for row in growth_rows(sizes):
        values = " | ".join(fmt(v, row["unit"]) for v in row["medians"])
        growths = " | ".join(
            (f"**x{g['growth']:.1f}**" if g["defect"] else f"x{g['growth']:.1f}")
            for g in row["growths"]
        )
        flag = "**yes**: faster than n·log n" if row["defect"] else ""
        lines.append(f"| {row['label']} | {values} | {growths} | {flag} |")
    lines += ["", "Targets at each size (the value the target is about; **no** = not met):", ""]
    lines += [
        "| target | " + " | ".join(f"{short(c)}" for c in counts) + " |",
        "|---" * (1 + len(counts)) + "|",
    ]
    for target in TARGETS:
        cells = []
        for size in sizes:
            verdict = judge(target, size["measures"])
            if verdict is None:
                cells.append("")
                continue
            unit = str(size["measures"][target.measure]["unit"])
            shown = f"{verdict.ratio:.2f}x" if target.ratio_limit else fmt(verdict.value, unit)
            cells.append(shown + (" **no**" if verdict.met is False else ""))
        if any(cells):
            lines.append(f"| {target.label} | " + " | ".join(cells) + " |")
    salons = "; ".join(f"{short(int(s['clients']))}: {s['salon_text']}" for s in sizes)
    lines += ["", f"Salons: {salons}.", "", f"Machine: {machine}"]
    return "\n".join(lines)


def defects(result: dict[str, Any]) -> list[str]:
    return [row["measure"] for row in growth_rows(result["sizes"]) if row["defect"]]
