"""The name index's rules A/B (decision 0034): the same searches on two copies of a salon, one
indexed by the rules before issue 19 (names and tags only), one by today's (Chinese whole-name
tokens too), interleaved keystroke by keystroke in one process so both see the same load.

    .venv/bin/python -m bench.search_rules --salon FOLDER [--runs 2]

FOLDER is a bench salon (a copy: both copies are made beside it, in a scratch folder, and
removed at the end). Prints one line per keystroke mix, role and index (p50, p95, max in ms),
the rows of each index, and the time today's rules took to rebuild the older index.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from anyascii import anyascii

from bench.salon import Salon, working_copy
from bench.search import keystrokes
from salonvault.domain.search_text import search_tokens
from salonvault.services.vault.opening import Vault
from salonvault.storage.database import Database
from salonvault.storage.search_index import name_rows
from salonvault.storage.search_rebuild import RULES_KEY, bring_search_index_up_to_date


def keystrokes_before(database: Database, seed: int = 4) -> list[str]:
    """bench/search.py's keystrokes before issue 19: Chinese names as pinyin word by word."""
    rng = random.Random(seed)
    top = int(database.scalar("SELECT max(id) FROM clients"))
    typed: list[str] = []
    for client_id in rng.sample(range(1, top + 1), min(60, top)):
        family, given, phone = database.query_one(
            "SELECT family_name, given_name, phone FROM clients WHERE id = ?", (client_id,)
        ) or ("", "", "")
        name = f"{family} {given}"
        if rng.random() < 0.5 or any("\u3400" <= ch <= "\u9fff" for ch in name):
            name = anyascii(name).lower()
        typed += [name[:end] for end in range(1, len(name) + 1)]
        if phone and rng.random() < 0.3:
            digits = "".join(ch for ch in phone if ch.isdigit())
            typed += [digits[-4:][:end] for end in range(1, 5)]
            typed += [phone[:end] for end in range(1, len(phone) + 1)]
    return [text for text in typed if text.strip()]


def index_by_older_rules(database: Database) -> None:
    """The name index as the rules before issue 19 built it (the rules record left current, so
    opening does not rebuild it)."""
    with database.transaction():
        database.execute("DELETE FROM client_name_tokens")
        rows = database.query("SELECT id, family_name, given_name, tags FROM clients")
        texts: list[tuple[str, int]] = []
        tokens: set[tuple[str, int, int]] = set()
        for client_id, family, given, tags in rows:
            words = search_tokens(" ".join([family, given, *(tags.split(",") if tags else [])]))
            texts.append((f" {' '.join(words)} ", client_id))
            tokens |= name_rows(client_id, words)
        database.executemany("UPDATE clients SET search_text = ? WHERE id = ?", texts)
        database.executemany(
            "INSERT INTO client_name_tokens (token, client_id, kind) VALUES (?, ?, ?)",
            sorted(tokens),
        )


def opened(salon: Salon) -> Vault:
    os.environ.update(
        {k: salon.env()[k] for k in ("SALONVAULT_DEVICE_KEY_DIR", "PYTHON_KEYRING_BACKEND")}
    )
    return salon.open()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.search_rules")
    parser.add_argument("--salon", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.salon.parent, prefix=".rules-") as scratch:
        source = Salon.load(args.salon)
        (Path(scratch) / "old").mkdir()
        older, newer = (
            working_copy(source, Path(scratch) / "old"),
            working_copy(source, Path(scratch)),
        )
        vaults = {"older rules": opened(older), "today's rules": opened(newer)}
        index_by_older_rules(vaults["older rules"].database)
        for label, vault in vaults.items():
            rows = vault.database.scalar("SELECT count(*) FROM client_name_tokens")
            print(f"{label}: {rows:,} name index rows", flush=True)
        sessions = {
            label: [older.sign_in(v, "receptionist"), older.sign_in(v, "technician")]
            for label, v in vaults.items()
        }
        database = vaults["today's rules"].database
        mixes = {"before": keystrokes_before(database), "today": keystrokes(database)}
        for mix, typed in mixes.items():
            for role, role_name in enumerate(("receptionist", "technician")):
                times: dict[str, list[float]] = {label: [] for label in vaults}
                for _ in range(args.runs):
                    for text in typed:
                        for label, vault in vaults.items():
                            started = time.perf_counter()
                            vault.clients.search(sessions[label][role], text)
                            times[label].append((time.perf_counter() - started) * 1000)
                for label, ms in times.items():
                    ms.sort()
                    print(
                        f"{mix} keystrokes, {role_name}, {label}: p50"
                        f" {statistics.median(ms):.1f} p95 {ms[int(len(ms) * 0.95)]:.1f}"
                        f" max {ms[-1]:.1f} ms ({len(ms)} searches)",
                        flush=True,
                    )
        old_db = vaults["older rules"].database
        with old_db.transaction():
            old_db.execute("DELETE FROM settings WHERE key = ?", (RULES_KEY,))
        started = time.perf_counter()
        bring_search_index_up_to_date(old_db)
        print(f"rebuilding the older index: {time.perf_counter() - started:.1f} s", flush=True)
        for vault in vaults.values():
            vault.close()


if __name__ == "__main__":
    main()
