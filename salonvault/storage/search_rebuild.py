"""Bringing a vault's name search up to this version's rules.

`clients.search_text` and `client_name_tokens` are derived from the names and tags by
domain.search_text; when those rules change (or pypinyin, whose readings they use, is
upgraded), a vault made before holds the old tokens and would not find a client the new way.
The rules a vault's index was built by are kept in the settings; opening a vault whose rules
differ rebuilds the name index in one transaction (contact tokens do not depend on the rules).
"""

from __future__ import annotations

from salonvault.domain.chinese_names import RULES
from salonvault.domain.search_text import client_search_tokens
from salonvault.storage.database import Database
from salonvault.storage.search_index import name_rows
from salonvault.storage.settings_repo import SettingsRepository

RULES_KEY = "search_index_rules"
_BATCH = 5000  # clients re-tokenised per executemany (bounds the memory of a big vault)


def search_index_is_current(database: Database) -> bool:
    return bool(SettingsRepository(database).get(RULES_KEY) == RULES)


def mark_search_index_current(database: Database) -> None:
    SettingsRepository(database).set(RULES_KEY, RULES)


def rebuild_name_index(database: Database) -> int:
    """Every client's search text and name tokens afresh; the caller holds the transaction.
    Returns the number of clients."""
    database.execute("DELETE FROM client_name_tokens")
    last_id, done = 0, 0
    while True:
        rows = database.query(
            "SELECT id, family_name, given_name, tags FROM clients WHERE id > ? ORDER BY id"
            " LIMIT ?",
            (last_id, _BATCH),
        )
        if not rows:
            break
        texts: list[tuple[str, int]] = []
        tokens: set[tuple[str, int, int]] = set()
        for client_id, family, given, tags in rows:
            words = client_search_tokens(family, given, tuple(tags.split(",")) if tags else ())
            texts.append((f" {' '.join(words)} ", client_id))
            tokens |= name_rows(client_id, words)
        database.executemany("UPDATE clients SET search_text = ? WHERE id = ?", texts)
        database.executemany(
            "INSERT OR IGNORE INTO client_name_tokens (token, client_id, kind) VALUES (?, ?, ?)",
            sorted(tokens),
        )
        last_id, done = int(rows[-1][0]), done + len(rows)
    mark_search_index_current(database)
    return done


def bring_search_index_up_to_date(database: Database) -> bool:
    """Rebuild the name index if it was built by other rules; True when it was."""
    if search_index_is_current(database):
        return False
    with database.transaction():
        if search_index_is_current(database):  # another process rebuilt it meanwhile
            return False
        rebuild_name_index(database)
    return True
