"""`age` on the second core: pyrage in a process of its own, fed and drained through pipes.

pyrage holds the GIL while it encrypts or decrypts, and so does the page codec
(`cryptography`): in one process the two take turns on one core (measured: a Python thread
beside `encrypt_io` gets about half a core, and `encrypt_io` slows down as much). For a large
vault, age therefore runs in a child process (this module's `worker_main`, started as
`python -c` or, in the frozen programs, as the program itself with WORKER_FLAG), so the codec
and age each have a core. The plaintext crosses only pipes (kernel memory), never the disk, as
before, and the key goes through the child's standard input, never its command line. The files
(the vault, the target, the working copy) are still read and written by this process, with
their errors, progress and cancel. Small vaults stay in one process: a child costs a few tenths
of a second to start.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Literal

import pyrage

from salonvault.backup.sqlcipher_pages import OddRunEncrypter

if sys.platform != "win32":
    import fcntl

PROCESS_FROM_BYTES = 64 * 1024 * 1024  # below this, one process is quicker than starting one
WORKER_FLAG = "--salonvault-age-worker"  # the frozen programs' entry points look for it first
_CHUNK = 256 * 1024
_PIPE_BYTES = 1024 * 1024
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])

Mode = Literal["encrypt", "decrypt"]
_PAGES_OPTION = "pages="


def worker_main() -> None:
    """The child: one line "MODE KEY OPTION" on standard input, then age from there to
    standard output; on failure age's text on standard error and exit status 1. OPTION
    (decrypt) "discard": the plain bytes are checked by age and then dropped, nothing comes
    back (a read-back after a backup needs only to know that every chunk authenticates);
    "pages=KEY.SALT.HMAC" (key and salt in hex): the pages of the odd runs come back already
    encrypted for the working copy under those (sqlcipher_pages.OddRunEncrypter), "-" none."""
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    mode, key, option = source.readline().decode("ascii").split()
    try:
        if mode == "encrypt":
            pyrage.encrypt_io(source, sink, [pyrage.x25519.Recipient.from_str(key)])
        else:
            out = _Discard() if option == "discard" else _shared_pages(option, sink)
            pyrage.decrypt_io(source, out, [pyrage.x25519.Identity.from_str(key)])
            if isinstance(out, OddRunEncrypter):
                out.finish()
        sink.flush()
    except Exception as error:  # every failure goes back as text
        sys.stderr.write(str(error) or type(error).__name__)
        sys.stderr.flush()
        sys.exit(1)


def _shared_pages(option: str, sink: IO[bytes]) -> IO[bytes] | OddRunEncrypter:
    if not option.startswith(_PAGES_OPTION):
        return sink
    data_key, salt, hmac_algorithm = option.removeprefix(_PAGES_OPTION).split(".")
    return OddRunEncrypter(sink, bytes.fromhex(data_key), bytes.fromhex(salt), hmac_algorithm)


class _Discard(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        return len(data)


def usable_cores() -> int:
    """The cores this process may run on (its affinity, where the system tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def in_a_child(plain_bytes: int) -> bool:
    """Whether age runs in a child process for a stream of this size: only when there is a
    second core for it (on one, the child's start and the pipes would be pure cost) and the
    vault is large enough to pay for starting it."""
    return plain_bytes >= PROCESS_FROM_BYTES and usable_cores() > 1


def _widen(*pipes: IO[bytes]) -> None:
    """Linux pipes hold 64 KiB: less than one of our 256 KiB reads, so each side would wait
    for the other at every read. A wider pipe lets the page codec, age and the writing of the
    file run at once (1 MiB is what an unprivileged process may ask for)."""
    if sys.platform != "win32" and hasattr(fcntl, "F_SETPIPE_SZ"):  # Linux only
        for pipe in pipes:
            with contextlib.suppress(OSError):
                fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_BYTES)


def _command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    code = "from salonvault.backup.age_process import worker_main; worker_main()"
    return [sys.executable, "-c", code]


def age_in_child(
    mode: Mode,
    key: str,
    source: io.RawIOBase,
    sink: io.RawIOBase | None,
    share_pages: tuple[bytes, bytes, str] | None = None,
) -> str | None:
    """Run age over `source` into `sink` in a child process; None when age finished, else its
    failure text. `source` is read in this thread (its progress and cancel stay here), `sink`
    written in a thread of this process; with no `sink` (decrypt only) the plain bytes never
    come back at all. With `share_pages` (a working copy's data key, salt and HMAC) the child
    encrypts the odd runs of pages itself (worker_main). An exception from either stream is
    raised as it came (after the child is stopped): the caller's streams remember theirs, as
    in one process."""
    if sink is None:
        option = "discard"
    elif share_pages is not None:
        data_key, salt, hmac_algorithm = share_pages
        option = f"{_PAGES_OPTION}{data_key.hex()}.{salt.hex()}.{hmac_algorithm}"
    else:
        option = "-"
    path = os.pathsep.join(p for p in (_PACKAGE_ROOT, os.environ.get("PYTHONPATH", "")) if p)
    process = subprocess.Popen(  # noqa: S603 - this program itself, no shell, no user input
        _command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": path},
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console flash (Windows)
    )
    assert process.stdin and process.stdout and process.stderr  # PIPE given
    into, out_of = process.stdin, process.stdout
    _widen(into, out_of)
    drain_error: list[BaseException] = []

    def drain() -> None:
        try:
            while data := out_of.read(_CHUNK):
                if sink is not None:
                    sink.write(data)
        except BaseException as error:  # handed to the calling thread
            drain_error.append(error)
            process.kill()  # unblocks the feeding below

    drainer = threading.Thread(target=drain, name="age-drain", daemon=True)
    drainer.start()
    try:
        try:
            into.write(f"{mode} {key} {option}\n".encode("ascii"))
            while data := source.read(_CHUNK):
                into.write(data)
            into.close()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the child stopped: its status says why
        except BaseException:
            process.kill()
            raise
        drainer.join()
        failure = process.stderr.read()  # a line at most, written as the child ends
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        drainer.join()
    if drain_error:
        raise drain_error[0]
    if process.returncode == 0:
        return None
    return failure.decode("utf-8", "replace").strip() or "the age process ended early"
