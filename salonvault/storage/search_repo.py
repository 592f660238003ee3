"""Client search plans over the token index (search_index.py) and the narrow search indexes.

Every plan gives the same answer: clients matching every typed word, ranked by the sum of the
words' ranks (0 whole word, 1 start of a word, 2 inside a word or a contact field), then the most
recent visit, then the newest client. Which plan runs depends on how common the words are:

- some word is rare: its matches are the candidates; the other words are checked in each
  candidate's row of the `clients_rank` index;
- every word is common ("t", "nguyen thi"): walking `clients_walk` from the most recent visit
  back finds the list, stopping once nobody further back could make it, if enough clients reach
  the best possible rank (every word whole, say). A short first walk tells whether they do; if
  they are rarer but still enough to fill the list, those few are ranked directly; otherwise,
  or when a walk runs past its budget, the first plan runs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from salonvault.storage.database import Database, Row
from salonvault.storage.search_index import MIN_INSIDE, TypedWord

# A word with this many index rows or more is common (counting stops at the cap).
COMMON = 4000
_COUNT_CAP = 10_000
# Recent clients walked first, to see how many reach the best rank (see _common_words).
_SAMPLE = 500


# Matches kept from one keystroke to the next (client ids only, in memory), up to this many:
# ranking more again costs more than planning afresh.
_REMEMBERED = 6000


@dataclass(frozen=True, slots=True)
class _Query:
    words: tuple[str, ...]
    contact_fields: bool
    include_archived: bool

    def narrowed_to(self, later: _Query) -> bool | None:
        """Whether every client `later` matches is one this query matched: the same words with
        the last one typed on, or one more word. True: yes. False: yes, except for the last
        word's matches inside a word or in a contact field (a word of 3 letters may match
        inside a word, of 2 not; "…678" ends with 678, "…6789" does not). None: no."""
        if (later.contact_fields, later.include_archived) != (
            self.contact_fields,
            self.include_archived,
        ):
            return None
        if later.words[: len(self.words)] == self.words and len(later.words) > len(self.words):
            return True
        if len(later.words) != len(self.words) or later.words[:-1] != self.words[:-1]:
            return None
        last, later_last = self.words[-1], later.words[-1]
        if not later_last.startswith(last):
            return None
        crosses = len(last) < MIN_INSIDE <= len(later_last)
        return not (crosses or (self.contact_fields and later_last.isdigit()))


@dataclass(frozen=True, slots=True)
class _Matches:
    query: _Query
    marker: tuple[int, int]  # the vault's change marker when they were found
    ids: list[int]


@dataclass(frozen=True, slots=True)
class Walk:
    ids: list[int] | None  # None: the walk stopped before the answer was certain
    at_best: int  # clients seen at the rank looked for
    at_next: int  # and at the one after


def _walk_length(wanted: int, seen_in_sample: int) -> float:
    """Clients to walk for `wanted` at a rank seen so often in the sample (an estimate)."""
    return wanted * _SAMPLE / max(seen_in_sample, 0.5)


class ClientSearch:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._previous: _Matches | None = None

    def ranked_ids(
        self, words: list[TypedWord], contact_fields: bool, include_archived: bool, limit: int
    ) -> list[int]:
        key = _Query(tuple(word.text for word in words), contact_fields, include_archived)
        marker = self._db.change_marker()
        previous, self._previous = self._previous, None
        narrowed = None
        if previous and previous.marker == marker:
            narrowed = previous.query.narrowed_to(key)
        candidates = previous.ids if previous and narrowed is not None else None
        if candidates is not None and narrowed is False:
            extra = self._ids(*words[-1].beyond_word_starts_sql(COMMON))
            candidates = None if len(extra) >= COMMON else sorted({*candidates, *extra})
        if candidates is not None:
            # Typing on: every match is among the last keystroke's matches (and `extra`).
            every = self._rank_ids(words, candidates, include_archived)
        else:
            counts = [self._count(*word.count_sql(_COUNT_CAP)) for word in words]
            if min(counts) >= COMMON and not include_archived:
                ids = self._common_words(words, limit, min(counts))
                if ids is not None:
                    return ids
            by_rarity = [w for _, w in sorted(zip(counts, words, strict=True), key=_count_of)]
            every = self.rank_candidates(by_rarity, include_archived, limit=-1)
        if len(every) <= _REMEMBERED:
            self._previous = _Matches(key, marker, every)
        return every[:limit]

    def rank_candidates(
        self, words: list[TypedWord], include_archived: bool, limit: int
    ) -> list[int]:
        """The first word's matches, each checked for the other words in its index row."""
        driver_sql, driver_params = words[0].matches_sql()
        return self._rank_rows(words[1:], driver_sql, driver_params, include_archived, limit)

    def _common_words(
        self, words: list[TypedWord], limit: int, candidates: int
    ) -> list[int] | None:
        """Every word is common, so ranking all `candidates` (the rarest word's index rows) is
        slow. A short walk over the most recent clients tells how many reach the best possible
        rank, and the next one; from that, pick the cheapest plan. None: rank all candidates."""
        bests = [self._count(*word.best_possible_sql()) for word in words]
        best = sum(bests)
        sample = self.walk_recent(words, limit, _SAMPLE, best)
        if sample.ids is not None:
            return sample.ids  # the most recent clients were enough
        budget = candidates * 3 // 2  # a walk costs about what ranking a candidate does
        if _walk_length(limit, sample.at_best) <= budget:
            walk = self.walk_recent(words, limit, budget, best)
            if walk.ids is not None:
                return walk.ids
        if max(bests) > 1:
            return None
        return self._few_at_best(words, bests, limit, candidates, sample)

    def _few_at_best(
        self, words: list[TypedWord], bests: list[int], limit: int, candidates: int, sample: Walk
    ) -> list[int] | None:
        """Few reach the best rank (every word whole, say): rank just those, from the word with
        the fewest index rows at its best rank; then walk for the rank after, if it is common."""
        tiers = [
            (self._count(*word.tier_count_sql(tier, candidates)), index)
            for index, (word, tier) in enumerate(zip(words, bests, strict=True))
        ]
        fewest, driver = min(tiers)
        if fewest >= candidates // 2:
            return None
        known = self._at_best_rank(words, bests, driver, limit)
        if len(known) >= limit:
            return known
        if _walk_length(limit - len(known), sample.at_next) > candidates * 3 // 2:
            return None
        return self.walk_recent(words, limit, candidates * 3 // 2, sum(bests) + 1, tuple(known)).ids

    def _at_best_rank(
        self, words: list[TypedWord], bests: list[int], driver: int, limit: int
    ) -> list[int]:
        """The clients at the best possible rank, most recent first, driven by the word with
        the fewest index rows at its own best rank."""
        others = words[:driver] + words[driver + 1 :]
        return self._rank_rows(
            others,
            *words[driver].tier_sql(bests[driver]),
            include_archived=False,
            limit=limit,
            exact_rank=sum(bests) - bests[driver],
        )

    def walk_recent(
        self,
        words: list[TypedWord],
        limit: int,
        budget: int,
        target: int,
        known: tuple[int, ...] = (),
    ) -> Walk:
        """Clients from the most recent visit back, `budget` of them at most, until enough have
        rank `target` to fill the list after `known` (every client ranked better than
        `target`, most recent first): nobody further back can beat them. The walk's ids are
        None when the budget ran out first."""
        rank_sql, params = _rank_sum(words)
        wanted = limit - len(known)
        skip = set(known)
        found: list[tuple[int, int, int]] = []  # (rank, position, id)
        at_target = at_next = 0

        def take(row: Row) -> bool:
            nonlocal at_target, at_next
            client_id, rank = int(row[0]), int(row[1])
            at_target += rank == target
            at_next += rank == target + 1
            if client_id not in skip:
                found.append((rank, len(found), client_id))
            return at_target < wanted

        every_match_taken = self._db.scan(
            f"SELECT id, rank FROM (SELECT c.id AS id, {rank_sql} AS rank"
            " FROM clients c INDEXED BY clients_walk WHERE c.archived = 0"
            " ORDER BY c.last_visit_on DESC, c.id DESC LIMIT ?) WHERE rank IS NOT NULL",
            (*params, budget),
            take,
        )
        if every_match_taken and self._more_active_than(budget):
            return Walk(None, at_target, at_next)
        ids = [*known, *(client_id for _, _, client_id in sorted(found)[:wanted])]
        return Walk(ids, at_target, at_next)

    def _rank_rows(
        self,
        others: list[TypedWord],
        driver_sql: str,
        driver_params: list[object],
        include_archived: bool,
        limit: int,
        exact_rank: int | None = None,
    ) -> list[int]:
        rank_sql, params = _rank_sum(others)
        rank = f"d.r + {rank_sql}" if others else "d.r"
        archived = "" if include_archived else " AND c.archived = 0"
        wanted = "rank IS NOT NULL" if exact_rank is None else f"rank = {int(exact_rank)} + 0"
        rows = self._db.query(
            f"WITH m AS MATERIALIZED (SELECT c.id AS id, {rank} AS rank, c.last_visit_on AS visit"
            f" FROM ({driver_sql}) d"
            # INDEXED BY: the planner prefers rowid lookups, which read whole (wide) rows.
            f" JOIN clients c INDEXED BY clients_rank ON c.id = d.client_id{archived})"
            f" SELECT id FROM m WHERE {wanted} ORDER BY rank, visit DESC, id DESC LIMIT ?",
            (*params, *driver_params, limit),
        )
        return [int(r[0]) for r in rows]

    def _rank_ids(
        self, words: list[TypedWord], ids: list[int], include_archived: bool
    ) -> list[int]:
        rank_sql, params = _rank_sum(words)
        archived = "" if include_archived else " AND c.archived = 0"
        rows = self._db.query(
            f"WITH m AS MATERIALIZED (SELECT c.id AS id, {rank_sql} AS rank,"
            " c.last_visit_on AS visit FROM clients c INDEXED BY clients_rank"
            f" WHERE c.id IN (SELECT value FROM json_each(?)){archived})"
            " SELECT id FROM m WHERE rank IS NOT NULL ORDER BY rank, visit DESC, id DESC",
            (*params, json.dumps(ids)),
        )
        return [int(r[0]) for r in rows]

    def _more_active_than(self, count: int) -> bool:
        inner = "SELECT 1 FROM clients WHERE archived = 0 LIMIT ?"
        return self._count(f"SELECT count(*) FROM ({inner})", [count + 1]) > count

    def _ids(self, sql: str, params: list[object]) -> list[int]:
        return [int(row[0]) for row in self._db.query(sql, params)]

    def _count(self, sql: str, params: list[object]) -> int:
        return int(self._db.scalar(sql, params))


def _rank_sum(words: list[TypedWord]) -> tuple[str, list[object]]:
    parts: list[str] = []
    params: list[object] = []
    for word in words:
        sql, word_params = word.row_rank_sql()
        parts.append(sql)
        params += word_params
    return " + ".join(parts), params


def _count_of(pair: tuple[int, TypedWord]) -> int:
    return pair[0]
