"""The one bench command, end to end on a tiny salon, so the benchmarks cannot rot unnoticed.

Builds a salon of a few hundred clients into a temporary cache, runs every measure group once,
and checks the JSON (every measure with numeric medians and p95) and the markdown (every target
row, other benchmarks' sections left alone). The scaling table is checked on that result with
made-up growth, since measuring two sizes would double the time.
"""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path

import pytest

from bench import scaling, targets
from bench.__main__ import main as bench_main
from bench.__main__ import write_docs
from bench.report import write_section
from bench.salon import cache_key

pytestmark = pytest.mark.slow  # about 20 s of CPU: a salon built, a dozen processes
CLIENTS = 300
OTHER_SECTION = "## Import (bench/import_bench.py)\n\nImport figures kept by another bench.\n"


@pytest.fixture(scope="module")
def smoke_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    root = tmp_path_factory.mktemp("bench")
    docs = root / "performance.md"
    docs.write_text(f"# Performance\n\nIntro.\n\n{OTHER_SECTION}")
    bench_main([
        "--clients", str(CLIENTS), "--runs", "1", "--name", "smoke",
        "--cache", str(root / "cache"), "--results", str(root / "results"), "--docs", str(docs),
    ])  # fmt: skip
    result = json.loads((root / "results" / "smoke.json").read_text())
    assert (root / "cache" / cache_key(CLIENTS) / "salon.json").exists()  # built once, kept
    return result, docs.read_text()


def test_every_measure_has_numeric_median_and_p95(smoke_run: tuple[dict, str]) -> None:
    result, _docs = smoke_run
    [size] = result["sizes"]
    assert size["clients"] == CLIENTS
    assert "staff" not in size["salon"]  # no PINs in a result file
    wanted = {t.measure for t in targets.TARGETS} | set(targets.FLOORS)
    assert wanted <= set(size["measures"]) == set(targets.LABELS)
    for name, measure in size["measures"].items():
        for stat in ("median", "p95", "max"):
            value = measure[stat]
            assert isinstance(value, int | float) and math.isfinite(value) and value >= 0, name
        assert measure["peak_rss_mb"] > 0, name
    for field in ("cpu", "cores", "ram_gb", "os", "python", "qt", "sqlcipher", "load_end"):
        assert result["machine"][field], field


def test_markdown_shows_every_target_and_keeps_other_sections(
    smoke_run: tuple[dict, str],
) -> None:
    _result, docs = smoke_run
    targets_section = docs.split(f"## {targets.SECTION}", 1)[1].split("\n## ", 1)[0]
    for target in targets.TARGETS:
        assert f"| {target.label} |" in targets_section, target.label
    assert "Machine: " in targets_section
    assert OTHER_SECTION in docs
    titles = ("Start-up", "Search and client card", "Client-list filters", "Consent form PDF")
    for title in (*titles, "Backup and restore"):
        assert f"\n## {title}" in docs


def test_scaling_table_flags_growth_faster_than_n_log_n(smoke_run: tuple[dict, str]) -> None:
    result, _docs = smoke_run
    small = result["sizes"][0]
    large = copy.deepcopy(small)
    large["clients"] = CLIENTS * 10
    for measure in large["measures"].values():
        for stat in ("median", "p95", "max"):
            measure[stat] *= 10  # linear: within n log n
    large["measures"]["card_widget_ms"]["median"] *= 100  # quadratic
    scaled = {**result, "sizes": [small, large]}
    assert scaling.defects(scaled) == ["card_widget_ms"]
    body = scaling.render(scaled, "python -m bench --scaling 300,3000", "test machine")
    assert f"| {targets.LABELS['card_widget_ms']} |" in body and "**yes**" in body
    for name in small["measures"]:
        assert f"| {targets.LABELS[name]} |" in body
    for group in small["groups"]:
        assert f"| {scaling.PEAK}{group} |" in body


def test_a_section_is_replaced_in_place(tmp_path: Path) -> None:
    docs = tmp_path / "performance.md"
    docs.write_text(f"# P\n\n## Mine\n\nold\n\n{OTHER_SECTION}")
    write_section("Mine", "new", docs)
    assert docs.read_text() == f"# P\n\n## Mine\n\nnew\n\n{OTHER_SECTION}"


def test_a_run_of_some_groups_leaves_the_targets_table(
    smoke_run: tuple[dict, str], tmp_path: Path
) -> None:
    result, _docs = smoke_run
    partial = copy.deepcopy(result)
    partial["groups"] = ["startup"]
    size = partial["sizes"][0]
    size["groups"] = {"startup": size["groups"]["startup"]}
    docs = tmp_path / "performance.md"
    docs.write_text(f"# P\n\n## {targets.SECTION}\n\nfull run\n\n{OTHER_SECTION}")
    write_docs(partial, docs)
    text = docs.read_text()
    assert f"## {targets.SECTION}\n\nfull run\n" in text
    assert "\n## Start-up" in text and OTHER_SECTION in text
