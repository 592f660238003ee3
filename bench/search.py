"""Search as you type, the same queries on plain SQLite, a big client card and the client list.

Types the names and phone numbers of randomly chosen clients one keystroke at a time, the way
people at the counter do (with and without accents, the given name alone; a Chinese name as
pinyin word by word, run together, its initials or its characters run together; phone numbers
with spaces, the last digits), and times every keystroke's search at the service. The same
repository calls then run on the salon's plain SQLite copy for the encryption overhead (the
floor). The client with 300 visits is opened as the card does it (service calls, then the Qt
card), and the whole list is opened and scrolled to its end. Each function is one measure
group and runs in a process of its own (bench/child.py), so its peak memory is its own.

    .venv/bin/python -m bench --only search,search_floor,card,list [--clients 100000]
    .venv/bin/python -m bench.search [same options]
"""

from __future__ import annotations

import random
import re
import sys
import time
from typing import Any

from anyascii import anyascii
from PySide6.QtWidgets import QApplication

from bench.salon import Salon, open_plain
from bench.stats import reset_peak, rss_mb, summary, timed_ms
from salonvault.domain.phone_display import prepare_phone_display
from salonvault.services.clients.service import parse_query
from salonvault.storage.clients_repo import ClientsRepository
from salonvault.storage.database import Database
from ui.dialogs.client_card import ClientCard
from ui.pages.clients_page import ClientsPage

SECTION = "Search and client card (issue 4)"
TYPED_CLIENTS = 60
CARD_SERVICE_PER_RUN = 6
CARD_WIDGET_PER_RUN = 3


def keystrokes(database: Database, seed: int = 4) -> list[str]:
    """What people type, one entry per keystroke."""
    rng = random.Random(seed)
    top = int(database.scalar("SELECT max(id) FROM clients"))
    typed: list[str] = []
    for client_id in rng.sample(range(1, top + 1), min(TYPED_CLIENTS, top)):
        family, given, phone = database.query_one(
            "SELECT family_name, given_name, phone FROM clients WHERE id = ?", (client_id,)
        ) or ("", "", "")
        name = f"{family} {given}"
        if any("\u3400" <= ch <= "\u9fff" for ch in name):
            name = rng.choice(chinese_ways(family, given))
        elif rng.random() < 0.5:
            name = anyascii(name).lower()  # no accents
        elif rng.random() < 0.3:
            name = given.split()[-1]  # the given name alone
        typed += [name[:end] for end in range(1, len(name) + 1)]
        if phone and rng.random() < 0.3:
            digits = "".join(ch for ch in phone if ch.isdigit())
            typed += [digits[-4:][:end] for end in range(1, 5)]  # "the one ending 5678"
            typed += [phone[:end] for end in range(1, len(phone) + 1)]
    return [text for text in typed if text.strip()]


def chinese_ways(family: str, given: str) -> list[str]:
    """How a Chinese name is typed: pinyin word by word, run together, its initials, or the
    characters run together, family name first."""
    syllables = [s.lower() for s in re.findall(r"[A-Z][a-z]*", anyascii(family + given))]
    return [
        " ".join(syllables),
        "".join(syllables),
        "".join(s[0] for s in syllables),
        family + given,
    ]


def measure_search(salon: Salon, runs: int) -> dict[str, Any]:
    """Every keystroke searched at the service, as a receptionist and as a technician."""
    vault = salon.open()
    desk = salon.sign_in(vault, "receptionist")
    tech = salon.sign_in(vault, "technician")
    typed = keystrokes(vault.database)
    reset_peak()
    desk_ms: list[float] = []
    tech_ms: list[float] = []
    for _ in range(runs):
        desk_ms += [timed_ms(lambda t=t: vault.clients.search(desk, t)) for t in typed]
        tech_ms += [timed_ms(lambda t=t: vault.clients.search(tech, t)) for t in typed]
    vault.close()
    return {
        "measures": {
            "search_receptionist_ms": summary(desk_ms, "ms"),
            "search_technician_ms": summary(tech_ms, "ms"),
        },
        "details": {"keystrokes": len(typed)},
    }


