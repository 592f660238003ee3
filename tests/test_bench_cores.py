"""`python -m bench --cores N`: every measuring process on N cores, said in the result and the
rendered sections (issue 24: an old counter PC is one core of this machine)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bench import cores, machine
from bench.__main__ import parse_arguments

REPORT_AFFINITY = "import os; print(sorted(os.sched_getaffinity(0)))"


def test_a_process_started_while_pinned_runs_on_one_core_and_the_pinning_ends_after() -> None:
    before = os.sched_getaffinity(0)
    [first] = cores.chosen(1)
    with cores.pinned([first]):
        out = subprocess.run(
            [sys.executable, "-c", REPORT_AFFINITY], capture_output=True, text=True, check=True
        )
    assert out.stdout.strip() == f"[{first}]"
    assert os.sched_getaffinity(0) == before


def test_the_option_chooses_the_first_cores_and_refuses_impossible_counts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert parse_arguments(["--cores", "1"]).cpus == [min(os.sched_getaffinity(0))]
    assert parse_arguments([]).cpus is None
    for impossible in ("0", str(len(os.sched_getaffinity(0)) + 1)):
        with pytest.raises(SystemExit):
            parse_arguments(["--cores", impossible])
    assert "--cores must be between 1 and" in capsys.readouterr().err


def test_the_machine_sentence_says_how_the_run_was_pinned() -> None:
    about: dict[str, object] = {
        "cpu": "CPU", "arch": "x86_64", "cores": 2, "ram_gb": 8, "os": "Linux",
        "python": "3.11", "qt": "Qt 6", "qt_platform": "offscreen", "sqlcipher": "SQLCipher",
        "pyrage": "1.4", "load_start": "1 / 1 / 1", "load_end": "1 / 1 / 1",
    }  # fmt: skip
    assert "pinned" not in machine.sentence(about)
    about["pinned_cpus"] = [0]
    assert "pinned to 1 core (`taskset -c 0`)" in machine.sentence(about)
