"""Search as you type and a big client card, on a demo salon of 100,000 clients (issue 4).

Types the names and phone numbers of randomly chosen demo clients one keystroke at a time, the
way people at the counter do (with and without accents, pinyin for Chinese names, phone numbers
with spaces, the last digits), and times every keystroke's search at the service. The same
repository calls then run on a plain SQLite copy of the same data for the encryption overhead.
A client with 300 visits is opened as the card does it (service calls, then the Qt card).

    .venv/bin/python -m bench.search [--clients 100000] [--vault DIR]

--vault keeps the demo salon in DIR and reuses it next time (building 100k clients takes about
a minute). The plain copy is synthetic demo data, written to a private temporary folder and
deleted at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import sqlcipher3
from anyascii import anyascii
from PySide6.QtWidgets import QApplication

from bench.report import write_section
from salonvault.domain.treatments import ColourFormula, VisitInput
from salonvault.services.clients import parse_query
from salonvault.services.vault import Vault, open_vault
from salonvault.storage.clients_repo import ClientsRepository
from salonvault.storage.database import Database
from ui.dialogs.client_card import ClientCard
from ui.pages.clients_page import ClientsPage

TARGETS = {"search_p95_ms": 15.0, "ratio": 1.3, "card_ms": 80.0}


def demo_vault(folder: Path, clients: int) -> dict[str, object]:
    """The demo salon in `folder`, made once; its staff and PINs are kept beside it."""
    info_file = folder / "bench-demo.json"
    if info_file.exists():
        info: dict[str, object] = json.loads(info_file.read_text())
        if info.get("clients") == clients:
            return info
        raise SystemExit(f"{folder} holds a demo of {info.get('clients')} clients; use another.")
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    out = subprocess.run(
        [
            *(sys.executable, "-m", "salonvault.cli", "--data-dir", str(folder / "salon")),
            *("demo", "--clients", str(clients)),
        ],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ,
    )
    info = json.loads(out.stdout) | {"clients": clients}
    info["build_s"] = round(time.perf_counter() - started, 1)
    info_file.write_text(json.dumps(info))
    return info


def keystrokes(database: Database, seed: int = 4) -> list[str]:
    """What people type, one entry per keystroke."""
    rng = random.Random(seed)
    top = int(database.scalar("SELECT max(id) FROM clients"))
    typed: list[str] = []
    for client_id in rng.sample(range(1, top + 1), 60):
        family, given, phone = database.query_one(
            "SELECT family_name, given_name, phone FROM clients WHERE id = ?", (client_id,)
        ) or ("", "", "")
        name = f"{family} {given}"
        if rng.random() < 0.5 or any("\u3400" <= ch <= "\u9fff" for ch in name):
            name = anyascii(name).lower()  # no accents; pinyin for Chinese names
        typed += [name[:end] for end in range(1, len(name) + 1)]
        if phone and rng.random() < 0.3:
            digits = "".join(ch for ch in phone if ch.isdigit())
            typed += [digits[-4:][:end] for end in range(1, 5)]  # "the one ending 5678"
            typed += [phone[:end] for end in range(1, len(phone) + 1)]
    return [text for text in typed if text.strip()]


def timed_ms(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def plain_copy(vault: Vault, folder: Path) -> Database:
    """The same data in a plain SQLite file (SQLCipher's own export), opened alike."""
    target = folder / "plain.db"
    vault.database.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    vault.database.execute("SELECT sqlcipher_export('plain')")
    vault.database.execute("DETACH DATABASE plain")
    plain = Database(sqlcipher3.connect(str(target), isolation_level=None), target)
    plain.execute("PRAGMA cache_size = -65536")  # as Database._configure does for the vault
    return plain


def big_card_client(vault: Vault, owner: object, visits: int) -> int:
    client_id = int(vault.database.scalar("SELECT min(id) FROM clients WHERE archived = 0"))
    service_id = vault.treatments.services(owner)[0].id  # type: ignore[arg-type]
    have = int(
        vault.database.scalar("SELECT count(*) FROM visits WHERE client_id = ?", (client_id,))
    )
    formula = ColourFormula(
        brand="Wella Koleston",
        shades=("7/0", "8/1"),
        developer="6%",
        ratio="1:1",
        processing_minutes=35,
    )
    start = date.today() - timedelta(days=3 * visits)
    for number in range(have, visits):
        data = VisitInput(
            visited_on=start + timedelta(days=3 * number),
            service_id=service_id,
            formula=formula,
            notes=f"visit {number}",
        )
        vault.treatments.add_visit(owner, client_id, data, acknowledge_patch_warning=True)  # type: ignore[arg-type]
    return client_id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--vault", type=Path, help="keep and reuse the demo salon here")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = options.vault or Path(scratch) / "demo"
        os.environ.setdefault("SALONVAULT_DEVICE_KEY_DIR", str(folder / "keys"))
        os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        info = demo_vault(folder, options.clients)
        run(folder / "salon", info, Path(scratch), options.clients)


def run(data_dir: Path, info: dict[str, object], scratch: Path, clients: int) -> None:
    vault = open_vault(data_dir)
    staff = {s["role"]: s for s in info["staff"]}  # type: ignore[attr-defined]
    owner = vault.auth.sign_in(staff["owner"]["name"], staff["owner"]["pin"])
    desk = vault.auth.sign_in(staff["receptionist"]["name"], staff["receptionist"]["pin"])
    tech = vault.auth.sign_in(staff["technician"]["name"], staff["technician"]["pin"])
    typed = keystrokes(vault.database)
    visits = int(vault.database.scalar("SELECT count(*) FROM visits"))

    desk_ms = [timed_ms(lambda t=t: vault.clients.search(desk, t)) for t in typed]
    tech_ms = [timed_ms(lambda t=t: vault.clients.search(tech, t)) for t in typed]

    plain = plain_copy(vault, scratch)
    repos = {"vault": ClientsRepository(vault.database), "plain": ClientsRepository(plain)}
    parsed = [parse_query(t, True) for t in typed]
    repo_ms: dict[str, list[float]] = {"vault": [], "plain": []}
    for _ in range(2):  # alternate, so both see the same machine
        for name, repo in repos.items():
            repo_ms[name] = [
                timed_ms(lambda q=q, r=repo: r.search(q[0], q[1], False, True)) for q in parsed
            ]
    plain.close()
    ratio_p50 = statistics.median(repo_ms["vault"]) / statistics.median(repo_ms["plain"])
    ratio_p95 = percentile(repo_ms["vault"], 0.95) / percentile(repo_ms["plain"], 0.95)

    client_id = big_card_client(vault, owner, 300)

    def card_calls() -> None:
        vault.clients.open(tech, client_id)
        vault.treatments.history(tech, client_id)
        vault.treatments.patch_status(tech, client_id)

    service_ms = [timed_ms(card_calls) for _ in range(30)]
    widget_ms = card_widget_ms(vault, tech, client_id)
    scrolling = list_scrolling(vault, desk)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    vault.close()

    report = {
        "clients": clients,
        "visits": visits,
        "keystrokes": len(typed),
        "receptionist": summary(desk_ms),
        "technician": summary(tech_ms),
        "repository_vault": summary(repo_ms["vault"]),
        "repository_plain": summary(repo_ms["plain"]),
        "ratio_p50": round(ratio_p50, 2),
        "ratio_p95": round(ratio_p95, 2),
        "card_service": summary(service_ms),
        "card_widget": summary(widget_ms),
        "peak_rss_mb": round(rss_mb),
        "list": scrolling,
        "load": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
    }
    print(json.dumps(report, indent=2))
    write_report(report, info)


def card_widget_ms(vault: Vault, session: object, client_id: int) -> list[float]:
    app = QApplication.instance() or QApplication([])
    samples = []
    for _ in range(15):
        start = time.perf_counter()
        card = ClientCard(vault, session, client_id)  # type: ignore[arg-type]
        card.show()
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
        card.close()
        card.deleteLater()
        app.processEvents()
    return samples


def rss_mb() -> float:
    """Resident memory now (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def list_scrolling(vault: Vault, session: object) -> dict[str, float]:
    """The clients page with an empty search box (every client), scrolled top to bottom."""
    app = QApplication.instance() or QApplication([])
    page = ClientsPage(vault, session)  # type: ignore[arg-type]
    page.resize(1000, 700)
    before = rss_mb()
    start = time.perf_counter()
    page.show()
    app.processEvents()
    shown_ms = (time.perf_counter() - start) * 1000
    after_open = rss_mb()
    bar = page.table.verticalScrollBar()
    start = time.perf_counter()
    steps = 0
    for value in range(0, bar.maximum() + 1, bar.pageStep()):
        bar.setValue(value)
        app.processEvents()
        steps += 1
    scroll_s = time.perf_counter() - start
    result = {
        "rows": page.model.rowCount(),
        "open_ms": round(shown_ms, 1),
        "screens": steps,
        "ms_per_screen": round(scroll_s * 1000 / max(steps, 1), 2),
        "rss_before_mb": round(before),
        "rss_open_mb": round(after_open),
        "rss_scrolled_mb": round(rss_mb()),
        "pages_kept": page.model.pages_in_memory(),
    }
    page.close()
    page.deleteLater()
    app.processEvents()
    return result


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "p50": round(statistics.median(samples), 1),
        "p95": round(percentile(samples, 0.95), 1),
        "max": round(max(samples), 1),
    }


def write_report(report: dict[str, object], info: dict[str, object]) -> None:
    scrolling = report["list"]
    assert isinstance(scrolling, dict)

    def row(label: str, key: str, target: str) -> str:
        values = report[key]
        assert isinstance(values, dict)
        return f"| {label} | {values['p50']} | {values['p95']} | {values['max']} | {target} |"

    body = f"""
`.venv/bin/python -m bench.search` on a demo salon of {report["clients"]:,} clients and
{report["visits"]:,} visits ({info.get("build_s", "?")} s to build with `demo --clients`).
{report["keystrokes"]} keystrokes: the names of 60 random clients typed letter by letter (half
without accents, Chinese names in pinyin) and some of their phone numbers (the last four digits,
then the whole number as written). Times in milliseconds, one search per keystroke, on
{os.cpu_count()} CPU cores (load average {report["load"]} during the run: the build machine is
shared).

| what | p50 | p95 | max | target |
|---|---|---|---|---|
{row("search at the service, receptionist (names, phones, e-mail)", "receptionist", "p95 ≤ 15")}
{row("search at the service, technician (names only)", "technician", "p95 ≤ 15")}
{row("repository search, encrypted vault", "repository_vault", "")}
{row("repository search, plain SQLite copy", "repository_plain", "")}
{row("client card with 300 visits: service calls", "card_service", "≤ 80")}
{row("client card with 300 visits: Qt card built and shown", "card_widget", "≤ 80")}

The whole list (empty search box, {scrolling["rows"]:,} clients, most recent visit first) opens in
{scrolling["open_ms"]} ms and scrolls {scrolling["screens"]:,} screens top to bottom at
{scrolling["ms_per_screen"]} ms a screen, reading rows a page at a time: resident memory
{scrolling["rss_before_mb"]} MB before, {scrolling["rss_open_mb"]} MB open,
{scrolling["rss_scrolled_mb"]} MB after scrolling to the end ({scrolling["pages_kept"]} pages of
rows kept; target ≤ 300 MB).

Encrypted / plain SQLite: {report["ratio_p50"]}x at p50, {report["ratio_p95"]}x at p95
(target ≤ 1.3x). Peak memory of the benchmark process: {report["peak_rss_mb"]} MB.

How search stays fast is in docs/decisions/0005 and `salonvault/storage/search_repo.py`: rare
words drive a token index; when every word is common, recent clients are walked on a narrow
index and the walk stops as soon as nobody further back could make the list. SQLCipher's page
cache is 64 MiB, so a typing session decrypts each index page once.
"""
    write_section("Search and client card (issue 4)", body)


if __name__ == "__main__":
    main()