def measure_search_floor(salon: Salon, runs: int) -> dict[str, Any]:
    """The same repository queries on the vault and on the plain copy, alternating, so both see
    the same machine."""
    vault = salon.open()
    plain = open_plain(salon)
    typed = keystrokes(vault.database)
    repos = {"vault": ClientsRepository(vault.database), "plain": ClientsRepository(plain)}
    parsed = [parse_query(t, True) for t in typed]
    reset_peak()
    samples: dict[str, list[float]] = {"vault": [], "plain": []}
    for _ in range(runs):
        for name, repo in repos.items():
            samples[name] += [
                timed_ms(lambda q=q, r=repo: r.search(q[0], q[1], False, True)) for q in parsed
            ]
    plain.close()
    vault.close()
    return {
        "measures": {
            "search_repo_vault_ms": summary(samples["vault"], "ms"),
            "search_repo_plain_ms": summary(samples["plain"], "ms"),
        },
        "details": {"keystrokes": len(typed)},
    }


def measure_card(salon: Salon, runs: int) -> dict[str, Any]:
    """The client with 300 visits opened by a technician: the service calls, then the Qt card."""
    vault = salon.open()
    tech = salon.sign_in(vault, "technician")
    client_id = int(salon.info["card_client"])

    def card_calls() -> None:
        vault.clients.open(tech, client_id)
        vault.treatments.history(tech, client_id)
        vault.treatments.patch_status(tech, client_id)

    app = QApplication.instance() or QApplication([])
    reset_peak()
    card_calls()  # the first opening reads the pages from disk; a card is opened many times
    service_ms = [timed_ms(card_calls) for _ in range(CARD_SERVICE_PER_RUN * runs)]
    # A card opens from the window's pages, never as a process's first widget: the clients
    # page is shown first, as the window has by then (issue 24). Qt's first use of styles,
    # fonts and tables is paid there, as in the program (no group times that page's first show).
    prepare_phone_display(vault.settings.phone_region())  # as the window does during sign-in
    page = ClientsPage(vault, tech)
    page.show()
    settle(app)  # a card is opened seconds after the page has shown, never during its paint
    widget_ms = []
    for _ in range(CARD_WIDGET_PER_RUN * runs):
        start = time.perf_counter()
        card = ClientCard(vault, tech, client_id)
        card.show()
        app.processEvents()
        widget_ms.append((time.perf_counter() - start) * 1000)
        card.close()
        card.deleteLater()
        app.processEvents()
    page.close()
    page.deleteLater()
    app.processEvents()
    visits = int(
        vault.database.scalar("SELECT count(*) FROM visits WHERE client_id = ?", (client_id,))
    )
    vault.close()
    return {
        "measures": {
            "card_service_ms": summary(service_ms, "ms"),
            "card_widget_ms": summary(widget_ms, "ms"),
        },
        "details": {"visits": visits},
    }


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let the window finish what showing it started (paints, rows filled after a timer)."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.01)


def measure_list(salon: Salon, runs: int) -> dict[str, Any]:
    """The clients page with an empty search box (every client), opened and scrolled top to
    bottom a screen at a time, `runs` times; resident memory after reaching the end."""
    vault = salon.open()
    desk = salon.sign_in(vault, "receptionist")
    prepare_phone_display(vault.settings.phone_region())  # as the window does during sign-in
    app = QApplication.instance() or QApplication([])
    reset_peak()
    open_ms: list[float] = []
    screen_ms: list[float] = []
    resident: list[float] = []
    details: dict[str, Any] = {"rss_before_mb": round(rss_mb())}
    for _ in range(runs):
        page = ClientsPage(vault, desk)
        page.resize(1000, 700)
        start = time.perf_counter()
        page.show()
        app.processEvents()
        open_ms.append((time.perf_counter() - start) * 1000)
        details["rss_open_mb"] = round(rss_mb())
        bar = page.table.verticalScrollBar()
        for value in range(0, bar.maximum() + 1, bar.pageStep()):
            start = time.perf_counter()
            bar.setValue(value)
            app.processEvents()
            screen_ms.append((time.perf_counter() - start) * 1000)
        resident.append(rss_mb())
        details |= {"rows": page.model.rowCount(), "pages_kept": page.model.pages_in_memory()}
        page.close()
        page.deleteLater()
        app.processEvents()
    vault.close()
    details["screens"] = len(screen_ms) // runs
    return {
        "measures": {
            "list_open_ms": summary(open_ms, "ms"),
            "list_screen_ms": summary(screen_ms, "ms"),
            "list_rss_mb": summary(resident, "MB"),
        },
        "details": details,
    }


