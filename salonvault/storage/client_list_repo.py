"""The whole client list a screen at a time, by key (issue 24): never every id at once.

The list is sorted most recent visit first (`last_visit_on DESC, id DESC`, clients never seen
last) or by name (`search_text, id`: search_text starts with the folded name). A screen is the
clients after a known one, read on the narrow `clients_walk` / `clients_by_name` indexes with a
row-value range and a LIMIT, so its cost does not grow with the salon; the count for the scroll
bar is kept by triggers (migration 20). With archived clients shown, each half of the index (not
archived, archived) is read the same way and the two are merged, so no screen sorts the table.

A client is named by id; its sort key is looked up here, so callers never hold names or dates.
"""

from __future__ import annotations

import heapq
import itertools
from typing import Any

from salonvault.storage.database import Database

# (order key, id) of one client, comparable in list order for either sort.
_Entry = tuple[tuple[Any, ...], int]


def recount_clients(database: Database) -> None:
    """Set the running counts from the clients themselves: the list's (migration 20) and each
    client's current health items (migration 21). The triggers keep them from then on; a
    restore calls this, so a backup whose counts were altered cannot hide clients from the list
    or their alerts from the filter (an older vault has no counts yet: its migration makes
    them)."""
    exists = database.scalar(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'client_counts'"
    )
    if exists:
        database.execute(
            "UPDATE client_counts SET clients ="
            " (SELECT count(*) FROM clients c WHERE (c.archived IS 1) = client_counts.archived)"
        )
    columns = {
        str(row[0]) for row in database.query("SELECT name FROM pragma_table_info('clients')")
    }
    if "current_alerts" in columns:  # migration 21: each client's current health items
        # From the indexes, never a scan of every client (a few seconds at 300,000): those
        # counted but holding none, then those holding some and counted otherwise.
        holders = "SELECT client_id FROM health_items WHERE removed_at IS NULL"
        current = (
            "(SELECT count(*) FROM health_items h"
            " WHERE h.client_id = clients.id AND h.removed_at IS NULL)"
        )
        database.execute(
            "UPDATE clients SET current_alerts = 0"
            f" WHERE current_alerts > 0 AND id NOT IN ({holders})"
        )
        database.execute(
            f"UPDATE clients SET current_alerts = {current}"
            f" WHERE id IN ({holders}) AND current_alerts IS NOT {current}"
        )


class ClientListRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def count(self, include_archived: bool) -> int:
        """Every client less the archived ones, from the counts the triggers of `clients` keep
        (migration 20): one row read, whatever the salon's size (a count(*) read 1,200 index
        pages at 300,000 clients, 60 ms when SQLite had not cached them)."""
        archived = "" if include_archived else " WHERE archived = 0"
        total = self._db.scalar(f"SELECT coalesce(sum(clients), 0) FROM client_counts{archived}")
        return int(total)

    def ids_after(
        self, by_name: bool, include_archived: bool, after_id: int | None, limit: int
    ) -> list[int]:
        """Up to `limit` clients following `after_id` in list order (None: from the top). A
        client that is not listed (gone, or archived with archived hidden) gives []."""
        if limit <= 0:
            return []
        halves = (0, 1) if include_archived else (0,)
        after = None
        if after_id is not None:
            after = self._key(after_id, by_name)
            if after is None or (after[2] and not include_archived):
                return []
        read = self._by_name if by_name else self._by_visit
        streams = [read(half, after, limit) for half in halves]
        merged = heapq.merge(*streams) if len(streams) > 1 else streams[0]
        return [client_id for _key, client_id in itertools.islice(merged, limit)]

    def position(self, client_id: int, by_name: bool, include_archived: bool) -> int | None:
        """How many listed clients come before this one (its row); None when not listed."""
        key = self._key(client_id, by_name)
        if key is None or (key[2] and not include_archived):
            return None
        halves = (0, 1) if include_archived else (0,)
        count = self._before_by_name if by_name else self._before_by_visit
        return sum(count(half, key) for half in halves)

    # -- keys --------------------------------------------------------------------------------

    def _key(self, client_id: int, by_name: bool) -> tuple[Any, int, int] | None:
        """(sort value, id, archived) of a client, or None."""
        column = "search_text" if by_name else "last_visit_on"
        row = self._db.query_one(
            f"SELECT {column}, id, archived FROM clients WHERE id = ?", (client_id,)
        )
        return (row[0], int(row[1]), int(row[2])) if row else None

    # -- most recent visit first ------------------------------------------------------------

    def _by_visit(self, half: int, after: tuple[Any, int, int] | None, limit: int) -> list[_Entry]:
        """Newest first, then the clients never seen (NULL sorts last going down), by id down.
        Entries compare in list order: a smaller entry comes first."""
        rows: list[tuple[Any, int]] = []
        walk = "SELECT last_visit_on, id FROM clients INDEXED BY clients_walk WHERE archived = ?"
        if after is None or after[0] is not None:
            seen = " AND last_visit_on IS NOT NULL"
            params: tuple[Any, ...] = (half,)
            if after is None:
                sql = walk + seen
            else:
                sql = walk + seen + " AND (last_visit_on, id) < (?, ?)"
                params = (half, after[0], after[1])
            order = " ORDER BY last_visit_on DESC, id DESC LIMIT ?"
            rows += self._db.query(sql + order, (*params, limit))
        if len(rows) < limit:
            never = walk + " AND last_visit_on IS NULL"
            params_never: tuple[Any, ...] = (half,)
            if after is not None and after[0] is None:
                never += " AND id < ?"
                params_never = (half, after[1])
            rows += self._db.query(
                never + " ORDER BY id DESC LIMIT ?", (*params_never, limit - len(rows))
            )
        return [(_visit_order(day, int(client_id)), int(client_id)) for day, client_id in rows]

    def _before_by_visit(self, half: int, key: tuple[Any, int, int]) -> int:
        day, client_id = key[0], key[1]
        walk = "SELECT count(*) FROM clients INDEXED BY clients_walk WHERE archived = ?"
        if day is None:  # every client seen comes first, then the never-seen with greater ids
            seen = int(self._db.scalar(walk + " AND last_visit_on IS NOT NULL", (half,)))
            return seen + int(
                self._db.scalar(walk + " AND last_visit_on IS NULL AND id > ?", (half, client_id))
            )
        return int(
            self._db.scalar(walk + " AND (last_visit_on, id) > (?, ?)", (half, day, client_id))
        )

    # -- by name ------------------------------------------------------------------------------

    def _by_name(self, half: int, after: tuple[Any, int, int] | None, limit: int) -> list[_Entry]:
        walk = "SELECT search_text, id FROM clients INDEXED BY clients_by_name WHERE archived = ?"
        params: tuple[Any, ...] = (half,)
        if after is None:
            sql = walk
        else:
            sql, params = walk + " AND (search_text, id) > (?, ?)", (half, after[0], after[1])
        rows = self._db.query(sql + " ORDER BY search_text, id LIMIT ?", (*params, limit))
        return [((text,), int(client_id)) for text, client_id in rows]

    def _before_by_name(self, half: int, key: tuple[Any, int, int]) -> int:
        return int(
            self._db.scalar(
                "SELECT count(*) FROM clients INDEXED BY clients_by_name"
                " WHERE archived = ? AND (search_text, id) < (?, ?)",
                (half, key[0], key[1]),
            )
        )


def _visit_order(day: str | None, client_id: int) -> tuple[Any, ...]:
    """Sorts ascending the way the list runs down: newest day first, never seen last, and within
    a day (or among the never seen) the greater id first."""
    if day is None:
        return (1, "", -client_id)
    return (0, _descending(day), -client_id)


def _descending(day: str) -> str:
    """An ISO day whose ascending order is the days' descending order (digits complemented)."""
    return day.translate(_COMPLEMENT)


_COMPLEMENT = str.maketrans("0123456789", "9876543210")
