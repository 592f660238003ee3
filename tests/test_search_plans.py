"""Every search plan gives the answer a plain-Python reading of the rules gives.

The rules (issue 4): a client matches when every typed word matches a name word (whole: rank 0,
its start: 1, inside it: 2; one- and two-letter words only at a word's start) or, for roles that
may read contacts, a phone form or the e-mail (rank 2). Ranks add up; then the most recent visit,
then the newest client. search_repo.py picks among plans by how common the words are; here the
thresholds are shrunk so that a 600-client demo salon sends queries down every plan.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date

import pytest

import salonvault.storage.search_repo as search_repo
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.clients.service import parse_query
from salonvault.services.demo.salon import create_demo_vault
from salonvault.services.vault.opening import Vault
from salonvault.storage.clients_repo import ClientsRepository
from salonvault.storage.search_index import MIN_INSIDE, TypedWord, digits_word
from tests.support import FakeClock

# A 600-client demo salon, and every plan checked against a plain reading for hundreds of queries.
pytestmark = pytest.mark.slow

LIMIT = 60


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    folder = tmp_path_factory.mktemp("plans")
    store = DeviceKeyStore(fallback_dir=folder / "keys", use_os_store=False)
    vault, _ = create_demo_vault(
        folder / "demo", folder / "key.txt", store, FakeClock(), clients=600
    )
    db = vault.database
    with db.transaction():  # some archived clients and some with no visits at all
        db.execute("UPDATE clients SET archived = 1 WHERE id % 17 = 0")
        db.execute("UPDATE clients SET last_visit_on = NULL WHERE id % 11 = 0")
    yield vault
    vault.close()


def _word_rank(
    word: str, name_words: list[str], phone_forms: list[str], email: str, contact: bool
) -> int | None:
    short = len(word) < MIN_INSIDE and word.isascii()
    ranks = []
    for name_word in name_words:
        if name_word == word:
            ranks.append(0)
        elif name_word.startswith(word):
            ranks.append(1)
        elif not short and word in name_word[1:]:
            ranks.append(2)
    if contact and len(word) >= MIN_INSIDE:
        lowered = email.lower()
        if (
            any(form.startswith(word) for form in phone_forms)
            or (word.isdigit() and phone_forms and min(phone_forms, key=len).endswith(word))
            or (
                lowered and (lowered.startswith(word) or lowered.partition("@")[2].startswith(word))
            )
        ):
            ranks.append(2)
    return min(ranks) if ranks else None


def reference(
    vault: Vault, text: str, contact: bool, archived: bool, limit: int = LIMIT
) -> list[int]:
    return [client_id for client_id, _ in reference_ranked(vault, text, contact, archived)][:limit]


def reference_ranked(
    vault: Vault, text: str, contact: bool, archived: bool
) -> list[tuple[int, int]]:
    """Every match as (id, rank), in list order."""
    tokens, digits = parse_query(text, contact)
    if not tokens and digits and contact:
        tokens = [digits]
    rows = vault.database.query(
        "SELECT id, search_text, phone_search, email, last_visit_on, archived FROM clients"
    )
    ranked = []
    for client_id, search_text, phone_search, email, visit, is_archived in rows:
        if is_archived and not archived:
            continue
        ranks = [
            _word_rank(t, search_text.split(), phone_search.split(), email, contact) for t in tokens
        ]
        if tokens and None not in ranks:
            day = date.fromisoformat(visit).toordinal() if visit else 0
            ranked.append((sum(r for r in ranks if r is not None), -day, -client_id, client_id))
    return [(row[-1], row[0]) for row in sorted(ranked)]


def queries(vault: Vault) -> list[str]:
    """Names typed letter by letter, with and without accents, phones, e-mail pieces."""
    rng = random.Random(7)
    rows = vault.database.query(
        "SELECT search_text, phone_search, email FROM clients ORDER BY id LIMIT 120"
    )
    typed = ["t", "n", "ng", "a", "an", "li", "wa", "nguyen thi", "thi", "z", "ó", "王", "@"]
    typed += ["ang", "ski", "wan", "ing", "ana", "ien", "min", "ow", "ong", "uy", "ha th"]
    for search_text, phone_search, email in rng.sample(rows, 25):
        words = search_text.split()
        name = " ".join(words[:3])
        typed += [name[:end] for end in range(1, len(name) + 1)]
        typed.append(" ".join(reversed(words[:2])))
        national = min(phone_search.split(), key=len)
        typed += [national[-4:], national[:5], phone_search.split()[0][:7]]
        if email:
            typed += [email.split("@")[0][:4], email.split("@")[1][:5], email[:8]]
    return [t for t in typed if t.strip()]


@pytest.mark.parametrize("contact", [True, False])
def test_every_plan_matches_the_rules(
    demo: Vault, contact: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_repo, "COMMON", 12)
    monkeypatch.setattr(search_repo, "_COUNT_CAP", 400)
    monkeypatch.setattr(search_repo, "_SAMPLE", 30)
    repo = ClientsRepository(demo.database)
    used: set[str] = set()
    spy = _PlanSpy(monkeypatch, used)
    for text in queries(demo):
        tokens, digits = parse_query(text, contact)
        for archived in (False, True):
            found = [r.id for r in repo.search(tokens, digits, archived, contact, limit=LIMIT)]
            assert found == reference(demo, text, contact, archived), (text, archived)
    # The shrunk thresholds really did send queries down each plan.
    assert {"rank", "walk", "few_at_best"} <= spy.used, spy.used


class _PlanSpy:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, used: set[str]) -> None:
        self.used = used
        cls = search_repo.ClientSearch
        for name, label in (
            ("rank_candidates", "rank"),
            ("walk_recent", "walk"),
            ("_few_at_best", "few_at_best"),
        ):
            original = getattr(cls, name)
            monkeypatch.setattr(cls, name, self._wrap(original, label))

    def _wrap(self, original, label):  # type: ignore[no-untyped-def]
        def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.used.add(label)
            return original(*args, **kwargs)

        return wrapped


def test_each_plan_alone_gives_the_same_list(demo: Vault) -> None:
    """Forced plans, with budgets big enough to finish, agree with the reference."""
    search = search_repo.ClientSearch(demo.database)
    search_text, phone_search, email = demo.database.query_one(
        "SELECT search_text, phone_search, email FROM clients WHERE email != '' AND archived = 0"
    ) or ("", "", "")
    national = min(phone_search.split(), key=len)
    contact_probes = [
        national[-3:],  # the number's last digits
        f"{search_text.split()[0]} {national[-4:]}",  # a name and the last digits
        email.partition("@")[2][:4],  # the start of the e-mail's domain
        email[:4],
        f"{search_text.split()[-1]} {email[:3]}",
    ]
    for text in [
        *["nguyen", "thi", "t", "an", "nguyen thi", "wa", "ko", "a b", "ang", "ski", "ien"],
        *contact_probes,
    ]:
        tokens, _ = parse_query(text, True)
        words = [TypedWord.of(t, True) for t in tokens]
        expected = reference(demo, text, True, False)
        assert search.rank_candidates(words, False, LIMIT) == expected, text
        bests = [int(demo.database.scalar(*w.best_possible_sql())) for w in words]
        best = sum(bests)
        walk = search.walk_recent(words, LIMIT, 10_000, best)
        assert walk.ids == expected, text
        # Looking only at clients that can rank at most the best (or one more): the same list
        # when there are enough of them, and no list otherwise.
        ranks = [rank for _, rank in reference_ranked(demo, text, True, False)]
        for ceiling in (best, best + 1):
            reached = sum(1 for rank in ranks if rank <= ceiling)
            capped = search.walk_recent(words, LIMIT, 10_000, best, bests=bests, ceiling=ceiling)
            assert capped.ids == (expected if reached >= LIMIT else None), (text, ceiling)


def test_the_clients_at_the_best_rank_whichever_word_drives(demo: Vault) -> None:
    """The few at the best possible rank are ranked from any word's rows at its own best rank,
    also a word only ever found at the start of a name word (best rank 1)."""
    search = search_repo.ClientSearch(demo.database)
    for text in ["ng", "tr th", "nguyen th", "thi h", "ha", "wa"]:
        tokens, _ = parse_query(text, True)
        words = [TypedWord.of(t, True) for t in tokens]
        bests = [int(demo.database.scalar(*w.best_possible_sql())) for w in words]
        at_best = [i for i, rank in reference_ranked(demo, text, True, False) if rank == sum(bests)]
        assert at_best, text
        for driver in range(len(words)):
            found = search._at_best_rank(words, bests, driver, LIMIT)
            assert found == at_best[:LIMIT], (text, driver)


def test_the_rarest_word_drives_when_every_count_reaches_the_cap(
    demo: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counts stop at a cap; when every word reaches it, counting goes on until one stops
    short, so the word with the fewest index rows drives the ranking."""
    monkeypatch.setattr(search_repo, "_COUNT_CAP", 5)
    search = search_repo.ClientSearch(demo.database)
    words = [TypedWord.of(t, True) for t in ("thi", "nguyen", "h")]
    counts = [int(demo.database.scalar(*w.count_sql(10**6))) for w in words]
    capped = [int(demo.database.scalar(*w.count_sql(5))) for w in words]
    assert min(capped) >= 5 and len(set(counts)) == len(counts)
    assert search._rarest_first(words, capped)[0] == words[counts.index(min(counts))]


