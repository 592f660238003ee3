"""SQLCipher 4 pages to plain SQLite pages and back, one page at a time.

SQLCipher can only hand out a plaintext copy as a whole file (`sqlcipher_export`) or as a whole
database in memory, and a backup must not put plaintext on disk or the vault in RAM. So the
backup reads SQLCipher 4's documented page format itself (decision 0008): every page is
AES-256-CBC under the data key with its own IV, and carries an HMAC-SHA512 over its ciphertext,
IV and page number. The primitives are `cryptography`'s; every page's HMAC is checked before it
is used; and every file written here is opened by SQLCipher itself and checked
(`cipher_integrity_check`, `integrity_check`) before anyone relies on it.

Only the settings `Database` insists on are supported: 4096-byte pages, a raw 256-bit key, the
default HMAC-SHA512 and PBKDF2-HMAC-SHA512 (2 iterations for the HMAC key), page numbers
little-endian.
"""

from __future__ import annotations

import os
import struct
from typing import IO, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from salonvault.domain.errors import BackupInvalid, VaultDamaged
from salonvault.domain.messages import Message
from salonvault.files.outbound import EarlyWriteback

PAGE_SIZE = 4096
# The page holding byte 2**30 of a file larger than 1 GiB: SQLite keeps it for its file locks and
# never writes it, so in a SQLCipher file it is no page at all (no IV, no HMAC). A plain copy
# gets zeros there, as SQLite itself would leave it.
LOCK_BYTE_PAGE = 2**30 // PAGE_SIZE + 1
SALT_SIZE = 16  # page 1 starts with the salt where plain SQLite has its magic string
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE  # already a whole number of AES blocks
SQLITE_MAGIC = b"SQLite format 3\x00"
_HMAC_SALT_MASK = 0x3A
_HMAC_KDF_ITERATIONS = 2  # SQLCipher's "fast" KDF: the data key is already random
_DATA_END = PAGE_SIZE - RESERVE
_ZERO_RESERVE = bytes(RESERVE)
# Header offsets of a plain SQLite file (https://sqlite.org/fileformat.html#the_database_header).
_PAGE_SIZE_AT = 16
_WRITE_VERSION_AT = 18
_RESERVE_AT = 20
_ROLLBACK_JOURNAL = 1


def read_salt(first_page: bytes) -> bytes:
    return first_page[:SALT_SIZE]


# SQLCipher's HMAC settings this codec writes (storage/database.py: a vault's is always
# HMAC_SHA512; HMAC_SHA256 only for a verify's throwaway working copy). SQLCipher keeps the
# IV and the HMAC at the end of each page and encrypts everything before them; the plain pages
# keep RESERVE (80) bytes for them in their header, so with SHA-256 (48 bytes) the last 32 of
# those are encrypted along, and SQLite never reads them either way.
# The names are storage/database.py's VAULT_HMAC and WORKING_COPY_HMAC, spelled here so that
# `age`'s child, which imports this module, does not load the storage layer.
VAULT_HMAC = "HMAC_SHA512"
_HMAC_HASHES: dict[str, type[hashes.SHA512] | type[hashes.SHA256]] = {
    VAULT_HMAC: hashes.SHA512,
    "HMAC_SHA256": hashes.SHA256,
}


