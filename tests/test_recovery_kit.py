"""The Recovery Kit PDF, checked with the tools an owner (or their IT helper) would use.

Real PDFs go through poppler's pdftotext and pdffonts, and the key printed on the page is fed to
the stock `age` tool: if these pass, the sheet in the safe really opens a backup.
"""

from __future__ import annotations

import builtins
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from salonvault.documents.fonts import CJK_FONT, mixed_script_markup, register_fonts
from salonvault.documents.recovery_kit import recovery_kit_pdf
from salonvault.resources import resource_path
from salonvault.security.recovery import RecoveryKey, generate_recovery_key

CREATED = date(2026, 11, 22)
EN_DASH = "\N{EN DASH}"  # as in a real salon name; ruff flags the literal
KEY_LINE = re.compile(r"^\s*(AGE-SECRET-KEY-1[0-9A-Z]+)\s*$", re.MULTILINE)
PUBLIC_KEY = re.compile(r"\bage1[0-9a-z]{58}\b")
GROUP_ROW = re.compile(r"^[0-9A-Z]{1,4}( +[0-9A-Z]{1,4})*$")
TOOL_PACKAGES = {"pdftotext": "poppler-utils", "pdffonts": "poppler-utils", "age": "age"}


@dataclass(frozen=True)
class Case:
    language: str
    salon: str
    address: str
    instruction: str  # a sentence of the restore steps, in that language


CASES = [
    Case("en", f"Salon Hoa Mai {EN_DASH} Đà Nẵng", "12 Trần Phú\nHải Châu, Đà Nẵng",
         "In the first-run setup, choose “Restore from backup”."),
    Case("vi", f"Salon Hoa Mai {EN_DASH} Đà Nẵng", "12 Trần Phú, Hải Châu, Đà Nẵng",
         "Trong phần thiết lập lần đầu, chọn “Khôi phục từ bản sao lưu”."),
    Case("pl", "Salon Urody Źródło Łódź", "ul. Piotrkowska 104\n90-001 Łódź",
         "Podczas konfiguracji przy pierwszym uruchomieniu wybierz „Przywróć z kopii zapasowej”."),
    Case("zh_CN", "美发沙龙 上海", "上海市黄浦区南京东路 100 号",
         "在首次运行的设置中选择“从备份恢复”。"),
]  # fmt: skip


@dataclass(frozen=True)
class Kit:
    case: Case
    key: RecoveryKey
    pdf: bytes
    path: Path


def tool(name: str) -> str:
    """The tool's path; a missing tool fails the test and says what to install."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"`{name}` is not installed: apt-get install {TOOL_PACKAGES[name]}")
    return path


def run(*args: str | Path, stdin: bytes = b"") -> str:
    result = subprocess.run(
        [tool(str(args[0])), *map(str, args[1:])],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout.decode("utf-8")


def squashed(text: str) -> str:
    """Text without whitespace: pdftotext breaks lines where the paragraph wrapped."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def key() -> RecoveryKey:
    return generate_recovery_key()


@pytest.fixture(scope="module", params=CASES, ids=[case.language for case in CASES])
def kit(
    request: pytest.FixtureRequest, key: RecoveryKey, tmp_path_factory: pytest.TempPathFactory
) -> Kit:
    case: Case = request.param
    pdf = recovery_kit_pdf(
        case.salon, case.address, key.secret, key.public_key, CREATED, case.language
    )
    path = tmp_path_factory.mktemp(f"kit-{case.language}") / "recovery-kit.pdf"
    path.write_bytes(pdf)
    return Kit(case, key, pdf, path)


def test_is_a_pdf(kit: Kit) -> None:
    assert isinstance(kit.pdf, bytes)
    assert kit.pdf.startswith(b"%PDF-")
    assert kit.pdf.rstrip().endswith(b"%%EOF")


@pytest.mark.parametrize("layout", [True, False], ids=["layout", "plain"])
def test_text_holds_key_salon_and_steps(kit: Kit, layout: bool) -> None:
    text = run("pdftotext", *(["-layout"] if layout else []), kit.path, "-")
    assert kit.key.secret in text
    assert KEY_LINE.findall(text) == [kit.key.secret], "the key must be on one line of its own"
    assert kit.key.public_key in text
    assert kit.case.salon in text
    assert squashed(kit.case.instruction) in squashed(text)
    assert "age -d -i recovery-key.txt BACKUP.svbak > salon.sqlite" in text


def test_groups_of_four_spell_the_key(kit: Kit) -> None:
    lines = [line.strip() for line in run("pdftotext", "-layout", kit.path, "-").splitlines()]
    start = lines.index("AGE-SECRET-KEY-1") + 1
    groups: list[str] = []
    for line in lines[start:]:
        if not GROUP_ROW.match(line):
            break
        groups.extend(line.split())
    assert all(len(group) == 4 for group in groups[:-1])
    assert "AGE-SECRET-KEY-1" + "".join(groups) == kit.key.secret


