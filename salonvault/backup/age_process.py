"""`age` on the second core: pyrage in a process of its own, fed and drained through pipes.

pyrage holds the GIL while it encrypts or decrypts, and so does the page codec
(`cryptography`): in one process the two take turns on one core (measured: a Python thread
beside `encrypt_io` gets about half a core, and `encrypt_io` slows down as much). For a large
vault, age therefore runs in a child process (multiprocessing's "spawn": safe beside Qt's and
SQLite's threads; the frozen programs call `freeze_support`), so the codec and age each have a
core. The plaintext crosses only pipes (kernel memory), never the disk, as before; the files
(the vault, the target, the working copy) are still read and written by this process, with
their errors, progress and cancel. Small vaults stay in one process: a child costs a few tenths
of a second to start.
"""

from __future__ import annotations

import io
import multiprocessing
import threading
from multiprocessing.connection import Connection
from typing import Literal

import pyrage

PROCESS_FROM_BYTES = 64 * 1024 * 1024  # below this, one process is quicker than starting one
_CHUNK = 256 * 1024
_END = b""  # after it, the child sends its outcome: ("ok", "") or ("failed", age's text)
_JOIN_S = 10.0

Mode = Literal["encrypt", "decrypt"]


class _Received(io.RawIOBase):
    """What the other process sends, as a stream pyrage can read (ends at the end mark)."""

    def __init__(self, connection: Connection) -> None:
        super().__init__()
        self._connection = connection
        self._pending = memoryview(b"")
        self._ended = False

    def readable(self) -> bool:
        return True

    def readinto(self, target: bytearray | memoryview) -> int:  # type: ignore[override]
        if not self._pending:
            if self._ended:
                return 0
            data = self._connection.recv_bytes()
            if not data:
                self._ended = True
                return 0
            self._pending = memoryview(data)
        size = min(len(target), len(self._pending))
        target[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


class _Sent(io.RawIOBase):
    def __init__(self, connection: Connection) -> None:
        super().__init__()
        self._connection = connection

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if len(data):
            self._connection.send_bytes(data)
        return len(data)


def _child(mode: Mode, key: str, inbound: Connection, outbound: Connection) -> None:
    """The child process: age from `inbound` to `outbound`, then the end mark and the outcome."""
    try:
        if mode == "encrypt":
            recipient = pyrage.x25519.Recipient.from_str(key)
            pyrage.encrypt_io(_Received(inbound), _Sent(outbound), [recipient])
        else:
            identity = pyrage.x25519.Identity.from_str(key)
            pyrage.decrypt_io(_Received(inbound), _Sent(outbound), [identity])
        outcome = ("ok", "")
    except Exception as error:  # every failure goes back as text
        outcome = ("failed", str(error) or type(error).__name__)
    try:
        outbound.send_bytes(_END)
        outbound.send(outcome)
    except OSError:
        pass  # the parent gave up first (its own failure is the one it reports)


def age_in_child(mode: Mode, key: str, source: io.RawIOBase, sink: io.RawIOBase) -> str | None:
    """Run age over `source` into `sink` in a child process; None when age finished, else its
    failure text. `source` is read in this thread (its progress and cancel stay here), `sink`
    written in a thread of this process. An exception from either is raised as it came (after
    the child is stopped): the caller's streams remember theirs, as in one process."""
    context = multiprocessing.get_context("spawn")
    to_child, child_inbound = _pipe(context)
    child_outbound, from_child = _pipe(context)
    process = context.Process(
        target=_child, args=(mode, key, child_inbound, child_outbound), daemon=True
    )
    process.start()
    child_inbound.close()  # only the child holds these ends: its exit is then seen here
    child_outbound.close()
    outcome: list[tuple[str, str]] = []
    drain_error: list[BaseException] = []

    def drain() -> None:
        try:
            while data := from_child.recv_bytes():
                sink.write(data)
            outcome.append(from_child.recv())
        except BaseException as error:  # handed to the calling thread
            drain_error.append(error)
            process.kill()  # unblocks the feeding below

    drainer = threading.Thread(target=drain, name="age-drain", daemon=True)
    drainer.start()
    try:
        try:
            while data := source.read(_CHUNK):
                to_child.send_bytes(data)
            to_child.send_bytes(_END)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the child stopped: the drain knows why
        except BaseException:
            process.kill()
            raise
        finally:
            to_child.close()
        drainer.join()
    finally:
        process.join(_JOIN_S)
        if process.is_alive():
            process.kill()
            process.join()
        from_child.close()
    if drain_error and not isinstance(drain_error[0], EOFError):
        raise drain_error[0]
    if not outcome:
        return "the age process ended early"
    status, text = outcome[0]
    return None if status == "ok" else text


def _pipe(context: multiprocessing.context.SpawnContext) -> tuple[Connection, Connection]:
    """A one-way pipe as (writing end, reading end)."""
    reader, writer = context.Pipe(duplex=False)
    return writer, reader
