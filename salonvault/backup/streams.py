"""The streams `age` (pyrage) reads from and writes to, so no plaintext ever reaches the disk.

pyrage turns any exception raised inside a stream into its own EncryptError/DecryptError with the
text only; each stream here keeps the original (`failure`) so the caller can re-raise it with its
errno and type intact (a full disk must not read as "damaged backup").
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Sequence
from typing import BinaryIO

import pyrage

from salonvault.backup.age_process import age_in_child, in_a_child
from salonvault.backup.sqlcipher_pages import (
    PAGE_SIZE,
    EncryptedPageWriter,
    PageCodec,
    encrypted_elsewhere,
    mark_standalone,
    read_salt,
)
from salonvault.domain.errors import BackupCancelled, BackupInvalid
from salonvault.files.outbound import EarlyWriteback

Progress = Callable[[int, int], None]  # bytes done, bytes in all
_CHUNK_PAGES = 64  # 256 KiB read from the vault at a time
# age's header (the file key wrapped to the recovery key, the header's MAC) and the payload's
# nonce are well inside the first 4 KiB: equal heads mean the same file key and payload key.
HEAD_BYTES = 4096
# What a withheld secret's bytes become in a backup (same length, so every page stays valid).
_WITHHELD_MARK = b"withheld-from-backups"
# Any age identity, this salon's or an old one whose bytes linger in a page's free space.
_AGE_SECRET_PREFIX = b"AGE-SECRET-KEY-1"
_AGE_SECRET_LENGTH = 74  # the prefix and 58 characters of bech32 (no further: never past it)
_BECH32_UPPER = frozenset(b"QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
_SHORTEST_SECRET = 16  # a shorter value could match by chance anywhere


class _Guarded(io.RawIOBase):
    """Remembers the first exception it raised, and checks for cancel on every call."""

    def __init__(self, cancel: threading.Event | None) -> None:
        super().__init__()
        self._cancel = cancel
        self.failure: BaseException | None = None

    def _guard(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise BackupCancelled()

    def _record(self, error: BaseException) -> BaseException:
        if self.failure is None:
            self.failure = error
        return error


class SnapshotPlaintext(_Guarded):
    """Reads a pinned snapshot's pages, decrypted and checked, as one plain SQLite file."""

    def __init__(
        self,
        vault_file: BinaryIO,
        data_key: bytes,
        page_count: int,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        withheld: Sequence[bytes] = (),
    ) -> None:
        super().__init__(cancel)
        self._file = vault_file
        self._withheld = [  # an age identity is caught by its prefix already (one find less)
            value
            for value in withheld
            if len(value) >= _SHORTEST_SECRET and not value.startswith(_AGE_SECRET_PREFIX)
        ]
        self._page_count = page_count
        self._next_page = 1
        self._chunk = memoryview(b"")  # the decrypted pages not yet handed out
        self._progress = progress
        first = vault_file.read(PAGE_SIZE)
        vault_file.seek(0)
        self._codec = PageCodec(data_key, read_salt(first))

    @property
    def total_bytes(self) -> int:
        return self._page_count * PAGE_SIZE

    def readable(self) -> bool:
        return True

    def readinto(self, target: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            self._guard()
            if not self._chunk:
                self._chunk = memoryview(self._next_chunk())
            size = min(len(target), len(self._chunk))
            target[:size] = self._chunk[:size]
            self._chunk = self._chunk[size:]  # a view: no copy of the rest per small read
            return size
        except BaseException as error:
            raise self._record(error) from None

    def _next_chunk(self) -> bytes | bytearray:
        if self._next_page > self._page_count:
            return b""
        last = min(self._page_count, self._next_page + _CHUNK_PAGES - 1)
        data = self._file.read((last - self._next_page + 1) * PAGE_SIZE)
        if len(data) != (last - self._next_page + 1) * PAGE_SIZE:
            raise BackupInvalid("backup.vault_file_ended_early_while")
        plain = self._codec.decrypt_run(self._next_page, data)
        if self._next_page == 1:
            mark_standalone(plain)
        blank_secrets(plain, self._withheld)
        self._next_page = last + 1
        if self._progress is not None:
            self._progress(last * PAGE_SIZE, self.total_bytes)
        return plain


def blank_secrets(plain: bytearray, values: Sequence[bytes]) -> None:
    """Overwrite every copy of each value, and every age identity, with a mark of the same
    length, in place: in a live row the text keeps its length (the record stays valid and says
    what happened), and stale copies in free space are gone too. Whole pages come in, and a
    short row never spans two pages, so no copy is split between chunks."""
    for value in (_AGE_SECRET_PREFIX, *values):
        start = plain.find(value)
        while start >= 0:
            end = start + len(value)
            if value is _AGE_SECRET_PREFIX:
                last = min(len(plain), start + _AGE_SECRET_LENGTH)
                while end < last and plain[end] in _BECH32_UPPER:
                    end += 1
            plain[start:end] = (_WITHHELD_MARK + b"-" * (end - start))[: end - start]
            start = plain.find(value, end)


class GuardedWriter(_Guarded):
    """The encrypted file being written on the target (a USB stick can fail at any byte)."""

    def __init__(self, out: BinaryIO, cancel: threading.Event | None = None) -> None:
        super().__init__(cancel)
        self._out = out
        self.written = 0
        # The file goes to the drive as it is written, and leaves the cache behind the writing.
        self._writeback = EarlyWriteback(out, drop_behind=True)
        self.head = bytearray()  # the file's first HEAD_BYTES, to compare with the read-back

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            self._guard()
            self._out.write(data)
            if len(self.head) < HEAD_BYTES:
                self.head += bytes(data[: HEAD_BYTES - len(self.head)])
            self.written += len(data)
            self._writeback.wrote(self.written)
            return len(data)
        except BaseException as error:
            raise self._record(error) from None


class GuardedReader(_Guarded):
    """The backup file being read back (reports progress; a pulled stick raises here)."""

    def __init__(
        self,
        source: io.RawIOBase | io.BufferedIOBase,
        total_bytes: int,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        super().__init__(cancel)
        self._source = source
        self.total_bytes = total_bytes
        self._done = 0
        self._progress = progress
        self.head = bytearray()  # the file's first HEAD_BYTES as read back

    def readable(self) -> bool:
        return True

    def readinto(self, target: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            self._guard()
            size = self._source.readinto(target) or 0  # straight into age's buffer
            if len(self.head) < HEAD_BYTES:
                self.head += bytes(target[: min(size, HEAD_BYTES - len(self.head))])
            self._done += size
            if self._progress is not None:
                self._progress(self._done, self.total_bytes)
            return size
        except BaseException as error:
            raise self._record(error) from None


class DiscardingSink(_Guarded):
    """Takes a decrypted backup and keeps nothing (the read-back after writing: age has
    authenticated every chunk by the time it hands the bytes over)."""

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            self._guard()
            return len(data)
        except BaseException as error:
            raise self._record(error) from None


class PlainPageSink(_Guarded):
    """Takes a decrypted backup's plain SQLite bytes and writes them as SQLCipher pages. With
    `odd_runs_encrypted` (set by decrypt_stream when `age`'s child shares the work) the pages
    of the odd runs come already encrypted and are written as they are."""

    def __init__(self, writer: EncryptedPageWriter, cancel: threading.Event | None) -> None:
        super().__init__(cancel)
        self._writer = writer
        self._pending = bytearray()
        self.odd_runs_encrypted = False

    @property
    def working_copy_codec(self) -> tuple[bytes, bytes, str]:
        """The working copy's data key, salt and HMAC, for `age`'s child to encrypt with."""
        return self._writer.codec_settings

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            self._guard()
            self._pending += data
            whole = len(self._pending) - len(self._pending) % PAGE_SIZE
            for start in range(0, whole, PAGE_SIZE):
                page = bytes(self._pending[start : start + PAGE_SIZE])
                if self.odd_runs_encrypted and encrypted_elsewhere(self._writer.pages + 1):
                    self._writer.write_encrypted_page(page)
                else:
                    self._writer.write_page(page)
            del self._pending[:whole]
            return len(data)
        except BaseException as error:
            raise self._record(error) from None

    def finish(self) -> int:
        """The number of pages written; a part page means the plaintext was cut short."""
        if self._pending or self._writer.pages == 0:
            raise BackupInvalid("backup.backup_incomplete_ends_middle_page")
        return self._writer.pages


def encrypt_stream(source: SnapshotPlaintext, out: GuardedWriter, recipient: str) -> None:
    """A large vault is encrypted by age in a child process while this one decrypts its pages
    (age_process.py: each has a core); a small one in this process."""
    if in_a_child(source.total_bytes):
        failed = age_in_child("encrypt", recipient, source, out) is not None
    else:
        try:
            pyrage.encrypt_io(source, out, [pyrage.x25519.Recipient.from_str(recipient)])
            failed = False
        except pyrage.EncryptError:
            failed = True
    if failed:
        raise (
            source.failure or out.failure or BackupInvalid("backup.age_encryption_failed")
        ) from None


def decrypt_stream(source: GuardedReader, sink: PlainPageSink | None, identity_secret: str) -> None:
    """Decrypt a backup into a working copy (`sink`) while this process re-encrypts its
    pages, or into nothing (None: the read-back after a backup, where age authenticating every
    chunk and the file's end is the point, and beside it the new backup's snapshot is still
    being checked). A large one is decrypted by age in a child process (age_process.py), whose
    plain bytes then never come back at all; a small one here."""
    here = sink if sink is not None else DiscardingSink(None)
    if in_a_child(source.total_bytes):
        # Re-encrypting the pages is the longest step of a verify: the child takes half.
        shared = sink.working_copy_codec if sink is not None else None
        if sink is not None:
            sink.odd_runs_encrypted = True
        text = age_in_child("decrypt", identity_secret, source, sink, shared)
    else:
        text = _decrypt_here(source, here, identity_secret)
    if text is not None:
        raise _decrypt_failure(text, source, here)


def _decrypt_here(
    source: GuardedReader, sink: PlainPageSink | DiscardingSink, identity_secret: str
) -> str | None:
    identity = pyrage.x25519.Identity.from_str(identity_secret)
    try:
        pyrage.decrypt_io(source, sink, [identity])
    except (pyrage.DecryptError, OSError) as error:  # a damaged chunk comes out as OSError
        return str(error)
    return None


def _decrypt_failure(
    text: str, source: GuardedReader, sink: PlainPageSink | DiscardingSink
) -> BaseException:
    """What a failed decryption is: a stream's own error as it came, else age's text read."""
    failure = source.failure or sink.failure
    if failure is not None:
        return failure
    text = text.lower()
    if "no matching keys" in text or "no identity matched" in text:
        # age cannot tell a foreign key from a damaged recipient line: both fail to unwrap
        return BackupInvalid("backup.backup_made_different_recovery_key")
    if "header" in text or "age file" in text or "parse" in text:
        return BackupInvalid("backup.file_salonvault_backup_age_file")
    return BackupInvalid("backup.backup_file_damaged_incomplete_encryption")
