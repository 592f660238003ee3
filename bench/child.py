"""One measure group in a process of its own, so its peak memory is its own.

    python -m bench.child GROUP SALON_FOLDER RUNS     (started by `python -m bench`)

Prints the group's result as one JSON line; every measure gets the peak resident memory
(VmHWM) of this process, which did the work, counted from the end of its set-up (the measure
functions restart the count after opening the vault and signing in).
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

from bench.salon import Salon
from bench.stats import peak_rss_mb

GROUPS = {  # group: the function that measures it, as module:function
    "search": "bench.search:measure_search",
    "search_floor": "bench.search:measure_search_floor",
    "card": "bench.search:measure_card",
    "list": "bench.search:measure_list",
    "filters": "bench.filters:measure",
    "consent": "bench.consent_pdf:measure",
}


def run_group(group: str, folder: Path, runs: int) -> dict[str, Any]:
    module, _, function = GROUPS[group].partition(":")
    measure = getattr(importlib.import_module(module), function)
    result: dict[str, Any] = measure(Salon.load(folder), runs)
    peak = peak_rss_mb()
    for values in result["measures"].values():
        values.setdefault("peak_rss_mb", round(peak, 1))
    return result


def main() -> None:
    group, folder, runs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    print(json.dumps(run_group(group, folder, runs)), flush=True)


if __name__ == "__main__":
    main()
