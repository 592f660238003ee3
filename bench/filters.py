"""The client list's filters (issue 18 item 12): each filter's id list at the service, as the
list asks for it before reading rows a page at a time.

The demo salon has no tags, so one client in fifty is tagged "vip" on the measuring copy
first (the column and the search text, as a correction would write them). Every filter is
timed `runs` times in a row after one call that warms the cache; the unfiltered list
(`list_ids`) is timed the same way for comparison.

    .venv/bin/python -m bench --only filters [--clients 100000]
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from bench.salon import Salon
from bench.stats import reset_peak, summary, timed_ms
from salonvault.domain.clients import ClientFilter

SECTION = "Client-list filters (issue 18)"
TAGGED_EVERY = 50
REPEATS = 5  # per run


def measure(salon: Salon, runs: int) -> dict[str, Any]:
    vault = salon.open()
    db = vault.database
    with db.transaction():
        db.execute(
            "UPDATE clients SET tags = 'vip', search_text = search_text || 'vip '"
            f" WHERE id % {TAGGED_EVERY} = 0"
        )
    owner = salon.sign_in(vault, "owner")
    service, technician = db.query_one(
        "SELECT service_id, technician_id FROM visits GROUP BY 1, 2 ORDER BY count(*) DESC"
    ) or (1, 1)
    year_ago = date.today() - timedelta(days=365)  # the demo's visits run up to today
    filters = {
        "tag": ClientFilter(tag="vip"),
        "service": ClientFilter(service_id=service),
        "technician": ClientFilter(technician_id=technician),
        "service_and_technician": ClientFilter(service_id=service, technician_id=technician),
        "not_seen_for_a_year": ClientFilter(last_visit_before=year_ago),
        "seen_this_year": ClientFilter(last_visit_from=year_ago),
        "alerts": ClientFilter(has_alerts=True),
        "needs_consent": ClientFilter(needs_consent=True),
        "tag_alerts_this_year": ClientFilter(tag="vip", has_alerts=True, last_visit_from=year_ago),
    }
    reset_peak()
    measures: dict[str, Any] = {}
    found: dict[str, int] = {}

    def timed(name: str, call: Any) -> None:
        found[name] = len(call())  # warms the cache, as a list shown twice would
        samples = [timed_ms(call) for _ in range(REPEATS * runs)]
        measures[f"filter_{name}_ms"] = summary(samples, "ms")

    timed("none", lambda: vault.clients.list_ids(owner))
    for name, client_filter in filters.items():
        timed(name, lambda f=client_filter: vault.clients.filter_ids(owner, f))
    timed(
        "tag_by_name",
        lambda: vault.clients.filter_ids(owner, ClientFilter(tag="vip"), by_name=True),
    )
    vault.close()
    return {"measures": measures, "details": {"clients_found": found}}


def section(result: dict[str, Any], salon: str, machine: str) -> str:
    found = result["details"]["clients_found"]
    lines = [
        f"On a salon of {salon}, one client in {TAGGED_EVERY} tagged. Times in milliseconds for"
        " the sorted id list (most recent visit first) at the service; the rows are then read a"
        " page at a time as for the whole list.",
        "",
        "| filter | clients | p50 | p95 | max |",
        "|---|---|---|---|---|",
    ]
    for key, m in result["measures"].items():
        name = key.removeprefix("filter_").removesuffix("_ms")
        lines.append(
            f"| {name.replace('_', ' ')} | {found[name]:,} | {m['median']:.1f} | {m['p95']:.1f}"
            f" | {m['max']:.1f} |"
        )
    return "\n".join([*lines, "", machine])
