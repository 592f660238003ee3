"""The one door for files that leave the vault (salonvault/files/outbound.py, decision 0019).

First the program as a whole: every call in salonvault/ and ui/ that writes a file is either in
the door or on the commented allow-list of the vault's own files below. Then the door's rules:
what it refuses, the mode of what it writes, what a failing disk leaves behind and says.
"""

from __future__ import annotations

import ast
import errno
import io
import os
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from salonvault.domain.errors import (
    BackupError,
    BackupNotWritten,
    ExportError,
    ExportNotWritten,
    FileNotWritten,
    FileProblem,
    FileRefused,
    ValidationError,
)
from salonvault.files import outbound
from salonvault.files.outbound import (
    VAULT_FILE_NAMES,
    explain,
    start_writing_back,
    streamed_out,
    write_all_out,
    write_out,
)
from salonvault.security.keyslots import SLOT_FILE_NAME
from salonvault.storage.database import DATABASE_NAME
from tests.faults import FailOnCall, failing_open, os_error

ROOT = Path(__file__).resolve().parent.parent
DOOR = "salonvault/files/outbound.py"

# Writes that are not files leaving the vault: the vault's own files, each named by module and
# function. A new entry needs a reason here and in docs/decisions/0019-one-door-out.md.
IN_VAULT_WRITERS = {
    # vault.db itself: created empty, 0600, O_EXCL, before SQLCipher keys it
    ("salonvault/storage/database.py", "Database.create"),
    # SQLCipher opening vault.db (and its -wal/-shm), a check's or a restore's working copy
    ("salonvault/storage/database.py", "_connect"),
    # keyslots.json through keyslots.json.tmp: fsync, rename, folder fsync (its own rules)
    ("salonvault/security/keyslots.py", "_write_durably"),
    # the encrypted working copy of a backup being checked or restored (.verify-….db in the data
    # folder, .restoring-…/, or the CLI's private temporary folder): a key held in memory, 0600
    ("salonvault/backup/check.py", "decrypt_into"),
    # no file at all: the ":memory:" database the migrations build the expected schema in
    ("salonvault/storage/schema.py", "expected_schema"),
    # a restore swapping the vault's files within the data folder (and back on failure)
    ("salonvault/backup/restore.py", "move_aside"),
    ("salonvault/backup/restore.py", "put_back"),
    ("salonvault/backup/restore.py", "move_into_place"),
    # this PC's device key when there is no OS key store: the user's config folder, never in or
    # under the data folder (copying the folder must not copy the key); never leaves
    ("salonvault/security/device_store.py", "DeviceKeyStore._write_key_file"),
}


# -- finding every write ---------------------------------------------------------------------

_WRITE_MODE = set("wax+")
_WRITE_FLAGS = {"O_WRONLY", "O_RDWR", "O_CREAT", "O_APPEND", "O_TRUNC"}
_QT_WRITE = {"WriteOnly", "ReadWrite", "Append", "Truncate", "NewOnly"}
_IN_MEMORY = {"BytesIO", "StringIO", "QBuffer", "QByteArray"}
_PLACING = {"os.replace", "os.rename", "os.link", "os.symlink"}
_TEMPORARY = {"mkstemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"}
_QT_FILES = {"QSaveFile", "QPdfWriter", "setOutputFileName"}


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return "?"  # a call's or subscript's result: QFile(name).open(…) is "?.open"


def _names(node: ast.AST | None) -> set[str]:
    if node is None:
        return set()
    return {
        sub.attr if isinstance(sub, ast.Attribute) else sub.id
        for sub in ast.walk(node)
        if isinstance(sub, ast.Attribute | ast.Name)
    }


def _mode(call: ast.Call, position: int) -> ast.expr | None:
    given = [kw.value for kw in call.keywords if kw.arg == "mode"]
    if given:
        return given[0]
    return call.args[position] if len(call.args) > position else None


