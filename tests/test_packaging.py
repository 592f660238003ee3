"""The packaging rules that can be checked without building (the build itself is smoke-tested by
.ci/run through packaging/smoke_test.py): what the frozen app leaves out, the Windows version
resource, and the installer script's promises about the salon's data."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"packaging_{name}", ROOT / "packaging" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


trim = _load("trim")
build = _load("build")


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),  # the smoke test needs it
        ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),  # photos and thumbnails
        ("PySide6/Qt/plugins/imageformats/libqico.so", True),
        ("PySide6\\Qt\\plugins\\imageformats\\qsvg.dll", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),  # printing forms
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),  # it never goes online
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/translations/qtbase_pl.qm", True),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", False),
        ("faker/providers/person/vi_VN/__init__.py", True),
        ("faker.providers.person.pl_PL", True),
        ("faker.providers.person.it_IT", False),
        ("faker.providers.person.fil_PH", False),
        ("faker.providers.lorem.la", True),  # Faker's fallback for every locale's lorem
        ("faker.providers.sbn.sbn", True),  # a module, not a locale
        ("salonvault/services/clients.py", True),
    ],
)
def test_the_build_keeps_what_the_program_uses(name: str, kept: bool) -> None:
    assert trim.wanted(name) is kept


def test_no_module_the_program_imports_is_excluded() -> None:
    imported = set()
    for path in (ROOT / "ui").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    excluded = {name.removeprefix("PySide6.") for name in trim.UNUSED_QT_MODULES}
    assert imported, "the GUI imports Qt modules"
    assert imported.isdisjoint(excluded)


def test_the_windows_version_resource_carries_the_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "WORK", tmp_path)
    text = build.windows_version_file("0.2.0").read_text(encoding="utf-8")
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it as one expression
    assert isinstance(tree.body, ast.Call) and ast.unparse(tree.body.func) == "VSVersionInfo"
    assert "filevers=(0, 2, 0, 0)" in text
    assert "StringStruct('ProductVersion', '0.2.0')" in text
    assert build.project_version() == _pyproject_version()


def _pyproject_version() -> str:
    match = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M)
    assert match
    return match.group(1)


def test_the_installer_script_keeps_its_promises() -> None:
    raw = (ROOT / "installer.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, or ISCC misreads the Polish texts"
    text = raw.decode("utf-8-sig")
    setup = dict(line.split("=", 1) for line in _section(text, "Setup") if "=" in line)
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog"
    assert setup["AppId"] == "{#AppId}"
    assert '#define AppId "{{9F0C116B-2196-41DF-97B1-EAEB5EB4CE9A}"' in text  # never changes
    assert setup["CloseApplications"] == "yes"
    assert setup["DefaultDirName"].startswith("{autopf}")
    # Only the program's own folder is ever deleted; the data folder is named only in [Code].
    for section in ("InstallDelete", "UninstallDelete", "Files", "Dirs"):
        for line in _section(text, section):
            assert "{localappdata}" not in line and "{userappdata}" not in line, line
            if section.endswith("Delete"):
                assert re.search(r'Name: "\{app\}\\', line), line
    languages = _section(text, "Languages")
    assert any('Name: "en"' in line for line in languages)
    assert any('Name: "pl"' in line and "Polish.isl" in line for line in languages)
    # Our own Vietnamese and Chinese message files, always compiled in (decision 0033).
    ours = {
        name: file for name, file in re.findall(r'Name: "(\w+)"; MessagesFile: "([^"]+)"', text)
    }
    assert ours["vi"] == r"installer\languages\Vietnamese.isl"
    assert ours["zh_CN"] == r"installer\languages\ChineseSimplified.isl"
    assert "#if" not in "\n".join(languages), "no language depends on the compiler's folder"
    for language in ("en", "pl", "vi", "zh_CN"):  # the script's own messages in every language
        for key in ("DataFolderNote", "NotTheDataFolder"):
            assert f"\n{language}.{key}=" in text.replace("\r\n", "\n"), (language, key)


def test_every_file_the_installer_script_names_is_in_the_repository() -> None:
    """ISCC reads them relative to the script: the icon stayed at resources\\icons after
    resources/ moved into the package, and the real compiler stopped at line 46 ("Path not
    found"; decision 0013)."""
    text = (ROOT / "installer.iss").read_text(encoding="utf-8-sig")
    named = re.findall(r"^(?:SetupIconFile|LicenseFile|WizardImageFile)=(.+)$", text, re.M)
    named += re.findall(r'MessagesFile: "(?!compiler:)([^"]+)"', text)
    named += re.findall(r'^Source: "(?![^"]*\{#)([^"]+)"', text, re.M)
    assert len(named) >= 4
    missing = [name for name in named if not (ROOT / Path(*name.split("\\"))).is_file()]
    assert missing == []


# What a translation must keep of each message of Inno Setup 6.4's Default.isl.
DEFAULT_MESSAGES = ROOT / "installer" / "languages" / "default-messages.txt"
_MARK = re.compile(r"%\d|\[[a-z/]+\]")
# Words of Default.isl that no Vietnamese or Chinese sentence has: two in one message is English.
_ENGLISH = {"the", "and", "of", "is", "Setup", "Please", "Click", "file", "folder", "not", "you"}


def _default_messages() -> dict[tuple[str, str], set[str]]:
    found = {}
    for line in DEFAULT_MESSAGES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            section, key, *marks = line.split("\t")
            found[(section, key)] = set(marks[0].split()) if marks else set()
    return found


def _read_isl(path: Path) -> tuple[dict[str, dict[str, str]], list[str]]:
    """The sections of an Inno Setup messages file, and what is wrong with its shape."""
    raw = path.read_bytes()
    problems = [] if raw.startswith(b"\xef\xbb\xbf") else ["not UTF-8 with a BOM"]
    sections: dict[str, dict[str, str]] = {}
    current = None
    for number, line in enumerate(raw.decode("utf-8-sig").splitlines(), start=1):
        if not line.strip() or line.startswith(";"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = sections.setdefault(header.group(1), {})
            continue
        entry = re.fullmatch(r"([A-Za-z0-9]+)=(.*)", line)
        if current is None or entry is None:
            problems.append(f"line {number} is not Key=Value in a section: {line!r}")
            continue
        key, value = entry.groups()
        if key in current:
            problems.append(f"{key} twice")
        current[key] = value
    return sections, problems


@pytest.mark.parametrize(
    ("file", "language_id"), [("Vietnamese.isl", "$042A"), ("ChineseSimplified.isl", "$0804")]
)
def test_our_installer_translations_have_every_message_of_default_isl(
    file: str, language_id: str
) -> None:
    """ISCC is Windows-only (CI compiles installer.iss there); here the files are checked against
    Default.isl's messages: every key, no stray one, the same placeholders, an accelerator where
    the English has one, and nothing left in English."""
    sections, problems = _read_isl(ROOT / "installer" / "languages" / file)
    assert problems == []
    options = sections["LangOptions"]
    assert options["LanguageID"] == language_id and options["LanguageName"]
    assert options["LanguageCodePage"].isdigit()
    expected = _default_messages()
    assert len(expected) > 270  # the whole of Default.isl, not a sample
    translated = {
        (section, key): value
        for section in ("Messages", "CustomMessages")
        for key, value in sections.get(section, {}).items()
    }
    assert sorted(set(expected) - set(translated)) == [], "missing messages"
    assert sorted(set(translated) - set(expected)) == [], "messages Inno Setup does not know"
    english_left = []
    for where, marks in expected.items():
        value = translated[where]
        assert set(_MARK.findall(value)) == marks - {"&"}, where
        assert ("&" in value) == ("&" in marks), where
        words = set(re.findall(r"[^\W\d_]+", re.sub(r"%n|\[[a-z/]+\]|&", " ", value)))
        if len(words & _ENGLISH) >= 2:
            english_left.append(where)
    assert english_left == []


def _section(text: str, name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\r?\n(.*?)(?=^\[|\Z)", text, re.M | re.S)
    if match is None:
        return []
    return [
        line.strip()
        for line in match.group(1).splitlines()
        if line.strip() and not line.startswith((";", "#"))
    ]


WINDOWS_ISCC = r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"


@pytest.mark.parametrize(
    ("command", "words"),
    [
        (f'"{WINDOWS_ISCC}"', [WINDOWS_ISCC]),
        (f'"{WINDOWS_ISCC}" /Qp', [WINDOWS_ISCC, "/Qp"]),
        (r"D:\Tools\ISCC.exe", [r"D:\Tools\ISCC.exe"]),
        (f'wine "{WINDOWS_ISCC}"', ["wine", WINDOWS_ISCC]),
        # Microsoft's own examples for the C runtime's rules (CommandLineToArgvW)
        ('"abc" d e', ["abc", "d", "e"]),
        (r'a\\\b d"e f"g h', [r"a\\\b", "de fg", "h"]),
        (r"a\\\"b c d", [r"a\"b", "c", "d"]),
        (r'a\\\\"b c" d e', [r"a\\b c", "d", "e"]),
        ('a"b"" c d', ['ab" c d']),
    ],
)
def test_iscc_is_split_by_windows_rules_on_windows(command: str, words: list[str]) -> None:
    """A Windows path keeps its backslashes and spaces; POSIX rules ate the backslashes."""
    assert build.find_iscc(command, windows=True) == words


def test_iscc_is_split_by_shell_rules_elsewhere() -> None:
    assert build.find_iscc("wine '/opt/Inno Setup 6/ISCC.exe' /Qp", windows=False) == [
        "wine",
        "/opt/Inno Setup 6/ISCC.exe",
        "/Qp",
    ]


@pytest.mark.parametrize("windows", [True, False])
def test_an_unquoted_compiler_path_with_spaces_is_one_word(tmp_path: Path, windows: bool) -> None:
    compiler = tmp_path / "Inno Setup 6" / "ISCC.exe"
    compiler.parent.mkdir()
    compiler.write_bytes(b"")
    assert build.find_iscc(str(compiler), windows=windows) == [str(compiler)]


def test_iscc_from_the_environment_follows_the_same_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ISCC", f'"{WINDOWS_ISCC}"')
    assert build.find_iscc(None, windows=True) == [WINDOWS_ISCC]


def test_an_iscc_given_compiles_the_installer_from_a_frozen_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--iscc "wine ISCC.exe"` alone makes the installer (as the docstring says), and
    `--frozen` compiles it from a folder already built, without freezing again."""
    frozen = tmp_path / "frozen"
    frozen.mkdir()
    ran: list[list[str]] = []

    def compile_it(command: list[str], **_kw: object) -> object:
        ran.append(command)
        return type("Done", (), {"returncode": 0, "stdout": "Successful compile", "stderr": ""})()

    monkeypatch.setattr(build, "freeze", lambda _v: pytest.fail("no freezing with --frozen"))
    monkeypatch.setattr(build, "DIST", tmp_path / "dist")
    monkeypatch.setattr(build.subprocess, "run", compile_it)
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / f"SalonVault-Setup-{build.project_version()}.exe").write_bytes(b"MZ")
    monkeypatch.setattr(
        sys, "argv", ["build.py", "--iscc", "wine /opt/is/ISCC.exe", "--frozen", str(frozen)]
    )
    assert build.main() == 0
    [command] = ran
    assert command[:2] == ["wine", "/opt/is/ISCC.exe"] and command[-1] == "installer.iss"
    source = next(word for word in command if word.startswith("/DSourceDir="))
    assert (build.ROOT / source.removeprefix("/DSourceDir=").replace("\\", "/")).resolve() == (
        frozen.resolve()
    )
    assert "Installer:" in capsys.readouterr().out


def test_a_compiler_that_stopped_without_finishing_is_a_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Seen under Wine: ISCC ended from outside exits 0 after "Creating setup files"."""
    half = "Creating setup files\n   Compressing: SalonVault.exe\n"
    monkeypatch.setattr(
        build.subprocess,
        "run",
        lambda *_a, **_k: type("Done", (), {"returncode": 0, "stdout": half, "stderr": ""})(),
    )
    with pytest.raises(SystemExit, match="did not compile"):
        build.build_installer("0.1.0", ["wine", "ISCC.exe"])