def test_every_font_is_embedded_and_subset(kit: Kit) -> None:
    rows = run("pdffonts", kit.path).splitlines()[2:]  # after the header and the dashes
    assert rows, "pdffonts listed no fonts"
    for row in rows:
        name, emb, sub = row.split()[0], row.split()[-5], row.split()[-4]
        assert (emb, sub) == ("yes", "yes"), f"{name} is not embedded as a subset: {row}"
    names = " ".join(row.split()[0] for row in rows)
    assert "NotoSans-Regular" in names
    assert "NotoSansMono-Regular" in names
    if kit.case.language == "zh_CN":
        assert "DroidSansFallback" in names


def test_printed_key_decrypts_what_the_printed_public_key_encrypts(
    kit: Kit, tmp_path: Path
) -> None:
    """Type the key line from the page into a file, as the kit says, and use stock age."""
    text = run("pdftotext", kit.path, "-")
    (key_line,) = KEY_LINE.findall(text)
    public_key = PUBLIC_KEY.search(text)
    assert public_key is not None
    key_file = tmp_path / "recovery-key.txt"
    key_file.write_text(key_line + "\n", encoding="utf-8")
    backup = tmp_path / "BACKUP.svbak"
    plaintext = "SQLite format 3 — Hoa Nguyễn, Kasia Nowak, 美发".encode()
    run("age", "-r", public_key.group(0), "-o", backup, stdin=plaintext)
    assert run("age", "-d", "-i", key_file, backup).encode() == plaintext


def test_unknown_language_is_refused(key: RecoveryKey) -> None:
    with pytest.raises(ValueError, match="language"):
        recovery_kit_pdf("Salon", "Street 1", key.secret, key.public_key, CREATED, "de")


@pytest.mark.parametrize("secret", ["", "AGE-SECRET-KEY-1 ABC", "AGE-SECRET-KEY-1ABC\n"])
def test_a_key_that_would_not_print_on_one_line_is_refused(secret: str, key: RecoveryKey) -> None:
    with pytest.raises(ValueError, match="recovery key"):
        recovery_kit_pdf("Salon", "Street 1", secret, key.public_key, CREATED, "en")


def test_chinese_salon_name_in_an_english_kit_renders(key: RecoveryKey, tmp_path: Path) -> None:
    path = tmp_path / "kit.pdf"
    path.write_bytes(
        recovery_kit_pdf(
            "Tóc Đẹp 美发 & Co", "上海 <1号>", key.secret, key.public_key, CREATED, "en"
        )
    )
    text = run("pdftotext", path, "-")
    assert "Tóc Đẹp 美发 & Co" in text
    assert "上海 <1号>" in text
    assert "DroidSansFallback" in run("pdffonts", path)


def test_markup_escapes_and_switches_font_only_for_chinese() -> None:
    markup = mixed_script_markup("Salon <Łódź> & 美发沙龙!")
    assert markup == f'Salon &lt;Łódź&gt; &amp; <font name="{CJK_FONT}">美发沙龙</font>!'


def test_nothing_is_written_to_disk(key: RecoveryKey, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key must never touch the disk: no temp files, no file opened for writing."""
    register_fonts()  # reading the font files is fine; do it before watching
    real_open, real_os_open = builtins.open, os.open
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND

    def read_only_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        assert not set(mode) & set("wax+"), f"opened {file!r} for writing"
        return real_open(file, mode, *args, **kwargs)

    def read_only_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        assert not flags & write_flags, f"opened {path!r} for writing"
        return real_os_open(path, flags, *args, **kwargs)

    def no_temp_files(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a temporary file was created")

    monkeypatch.setattr(builtins, "open", read_only_open)
    monkeypatch.setattr(io, "open", read_only_open)  # what pathlib calls
    monkeypatch.setattr(os, "open", read_only_os_open)
    for name in (
        "mkstemp",
        "mkdtemp",
        "NamedTemporaryFile",
        "TemporaryFile",
        "SpooledTemporaryFile",
        "TemporaryDirectory",
    ):
        monkeypatch.setattr(tempfile, name, no_temp_files)
    for language in ("en", "zh_CN"):
        pdf = recovery_kit_pdf("Salon", "Street 1", key.secret, key.public_key, CREATED, language)
        assert pdf.startswith(b"%PDF-")
    with pytest.raises(AssertionError, match="for writing"):  # the watch itself works
        Path("never-written.txt").write_text("x")


def test_resources_are_found_in_a_checkout() -> None:
    assert resource_path("fonts", "NotoSans-Regular.ttf").is_file()
    with pytest.raises(FileNotFoundError, match=r"no-such-font\.ttf"):
        resource_path("fonts", "no-such-font.ttf")


def test_resources_are_found_in_a_frozen_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "resources" / "fonts" / "x.ttf").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"