def _is_write_mode(node: ast.expr | None, unknown_writes: bool) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(_WRITE_MODE & set(node.value))
    return node is not None and unknown_writes


class _Writes(ast.NodeVisitor):
    """Calls that create, fill or place a file. Names bound to an in-memory buffer in the same
    function (io.BytesIO, QBuffer) are not files."""

    def __init__(self) -> None:
        self.scope: list[str] = []
        self.memory: list[set[str]] = [set()]
        self.found: list[tuple[str, str, int]] = []

    def _nested(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> None:
        self.scope.append(node.name)
        self.memory.append(set(self.memory[-1]))
        self.generic_visit(node)
        self.memory.pop()
        self.scope.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = _nested

    def visit_Assign(self, node: ast.Assign) -> None:
        value = node.value
        if isinstance(value, ast.Call) and _dotted(value.func).split(".")[-1] in _IN_MEMORY:
            self.memory[-1].update(t.id for t in node.targets if isinstance(t, ast.Name))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        kind = self._kind(node)
        if kind:
            self.found.append((".".join(self.scope) or "<module>", kind, node.lineno))
        self.generic_visit(node)

    def _kind(self, call: ast.Call) -> str | None:
        name = _dotted(call.func)
        last = name.split(".")[-1]
        method = isinstance(call.func, ast.Attribute)
        receiver = _dotted(call.func.value) if isinstance(call.func, ast.Attribute) else ""
        if last in ("write_bytes", "write_text"):
            return last
        if name in ("open", "io.open", "builtins.open"):
            return "open" if _is_write_mode(_mode(call, 1), unknown_writes=True) else None
        if name == "os.open":
            flags = call.args[1] if len(call.args) > 1 else None
            named = _names(flags)  # flags spelled out: write ones; flags in a variable: unknown
            known = any(name.startswith("O_") for name in named)
            return "os.open" if _WRITE_FLAGS & named or not known else None
        if method and last == "open":
            if receiver in self.memory[-1]:
                return None
            if _QT_WRITE & set().union(*(_names(a) for a in call.args)):
                return "Qt open for writing"
            return ".open" if _is_write_mode(_mode(call, 0), unknown_writes=False) else None
        if name.startswith("shutil.") and last.startswith(("copy", "move")):
            return None if last == "copyfileobj" else name
        if name in _PLACING:
            return name
        if last in _TEMPORARY or last in _QT_FILES:
            return last
        if last == "connect" and name.split(".")[0] in ("sqlite3", "sqlcipher3"):
            return name
        if method and last in ("rename", "replace", "symlink_to", "hardlink_to"):
            # Path.replace(target) takes one argument; str.replace and datetime.replace do not
            return f".{last}" if len(call.args) == 1 and not call.keywords else None
        if method and last == "touch" and not call.args:
            return ".touch"
        if method and last == "save" and call.args:  # Pillow and Qt images: to a path or buffer
            first = call.args[0]
            return None if isinstance(first, ast.Name) and first.id in self.memory[-1] else ".save"
        return None


def writes_in(source: str) -> list[tuple[str, str, int]]:
    finder = _Writes()
    finder.visit(ast.parse(source))
    return finder.found


def program_writes() -> Iterator[tuple[str, str, str, int]]:
    for package in ("salonvault", "ui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            module = path.relative_to(ROOT).as_posix()
            for scope, kind, line in writes_in(path.read_text(encoding="utf-8")):
                yield module, scope, kind, line


def test_every_file_the_program_writes_goes_through_the_door_or_is_the_vaults_own() -> None:
    found = list(program_writes())
    stray = [
        f"{module}:{line} {scope} ({kind})"
        for module, scope, kind, line in found
        if module != DOOR and (module, scope) not in IN_VAULT_WRITERS
    ]
    assert not stray, (
        "files written outside the door out (salonvault/files/outbound.py); write them through"
        " a service that uses it, or, for the vault's own files, list them with a reason:\n"
        + "\n".join(stray)
    )
    used = {(module, scope) for module, scope, _, _ in found}
    assert used >= IN_VAULT_WRITERS, f"stale allow-list entries: {IN_VAULT_WRITERS - used}"
    assert any(module == DOOR for module, *_ in found), "the door itself is found"


@pytest.mark.parametrize(
    "snippet",
    [
        'Path("x").write_bytes(b"")',
        'Path("x").write_text("")',
        'open(name, "w")',
        'open(name, mode="ab")',
        'with open(name, "xb") as out: pass',
        "open(name, chosen_mode)",
        'path.open("w", encoding="utf-8")',
        "os.open(name, os.O_WRONLY | os.O_CREAT, 0o600)",
        "os.open(name, flags)",
        "shutil.copy(a, b)",
        "shutil.copy2(a, b)",
        "shutil.copyfile(a, b)",
        "shutil.move(a, b)",
        "os.replace(a, b)",
        "path.replace(other)",
        "tempfile.NamedTemporaryFile(delete=False)",
        'image.save("photo.jpg", "JPEG")',
        "image.save(path)",
        "QFile(name).open(QIODevice.OpenModeFlag.WriteOnly)",
        "QSaveFile(name)",
        "printer.setOutputFileName(name)",
        "sqlite3.connect(name)",
        "path.touch()",
    ],
)
def test_the_finder_sees_a_write(snippet: str) -> None:
    assert writes_in(f"def f():\n    {snippet}\n"), snippet


@pytest.mark.parametrize(
    "snippet",
    [
        "open(name)",
        'open(name, "rb")',
        'path.open("rb")',
        "path.read_bytes()",
        "os.open(folder, os.O_RDONLY)",
        "vault.clients.open(session, client_id)",
        'text.replace("a", "b")',
        "moment.replace(year=2000)",
        'out = io.BytesIO()\n    image.save(out, "PNG")',
        "buffer = QBuffer(data)\n    buffer.open(QIODevice.OpenModeFlag.WriteOnly)",
        "self.save(acknowledged=True)",
        "guard.touch(session)",
        "shutil.copyfileobj(a, b)",
    ],
)
def test_the_finder_lets_reads_and_memory_pass(snippet: str) -> None:
    assert not writes_in(f"def f():\n    {snippet}\n"), snippet


def test_a_stray_write_in_the_program_is_caught(tmp_path: Path) -> None:
    """What the walk does with a module that writes on its own (the report's stray write)."""
    module = textwrap.dedent(
        """
        from pathlib import Path

        def save_report(data: bytes) -> None:
            Path("report.pdf").write_bytes(b"")
        """
    )
    assert writes_in(module) == [("save_report", "write_bytes", 5)]


# -- the door's rules ------------------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "salon"
    (folder / "backups" / "before-upgrade").mkdir(parents=True)
    (folder / DATABASE_NAME).write_bytes(b"the vault")
    (folder / SLOT_FILE_NAME).write_bytes(b"the slots")
    return folder


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _vault_files(data_dir: Path) -> dict[str, bytes]:
    return {
        p.relative_to(data_dir).as_posix(): p.read_bytes()
        for p in data_dir.rglob("*")
        if p.is_file()
    }


def test_the_vaults_own_names_are_the_ones_storage_and_security_use() -> None:
    for name in (
        DATABASE_NAME,
        f"{DATABASE_NAME}-wal",
        f"{DATABASE_NAME}-shm",
        SLOT_FILE_NAME,
        f"{SLOT_FILE_NAME}.prev",
        f"{SLOT_FILE_NAME}.tmp",
    ):
        assert name in VAULT_FILE_NAMES


def test_the_data_folder_and_everything_under_it_is_refused(data_dir: Path, out: Path) -> None:
    before = _vault_files(data_dir)
    (out / "into-vault").symlink_to(data_dir, target_is_directory=True)
    (out / "kit.pdf").symlink_to(data_dir / "kit.pdf")
    targets = [
        data_dir,
        data_dir / "report.pdf",
        data_dir / "backups" / "form.pdf",
        data_dir / "backups" / ".." / "form.pdf",
        out / "into-vault" / "report.pdf",  # a folder that is a symlink into the vault
        out / "kit.pdf",  # a file name that is a symlink into it
    ]
    for target in targets:
        with pytest.raises(FileRefused) as refused:
            write_out(target, b"%PDF", data_dir)
        assert refused.value.problem is FileProblem.INSIDE_VAULT, target
        assert refused.value.key == "file.inside_vault"
        assert isinstance(refused.value, ValidationError) and refused.value.exit_code == 2
        assert "outside the vault's folder" in str(refused.value)
    assert _vault_files(data_dir) == before
    assert sorted(p.name for p in out.iterdir()) == ["into-vault", "kit.pdf"]


def test_the_vaults_own_names_are_refused_anywhere(data_dir: Path, out: Path) -> None:
    for name in ("vault.db", "keyslots.json", "keyslots.json.prev", "Vault.DB", "vault.db-wal"):
        with pytest.raises(FileRefused) as refused:
            write_out(out / name, b"x", data_dir)
        assert refused.value.problem is FileProblem.VAULT_FILE
        assert name in str(refused.value)
    assert list(out.iterdir()) == []


def test_a_folder_a_missing_folder_and_an_existing_file_when_asked_not_to_replace(
    data_dir: Path, out: Path
) -> None:
    with pytest.raises(FileRefused, match="is a folder") as folder:
        write_out(out, b"x", data_dir)
    assert folder.value.problem is FileProblem.IS_FOLDER
    with pytest.raises(FileNotWritten, match="is not there") as missing:
        write_out(out / "stick" / "x.pdf", b"x", data_dir)
    assert missing.value.problem is FileProblem.NO_FOLDER
    assert missing.value.folder == out / "stick"
    (out / "key.txt").write_text("the first key")
    with pytest.raises(FileRefused, match="already exists") as exists:
        write_out(out / "key.txt", b"x", data_dir, replace=False, field="recovery_key_file")
    assert exists.value.field == "recovery_key_file"
    assert (out / "key.txt").read_text() == "the first key"


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    before = os.umask(0)
    try:
        yield
    finally:
        os.umask(before)


@pytest.mark.skipif(os.name != "posix", reason="Unix modes")
@pytest.mark.usefixtures("permissive_umask")
def test_written_files_are_private_even_with_a_permissive_umask(data_dir: Path, out: Path) -> None:
    old = out / "report.pdf"
    old.write_bytes(b"an older report")
    old.chmod(0o644)
    assert write_out(old, b"%PDF new", data_dir) == old
    assert old.read_bytes() == b"%PDF new"
    assert old.stat().st_mode & 0o777 == 0o600
    written = write_all_out({out / "a.csv": b"a", out / "b.csv": b"b"}, data_dir)
    assert [p.stat().st_mode & 0o777 for p in written] == [0o600, 0o600]
    with streamed_out(out / "big.svbak", data_dir) as (handle, finish):
        handle.write(b"streamed")
        path = finish()
    assert path.read_bytes() == b"streamed" and path.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in out.iterdir()) == ["a.csv", "b.csv", "big.svbak", "report.pdf"]


@pytest.mark.parametrize("limit", [0, 3, 10])
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_a_write_failing_midway_leaves_the_old_file_and_no_temporary(
    data_dir: Path, out: Path, monkeypatch: pytest.MonkeyPatch, limit: int, code: int
) -> None:
    target = out / "form.pdf"
    target.write_bytes(b"the form saved last week")
    monkeypatch.setattr(outbound, "open", failing_open(limit, code, modes="x"), raising=False)
    with pytest.raises(FileNotWritten) as caught:
        write_out(target, b"%PDF-1.4 a much longer new form", data_dir)
    expected = FileProblem.FULL if code == errno.ENOSPC else FileProblem.REMOVED
    assert caught.value.problem is expected
    assert target.read_bytes() == b"the form saved last week"
    assert [p.name for p in out.iterdir()] == ["form.pdf"]


@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_a_failing_sync_or_rename_leaves_the_old_file_and_no_temporary(
    data_dir: Path, out: Path, monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    target = out / "notice.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(outbound.os, call, FailOnCall(getattr(os, call), 1, errno.EIO))
    with pytest.raises(FileNotWritten, match="stopped answering"):
        write_out(target, b"new", data_dir)
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert [p.name for p in out.iterdir()] == ["notice.pdf"]


def test_all_files_or_none(data_dir: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = out / "x-clients.csv", out / "x-visits.csv"
    real = os.fsync
    monkeypatch.setattr(outbound.os, "fsync", FailOnCall(real, 2, errno.ENOSPC))
    with pytest.raises(FileNotWritten, match="is full"):
        write_all_out({first: b"clients", second: b"visits"}, data_dir)
    assert list(out.iterdir()) == []


def test_a_folder_that_cannot_be_synced_is_not_a_failure_but_a_failing_drive_is(
    data_dir: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outbound, "sync_folder", FailOnCall(os.fsync, 1, errno.EINVAL))
    assert write_out(out / "a.pdf", b"a", data_dir).read_bytes() == b"a"
    monkeypatch.setattr(outbound, "sync_folder", FailOnCall(os.fsync, 1, errno.EIO))
    with pytest.raises(FileNotWritten, match="stopped answering"):
        write_out(out / "b.pdf", b"b", data_dir)
    assert [p.name for p in out.iterdir()] == ["a.pdf"], "a rename that may not last is removed"


def test_streaming_leaves_nothing_when_the_block_fails_or_ends_unfinished(
    data_dir: Path, out: Path
) -> None:
    with pytest.raises(KeyError), streamed_out(out / "a.svbak", data_dir) as (handle, _):
        handle.write(b"half")
        raise KeyError("the caller's own failure passes unchanged")
    with streamed_out(out / "b.svbak", data_dir) as (handle, _):
        handle.write(b"never finished")
    with pytest.raises(FileNotWritten, match="is full"), streamed_out(out / "c.svbak", data_dir):
        raise os_error(errno.ENOSPC)
    assert list(out.iterdir()) == []


def test_streaming_into_the_vaults_own_backup_folder_only_when_named(data_dir: Path) -> None:
    own = data_dir / "backups" / "before-upgrade"
    with pytest.raises(FileRefused), streamed_out(own / "x.svbak", data_dir):
        pass
    with streamed_out(own / "x.svbak", data_dir, own_folder=own) as (handle, finish):
        handle.write(b"encrypted")
        assert finish() == own / "x.svbak"
    with pytest.raises(FileRefused), streamed_out(data_dir / "x.svbak", data_dir, own_folder=own):
        pass
    with pytest.raises(FileRefused), streamed_out(own / DATABASE_NAME, data_dir, own_folder=own):
        pass


FOLDER = Path("/media/usb")


@pytest.mark.parametrize(
    ("code", "problem", "words"),
    [
        (errno.ENOSPC, FileProblem.FULL, "is full"),
        (errno.EDQUOT, FileProblem.FULL, "is full"),
        (errno.EROFS, FileProblem.READ_ONLY, "read-only"),
        (errno.EACCES, FileProblem.NO_PERMISSION, "no permission"),
        (errno.EPERM, FileProblem.NO_PERMISSION, "no permission"),
        (errno.ENOENT, FileProblem.REMOVED, "was removed"),
        (errno.ENODEV, FileProblem.REMOVED, "was removed"),
        (errno.EIO, FileProblem.REMOVED, "stopped answering"),
        (errno.ENAMETOOLONG, FileProblem.OTHER, os.strerror(errno.ENAMETOOLONG)),
    ],
)
def test_each_disk_error_is_one_sentence_with_a_key(
    code: int, problem: FileProblem, words: str
) -> None:
    error = explain(os_error(code), FOLDER / "kit.pdf")
    assert error.problem is problem and error.key == f"file.{problem.name.lower()}"
    assert error.folder == FOLDER and error.path == FOLDER / "kit.pdf"
    text = str(error)
    assert words in text and str(FOLDER) in text, text
    assert text.endswith("; nothing was written.") and text.count(".") == 1 and "\n" not in text
    assert isinstance(error, FileNotWritten) and error.exit_code == 9


@pytest.mark.parametrize(
    ("failure", "family", "exit_code", "ending"),
    [
        (ExportNotWritten, ExportError, 9, "; nothing was exported."),
        (BackupNotWritten, BackupError, 10, "; earlier backups were not touched."),
    ],
)
def test_callers_keep_their_error_family_and_say_what_it_means_for_them(
    failure: Any, family: type[Exception], exit_code: int, ending: str
) -> None:
    error = explain(os_error(errno.ENOSPC), FOLDER / "x", failure)
    assert isinstance(error, family) and isinstance(error, FileNotWritten)
    assert error.exit_code == exit_code and str(error).endswith(ending)
    assert error.key == "file.full"


def test_a_service_saving_a_document_refuses_the_place_before_making_it(
    data_dir: Path, out: Path
) -> None:
    """Making a document is logged; a refused place must not leave a log entry for nothing."""
    from salonvault.services.outbound import save_document

    made: list[int] = []

    def make() -> bytes:
        made.append(1)
        return b"%PDF"

    with pytest.raises(FileRefused):
        save_document(data_dir / "x.pdf", data_dir, make)
    with pytest.raises(FileNotWritten):
        save_document(out / "gone" / "x.pdf", data_dir, make)
    assert made == []
    assert save_document(out / "x.pdf", data_dir, make).read_bytes() == b"%PDF"
    assert made == [1]


def test_starting_the_writeback_early_leaves_the_file_whole(tmp_path: Path) -> None:
    """The hint given every 32 MiB while a backup or a working copy is written: the bytes
    are all there afterwards, and a handle with no descriptor is simply left to its fsync."""
    path = tmp_path / "big.bin"
    pieces = [os.urandom(1 << 20) for _ in range(3)]
    with open(path, "wb") as handle:
        for number, piece in enumerate(pieces):
            handle.write(piece)
            start_writing_back(handle, number << 20, 1 << 20)
        memory = io.BytesIO(b"x")
        start_writing_back(memory, 0, 1)
    assert path.read_bytes() == b"".join(pieces)
    assert memory.getvalue() == b"x"


@pytest.mark.parametrize("drop_behind", [False, True])
def test_the_pacer_hands_every_stretch_once_and_drops_only_what_was_handed_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, drop_behind: bool
) -> None:
    """EarlyWriteback: each stretch of 32 MiB is handed to the drive once, in order; with
    `drop_behind` (a backup file) the stretch handed the time before is dropped as well, never
    the one just written, and never "to the end" (a length of 0 would mean the whole file)."""
    calls: list[tuple[int, int]] = []
    monkeypatch.setattr(
        outbound, "start_writing_back", lambda handle, start, length: calls.append((start, length))
    )
    pacer = outbound.EarlyWriteback(io.BytesIO(), drop_behind=drop_behind)
    step = outbound.WRITE_BACK_EVERY
    for total in range(step // 2, 4 * step, step // 2):
        pacer.wrote(total)
    handed = [(0, step), (step, step), (2 * step, step)]
    if drop_behind:
        assert calls == [handed[0], handed[1], handed[0], handed[2], handed[1]]
    else:
        assert calls == handed
    assert all(length > 0 for _, length in calls)
