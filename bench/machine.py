"""The machine a run measured: CPU, cores, memory, OS and the versions that shape the numbers."""

from __future__ import annotations

import os
import platform
import re
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import sqlcipher3

from bench.cores import words as pinning_words
from bench.stats import load_average


def _cpu_model() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return platform.processor() or platform.machine()
    match = re.search(r"^model name\s*:\s*(.+)$", text, re.M)
    return match.group(1).strip() if match else platform.machine()


def _ram_gb() -> float | None:
    try:
        text = Path("/proc/meminfo").read_text()
    except OSError:
        return None
    match = re.search(r"^MemTotal:\s+(\d+) kB", text, re.M)
    return round(int(match.group(1)) / 2**20, 1) if match else None


def _os_name() -> str:
    try:
        pretty = platform.freedesktop_os_release().get("PRETTY_NAME", "")
    except OSError:
        pretty = ""
    kernel = f"{platform.system()} {platform.release()}"
    return f"{pretty} ({kernel})" if pretty else kernel


def _package(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


def _sqlcipher() -> tuple[str, str]:
    connection = sqlcipher3.connect(":memory:")
    try:
        row = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    return (str(row[0]) if row else "?"), sqlcipher3.sqlite_version


def _qt() -> str:
    from PySide6.QtCore import qVersion  # noqa: PLC0415 - only when describing, not at import

    return f"Qt {qVersion()} (PySide6 {_package('PySide6-Essentials')})"


def describe() -> dict[str, object]:
    cipher, sqlite = _sqlcipher()
    return {
        "cpu": _cpu_model(),
        "arch": platform.machine(),
        "cores": os.cpu_count(),
        "ram_gb": _ram_gb(),
        "os": _os_name(),
        "python": platform.python_version(),
        "qt": _qt(),
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "sqlcipher": f"SQLCipher {cipher} (SQLite {sqlite}, sqlcipher3 {_package('sqlcipher3')})",
        "pyrage": _package("pyrage"),
        "load_start": load_average(),
    }


def sentence(machine: dict[str, object]) -> str:
    """One line for the report: what ran where, and how busy the machine was."""
    cpus = machine.get("pinned_cpus")
    pinning = pinning_words(cpus if isinstance(cpus, list) else None)
    return (
        f"{machine['cpu']} ({machine['arch']}), {machine['cores']} cores, "
        f"{machine['ram_gb']} GB RAM; {machine['os']}; Python {machine['python']}; "
        f"{machine['qt']}, platform `{machine['qt_platform']}`; {machine['sqlcipher']}; "
        f"pyrage {machine['pyrage']}. {pinning}Load average {machine['load_start']} at the start, "
        f"{machine.get('load_end', '?')} at the end."
    )
