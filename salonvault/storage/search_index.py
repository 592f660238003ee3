"""The client search index: token rows that make every typed word a B-tree range scan.

Name tokens come from domain.search_text (folded words, pinyin, CJK characters). Each word is
stored as itself (kind 0, matched by prefix) and, from 3 characters on, by each of its suffixes
of 3+ characters (kind 1, so "guye" finds "nguyen"); Chinese words also by every substring.
Contact tokens are every phone number's digit forms (plus each national number reversed, so
typing the last digits works) and the e-mail address and its domain.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from salonvault.storage.database import Database

WORD_START, INSIDE = 0, 1
_SEARCHED = ("search_text", "phone_search", "email")  # the clients columns a word may match
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


def contact_rows(client_id: int, phone_searches: Iterable[str], email: str) -> set[tuple[str, int]]:
    """`phone_searches`: one entry per number, its digit forms space-separated."""
    rows: set[tuple[str, int]] = set()
    for phone_search in phone_searches:
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


# What one client is found by: (id, name tokens, each number's digit forms, e-mail).
IndexEntry = tuple[int, list[str], list[str], str]


def replace_tokens(database: Database, entry: IndexEntry) -> None:
    client_id = entry[0]
    database.execute("DELETE FROM client_name_tokens WHERE client_id = ?", (client_id,))
    database.execute("DELETE FROM client_contact_tokens WHERE client_id = ?", (client_id,))
    add_tokens(database, [entry])


def add_tokens(database: Database, clients: list[IndexEntry]) -> None:
    names: set[tuple[str, int, int]] = set()
    contacts: set[tuple[str, int]] = set()
    for client_id, tokens, phone_searches, email in clients:
        names |= name_rows(client_id, tokens)
        contacts |= contact_rows(client_id, phone_searches, email)
    database.executemany(
        "INSERT OR IGNORE INTO client_name_tokens (token, client_id, kind) VALUES (?, ?, ?)",
        sorted(names),
    )
    database.executemany(
        "INSERT OR IGNORE INTO client_contact_tokens (token, client_id) VALUES (?, ?)",
        sorted(contacts),
    )


@dataclass(frozen=True, slots=True)
class TypedWord:
    """One typed word and the index ranges that match it."""

    text: str
    word_start_only: bool  # 1-2 letters match the start of a word, not its inside
    contact_ranges: tuple[tuple[str, str], ...]  # phone and e-mail forms, for roles that may

    @classmethod
    def of(cls, text: str, contact_fields: bool) -> TypedWord:
        ranges: list[tuple[str, str]] = []
        if contact_fields and len(text) >= MIN_INSIDE:
            ranges.append((text, text + _HIGH))
            if text.isdigit():  # the last digits of a number
                ranges.append(("r" + text[::-1], "r" + text[::-1] + _HIGH))
        return cls(text, len(text) < MIN_INSIDE and text.isascii(), tuple(ranges))

    @property
    def _kind_filter(self) -> str:
        return " AND kind = 0" if self.word_start_only else ""

    def matches_sql(self) -> tuple[str, list[object]]:
        """(client_id, r) for every client this word matches; r is 0 exact, 1 word start,
        2 inside a word or a contact field."""
        parts = [
            "SELECT client_id, min(CASE WHEN kind = 1 THEN 2 WHEN token = ? THEN 0 ELSE 1 END) AS r"
            " FROM client_name_tokens WHERE token >= ? AND token < ?"
            + self._kind_filter
            + " GROUP BY client_id"
        ]
        params: list[object] = [self.text, self.text, self.text + _HIGH]
        for low, high in self.contact_ranges:
            parts.append(
                "SELECT client_id, 2 FROM client_contact_tokens WHERE token >= ? AND token < ?"
            )
            params += [low, high]
        if len(parts) == 1:
            return parts[0], params
        return (
            "SELECT client_id, min(r) AS r FROM (" + " UNION ALL ".join(parts) + ")"
            " GROUP BY client_id",
            params,
        )

    def row_rank_sql(self) -> tuple[str, list[object]]:
        """This word's r for a client, from the search columns of the client's own row (NULL when
        it does not match). The same answer as the token rows give, without another seek; most
        rows fail the first test, so it is the cheapest one."""
        text = self.text
        if self.word_start_only:
            name = (
                "instr(c.search_text, ' ' || ?) > 0 THEN (CASE WHEN instr(c.search_text,"
                " ' ' || ? || ' ') > 0 THEN 0 ELSE 1 END)"
            )
        else:
            name = (
                "instr(c.search_text, ?) > 0 THEN (CASE WHEN instr(c.search_text, ' ' || ? || ' ')"
                " > 0 THEN 0 WHEN instr(c.search_text, ' ' || ?) > 0 THEN 1 ELSE 2 END)"
            )
        params: list[object] = [text] * name.count("?")
        sql = f"(CASE WHEN {name}"
        if self.contact_ranges:
            # A phone form starts or ends with it (one number's forms all end alike); every
            # number's forms are in phone_search.
            if text.isdigit():
                sql += (
                    " WHEN instr(' ' || c.phone_search, ' ' || ?) > 0"
                    " OR instr(c.phone_search || ' ', ? || ' ') > 0 THEN 2"
                )
                params += [text, text]
            # LIKE ignores ASCII case without copying the address, as lower() would.
            sql += " WHEN c.email LIKE ? ESCAPE '\\' OR c.email LIKE ? ESCAPE '\\' THEN 2"
            params += [_like_escaped(text) + "%", "%@" + _like_escaped(text) + "%"]
        return sql + " END)", params

    def within_sql(self, cap: int) -> tuple[str, list[object]] | None:
        """A cheap test that this word's r for a client's row (`row_rank_sql`) is at most `cap`:
        0 a whole name word, 1 the start of one. For any match (cap 2), digits are looked for
        in the row's three searched columns (digits have no case, so `instr` finds all that the
        e-mail's LIKE does); other words have no cheaper test (None)."""
        if cap >= 2:
            if not self.text.isdigit():
                return None
            found = "instr(c.{0}, ?) > 0"
            tests = " OR ".join(found.format(column) for column in _SEARCHED)
            return f"({tests})", [self.text] * len(_SEARCHED)
        if cap < 0:
            return "0", []
        if cap == 1:
            return "instr(c.search_text, ' ' || ?) > 0", [self.text]
        return "instr(c.search_text, ' ' || ? || ' ') > 0", [self.text]

    def count_sql(self, cap: int) -> tuple[str, list[object]]:
        """Index rows in this word's ranges, counted up to `cap` (a cheap selectivity guess)."""
        selects = [
            "SELECT 1 FROM client_name_tokens WHERE token >= ? AND token < ?" + self._kind_filter
        ]
        params: list[object] = [self.text, self.text + _HIGH]
        for low, high in self.contact_ranges:
            selects.append("SELECT 1 FROM client_contact_tokens WHERE token >= ? AND token < ?")
            params += [low, high]
        inner = " UNION ALL ".join(f"SELECT * FROM ({s} LIMIT {cap})" for s in selects)
        return f"SELECT count(*) FROM ({inner})", params

    def tier_sql(self, tier: int) -> tuple[str, list[object]]:
        """(client_id, r) for the clients this word matches at rank `tier` by a name word:
        0 the whole word, 1 the start of a word (used when no client has a better one)."""
        sql, params = self._tier_where(tier)
        return f"SELECT DISTINCT client_id, {int(tier)} AS r FROM client_name_tokens {sql}", params

    def tier_count_sql(self, tier: int, cap: int) -> tuple[str, list[object]]:
        sql, params = self._tier_where(tier)
        return f"SELECT count(*) FROM (SELECT 1 FROM client_name_tokens {sql} LIMIT {cap})", params

    def _tier_where(self, tier: int) -> tuple[str, list[object]]:
        if tier == 0:
            return "WHERE token = ? AND kind = 0", [self.text]
        return "WHERE token > ? AND token < ? AND kind = 0", [self.text, self.text + _HIGH]

    def beyond_word_starts_sql(self, cap: int) -> tuple[str, list[object]]:
        """Clients this word matches inside a name word or in a contact field (up to `cap`)."""
        parts = [
            "SELECT client_id FROM client_name_tokens WHERE token >= ? AND token < ? AND kind = 1"
        ]
        params: list[object] = [self.text, self.text + _HIGH]
        for low, high in self.contact_ranges:
            parts.append(
                "SELECT client_id FROM client_contact_tokens WHERE token >= ? AND token < ?"
            )
            params += [low, high]
        return f"SELECT DISTINCT client_id FROM ({' UNION ALL '.join(parts)}) LIMIT {cap}", params

    def best_possible_sql(self) -> tuple[str, list[object]]:
        """The lowest r any client can have for this word: 0 if someone has it as a whole
        word, else 1 if some word starts with it, else 2."""
        return (
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM client_name_tokens"
            " WHERE token = ? AND kind = 0) THEN 0 WHEN EXISTS (SELECT 1 FROM client_name_tokens"
            " WHERE token > ? AND token < ? AND kind = 0) THEN 1 ELSE 2 END",
            [self.text, self.text, self.text + _HIGH],
        )


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def digits_word(digits: str) -> TypedWord:
    """A phone number typed with spaces or dashes: one contact-only word."""
    return TypedWord(digits, False, ((digits, digits + _HIGH),))
