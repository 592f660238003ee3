"""The house's shape, checked: no import circles among core modules, and the ui reaching the
services only through their public faces (import-linter's contract, run here too so a plain
`pytest` sees it)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]


def _circles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & modules) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(modules):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            if child < len(edges[node]):
                work.append((node, child + 1))
                nxt = edges[node][child]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found


def test_no_import_circles_among_core_modules() -> None:
    graph = grimp.build_graph("salonvault")
    modules = {m for m in graph.modules if m.startswith("salonvault")}
    assert _circles(graph, modules) == []


def test_the_circle_finder_finds_a_circle() -> None:
    graph = grimp.ImportGraph()
    for name in ("a", "a.x", "a.y", "a.z"):
        graph.add_module(name)
    graph.add_import(importer="a.x", imported="a.y")
    graph.add_import(importer="a.y", imported="a.x")
    graph.add_import(importer="a.z", imported="a.x")
    assert _circles(graph, {"a.x", "a.y", "a.z"}) == [["a.x", "a.y"]]


def test_layer_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout


def _conftest_imports(source: str) -> list[str]:
    """The conftest modules a test file imports by name (`from tests.conftest import …`)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("conftest"):
            found.append(node.module or "")
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.endswith("conftest")]
    return found


def test_tests_import_helpers_from_support_not_from_a_conftest() -> None:
    """conftest.py files hold fixtures; what tests import is in tests/support.py (and
    tests/ui/support.py), so a branch made before the move fails here, not at collection."""
    offenders = {
        str(path.relative_to(ROOT)): modules
        for path in sorted((ROOT / "tests").rglob("*.py"))
        if (modules := _conftest_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_conftest_import_check_finds_one() -> None:
    assert _conftest_imports("from tests.conftest import Team\nimport tests.ui.conftest\n") == [
        "tests.conftest",
        "tests.ui.conftest",
    ]
    assert _conftest_imports("from tests.support import Team\n") == []
