"""The client list narrowed by a filter: ids sorted in SQL, like the whole list (decision 0022).

Every condition is one term of the WHERE clause, joined by AND. The walk runs on the narrow
`clients_walk` index (archived, last visit, id and the search text), so the terms on the last
visit and on tag words are answered from the index (sorted by name with search-text terms
only, on `clients_by_name`, already in name order); a client row is read only for a client
that passes them (SQLite seeks the row lazily). "Has alerts" walks the partial index of the
clients who have any (migration 21) instead. The visit terms are subqueries that SQLite
evaluates once into an index of client ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from salonvault.domain.clients import ClientFilter
from salonvault.domain.consent import Purpose
from salonvault.domain.search_text import search_tokens
from salonvault.storage.consent_repo import active_consent_clients_sql
from salonvault.storage.database import Database
from salonvault.storage.timestamps import to_db

# The terms the walk index choice looks for (filtered_ids), spelled once.
_NOT_ARCHIVED = "c.archived = 0"
_HAS_TAG_WORD = "instr(c.search_text, ?) > 0"
_HAS_TAG = "instr(',' || c.tags || ',', ?) > 0"
_HAS_ALERTS = "c.current_alerts > 0"  # the partial index clients_with_alerts' own condition

# A visit counts unless a later entry corrects it (the correction counts instead). The
# corrected ids are listed once (a small partial index), not looked up per visit: 2-3x faster
# for a service most clients had.
_CURRENT_VISIT = (
    "v.id NOT IN (SELECT x.corrects_visit_id FROM visits x WHERE x.corrects_visit_id IS NOT NULL)"
)


@dataclass(frozen=True, slots=True)
class FilterQuery:
    """A filter as SQL terms: `where` joined by AND, with `params` in order."""

    where: list[str]
    params: list[object]

    def add(self, term: str, *params: object) -> None:
        self.where.append(term)
        self.params.extend(params)


def filter_terms(client_filter: ClientFilter, tag: str, consent_asked: bool) -> FilterQuery:
    """`tag`: the filter's tag cleaned as tags are stored ("" for none). `consent_asked`:
    whether the salon asks for service-records consent (if not, nobody needs it)."""
    query = FilterQuery([], [])
    if not client_filter.include_archived:
        query.add(_NOT_ARCHIVED)
    if client_filter.last_visit_from is not None:
        query.add("c.last_visit_on >= ?", client_filter.last_visit_from.isoformat())
    if client_filter.last_visit_before is not None:
        query.add(
            "(c.last_visit_on IS NULL OR c.last_visit_on < ?)",
            client_filter.last_visit_before.isoformat(),
        )
    if tag:
        # The tag's words are in the search text (in the index): only clients that have them
        # are read for the exact tag.
        for word in search_tokens(tag):
            query.add(_HAS_TAG_WORD, f" {word} ")
        query.add(_HAS_TAG, f",{tag},")
    if client_filter.registered_from is not None:
        query.add("c.created_at >= ?", to_db(client_filter.registered_from))
    _visit_terms(query, client_filter)
    if client_filter.patch_test_runs_out is not None:
        first, last = client_filter.patch_test_runs_out
        # The dashboard's count of patch tests running out, as a list (the same query).
        query.add(
            "c.id IN (SELECT p.client_id FROM patch_tests p WHERE p.result = 'pass'"
            " GROUP BY p.client_id HAVING max(p.valid_until) BETWEEN ? AND ?)",
            first.isoformat(),
            last.isoformat(),
        )
    if client_filter.has_alerts:
        query.add(_HAS_ALERTS)
    if client_filter.needs_consent:
        if not consent_asked:
            query.add("0")
        else:
            active, params = active_consent_clients_sql(Purpose.SERVICE_RECORDS)
            query.add(f"c.id NOT IN ({active})", *params)
    return query


def _visit_terms(query: FilterQuery, client_filter: ClientFilter) -> None:
    service, technician = client_filter.service_id, client_filter.technician_id
    if service is None and technician is None:
        return
    conditions: list[str] = []
    params: list[object] = []
    if service is not None:
        conditions.append("v.service_id = ?")
        params.append(service)
    if technician is not None:
        conditions.append("v.technician_id = ?")
        params.append(technician)
    query.add(
        f"c.id IN (SELECT v.client_id FROM visits v WHERE {' AND '.join(conditions)}"
        f" AND {_CURRENT_VISIT})",
        *params,
    )


def filtered_ids(database: Database, query: FilterQuery, by_name: bool) -> list[int]:
    """The ids passing every term: by name (accents folded), or most recent visit first."""
    order = "c.search_text, c.id" if by_name else "c.last_visit_on DESC, c.id DESC"
    # Archived clients are in both halves of the walking indexes: the planner picks its own
    # way then. Those with alerts are all in theirs (without it, the planner read every row).
    indexed = ""
    if _NOT_ARCHIVED in query.where or _HAS_ALERTS in query.where:
        indexed = " INDEXED BY " + _walk_index(query, by_name)
    where = " AND ".join(query.where) or "1"
    rows = database.query(
        f"SELECT c.id FROM clients c{indexed} WHERE {where} ORDER BY {order}", query.params
    )
    return [int(row[0]) for row in rows]


# Terms answered from the search text (in both walking indexes) or, for the few clients that
# pass those, from the row: a filter made of these alone can walk the names' index.
_TEXT_TERMS = frozenset({_NOT_ARCHIVED, _HAS_TAG_WORD, _HAS_TAG})


def _walk_index(query: FilterQuery, by_name: bool) -> str:
    """`clients_by_name` for a name order whose terms are all on the search text: it is
    narrower than `clients_walk` and already in name order, so nothing is sorted (a tag by
    name at 100,000 clients: 12.7 ms against 26.2). Any other term (a visit date) is in
    `clients_walk` only. With "has alerts", `clients_with_alerts`: it holds only the clients
    who have alerts (migration 21), in the list's order."""
    if _HAS_ALERTS in query.where:
        return "clients_with_alerts"
    if by_name and all(term in _TEXT_TERMS for term in query.where):
        return "clients_by_name"
    return "clients_walk"
