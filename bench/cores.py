"""An old counter PC on this machine: every measuring process pinned to the first N cores.

`python -m bench --cores 1` pins the bench process before it starts any measure, so every child
it starts (each measure group, each start-up and backup process) inherits the pinning, as
`taskset -c 0 python -m bench.child ...` would do; the salon is built unpinned first. The cores
go into the result (`machine.pinned_cpus`) and into the machine sentence of every section.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator


def chosen(count: int) -> list[int]:
    """The first `count` of the CPUs this process may run on (`taskset -c 0` for one)."""
    available = sorted(os.sched_getaffinity(0))
    if not 1 <= count <= len(available):
        raise ValueError(f"--cores must be between 1 and {len(available)}")
    return available[:count]


@contextlib.contextmanager
def pinned(cpus: list[int] | None) -> Iterator[None]:
    """This process (and so every process it starts meanwhile) on `cpus` only; None: as is."""
    if not cpus:
        yield
        return
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, cpus)
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


def words(cpus: list[int] | None) -> str:
    """What the machine sentence says about pinning ('' when the run was not pinned)."""
    if not cpus:
        return ""
    cores = "1 core" if len(cpus) == 1 else f"{len(cpus)} cores"
    listed = ",".join(str(cpu) for cpu in cpus)
    return f"Every measuring process pinned to {cores} (`taskset -c {listed}`). "
