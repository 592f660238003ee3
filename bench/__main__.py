"""Every benchmark in one command, on a synthetic salon built once per size and cached.

    .venv/bin/python -m bench                                   # 100,000 clients, 5 runs
    .venv/bin/python -m bench --clients 20000 --runs 3
    .venv/bin/python -m bench --scaling 10000,100000,300000     # growth table
    .venv/bin/python -m bench --only search,card                # some measure groups
    .venv/bin/python -m bench --render bench/results/NAME.json  # docs again from a result
    .venv/bin/python -m bench --clients 20000 --cores 1         # an old counter PC: one core

Measure groups: startup, search, search_floor, card, list, filters, consent, backup. Each runs in a
process of its own (start-up and every backup operation in one per run), so a peak memory
figure is that of the process doing the work. Writes bench/results/NAME.json and rewrites its
own sections of docs/performance.md (the targets, or the scaling table, and the sections of the
groups it ran), leaving every other section alone.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import backup, consent_pdf, cores, filters, machine, scaling, search, startup, targets
from bench.report import PERFORMANCE_MD, write_section
from bench.salon import Salon, cache_root, cached_salon, working_copy
from bench.stats import load_average

GROUPS = ("startup", "search", "search_floor", "card", "list", "filters", "consent", "backup")
RESULTS = Path(__file__).resolve().parent / "results"
DEFAULT_CLIENTS = 100_000


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=DEFAULT_CLIENTS, help="salon size (100000)")
    parser.add_argument("--runs", type=int, default=5, help="repeats of every measure (5)")
    parser.add_argument("--scaling", metavar="N,N,...", help="sizes for a growth table")
    parser.add_argument("--only", metavar="GROUP,...", help=f"of: {', '.join(GROUPS)}")
    parser.add_argument("--name", help="result name (bench-CLIENTS or scaling-SIZES)")
    parser.add_argument("--cache", type=Path, help="salon cache (~/.cache/salonvault-bench)")
    parser.add_argument("--results", type=Path, default=RESULTS, help="JSON folder")
    parser.add_argument("--docs", type=Path, default=PERFORMANCE_MD, help="markdown to update")
    parser.add_argument("--no-docs", action="store_true", help="write the JSON only")
    parser.add_argument("--render", type=Path, metavar="JSON", help="no measuring: docs only")
    parser.add_argument("--cores", type=int, help="pin every measuring process to N cores")
    options = parser.parse_args(argv)
    options.groups = [g for g in (options.only or ",".join(GROUPS)).split(",") if g]
    unknown = set(options.groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown group(s): {', '.join(sorted(unknown))}")
    options.sizes = [int(n) for n in options.scaling.split(",")] if options.scaling else []
    if options.scaling and (len(options.sizes) < 2 or options.sizes != sorted(set(options.sizes))):
        parser.error("--scaling needs two or more sizes, smallest first")
    if options.runs < 1 or min([options.clients, *options.sizes]) < 100:
        parser.error("at least 1 run and 100 clients")
    try:
        options.cpus = cores.chosen(options.cores) if options.cores is not None else None
    except ValueError as error:
        parser.error(str(error))
    return options


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_group(group: str, salon: Salon, runs: int, scratch: Path) -> dict[str, Any]:
    if group == "startup":  # fresh processes of its own for every run
        return startup.measure(salon, runs)
    if group == "backup":  # likewise, for every operation of every run
        return backup.measure(salon, runs, scratch / "backup-target", log)
    out = subprocess.run(
        [sys.executable, "-m", "bench.child", group, str(salon.folder), str(runs)],
        capture_output=True,
        text=True,
        check=False,
        env=salon.env(),
    )
    if out.returncode:
        raise RuntimeError(f"measure group {group} failed:\n{out.stderr}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def measure_size(
    clients: int, runs: int, groups: list[str], root: Path, cpus: list[int] | None = None
) -> dict[str, Any]:
    """Every group on a copy of the cached salon of this size (on `cpus` only, if given)."""
    salon = cached_salon(clients, root, log)
    results: dict[str, Any] = {}
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory(dir=root, prefix=".run-") as scratch, cores.pinned(cpus):
        work = working_copy(salon, Path(scratch))
        # Written out before anything is measured: at 300,000 clients the kernel was still
        # writing the 6 GB copy back while the first cold start ran.
        os.sync()
        for group in groups:
            started = time.perf_counter()
            results[group] = run_group(group, work, runs, Path(scratch))
            seconds[group] = round(time.perf_counter() - started, 1)
            log(f"{clients:,} clients, {group}: {seconds[group]} s")
    measures: dict[str, Any] = {}
    for result in results.values():
        measures |= result["measures"]
    return {
        "clients": clients,
        "salon": {k: v for k, v in salon.info.items() if k != "staff"},  # no PINs in results
        "salon_text": salon.describe(),
        "seconds": seconds,
        "groups": results,
        "measures": measures,
    }


def command_line(argv: list[str]) -> str:
    return shlex.join(["python", "-m", "bench", *argv])


def write_docs(result: dict[str, Any], path: Path) -> None:
    """This run's sections: the targets (or the scaling table) and those of the groups it ran.
    A run of some groups only (--only) leaves the targets and scaling tables to full runs."""
    about = machine.sentence(result["machine"])
    command = result["command"]
    complete = set(result.get("groups", GROUPS)) == set(GROUPS)
    if len(result["sizes"]) > 1:
        if not complete:
            return
        write_section(scaling.SECTION, scaling.render(result, command, about), path)
    # The targets (and each group's section) come from the default size when a scaling run
    # has it, so one run gives every figure of the page.
    size = next(
        (s for s in result["sizes"] if s["clients"] == DEFAULT_CLIENTS), result["sizes"][-1]
    )
    groups = size["groups"]
    runs = result["runs"]
    if complete:
        write_section(targets.SECTION, targets.render(size, runs, command, about), path)
        about = f"Machine and load as in *{targets.SECTION}*."
    if "startup" in groups:
        body = startup.section(groups["startup"], size["salon_text"], about)
        write_section(startup.SECTION, body, path)
    if {"search", "search_floor", "card", "list"} & set(groups):
        write_section(search.SECTION, search.section(groups, size["salon_text"], about), path)
    if "filters" in groups:
        body = filters.section(groups["filters"], size["salon_text"], about)
        write_section(filters.SECTION, body, path)
    if "consent" in groups:
        write_section(consent_pdf.SECTION, consent_pdf.section(groups["consent"], about), path)
    if "backup" in groups:
        body = backup.section(groups["backup"], size["salon_text"], about, command)
        write_section(backup.SECTION, body, path)


def summary_lines(result: dict[str, Any]) -> list[str]:
    lines = []
    for size in result["sizes"]:
        for target, verdict in targets.verdicts(size):
            unit = str(size["measures"][target.measure]["unit"])
            ratio = f", {verdict.ratio:.2f}x floor" if verdict.ratio is not None else ""
            lines.append(
                f"{size['clients']:>8,} clients  {target.label}: {target.stat}"
                f" {targets.fmt(verdict.value, unit)}{ratio} — met: {targets.met_text(verdict.met)}"
            )
    if len(result["sizes"]) > 1:
        lines.append(f"faster than n log n: {', '.join(scaling.defects(result)) or 'none'}")
    return lines


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    options = parse_arguments(argv)
    if options.render:
        result = json.loads(options.render.read_text())
    else:
        sizes = options.sizes or [options.clients]
        root = options.cache or cache_root()
        about = machine.describe()
        about["pinned_cpus"] = options.cpus
        started = datetime.now(UTC)
        result = {
            "command": command_line(argv),
            "started": started.isoformat(timespec="seconds"),
            "runs": options.runs,
            "groups": options.groups,
            "machine": about,
            "sizes": [
                measure_size(n, options.runs, options.groups, root, options.cpus) for n in sizes
            ],
        }
        about["load_end"] = load_average()
        result["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
        name = options.name or (
            f"scaling-{'-'.join(map(str, sizes))}" if options.sizes else f"bench-{sizes[0]}"
        )
        if options.only and not options.name:
            name += "-" + "-".join(options.groups)
        if options.cpus and not options.name:
            name += f"-{len(options.cpus)}core"
        options.results.mkdir(parents=True, exist_ok=True)
        out = options.results / f"{name}.json"
        out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        log(f"result: {out}")
    if not options.no_docs:
        write_docs(result, options.docs)
        log(f"sections rewritten in {options.docs}")
    print("\n".join(summary_lines(result)))


if __name__ == "__main__":
    main()
