"""Names found the way people at the counter type them (issue 19 item 3, decision 0034).

Chinese: a whole name as one run of characters, family name first; pinyin run together or as
initials; two-character family names; a family name read as a surname (曾 zeng); ü typed as v.
Vietnamese: without tone marks, the given name alone, Đ as D, either tone-mark placement.
Polish: one half of a double-barrelled surname, without diacritics (Ł as L).
And a vault whose index was built by older rules is rebuilt when it is opened.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from salonvault.domain.clients import ClientInput
from salonvault.domain.search_text import search_tokens
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import Vault, open_vault
from salonvault.storage.search_index import name_rows
from salonvault.storage.search_rebuild import (
    RULES_KEY,
    bring_search_index_up_to_date,
    search_index_is_current,
)
from tests.support import FakeClock, Team

PEOPLE = {
    # Chinese: family / given as the form stores them, and the ways a card may hold them.
    "zhang_wei": ("张", "伟"),
    "zhang_in_one": ("张伟", ""),  # the whole name in the family-name field
    "zhang_spaced": ("张 伟", ""),  # with a space, as a Latin-trained form invites
    "swapped": ("丽", "李"),  # the two fields the wrong way round: 李丽
    "ouyang": ("欧阳", "娜娜"),
    "yuchi": ("尉迟", "恭"),  # read yuchi as a family name, not weichi
    "zeng": ("曾", "小贤"),  # 曾 is zeng as a family name (ceng in "once")
    "shan": ("单", "田芳"),  # 单 is shan as a family name
    "lv": ("吕", "婷"),  # ü: typed lv (the input methods' key) or lu
    "wang_wei": ("王", "伟"),  # a near-namesake that must not match zhangwei or zw
    # Vietnamese.
    "linh": ("Nguyễn", "Thị Linh"),
    "duc": ("Đặng", "Văn Đức"),
    "hoa_old": ("Trần", "Thị Hoà"),  # old-style tone mark placement
    "thuy_new": ("Lê", "Thúy"),  # new-style placement
    # Polish.
    "kowalska": ("Kowalska-Nowak", "Anna"),
    "lucja": ("Żak", "Łucja"),
    "szczesna": ("Szczęsna\u2013Wiśniewska", "Małgorzata"),  # an en dash, as a Mac types it
}


@pytest.fixture
def people(vault: Vault, team: Team) -> dict[str, int]:
    return {
        key: vault.clients.create(team.owner, ClientInput(family, given)).id
        for key, (family, given) in PEOPLE.items()
    }


def found(vault: Vault, team: Team, people: dict[str, int], query: str) -> set[str]:
    by_id = {client_id: key for key, client_id in people.items()}
    return {by_id[hit.id] for hit in vault.clients.search(team.receptionist, query)}


CASES = [
    # Chinese: the whole name as one run, family name first.
    ("张伟", {"zhang_wei", "zhang_in_one", "zhang_spaced"}),
    ("zhangwei", {"zhang_wei", "zhang_in_one", "zhang_spaced"}),
    ("ZhangWei", {"zhang_wei", "zhang_in_one", "zhang_spaced"}),
    (
        "\uff5a\uff48\uff41\uff4e\uff47\uff57\uff45\uff49",
        {"zhang_wei", "zhang_in_one", "zhang_spaced"},
    ),  # full-width
    ("zhang wei", {"zhang_wei", "zhang_in_one", "zhang_spaced"}),
    ("zhangw", {"zhang_wei", "zhang_in_one", "zhang_spaced"}),  # still typing
    ("张wei", {"zhang_wei", "zhang_in_one", "zhang_spaced"}),  # characters, then pinyin
    ("zw", {"zhang_wei", "zhang_in_one", "zhang_spaced"}),  # initials
    ("ww", {"wang_wei"}),
    ("wangwei", {"wang_wei"}),
    ("伟", {"zhang_wei", "zhang_in_one", "zhang_spaced", "wang_wei"}),
    # The card holds the fields swapped: still found family name first.
    ("李丽", {"swapped"}),
    ("lili", {"swapped"}),
    # Two-character family names.
    ("欧阳娜娜", {"ouyang"}),
    ("ouyangnana", {"ouyang"}),
    ("oynn", {"ouyang"}),
    ("ouyang", {"ouyang"}),
    ("娜娜", {"ouyang"}),
    ("尉迟恭", {"yuchi"}),
    ("yuchigong", {"yuchi"}),
    ("ycg", {"yuchi"}),
    # Family names read as family names.
    ("zengxiaoxian", {"zeng"}),
    ("zxx", {"zeng"}),
    ("zeng", {"zeng"}),
    ("shantianfang", {"shan"}),
    ("shan", {"shan"}),
    ("lvting", {"lv"}),
    ("luting", {"lv"}),
    ("lv", {"lv"}),
    # Vietnamese: without tone marks, the given name alone, Đ as D.
    ("nguyen thi linh", {"linh"}),
    ("linh", {"linh"}),
    ("Linh", {"linh"}),
    ("nguyen linh", {"linh"}),
    ("dang van duc", {"duc"}),
    ("duc", {"duc"}),
    ("Đức", {"duc"}),
    ("hoa", {"hoa_old"}),
    ("Hòa", {"hoa_old"}),  # typed with the new placement, stored with the old
    ("Thuỷ", {"thuy_new"}),  # and the other way round
    ("thuy", {"thuy_new"}),
    # Polish: one half of a double-barrelled surname, without diacritics.
    ("Nowak", {"kowalska"}),
    ("kowalska", {"kowalska"}),
    ("Kowalska-Nowak", {"kowalska"}),
    ("nowak anna", {"kowalska"}),
    ("lucja", {"lucja"}),
    ("Łucja", {"lucja"}),
    ("zak", {"lucja"}),
    ("wisniewska", {"szczesna"}),
    ("szczesna", {"szczesna"}),
    ("malgorzata", {"szczesna"}),
]


def test_names_are_found_the_way_people_type_them(
    vault: Vault, team: Team, people: dict[str, int]
) -> None:
    # One salon for every case (a vault per case would take minutes); each mismatch is named.
    wrong = {
        query: (got, expected)
        for query, expected in CASES
        if (got := found(vault, team, people, query)) != expected
    }
    assert wrong == {}


def test_a_query_typed_in_decomposed_unicode_finds_the_same(
    vault: Vault, team: Team, people: dict[str, int]
) -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Linh")
    assert found(vault, team, people, decomposed) == {"linh"}


def test_the_whole_name_ranks_its_owner_first(
    vault: Vault, team: Team, people: dict[str, int]
) -> None:
    """张伟 typed whole is an exact match for 张伟, never ranked below a partial one."""
    namesake = vault.clients.create(team.owner, ClientInput("张", "伟明")).id
    hits = [hit.id for hit in vault.clients.search(team.receptionist, "zhangwei")]
    assert hits[-1] == namesake
    assert set(hits[:-1]) == {people["zhang_wei"], people["zhang_in_one"], people["zhang_spaced"]}


def test_an_edited_name_is_found_by_its_new_whole_name(vault: Vault, team: Team) -> None:
    client_id = vault.clients.create(team.owner, ClientInput("张", "伟")).id
    vault.clients.update(team.owner, client_id, ClientInput("欧阳", "伟"))
    assert [h.id for h in vault.clients.search(team.receptionist, "ouyangwei")] == [client_id]
    assert vault.clients.search(team.receptionist, "zhangwei") == []


# -- a vault whose index was built by older rules ----------------------------------------------


def _as_older_rules(vault: Vault, client_id: int, family: str, given: str) -> None:
    """The client's search text and name tokens as the rules before issue 19 made them."""
    database = vault.database
    old = search_tokens(f"{family} {given}")
    with database.transaction():
        database.execute(
            "UPDATE clients SET search_text = ? WHERE id = ?", (f" {' '.join(old)} ", client_id)
        )
        database.execute("DELETE FROM client_name_tokens WHERE client_id = ?", (client_id,))
        database.executemany(
            "INSERT INTO client_name_tokens (token, client_id, kind) VALUES (?, ?, ?)",
            sorted(name_rows(client_id, old)),
        )
        database.execute("DELETE FROM settings WHERE key = ?", (RULES_KEY,))


