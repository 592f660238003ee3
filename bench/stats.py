"""Numbers every benchmark shares: percentiles, one measure's summary, this process's memory.

A measure is a plain dict (it goes to JSON as it is): its unit, median, p95, max, how many
samples, and the peak resident memory of the process that did the work.
"""

from __future__ import annotations

import contextlib
import os
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

Measure = dict[str, float | int | str]


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: with few samples p95 is the slowest, never an interpolation."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(samples: list[float], unit: str, peak_rss_mb: float | None = None) -> Measure:
    if not samples:
        raise ValueError("a measure needs at least one sample")
    measure: Measure = {
        "unit": unit,
        "median": statistics.median(samples),
        "p95": percentile(samples, 0.95),
        "max": max(samples),
        "n": len(samples),
    }
    if peak_rss_mb is not None:
        measure["peak_rss_mb"] = round(peak_rss_mb, 1)
    return measure


def timed_ms(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def status_kb(field: str) -> int:
    """A line of /proc/self/status in kB (Linux; 0 elsewhere)."""
    try:
        text = Path("/proc/self/status").read_text()
    except OSError:
        return 0
    match = re.search(rf"^{field}:\s+(\d+) kB", text, re.M)
    return int(match.group(1)) if match else 0


def rss_mb() -> float:
    """Resident memory now."""
    return status_kb("VmRSS") / 1024


def peak_rss_mb() -> float:
    """Peak resident memory of this process (VmHWM)."""
    return status_kb("VmHWM") / 1024


def reset_peak() -> None:
    """Start VmHWM again from the resident size now (Linux), so a measure's peak is not the
    set-up's: signing in runs Argon2id, which holds 64 MiB for a moment."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}" + ("" if count == 1 else "s")


def size_text(size: int) -> str:
    return f"{size / 1e9:.2f} GB" if size >= 1e9 else f"{size / 1e6:.0f} MB"


def load_average() -> str:
    return " / ".join(f"{x:.1f}" for x in os.getloadavg())