def test_a_phone_typed_any_way_is_one_word(demo: Vault) -> None:
    search = search_repo.ClientSearch(demo.database)
    phone_search = demo.database.scalar("SELECT phone_search FROM clients WHERE id = 5")
    national = min(phone_search.split(), key=len)
    ids = search.rank_candidates([digits_word(national)], False, LIMIT)
    assert 5 in ids


def test_typing_on_narrows_the_last_matches_and_sees_changes(demo: Vault) -> None:
    """One repository, keystroke after keystroke (the last keystroke's matches are reused when
    they must hold the next answer), with a client registered between two keystrokes."""
    repo = ClientsRepository(demo.database)
    phone_search = demo.database.scalar("SELECT phone_search FROM clients WHERE id = 9")
    national = min(phone_search.split(), key=len)
    sequences = [
        "nguyen thi hoa",
        "tran v",
        "thi hoa",
        "a b",
        national,  # digits: each keystroke planned afresh
        national[-5:],
        "wang xiao",
    ]
    for contact in (True, False):
        for sequence in sequences:
            for end in range(1, len(sequence) + 1):
                text = sequence[:end]
                tokens, digits = parse_query(text, contact)
                if not tokens and not digits:
                    continue
                found = [r.id for r in repo.search(tokens, digits, False, contact, limit=LIMIT)]
                assert found == reference(demo, text, contact, False), (text, contact)

    tokens, digits = parse_query("nguyen thi", True)
    before = [r.id for r in repo.search(tokens, digits, False, True, limit=500)]
    with demo.database.transaction():
        demo.database.execute(
            "INSERT INTO clients (family_name, given_name, search_text, created_at, updated_at,"
            " last_visit_on)"
            " VALUES ('Nguyễn', 'Thị Zzz', ' nguyen thi zzz ', 'x', 'x', '2999-01-01')"
        )
        new_id = demo.database.scalar("SELECT max(id) FROM clients")
        demo.database.execute(
            "INSERT INTO client_name_tokens (token, client_id, kind) VALUES"
            " ('nguyen', ?, 0), ('thi', ?, 0), ('zzz', ?, 0)",
            (new_id, new_id, new_id),
        )
    tokens, digits = parse_query("nguyen thi z", True)  # narrows the last keystroke's query
    after = [r.id for r in repo.search(tokens, digits, False, True, limit=500)]
    try:
        assert new_id in after and new_id not in before
        assert after == reference(demo, "nguyen thi z", True, False, limit=500)
    finally:
        with demo.database.transaction():
            demo.database.execute("DELETE FROM client_name_tokens WHERE client_id = ?", (new_id,))
            demo.database.execute("DELETE FROM clients WHERE id = ?", (new_id,))


