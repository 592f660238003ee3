"""App wiring: what opens first, one instance per data folder, demo PINs, remembered geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import VaultDamaged
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.demo.salon import create_demo_vault
from salonvault.services.vault.opening import Vault, VaultPaths, open_vault
from tests.support import Team
from ui.app import AppController, read_demo_pins
from ui.i18n import Translations
from ui.launch import _wants_cli
from ui.open_problem import OpenProblemDialog
from ui.operations import Operations
from ui.shell import GEOMETRY_KEY, ShellWindow
from ui.single_instance import SingleInstance
from ui.wizard.setup_wizard import SetupWizard


def test_launcher_routes_command_words_to_the_cli() -> None:
    assert _wants_cli(["--data-dir", "x", "demo"])
    assert _wants_cli(["audit", "list"])
    assert _wants_cli(["--help"])
    assert not _wants_cli([])
    assert not _wants_cli(["--data-dir", "x", "--demo-info", "d.json"])


def test_empty_folder_opens_the_wizard(
    qtbot: QtBot, tmp_path: Path, translations: Translations, operations: Operations
) -> None:
    controller = AppController(tmp_path / "new", translations, operations)
    controller.start()
    assert isinstance(controller.window, SetupWizard)
    qtbot.addWidget(controller.window)
    assert not (tmp_path / "new").exists()  # nothing is written before the owner commits


def test_existing_vault_opens_on_the_lock_screen(
    qtbot: QtBot, vault: Vault, data_dir: Path, translations: Translations, operations: Operations
) -> None:
    vault.close()
    controller = AppController(data_dir, translations, operations)
    controller.start()  # opens off the GUI thread
    qtbot.waitUntil(lambda: controller.shell is not None, timeout=10_000)
    assert isinstance(controller.window, ShellWindow)
    qtbot.addWidget(controller.window)
    assert controller.window.session is None
    controller.window.vault.close()


def test_damaged_vault_says_so_and_opens_nothing(
    qtbot: QtBot,
    vault: Vault,
    data_dir: Path,
    translations: Translations,
    operations: Operations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault.close()
    database = VaultPaths(data_dir).database
    content = bytearray(database.read_bytes())
    content[3 * 4096 + 10] ^= 0x40
    database.write_bytes(bytes(content))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    controller = AppController(data_dir, translations, operations)
    controller.start()
    qtbot.waitUntil(lambda: isinstance(controller.window, OpenProblemDialog), timeout=10_000)
    dialog = controller.window
    assert isinstance(dialog, OpenProblemDialog)
    qtbot.addWidget(dialog)
    assert controller.shell is None and shown == []
    text = dialog.message.text()
    assert "damaged" in text and "backup" in text
    assert dialog.restore_button.isVisible()  # the way back (tests/ui/test_damaged_vault_ui.py)
    assert not dialog.recovery_key_button.isVisible(), "the same key cannot mend a damaged file"


def test_damage_found_after_the_lock_screen_closes_the_vault(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    data_dir: Path,
    device_store: DeviceKeyStore,
    translations: Translations,
    operations: Operations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Opening reads the first page only; the whole-file check beside the lock screen finds a
    damaged page nobody has read yet, and the vault is closed (decision 0017)."""
    for number in range(60):
        vault.clients.create(team.owner, ClientInput("Trần", f"Mai {number}", notes="n" * 400))
    vault.close()
    database = VaultPaths(data_dir).database
    pristine = database.read_bytes()
    for page in range(len(pristine) // 4096 // 2, len(pristine) // 4096):
        content = bytearray(pristine)
        content[page * 4096 + 900] ^= 0x08
        database.write_bytes(bytes(content))
        try:  # a page that opening does not read (clients' notes, not the log or staff)
            open_vault(data_dir, device_store=device_store, full_check=False).close()
        except VaultDamaged:
            continue
        database.write_bytes(bytes(content))  # as damaged, without the opening's own writes
        for leftover in data_dir.glob("vault.db-*"):
            leftover.unlink()
        break
    else:
        pytest.fail("every page is read when the vault opens")
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    controller = AppController(data_dir, translations, operations)
    seen_shell: list[Vault] = []
    show_shell = controller.show_shell

    def recording(opened: Vault) -> None:
        seen_shell.append(opened)
        show_shell(opened)

    monkeypatch.setattr(controller, "show_shell", recording)
    controller.start()
    qtbot.waitUntil(lambda: isinstance(controller.window, OpenProblemDialog), timeout=20_000)
    dialog = controller.window
    assert isinstance(dialog, OpenProblemDialog)
    qtbot.addWidget(dialog)
    assert seen_shell, "the lock screen came up before the whole file was checked"
    assert controller.shell is None
    assert "damaged" in dialog.message.text() and "fail authentication" in dialog.message.text()


def test_demo_pins_show_only_for_a_demo_vault(
    qtbot: QtBot,
    tmp_path: Path,
    vault: Vault,
    data_dir: Path,
    device_store: DeviceKeyStore,
    translations: Translations,
    operations: Operations,
) -> None:
    demo, staff = create_demo_vault(tmp_path / "demo", tmp_path / "demo-key.txt", device_store)
    demo.close()
    pins = {member.name: member.pin for member in staff}
    shown = AppController(tmp_path / "demo", translations, operations, pins)
    shown.start()
    qtbot.waitUntil(lambda: shown.shell is not None, timeout=10_000)
    assert shown.shell is not None
    qtbot.addWidget(shown.shell)
    assert shown.shell.lock_screen.demo_label.isVisible()
    assert staff[0].pin in shown.shell.lock_screen.demo_label.text()
    shown.shell.vault.close()

    vault.close()
    real = AppController(data_dir, translations, operations, pins)  # PINs passed, not a demo
    real.start()
    qtbot.waitUntil(lambda: real.shell is not None, timeout=10_000)
    assert real.shell is not None
    qtbot.addWidget(real.shell)
    assert not real.shell.lock_screen.demo_label.isVisible()
    assert staff[0].pin not in real.shell.lock_screen.demo_label.text()
    real.shell.vault.close()


def test_read_demo_pins_ignores_bad_files(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{not json")
    assert read_demo_pins(str(tmp_path / "bad.json")) is None
    assert read_demo_pins(str(tmp_path / "missing.json")) is None
    assert read_demo_pins(None) is None


def test_second_instance_brings_the_first_forward(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "salon")
    assert first.claim()
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert not SingleInstance(tmp_path / "salon").claim()
    assert SingleInstance(tmp_path / "other-salon").claim()  # another folder is independent


def test_window_geometry_is_remembered(
    qtbot: QtBot, vault: Vault, translations: Translations, operations: Operations
) -> None:
    window = ShellWindow(vault, translations, operations)
    qtbot.addWidget(window)
    window.show()
    window.resize(720, 560)  # within the 800x600 offscreen screen
    size = (window.width(), window.height())
    assert size != (1100, 720)  # not the default size
    window.close()
    assert QSettings().value(GEOMETRY_KEY) is not None
    again = ShellWindow(vault, translations, operations)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == size


@pytest.mark.slow  # passphrase KDF at real cost (Argon2id, 256 MiB)
def test_wrong_passphrase_asks_again(
    qtbot: QtBot,
    vault: Vault,
    team: Team,
    data_dir: Path,
    translations: Translations,
    operations: Operations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault.keys.use_passphrase(team.owner, "blue orchid counter morning")
    vault.close()
    answers = iter(["wrong words entirely here", "blue orchid counter morning"])
    prompts: list[str] = []

    def type_passphrase(*args: object) -> tuple[str, bool]:
        prompts.append(str(args[2]))
        return next(answers), True

    monkeypatch.setattr(QInputDialog, "getText", type_passphrase)
    controller = AppController(data_dir, translations, operations)
    controller.start()
    qtbot.waitUntil(lambda: controller.shell is not None, timeout=20_000)
    assert len(prompts) == 2 and "Wrong passphrase" in prompts[1]
    qtbot.addWidget(controller.shell)
    controller.shell.vault.close()


def test_the_check_of_a_vault_a_restore_replaced_is_stopped_and_not_heard(
    qtbot: QtBot,
    vault: Vault,
    data_dir: Path,
    device_store: DeviceKeyStore,
    translations: Translations,
    operations: Operations,
) -> None:
    """A restore puts another vault in place (and checks it itself): the whole-file check of
    the old one is stopped, and a finding it still sends does not close the new vault."""
    vault.close()
    controller = AppController(data_dir, translations, operations)
    controller.start()
    qtbot.waitUntil(lambda: controller.shell is not None, timeout=20_000)
    first, check = controller.shell, controller._file_check
    assert first is not None and check is not None and not check.stopped
    first.vault.close()  # as a restore closes it before the swap
    replacement = open_vault(data_dir, device_store=device_store, full_check=False)
    try:
        first.vault_replaced.emit(replacement)
        assert controller.shell is not first and controller.shell is not None
        qtbot.addWidget(controller.shell)  # closed after the test (the first is deleted)
        assert controller.shell.vault is replacement
        assert check.stopped
        check.damaged.emit("page 7: HMAC check failed")
        qtbot.wait(50)
        assert controller.shell is not None and controller.shell.vault is replacement
        assert not isinstance(controller.window, OpenProblemDialog)
    finally:
        assert controller.stop_file_check()
        replacement.close()
