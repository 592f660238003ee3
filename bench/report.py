"""Keeps docs/performance.md: each benchmark replaces its own section, leaving the others.

A section runs from its `## title` line to the next `## ` heading; sections this run did not
measure (another benchmark's, such as the import benchmark's) are left as they are.
"""

from __future__ import annotations

import re
from pathlib import Path

PERFORMANCE_MD = Path(__file__).resolve().parents[1] / "docs" / "performance.md"
HEADER = """# Performance

Every benchmark in one command, on a synthetic salon built once and cached:

    .venv/bin/python -m bench --clients 100000          # all measures, 5 runs each
    .venv/bin/python -m bench --scaling 10000,100000,300000

The sections below are rewritten by the benchmark named in their title.
"""


def write_section(title: str, body: str, path: Path = PERFORMANCE_MD) -> None:
    text = path.read_text() if path.exists() else HEADER
    section = f"## {title}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    if pattern.search(text):
        text = pattern.sub(lambda _m: section + "\n", text)
    else:
        text = text.rstrip() + "\n\n" + section
    path.write_text(text.rstrip() + "\n")
