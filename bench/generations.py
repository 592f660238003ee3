"""Measures for decision 0044 (backup generations): where a vault's bytes are, and what a
second generation costs with our backup, with `restic` and with page-aligned chunks.

    .venv/bin/python -m bench.generations bytes SALON_FOLDER
    .venv/bin/python -m bench.generations restic SALON_FOLDER WORK_FOLDER

`bytes` reads the salon's plain copy with Python's own sqlite3 (SQLCipher here is built
without the `dbstat` table; the pages are the same). `restic` works on a copy of the salon in
WORK_FOLDER (needs `restic` on the path: `apt-get install restic`): our backup, restic's
first backup and `check --read-data`, one client and one visit added through the services,
both again; then both backups decrypted and compared in fixed, page-aligned chunks.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pyrage

from bench.salon import Salon, working_copy
from salonvault.domain.clients import ClientInput
from salonvault.domain.treatments import VisitInput
from salonvault.security.recovery import read_recovery_key_file

PICTURES = ("photos", "attachment_pages", "attachments")
CHUNK_SIZES = (4096, 65536, 262144, 1048576)


def where_the_bytes_are(salon: Path) -> dict[str, Any]:
    plain = sqlite3.connect(f"file:{salon / 'plain.db'}?mode=ro", uri=True)
    rows = plain.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    tables = {str(name): int(size) for name, size in rows}
    total = sum(tables.values())
    pictures = sum(tables.get(name, 0) for name in PICTURES)
    return {
        "total": total,
        "pictures": pictures,
        "rows": total - pictures,
        "largest": dict(sorted(tables.items(), key=lambda item: -item[1])[:12]),
    }


def _folder_bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def second_generation(salon_folder: Path, work: Path) -> dict[str, Any]:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    copy = working_copy(Salon.load(salon_folder), work)
    os.environ["SALONVAULT_DEVICE_KEY_DIR"] = str(copy.key_dir)
    usb, repo = work / "usb", work / "restic-repo"
    usb.mkdir()
    env = {**os.environ, "RESTIC_PASSWORD": "bench-only", "RESTIC_REPOSITORY": str(repo)}
    env["RESTIC_CACHE_DIR"] = str(work / "restic-cache")
    found: dict[str, Any] = {}

    def restic(*args: str) -> float:
        started = time.perf_counter()
        subprocess.run(["restic", *args], env=env, check=True, capture_output=True)
        return time.perf_counter() - started

    def ours(tag: str) -> Path:
        vault = copy.open()
        owner = copy.sign_in(vault, "owner")
        started = time.perf_counter()
        made = vault.backups.backup(owner, usb)
        found[f"ours_{tag}_s"] = time.perf_counter() - started
        found[f"ours_{tag}_bytes"] = made.path.stat().st_size
        vault.close()
        return made.path

    restic("init")
    first = ours("first")
    found["restic_first_backup_s"] = restic("backup", str(copy.data_dir))
    found["restic_first_check_s"] = restic("check", "--read-data")
    found["restic_after_first_bytes"] = _folder_bytes(repo)
    vault = copy.open()
    owner = copy.sign_in(vault, "owner")
    client = vault.clients.create(owner, ClientInput("Nowak", "Anna", language="pl")).id
    service = vault.treatments.services(owner)[0].id
    visit = VisitInput(visited_on=date.today(), service_id=service)
    vault.treatments.add_visit(owner, client, visit)
    vault.database.checkpoint()
    vault.close()
    second = ours("second")
    before = _folder_bytes(repo)
    found["restic_second_backup_s"] = restic("backup", str(copy.data_dir))
    found["restic_second_added_bytes"] = _folder_bytes(repo) - before
    found["restic_second_check_s"] = restic("check", "--read-data")
    identity = pyrage.x25519.Identity.from_str(
        read_recovery_key_file(copy.recovery_key_file).secret
    )
    old, new = (pyrage.decrypt(path.read_bytes(), [identity]) for path in (first, second))
    for size in CHUNK_SIZES:
        known = {hashlib.sha256(old[i : i + size]).digest() for i in range(0, len(old), size)}
        chunks = [hashlib.sha256(new[i : i + size]).digest() for i in range(0, len(new), size)]
        added = sum(1 for chunk in chunks if chunk not in known)
        found[f"chunks_{size}"] = {"chunks": len(chunks), "new": added, "new_bytes": added * size}
    return found


def main() -> None:
    command, salon = sys.argv[1], Path(sys.argv[2])
    if command == "bytes":
        print(json.dumps(where_the_bytes_are(salon), indent=1))
    else:
        print(json.dumps(second_generation(salon, Path(sys.argv[3])), indent=1))


if __name__ == "__main__":
    main()
