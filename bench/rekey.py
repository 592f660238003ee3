"""Re-keying a big vault (issue 20, item 5): how long `keys rekey` takes, whole.

    .venv/bin/python -m bench.rekey --clients 100000 [--runs 1] [--salon FOLDER] [--no-docs]

The salon is the benchmark's cached one (bench/salon.py, built once per size), or `--salon` a
salon folder built before (an older schema is upgraded on the copy first, untimed). Each run is
`KeyService.rekey` on a working copy, as the owner starts it: new slots, SQLCipher's rekey of
every page on its own connection, the checkpoint, both slot-file generations. The floor is
`cp` + `sync` of the same file. Writes bench/results/rekey.json and its own section of
docs/performance.md, "Re-keying (bench/rekey.py)"; no other section is touched.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.machine import describe, sentence
from bench.report import write_section
from bench.salon import Salon, cache_root, cached_salon, working_copy
from bench.stats import load_average, peak_rss_mb, plural, reset_peak, size_text

TITLE = "Re-keying (bench/rekey.py)"


def measure(salon: Salon, runs: int) -> dict[str, Any]:
    machine = describe()  # the load at the start
    scratch = Path(tempfile.mkdtemp(prefix="rekey-", dir=cache_root()))
    try:
        copy = working_copy(salon, scratch)
        vault_file = copy.data_dir / "vault.db"
        floor = _cp_sync(vault_file, scratch / "floor.db")
        vault = copy.open()  # upgrades an older cached salon first (untimed)
        try:
            vault.database.checkpoint()
            size = vault_file.stat().st_size
            samples: list[float] = []
            phases: dict[str, float] = {}
            reset_peak()
            for _ in range(runs):
                owner = copy.sign_in(vault, "owner")  # a long run outlasts the idle limit
                started = time.perf_counter()
                seen: dict[str, float] = {}

                def progress(phase: str, _done: int, _total: int) -> None:
                    seen.setdefault(phase, time.perf_counter() - started)  # noqa: B023

                outcome = vault.keys.rekey(owner, progress=progress)
                samples.append(time.perf_counter() - started)
                phases = seen
            pages = outcome.pages
        finally:
            vault.close()
        return {
            "clients": salon.clients,
            "vault_bytes": size,
            "pages": pages,
            "runs_s": samples,
            "median_s": statistics.median(samples),
            "phase_started_s": phases,
            "cp_sync_s": floor,
            "peak_rss_mb": peak_rss_mb(),
            "machine": {**machine, "load_end": load_average()},
        }
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _cp_sync(source: Path, target: Path) -> float:
    started = time.perf_counter()
    shutil.copyfile(source, target)
    with target.open("rb") as handle:
        os.fsync(handle.fileno())
    elapsed = time.perf_counter() - started
    target.unlink()
    subprocess.run(["sync"], check=False)
    return elapsed


def render(result: dict[str, Any], command: str) -> str:
    runs = result["runs_s"]
    phases = result["phase_started_s"]
    last = runs[-1]
    pages_s = phases.get("slots", last) - phases.get("re-encrypting", 0.0)
    rows = [
        "| what | time | note |",
        "|---|---|---|",
        f"| Re-key the vault, whole (median of {plural(len(runs), 'run')}) |"
        f" {result['median_s']:.1f} s | runs: {', '.join(f'{r:.1f} s' for r in runs)} |",
        f"| the last run's pages: SQLCipher's rekey and the checkpoint | {pages_s:.1f} s |"
        f" of its {last:.1f} s; the rest is the new slots and both slot files |",
        f"| `cp` + `sync` of the same file (floor) | {result['cp_sync_s']:.1f} s | |",
    ]
    return "\n".join(
        [
            f"`{command}` on a salon of {result['clients']:,} clients (vault.db"
            f" {size_text(result['vault_bytes'])}, {result['pages']:,} pages), the owner's"
            " `keys.rekey` as Settings runs it. The window keeps reading meanwhile; saving is"
            " refused until it ends. The write-ahead log grows to about the vault's size while it"
            " runs, so the disk needs that much free.",
            "",
            *rows,
            "",
            f"Peak RSS {result['peak_rss_mb']:.0f} MB. {sentence(result['machine'])}",
        ]
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--salon", type=Path, help="a salon folder built before (bench/salon.py)")
    parser.add_argument("--no-docs", action="store_true")
    args = parser.parse_args(argv)
    salon = Salon.load(args.salon) if args.salon else cached_salon(args.clients)
    result = measure(salon, args.runs)
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "rekey.json").write_text(json.dumps(result, indent=2, default=str))
    if not args.no_docs:
        command = f"python -m bench.rekey --clients {salon.clients} --runs {args.runs}"
        write_section(TITLE, render(result, command))
    print(json.dumps({k: v for k, v in result.items() if k != "machine"}, indent=2))


if __name__ == "__main__":
    main()