class PageCodec:
    """Encrypts and decrypts the pages of one SQLCipher file (one key, one salt)."""

    def __init__(self, data_key: bytes, salt: bytes, hmac_algorithm: str = VAULT_HMAC) -> None:
        if len(data_key) != 32 or len(salt) != SALT_SIZE:
            raise ValueError("a 256-bit key and a 16-byte salt are needed")
        self._key = algorithms.AES(data_key)
        self.salt = salt
        self.hmac_algorithm = hmac_algorithm
        digest = _HMAC_HASHES[hmac_algorithm]()
        self._data_end = PAGE_SIZE - IV_SIZE - digest.digest_size  # where the IV starts
        hmac_key = PBKDF2HMAC(
            algorithm=hashes.SHA512(),
            length=32,
            salt=bytes(b ^ _HMAC_SALT_MASK for b in salt),
            iterations=_HMAC_KDF_ITERATIONS,
        ).derive(data_key)
        self._hmac = hmac.HMAC(hmac_key, digest)  # keyed once, copied per page
        self._encryptor = Cipher(self._key, modes.CBC(bytes(IV_SIZE))).encryptor()
        self._chained_to = 0  # the running context's last ciphertext block (the zero IV first)

    def decrypt(self, number: int, page: bytes) -> bytes:
        """The plain SQLite page (reserved bytes zeroed); page 1 gets the SQLite magic back."""
        return bytes(self.decrypt_run(number, page))

    def decrypt_run(self, first_number: int, data: bytes) -> bytearray:
        """Consecutive pages at once, as `decrypt` would give them, about ten times faster.

        Every page's HMAC is checked first, here, on the very bytes decrypted: SQLCipher's own
        check of the same snapshot is no substitute, since it passes a page of zeros unchecked
        (what it reads past a file's end) and reads each page at another moment (decision 0008,
        session 12's review). Then the library's AES-CBC runs once over the whole run: CBC
        makes each plaintext block from its own ciphertext block and the one before it, so
        every block comes out right except each page's first, which was chained to the end of
        the previous page instead of to the page's own IV; XOR-ing in (that previous block
        XOR the IV) corrects it. Tests compare this with `decrypt` and open the result in
        SQLite.
        """
        if len(data) % PAGE_SIZE:
            raise ValueError("whole pages only")
        view = memoryview(data)
        self._authenticate_run(first_number, view)
        decryptor = Cipher(self._key, modes.CBC(bytes(IV_SIZE))).decryptor()
        plain = bytearray(decryptor.update(data) + decryptor.finalize())
        for offset in range(0, len(data), PAGE_SIZE):
            number = first_number + offset // PAGE_SIZE
            block = offset + (SALT_SIZE if number == 1 else 0)
            chained_to = int.from_bytes(view[block - IV_SIZE : block]) if block else 0
            iv = int.from_bytes(view[offset + self._data_end : offset + self._data_end + IV_SIZE])
            first = int.from_bytes(plain[block : block + IV_SIZE]) ^ chained_to ^ iv
            plain[block : block + IV_SIZE] = first.to_bytes(IV_SIZE)
            plain[offset + _DATA_END : offset + PAGE_SIZE] = _ZERO_RESERVE
            if number == 1:
                plain[offset : offset + SALT_SIZE] = SQLITE_MAGIC
            elif number == LOCK_BYTE_PAGE:
                plain[offset : offset + PAGE_SIZE] = bytes(PAGE_SIZE)
        return plain

    def _authenticate_run(self, first_number: int, view: memoryview) -> None:
        for offset in range(0, len(view), PAGE_SIZE):
            number = first_number + offset // PAGE_SIZE
            if number == LOCK_BYTE_PAGE:
                continue  # never written by SQLite, so it carries no HMAC (LOCK_BYTE_PAGE)
            start = SALT_SIZE if number == 1 else 0
            mac = self._hmac.copy()
            mac.update(view[offset + start : offset + self._data_end + IV_SIZE])
            mac.update(struct.pack("<I", number))
            try:
                mac.verify(bytes(view[offset + self._data_end + IV_SIZE : offset + PAGE_SIZE]))
            except InvalidSignature:
                raise VaultDamaged(
                    Message("backup.page_fails_authentication", number=number)
                ) from None

    def encrypt(self, number: int, plain: bytes) -> bytes:
        """One page under a fresh random IV. Pages are encrypted in order through one running
        CBC context (a new context per page costs more than the AES itself): its chaining
        block is XOR-ed out of each page's first block and the page's IV XOR-ed in, so every
        page comes out exactly as a CBC pass under its own IV (SQLCipher checks the result)."""
        start = SALT_SIZE if number == 1 else 0
        iv = os.urandom(IV_SIZE)
        data = plain[start : self._data_end]
        first = int.from_bytes(data[:IV_SIZE]) ^ self._chained_to ^ int.from_bytes(iv)
        body = self._encryptor.update(first.to_bytes(IV_SIZE) + data[IV_SIZE:])
        self._chained_to = int.from_bytes(body[-IV_SIZE:])
        mac = self._hmac.copy()
        mac.update(body)
        mac.update(iv)
        mac.update(struct.pack("<I", number))
        head = self.salt if number == 1 else b""
        return head + body + iv + mac.finalize()


