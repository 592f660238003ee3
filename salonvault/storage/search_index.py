"""The client search index: token rows that make every typed word a B-tree range scan.

Name tokens come from domain.search_text (folded words, pinyin, CJK characters). Each word is
stored as itself (kind 0, matched by prefix) and, from 3 characters on, by each of its suffixes
of 3+ characters (kind 1, so "guye" finds "nguyen"); Chinese words also by every substring.
Contact tokens are the phone's digit forms (plus the national number reversed, so typing the
last digits works) and the e-mail address and its domain.
"""

from __future__ import annotations

from collections.abc import Iterable

from salonvault.storage.database import Database

WORD_START, INSIDE = 0, 1
MIN_INSIDE = 3
_HIGH = "\U0010ffff"


def name_rows(client_id: int, tokens: Iterable[str]) -> set[tuple[str, int, int]]:
    rows: set[tuple[str, int, int]] = set()
    for token in tokens:
        rows.add((token, client_id, WORD_START))
        if not token.isascii():  # Chinese: every substring (names are short)
            for start in range(1, len(token)):
                for end in range(start + 1, len(token) + 1):
                    rows.add((token[start:end], client_id, INSIDE))
            continue
        for start in range(1, len(token) - MIN_INSIDE + 1):
            rows.add((token[start:], client_id, INSIDE))
    return rows


def contact_rows(client_id: int, phone_search: str, email: str) -> set[tuple[str, int]]:
    rows: set[tuple[str, int]] = set()
    forms = phone_search.split()
    for form in forms:
        rows.add((form, client_id))
    if forms:
        national = min(forms, key=len)  # the national number, typed backwards from its end
        rows.add(("r" + national[::-1], client_id))
    if email:
        lowered = email.lower()
        rows.add((lowered, client_id))
        rows.add((lowered.rpartition("@")[2], client_id))
    return rows


def replace_tokens(
    database: Database,
    client_id: int,
    tokens: list[str],
    phone_search: str,
    email: str,
) -> None:
    database.execute("DELETE FROM client_name_tokens WHERE client_id = ?", (client_id,))
    database.execute("DELETE FROM client_contact_tokens WHERE client_id = ?", (client_id,))
    add_tokens(database, [(client_id, tokens, phone_search, email)])


def add_tokens(database: Database, clients: list[tuple[int, list[str], str, str]]) -> None:
    names: set[tuple[str, int, int]] = set()
    contacts: set[tuple[str, int]] = set()
    for client_id, tokens, phone_search, email in clients:
        names |= name_rows(client_id, tokens)
        contacts |= contact_rows(client_id, phone_search, email)
    database.executemany(
        "INSERT OR IGNORE INTO client_name_tokens (token, client_id, kind) VALUES (?, ?, ?)",
        sorted(names),
    )
    database.executemany(
        "INSERT OR IGNORE INTO client_contact_tokens (token, client_id) VALUES (?, ?)",
        sorted(contacts),
    )


def match_sql(tokens: list[str], digits: str, contact_fields: bool) -> tuple[str, list[object]]:
    """A query returning (client_id, rank) for clients matching every token; lower rank first:
    0 exact word, 1 word start, 2 inside a word or a contact field."""
    parts: list[str] = []
    params: list[object] = []
    for token in tokens:
        alternatives = [
            "SELECT client_id, CASE WHEN kind = 1 THEN 2 WHEN token = ? THEN 0 ELSE 1 END AS r"
            " FROM client_name_tokens WHERE token >= ? AND token < ?"
            + ("" if len(token) >= MIN_INSIDE or not token.isascii() else " AND kind = 0")
        ]
        params += [token, token, token + _HIGH]
        if contact_fields and len(token) >= MIN_INSIDE:
            alternatives.append(
                "SELECT client_id, 2 FROM client_contact_tokens WHERE token >= ? AND token < ?"
            )
            params += [token, token + _HIGH]
            if token.isdigit():  # the last digits of a number
                alternatives.append(
                    "SELECT client_id, 2 FROM client_contact_tokens WHERE token >= ? AND token < ?"
                )
                params += ["r" + token[::-1], "r" + token[::-1] + _HIGH]
        parts.append(
            "SELECT client_id, min(r) AS r FROM (" + " UNION ALL ".join(alternatives) + ")"
            " GROUP BY client_id"
        )
    if not tokens and digits and contact_fields:
        parts.append(
            "SELECT client_id, 2 AS r FROM client_contact_tokens WHERE token >= ? AND token < ?"
        )
        params += [digits, digits + _HIGH]
    if not parts:
        return "", []
    sql = f"SELECT t0.client_id, t0.r AS rank FROM ({parts[0]}) t0"
    for index, part in enumerate(parts[1:], start=1):
        sql = (
            f"SELECT t0.client_id, t0.rank + t{index}.r AS rank FROM ({sql}) t0"
            f" JOIN ({part}) t{index} ON t{index}.client_id = t0.client_id"
        )
    return sql, params
