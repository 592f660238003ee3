"""Keeps docs/performance.md: each benchmark replaces its own section, leaving the others."""

from __future__ import annotations

import re
from pathlib import Path

PERFORMANCE_MD = Path(__file__).resolve().parents[1] / "docs" / "performance.md"
HEADER = """# Performance

Measured by the benchmarks in `bench/` (each run from a clean demo salon on the build machine);
every section below is rewritten by its benchmark. Run one with
`.venv/bin/python -m bench.<name>`.
"""


def write_section(title: str, body: str) -> None:
    text = PERFORMANCE_MD.read_text() if PERFORMANCE_MD.exists() else HEADER
    section = f"## {title}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    if pattern.search(text):
        text = pattern.sub(lambda _m: section + "\n", text)
    else:
        text = text.rstrip() + "\n\n" + section
    PERFORMANCE_MD.write_text(text.rstrip() + "\n")
