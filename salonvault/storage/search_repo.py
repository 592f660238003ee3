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
  or when a walk runs past its budget, the first plan runs, driven by the word with the fewest
  index rows (counted on past the usual cap when every word reaches it).

A walk that only looks for clients up to some rank skips, with one `instr` per word, every row
that cannot reach it, so a row costs a fraction of a ranked candidate (decision 0043).

Typing on reuses the last keystroke's matches when they must hold the new answer; when a word
grows past two letters, its new matches (inside a word, in a contact field) rank 2 for it at
least, so if enough of the last matches rank below that, the new ones are never read: those
matches are then kept as complete only below that rank (`_Matches.complete_below`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass

from salonvault.storage.client_list_repo import ClientListRepository
from salonvault.storage.database import Database, Row
from salonvault.storage.search_index import MIN_INSIDE, TypedWord

# A word with this many index rows or more is common (counting stops at the cap).
COMMON = 4000
_COUNT_CAP = 10_000
# Recent clients walked first, to see how many reach the best rank (see _common_words).
_SAMPLE = 500
# Clients a walk may read for each candidate a ranking would read instead. At 300,000 clients a
# walked row costs 0.2-0.5 µs (0.2 when rows are skipped by `within_sql`), a ranked candidate
# 1.7-2.4 µs (its token rows grouped, its `clients_rank` row sought, the matches sorted).
_WALK_PER_CANDIDATE = 6
# Counting a word's rows goes on to this many when every word reaches _COUNT_CAP.
_RECOUNT_CAP = 320_000


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


_Ranked = tuple[int, int, str | None]  # a match: id, rank, last visit (ISO day)


@dataclass(frozen=True, slots=True)
class _Matches:
    query: _Query
    marker: tuple[int, int]  # the vault's change marker when they were found
    ids: list[int]  # in rank order
    # None: every match. A number: every match ranked below it (others may be missing).
    complete_below: int | None = None

    def complete_below_for(self, later: _Query) -> int | None:
        """What these matches hold complete for `later`, which narrows this query. A grown last
        word can rank one better than before (a whole word now, only its start before)."""
        if self.complete_below is None:
            return None
        grew = len(later.words) == len(self.query.words) and later.words != self.query.words
        return self.complete_below - 1 if grew else self.complete_below


@dataclass(frozen=True, slots=True)
class Walk:
    ids: list[int] | None  # None: the walk stopped before the answer was certain
    at_best: int  # clients seen at the rank looked for
    at_next: int  # and at the one after


def _walk_length(wanted: int, seen_in_sample: int) -> float:
    """Clients to walk for `wanted` at a rank seen so often in the sample: an estimate on the
    long side (a count of a few in the sample is a poor guide), as a walk that runs past its
    budget is time lost before the ranking that follows."""
    return wanted * _SAMPLE / max(seen_in_sample - math.sqrt(seen_in_sample) / 2, 0.5)


class ClientSearch:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._previous: _Matches | None = None
        self._active: tuple[tuple[int, int], int] | None = None  # (change marker, count)

    def ranked_ids(
        self, words: list[TypedWord], contact_fields: bool, include_archived: bool, limit: int
    ) -> list[int]:
        key = _Query(tuple(word.text for word in words), contact_fields, include_archived)
        marker = self._db.change_marker()
        previous, self._previous = self._previous, None
        if previous and previous.marker == marker:
            ids = self._typed_on(previous, key, words, limit)
            if ids is not None:
                return ids
        counts = [self._count(*word.count_sql(_COUNT_CAP)) for word in words]
        if min(counts) >= COMMON and not include_archived:
            ids = self._common_words(words, limit, min(counts))
            if ids is not None:
                return ids
        every = self.rank_candidates(self._rarest_first(words, counts), include_archived, -1)
        self._remember(_Matches(key, marker, every))
        return every[:limit]

    def _typed_on(
        self, previous: _Matches, key: _Query, words: list[TypedWord], limit: int
    ) -> list[int] | None:
        """The answer from the last keystroke's matches, when typing on narrows them (None:
        plan afresh). Where the last word grew past two letters, clients it matches only inside
        a word or in a contact field (`extra`) may be new: they rank 2 for it at least, so they
        are read only if fewer than `limit` of the last matches rank below 2."""
        narrowed = previous.query.narrowed_to(key)
        if narrowed is None:
            return None
        complete_below = previous.complete_below_for(key)
        digits = key.contact_fields and key.words[-1].isdigit()  # "…678" then "…6789"
        if narrowed is False and not digits:  # a word grown past two letters
            complete_below = 2 if complete_below is None else min(complete_below, 2)
        ranked: list[_Ranked] = []
        if narrowed is True or not digits:
            ranked = self._rank_ids(words, previous.ids, key.include_archived)
            if complete_below is None or _ranked_below(ranked, complete_below) >= limit:
                self._remember(_Matches(key, previous.marker, _ids_of(ranked), complete_below))
                return _ids_of(ranked[:limit])
        if narrowed is True or previous.complete_below is not None:
            return None
        extra = self._ids(*words[-1].beyond_word_starts_sql(COMMON))
        if len(extra) >= COMMON:
            return None
        if digits:  # nothing ranked yet
            ranked = self._rank_ids(words, sorted({*previous.ids, *extra}), key.include_archived)
        else:  # the new ones ranked and merged in
            known = set(previous.ids)
            new = [client_id for client_id in extra if client_id not in known]
            added = self._rank_ids(words, new, key.include_archived)
            ranked = sorted([*ranked, *added], key=_list_order)
        every = _ids_of(ranked)
        self._remember(_Matches(key, previous.marker, every))
        return every[:limit]

    def _remember(self, matches: _Matches) -> None:
        """Kept for the next keystroke if few enough to rank again, and of any use."""
        useful = matches.complete_below is None or matches.complete_below > 0
        if useful and len(matches.ids) <= _REMEMBERED:
            self._previous = matches

    def _rarest_first(self, words: list[TypedWord], counts: list[int]) -> list[TypedWord]:
        """The words, the one with the fewest index rows first (it drives the ranking). When
        every word reached the count's cap, they are counted on, to twice the cap and so on,
        until one stops short: "thi" (108,000 rows at 300,000 clients) must not drive in place
        of "nguyen" (13,000)."""
        cap = _COUNT_CAP
        while len(words) > 1 and min(counts) >= cap and cap < _RECOUNT_CAP:
            cap *= 2
            counts = [self._count(*word.count_sql(cap)) for word in words]
        return [w for _, w in sorted(zip(counts, words, strict=True), key=_count_of)]

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
        sample = self.walk_recent(words, limit, _SAMPLE, best, bests=bests, ceiling=best + 1)
        if sample.ids is not None:
            return sample.ids  # the most recent clients were enough
        budget = candidates * _WALK_PER_CANDIDATE
        if _walk_length(limit, sample.at_best) <= budget:
            walk = self.walk_recent(words, limit, budget, best, bests=bests, ceiling=best)
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
        budget = candidates * _WALK_PER_CANDIDATE
        if _walk_length(limit - len(known), sample.at_next) > budget:
            return None
        target = sum(bests) + 1
        walk = self.walk_recent(words, limit, budget, target, tuple(known), bests, ceiling=target)
        return walk.ids

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
            exact_rank=sum(bests),  # the driver's own rank included
        )

    def walk_recent(
        self,
        words: list[TypedWord],
        limit: int,
        budget: int,
        target: int,
        known: tuple[int, ...] = (),
        bests: Sequence[int] = (),
        ceiling: int | None = None,
    ) -> Walk:
        """Clients from the most recent visit back, `budget` of them at most, until enough have
        rank `target` to fill the list after `known` (every client ranked better than
        `target`, most recent first): nobody further back can beat them. The walk's ids are
        None when the budget ran out first.

        With a `ceiling` (and each word's best possible rank, `bests`), only clients ranked at
        most `ceiling` are looked at: a row that cannot reach it is skipped by a cheap test per
        word. Such a walk gives ids only when it finds `limit` clients."""
        rank_sql, params = _rank_sum(words)
        listed = "rank IS NOT NULL"
        if ceiling is not None:
            rank_sql, params = _within(words, bests, ceiling, rank_sql, params)
            listed = f"rank <= {int(ceiling)}"
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
            f" ORDER BY c.last_visit_on DESC, c.id DESC LIMIT ?) WHERE {listed}",
            (*params, budget),
            take,
        )
        if every_match_taken and self._more_active_than(budget):
            return Walk(None, at_target, at_next)
        if every_match_taken and ceiling is not None and len(found) < wanted:
            return Walk(None, at_target, at_next)  # the list needs clients above the ceiling
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
    ) -> list[_Ranked]:
        """(id, rank, last visit) of those of `ids` that match, in list order."""
        rank_sql, params = _rank_sum(words)
        archived = "" if include_archived else " AND c.archived = 0"
        rows = self._db.query(
            f"WITH m AS MATERIALIZED (SELECT c.id AS id, {rank_sql} AS rank,"
            " c.last_visit_on AS visit FROM clients c INDEXED BY clients_rank"
            f" WHERE c.id IN (SELECT value FROM json_each(?)){archived})"
            " SELECT id, rank, visit FROM m WHERE rank IS NOT NULL"
            " ORDER BY rank, visit DESC, id DESC",
            (*params, json.dumps(ids)),
        )
        return [(int(r[0]), int(r[1]), r[2]) for r in rows]

    def _more_active_than(self, count: int) -> bool:
        """Whether a walk of `count` clients stopped short of the last one. The active clients
        are counted as the client list counts them (counting `count` of them one by one cost
        as much as walking them: 10 ms for 60,000), once until the vault changes."""
        marker = self._db.change_marker()
        if self._active is None or self._active[0] != marker:
            self._active = (marker, ClientListRepository(self._db).count(include_archived=False))
        return self._active[1] > count

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


