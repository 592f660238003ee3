"""The dashboard's connection of its own (salonvault/storage/kept_connection.py): opened at its
first use, kept between uses, closed at once when idle, and by its last reader when closed while
one reads (the lock screen never waits for a long count)."""

from __future__ import annotations

import pytest
import sqlcipher3

from salonvault.services.vault.opening import Vault
from salonvault.storage.database import Database
from salonvault.storage.kept_connection import KeptConnection


def _kept(vault: Vault) -> tuple[KeptConnection, list[Database]]:
    opened: list[Database] = []

    def open_connection() -> Database:
        opened.append(Database.open_worker(vault.database.path, vault._data_key))
        return opened[-1]

    return KeptConnection(open_connection), opened


def _closed(database: Database) -> bool:
    try:
        database.scalar("SELECT 1")
    except sqlcipher3.ProgrammingError as error:
        return "closed" in str(error)
    return False


def test_opened_once_and_kept_between_uses(vault: Vault) -> None:
    kept, opened = _kept(vault)
    assert not kept.is_open and opened == []
    with kept.use() as first:
        assert first.scalar("SELECT count(*) FROM clients") == 0
    with kept.use() as second:
        assert second is first
    assert kept.is_open and opened == [first] and kept.opened == 1
    assert first is not vault.database


def test_closed_at_once_when_idle_and_opened_again_when_used(vault: Vault) -> None:
    kept, opened = _kept(vault)
    with kept.use():
        pass
    kept.close()
    assert not kept.is_open and _closed(opened[0])
    kept.close()  # twice: nothing left to close
    with kept.use() as again:
        assert again is not opened[0] and not _closed(again)
    assert kept.opened == 2


def test_closed_while_read_the_reader_closes_it_as_it_ends(vault: Vault) -> None:
    kept, opened = _kept(vault)
    with kept.use() as reading:
        kept.close()  # the lock screen, while the worker counts
        assert not kept.is_open
        assert not _closed(reading)  # the read in progress keeps its connection …
        with kept.use() as newer:  # … and a read that starts now opens another
            assert newer is not reading
        assert kept.is_open
    assert _closed(reading)  # closed by its last reader
    assert not _closed(opened[1])


def test_a_closed_kept_connection_is_not_the_vaults(vault: Vault) -> None:
    kept, _opened = _kept(vault)
    with kept.use():
        kept.close()
    assert vault.database.scalar("SELECT 1") == 1


@pytest.mark.parametrize("readers", [1, 3])
def test_nested_readers_share_it(vault: Vault, readers: int) -> None:
    kept, opened = _kept(vault)
    with kept.use() as outer:
        for _ in range(readers):
            with kept.use() as inner:
                assert inner is outer
        kept.close()
        assert not _closed(outer)
    assert _closed(outer) and len(opened) == 1
