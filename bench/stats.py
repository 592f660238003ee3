"""Numbers every benchmark shares: percentiles, one measure's summary, this process's memory.

A measure is a plain dict (it goes to JSON as it is): its unit, median, p95, max, how many
samples, and the peak resident memory of the process that did the work.
"""

from __future__ import annotations

import contextlib
import os
import re
import statistics
import threading
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


class ChildPeak:
    """The largest resident memory of this process's children whose command line holds
    `marker` (age's worker), sampled from /proc every `every` seconds (Linux; 0 elsewhere).

    Not `getrusage(RUSAGE_CHILDREN)`: a child started by fork or vfork carries the parent's
    resident size until it calls exec, and Linux keeps that in the child's ru_maxrss, so it
    reported the parent's size at the moment of starting age instead of age's own. After
    exec a process has a memory map of its own, and its VmHWM counts only that."""

    def __init__(self, marker: bytes, every: float = 0.05) -> None:
        self._marker, self._every = marker, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self.peak_kb = 0

    def __enter__(self) -> ChildPeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        me = str(os.getpid())
        while not self._stop.wait(self._every):
            for stat in Path("/proc").glob("[0-9]*/stat"):
                with contextlib.suppress(OSError, IndexError, ValueError):
                    # the parent's pid is the second field after the command's ")"
                    if stat.read_text().rsplit(")", 1)[1].split()[1] != me:
                        continue
                    if self._marker not in (stat.parent / "cmdline").read_bytes():
                        continue
                    found = re.search(
                        r"^VmHWM:\s+(\d+) kB", (stat.parent / "status").read_text(), re.M
                    )
                    if found:
                        self.peak_kb = max(self.peak_kb, int(found.group(1)))


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}" + ("" if count == 1 else "s")


def size_text(size: int) -> str:
    return f"{size / 1e9:.2f} GB" if size >= 1e9 else f"{size / 1e6:.0f} MB"


def load_average() -> str:
    return " / ".join(f"{x:.1f}" for x in os.getloadavg())