def _within(
    words: list[TypedWord], bests: Sequence[int], ceiling: int, rank_sql: str, params: list[object]
) -> tuple[str, list[object]]:
    """The rank, or NULL for most rows that cannot rank at most `ceiling`: each word may rank
    at most `ceiling` less the others' best ranks, so a word held to the start of a name word
    or to a whole one is tested first with one `instr` (the sum is still compared after)."""
    total = sum(bests)
    caps = [ceiling - total + best for best in bests]
    tests = [test for word, cap in zip(words, caps, strict=True) if (test := word.within_sql(cap))]
    if not tests:
        return rank_sql, params
    sql = " AND ".join(test_sql for test_sql, _ in tests)
    first = [param for _, test_params in tests for param in test_params]
    return f"(CASE WHEN {sql} THEN {rank_sql} END)", first + params


def _ranked_below(ranked: list[_Ranked], bound: int) -> int:
    """How many of these, in list order, rank below `bound`."""
    return next((place for place, row in enumerate(ranked) if row[1] >= bound), len(ranked))


def _ids_of(ranked: list[_Ranked]) -> list[int]:
    return [row[0] for row in ranked]


def _list_order(row: _Ranked) -> tuple[int, int, str, int]:
    """Sorts as `ORDER BY rank, visit DESC, id DESC` does (a client never seen last)."""
    client_id, rank, visit = row
    if visit is None:
        return (rank, 1, "", -client_id)
    return (rank, 0, visit.translate(_COMPLEMENT), -client_id)


_COMPLEMENT = str.maketrans("0123456789", "9876543210")  # ISO days, descending


def _count_of(pair: tuple[int, TypedWord]) -> int:
    return pair[0]