def section(groups: dict[str, dict[str, Any]], salon: str, machine: str) -> str:
    """The section from the four groups' results (any missing group is left out)."""
    measures: dict[str, dict[str, Any]] = {}
    for name in ("search", "search_floor", "card", "list"):
        measures |= groups.get(name, {}).get("measures", {})

    def row(label: str, key: str, target: str) -> str:
        m = measures[key]
        return f"| {label} | {m['median']:.1f} | {m['p95']:.1f} | {m['max']:.1f} | {target} |"

    rows = [
        ("search at the service, receptionist (names, phones, e-mail)", "search_receptionist_ms",
         "p95 ≤ 15"),
        ("search at the service, technician (names only)", "search_technician_ms", "p95 ≤ 15"),
        ("repository search, encrypted vault", "search_repo_vault_ms", ""),
        ("repository search, plain SQLite copy (the floor)", "search_repo_plain_ms", ""),
        ("client card with 300 visits: service calls", "card_service_ms", "≤ 80"),
        ("client card with 300 visits: Qt card built and shown", "card_widget_ms", "≤ 80"),
    ]  # fmt: skip
    lines = [
        f"On a salon of {salon}. Times in milliseconds, one search per keystroke: the names of"
        f" {TYPED_CLIENTS} random clients typed letter by letter (half without accents, some"
        " by the given name alone; Chinese names as pinyin word by word, run together, their"
        " initials or their characters run together) and some of their phone numbers (the last"
        " four digits, then the whole number as written).",
        "",
        "| what | p50 | p95 | max | target |",
        "|---|---|---|---|---|",
        *(row(label, key, target) for label, key, target in rows if key in measures),
    ]
    if "search_repo_plain_ms" in measures:
        vault, plain = measures["search_repo_vault_ms"], measures["search_repo_plain_ms"]
        lines += [
            "",
            f"Encrypted / plain SQLite: {vault['median'] / plain['median']:.2f}x at p50,"
            f" {vault['p95'] / plain['p95']:.2f}x at p95 (target ≤ 1.3x).",
        ]
    if "list" in groups:
        details = groups["list"]["details"]
        screen, resident = measures["list_screen_ms"], measures["list_rss_mb"]
        lines += [
            "",
            f"The whole list (empty search box, {details['rows']:,} clients, most recent visit"
            f" first) opens in {measures['list_open_ms']['median']:.1f} ms (median) and scrolls"
            f" {details['screens']:,} screens top to bottom at {screen['median']:.2f} ms a screen"
            f" (p95 {screen['p95']:.2f} ms, slowest {screen['max']:.1f} ms), reading rows a page"
            f" at a time: resident memory {details['rss_before_mb']} MB before,"
            f" {details['rss_open_mb']} MB open, {resident['max']:.0f} MB after scrolling to the"
            f" end ({details['pages_kept']} pages of rows kept; target ≤ 300 MB).",
        ]
    peaks = ", ".join(
        f"{name} {max(m['peak_rss_mb'] for m in groups[name]['measures'].values()):.0f} MB"
        for name in ("search", "search_floor", "card", "list")
        if name in groups
    )
    lines += [
        "",
        f"Peak memory of each measuring process while it measured (after opening the vault and"
        f" signing in): {peaks}. {machine}",
        "",
        "How search stays fast is in docs/decisions/0005 and `salonvault/storage/search_repo.py`:"
        " rare words drive a token index; when every word is common, recent clients are walked on"
        " a narrow index and the walk stops as soon as nobody further back could make the list."
        " SQLCipher's page cache is 64 MiB, so a typing session decrypts each index page once.",
    ]
    return "\n".join(lines)


def main() -> None:
    """These measures alone, through the one bench command."""
    from bench.__main__ import main as bench_main  # noqa: PLC0415

    bench_main(["--only", "search,search_floor,card,list", *sys.argv[1:]])


if __name__ == "__main__":
    main()
