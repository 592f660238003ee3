"""bench/rekey.py on a tiny salon, so the re-keying benchmark cannot rot unnoticed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bench.rekey import TITLE, measure, render
from bench.report import write_section
from bench.salon import INFO, Salon
from salonvault.domain.roles import Role
from tests.support import NAMES, PINS, VaultTemplate


def test_the_rekey_bench_measures_and_writes_its_own_section(
    vault_template: VaultTemplate, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "salon-folder"
    folder.mkdir()
    shutil.copytree(vault_template.data_dir, folder / "salon")
    shutil.copytree(vault_template.key_dir, folder / "keys")
    shutil.copy2(vault_template.recovery_key_file, folder / "recovery-key.txt")
    owner = {"name": NAMES[Role.OWNER], "role": "owner", "pin": PINS[Role.OWNER]}
    (folder / INFO).write_text(json.dumps({"clients": 0, "staff": [owner]}))
    monkeypatch.setenv("SALONVAULT_BENCH_CACHE", str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir()

    result = measure(Salon.load(folder), runs=2)

    assert len(result["runs_s"]) == 2 and all(r > 0 for r in result["runs_s"])
    assert result["pages"] > 0 and result["vault_bytes"] > 0
    docs = tmp_path / "performance.md"
    docs.write_text("# Performance\n\n## Key work (bench/keys.py)\n\nKept as it is.\n")
    write_section(TITLE, render(result, "python -m bench.rekey --clients 0 --runs 2"), docs)
    text = docs.read_text()
    assert "## Key work (bench/keys.py)\n\nKept as it is.\n" in text
    assert f"## {TITLE}" in text and "| Re-key the vault, whole" in text
    assert list((tmp_path / "cache").iterdir()) == []  # the working copy is gone