def test_a_word_grown_past_two_letters_reads_its_new_matches_only_when_needed(
    demo: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing "nguyen thi ho" then "…hoa": clients "hoa" matches only inside a word or in a
    contact field rank 2 for it, so when enough of the last matches rank below 2 they are not
    read; what is kept for the next keystroke is then complete below that rank only. Every
    answer is the plain reading's, for lists short enough to skip and long enough not to."""
    reads: list[str] = []
    original = TypedWord.beyond_word_starts_sql

    def spy(self: TypedWord, cap: int) -> tuple[str, list[object]]:
        reads.append(self.text)
        return original(self, cap)

    monkeypatch.setattr(TypedWord, "beyond_word_starts_sql", spy)
    sequences = ["nguyen thi hoang", "tran thi ha", "ng van an", "le thi thu"]
    grown = {"hoa", "van", "thu"}  # the words that grow past two letters on the way
    skipped = {}
    for limit in (1, 3, 60):
        reads.clear()
        for sequence in sequences:
            repo = ClientsRepository(demo.database)  # afresh: no matches kept from before
            for end in range(1, len(sequence) + 1):
                text = sequence[:end]
                tokens, digits = parse_query(text, True)
                found = [r.id for r in repo.search(tokens, digits, False, True, limit=limit)]
                expected = reference(demo, text, True, False, limit=limit)
                assert found == expected, (text, limit)
        skipped[limit] = grown - set(reads)
    assert skipped[1] and skipped[60] != grown, skipped