def as_standalone_first_page(plain: bytes) -> bytes:
    page = bytearray(plain)
    mark_standalone(page)
    return bytes(page)


def mark_standalone(first_page: bytearray) -> None:
    """Page 1 marked for a rollback journal instead of WAL, so stock SQLite tools can open the
    restored file read-only or on read-only media without needing -wal/-shm files."""
    first_page[_WRITE_VERSION_AT] = _ROLLBACK_JOURNAL
    first_page[_WRITE_VERSION_AT + 1] = _ROLLBACK_JOURNAL


def check_plain_first_page(plain: bytes) -> None:
    """Only plain pages that came out of a SalonVault vault can go back into one."""
    if not plain.startswith(SQLITE_MAGIC):
        raise BackupInvalid("backup.file_does_contain_sqlite_database")
    page_size = struct.unpack(">H", plain[_PAGE_SIZE_AT : _PAGE_SIZE_AT + 2])[0]
    if page_size != PAGE_SIZE or plain[_RESERVE_AT] != RESERVE:
        raise BackupInvalid("backup.database_inside_salonvault_backup_page")


class EncryptedPageWriter:
    """Writes plain pages, in order, as a new SQLCipher file under `data_key`."""

    def __init__(self, out: BinaryIO, data_key: bytes, hmac_algorithm: str = VAULT_HMAC) -> None:
        self._out = out
        self.data_key = data_key
        self._codec = PageCodec(data_key, os.urandom(SALT_SIZE), hmac_algorithm)
        self._writeback = EarlyWriteback(out)
        self.pages = 0

    @property
    def codec_settings(self) -> tuple[bytes, bytes, str]:
        """Key, salt and HMAC setting: what another encrypter of this file's pages needs."""
        return self.data_key, self._codec.salt, self._codec.hmac_algorithm

    def write_page(self, plain: bytes) -> None:
        if self.pages == 0:
            check_plain_first_page(plain)
        self._write(self._codec.encrypt(self.pages + 1, plain))

    def write_encrypted_page(self, page: bytes) -> None:
        """A page another process has already encrypted under this writer's key and salt
        (OddRunEncrypter); SQLCipher checks its HMAC like any other when the copy is read."""
        if self.pages == 0:
            raise ValueError("page 1 is always encrypted here, after its check")
        self._write(page)

    def _write(self, page: bytes) -> None:
        self.pages += 1
        self._out.write(page)
        self._writeback.wrote(self.pages * PAGE_SIZE)  # to the drive as it is written


RUN_PAGES = 64  # the unit of work shared between two processes (256 KiB)


def encrypted_elsewhere(number: int) -> bool:
    """Whether page `number` of a working copy is encrypted by `age`'s child process (the
    odd runs of RUN_PAGES pages) rather than by the writer (the even runs, page 1 among them):
    re-encrypting a backup's pages is the longest step of a verify, so two processes share it."""
    return (number - 1) // RUN_PAGES % 2 == 1


class OddRunEncrypter:
    """In `age`'s child process: takes the plain bytes of a decrypting backup, encrypts the
    pages of the odd runs (encrypted_elsewhere) under the working copy's key and salt, and
    passes everything on in order. Bytes after the last whole page pass as they came, so the
    writer still sees a plaintext cut short."""

    def __init__(
        self, sink: IO[bytes], data_key: bytes, salt: bytes, hmac_algorithm: str = VAULT_HMAC
    ) -> None:
        self._sink = sink
        self._codec = PageCodec(data_key, salt, hmac_algorithm)
        self._pending = bytearray()
        self._next_page = 1

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._pending += data
        whole = len(self._pending) - len(self._pending) % PAGE_SIZE
        if whole:
            self._pass_on(memoryview(bytes(self._pending[:whole])))
            del self._pending[:whole]
        return len(data)

    def finish(self) -> None:
        self._sink.write(bytes(self._pending))
        self._pending.clear()

    def _pass_on(self, pages: memoryview) -> None:
        out = bytearray()
        for start in range(0, len(pages), PAGE_SIZE):
            page = pages[start : start + PAGE_SIZE]
            if encrypted_elsewhere(self._next_page):
                out += self._codec.encrypt(self._next_page, bytes(page))
            else:
                out += page
            self._next_page += 1
        self._sink.write(out)