def test_opening_a_vault_indexed_by_older_rules_rebuilds_its_index(
    vault: Vault, team: Team, data_dir: Path, isolated_key_store: Path
) -> None:
    client_id = vault.clients.create(team.owner, ClientInput("欧阳", "娜娜")).id
    other = vault.clients.create(team.owner, ClientInput("Wójcik", "Łukasz", tags=("vip",))).id
    _as_older_rules(vault, client_id, "欧阳", "娜娜")
    assert vault.clients.search(team.receptionist, "oynn") == []  # as an older vault finds
    assert not search_index_is_current(vault.database)
    vault.close()

    store = DeviceKeyStore(fallback_dir=isolated_key_store, use_os_store=False)
    reopened = open_vault(data_dir, device_store=store, clock=FakeClock())
    try:
        again = Team(reopened)
        assert [h.id for h in reopened.clients.search(again.receptionist, "oynn")] == [client_id]
        assert [h.id for h in reopened.clients.search(again.receptionist, "欧阳娜娜")] == [
            client_id
        ]
        # Everything found before still is: the other client by name and by tag.
        for query in ("lukasz", "wojcik", "vip", "luk"):
            assert [h.id for h in reopened.clients.search(again.receptionist, query)] == [other]
        assert search_index_is_current(reopened.database)
        assert bring_search_index_up_to_date(reopened.database) is False  # once only
    finally:
        reopened.close()


def test_the_rebuilt_index_is_the_one_the_counter_writes(vault: Vault, team: Team) -> None:
    """Rebuilding gives every client exactly the rows and search text that saving it gives."""
    for family, given in PEOPLE.values():
        vault.clients.create(team.owner, ClientInput(family, given, tags=("khách quen",)))
    database = vault.database

    def snapshot() -> tuple[list[object], list[object]]:
        return (
            database.query(
                "SELECT token, client_id, kind FROM client_name_tokens ORDER BY 1, 2, 3"
            ),
            database.query("SELECT id, search_text FROM clients ORDER BY id"),
        )

    written = snapshot()
    with database.transaction():
        database.execute("UPDATE settings SET value = '\"names-1\"' WHERE key = ?", (RULES_KEY,))
    assert bring_search_index_up_to_date(database) is True
    assert snapshot() == written
