"""Screenshots of the real program for docs/screenshots/, taken from an X display (Xvfb).

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots \
        [import|settings|counter|chair|records|papers|security|locales|forms|safety|briefing|
         errors|legal]

Runs the real AppController on a throw-away demo salon and a throw-away set-up, in English and
Vietnamese, and grabs the screen (not a widget render) after each step. With `import`, only the
import wizard and merge dialog shots (tools.screenshots_import), on a demo salon of their own;
with `settings`, only the Settings shots (tools.screenshots_settings), on salons of their own;
with `counter`, only the client list's namesakes and filters in Vietnamese and Polish
(tools.screenshots_counter).
with `chair`, only the visit, formula and printed-card shots (tools.screenshots_chair);
with `security`, only Settings → Security with the recovery slot missing and after the three
key boxes did their work, in Vietnamese and Polish (tools.screenshots_security);
with `records`, only the service records' timeline and prescription form in four languages
(tools.screenshots_records); with `papers`, the card's scanned papers and their viewer in
Vietnamese and Polish (tools.screenshots_papers); with `locales`, the client list, consent
tables and add-staff dialog in Vietnamese, Polish and Chinese (tools.screenshots_locales); with
`health`, the health-data basis and edit-history shots (tools.screenshots_health);
with `forms`, the hand-over window, the card's Forms tab and each built-in consultation form on
paper (tools.screenshots_forms); with `form-editor`, the owner's form editor in Vietnamese and
Polish (tools.screenshots_forms); with `safety`, the visit dialog's contraindication warning and
an optician's visit dialog in Vietnamese and Polish (tools.screenshots_safety); with
`briefing`, the staff privacy briefing at sign-in in Vietnamese and Polish and the owner's Staff
page (tools.screenshots_briefing); with `errors`, five errors on screen in Vietnamese, Polish and
Chinese (tools.screenshots_errors).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from salonvault.domain.clients import ClientInput, HealthKind, Preferences, Severity
from salonvault.domain.formula_input import one_bowl_formula
from salonvault.domain.treatments import PatchResult, VisitInput
from salonvault.services.vault.opening import open_vault
from tools.screenshots_backups import backup_shots, restore_dialog_shot
from tools.screenshots_briefing import briefing_shots
from tools.screenshots_chair import chair_shots
from tools.screenshots_counter import counter_shots
from tools.screenshots_errors import error_shots
from tools.screenshots_forms import form_editor_shots, forms_shots
from tools.screenshots_health import health_shots
from tools.screenshots_import import import_shots
from tools.screenshots_legal import legal_shots
from tools.screenshots_locales import locale_shots
from tools.screenshots_owner import owner_shots
from tools.screenshots_papers import papers_shots
from tools.screenshots_recalls import recalls_shots
from tools.screenshots_records import records_shots
from tools.screenshots_safety import safety_shots
from tools.screenshots_security import security_shots
from tools.screenshots_settings import settings_shots
from ui.app import AppController, create_application
from ui.dialogs.photos_panel import PhotosPanel
from ui.i18n import Translations
from ui.operations import Operations
from ui.shell import ShellWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(window: QWidget, name: str) -> None:
    settle()
    screen = window.screen()
    frame = window.frameGeometry()
    image = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    image.save(str(OUT / f"{name}.png"))
    print("saved", name)


def wizard_shots(root: Path, translations: Translations, operations: Operations, lang: str) -> None:
    controller = AppController(root / f"setup-{lang}", translations, operations)
    controller.start()
    wizard = controller.window
    assert wizard is not None
    wizard.move(0, 0)
    wizard.language_page.language.setCurrentIndex(  # type: ignore[attr-defined]
        ["en", "vi", "pl", "zh_CN"].index(lang)
    )
    grab(wizard, f"wizard-1-language-{lang}")
    wizard.next()  # type: ignore[attr-defined]
    wizard.salon_page.name.setText("Salon Hoa Mai")  # type: ignore[attr-defined]
    wizard.salon_page.address.setPlainText("12 Lê Lợi, Huế")  # type: ignore[attr-defined]
    wizard.next()  # type: ignore[attr-defined]
    grab(wizard, f"wizard-2-business-{lang}")
    wizard.next()  # type: ignore[attr-defined]
    wizard.next()  # type: ignore[attr-defined]  # the health-data basis: the default kept
    owner = wizard.owner_page  # type: ignore[attr-defined]
    owner.name.setText("Hoa Nguyễn")
    owner.pin.setText("123456")
    grab(wizard, f"wizard-3-owner-rules-{lang}")
    owner.pin.setText("482913")
    owner.pin_again.setText("482913")
    wizard.next()  # type: ignore[attr-defined]
    grab(wizard, f"wizard-4-unlock-{lang}")
    wizard.next()  # type: ignore[attr-defined]
    for _ in range(100):
        settle(100)
        if wizard.currentPage() is wizard.kit_page:  # type: ignore[attr-defined]
            break
    grab(wizard, f"wizard-5-recovery-kit-{lang}")
    wizard.vault.close()  # type: ignore[attr-defined]
    wizard.hide()


def demo_shell(
    root: Path, translations: Translations, operations: Operations, showcase: bool = True
) -> tuple[ShellWindow, list[dict[str, str]]]:
    """A demo salon with the showcase client, opened in the real shell; its staff and PINs."""
    env = {**os.environ}
    out = subprocess.run(
        [sys.executable, "-m", "salonvault.cli", "--data-dir", str(root / "demo"), "demo"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    info = json.loads(out.stdout)
    if showcase:
        showcase_client(root / "demo", info["staff"][0])
    pins = {s["name"]: s["pin"] for s in info["staff"]}
    controller = AppController(root / "demo", translations, operations, pins)
    controller.start()  # opens the vault off the GUI thread
    for _ in range(200):
        settle(50)
        if controller.shell is not None:
            break
    shell = controller.shell
    assert shell is not None
    shell.move(0, 0)
    shell.resize(1100, 700)
    return shell, info["staff"]


def sign_in(shell: ShellWindow, member: dict[str, str]) -> None:
    shell.lock_screen.select(member["name"])
    shell.lock_screen.sign_in_requested.emit(member["name"], member["pin"])
    for _ in range(100):
        settle(50)
        if shell.session is not None:
            break


def shell_shots(root: Path, translations: Translations, operations: Operations) -> None:
    shell, staff = demo_shell(root, translations, operations)
    for lang in ("en", "vi"):
        shell.switch_language(lang)
        grab(shell, f"lock-screen-{lang}")
        for member in staff[:1] + staff[1:2] + staff[3:4]:
            sign_in(shell, member)
            grab(shell, f"main-{member['role']}-{lang}")
            if lang == "en":
                client_shots(shell, member["role"])
                if member["role"] in ("owner", "receptionist"):
                    backup_shots(shell, member["role"], root / "usb", grab, settle)
            elif member["role"] == "technician":
                translated_card_shot(shell, lang)
            if member["role"] == "owner":
                owner_shots(shell, lang, grab, settle)
            shell.switch_user()
    owner_import_shots(shell, staff[0])  # last: the imported clients would show in other shots
    shell.vault.close()
    restore_dialog_shot(root, operations, grab)


def owner_import_shots(shell: ShellWindow, owner: dict[str, str]) -> None:
    shell.switch_language("en")
    sign_in(shell, owner)
    import_shots(shell, grab, settle)
    shell.switch_user()


def client_shots(shell: object, role: str) -> None:
    """The clients list and a card, as this role sees them (issue 4)."""
    workspace = shell.workspace  # type: ignore[attr-defined]
    workspace.show_page("clients")
    page = workspace.pages.currentWidget()
    page.search_box.setText("nguyen")
    page.run_search()
    grab(shell, f"clients-{role}")  # type: ignore[arg-type]
    card = page.open_client(page.model.client_id(0))
    card.move(60, 40)
    grab(card, f"client-card-{role}")
    slugs = {
        "profile": "profile",
        "health": "health",
        "treatmentsTab": "treatments",
        "patchTests": "patch-tests",
        "activity": "activity",
        "photosPanel": "photos",
        "consentsPanel": "consents",
    }
    for index in range(1, card.tabs.count()):
        tab = card.tabs.widget(index)
        card.tabs.setCurrentIndex(index)
        grab(card, f"client-card-{role}-{slugs.get(tab.objectName(), str(index))}")
    if role == "receptionist":
        card.tabs.setCurrentIndex(0)
        dialog = card.profile_tab.edit()
        dialog.move(120, 60)
        grab(dialog, "client-edit-receptionist")
        dialog.reject()
    card.close()
    if role == "technician":
        photo_shots(shell, page)


def photo_shots(shell: object, page: object) -> None:
    """A demo client's before/after photos on the card, and the compare view (issue 4)."""
    vault = shell.vault  # type: ignore[attr-defined]
    client_id = vault.database.scalar("SELECT client_id FROM photos ORDER BY id LIMIT 1")
    card = page.open_client(client_id)  # type: ignore[attr-defined]
    card.move(60, 0)
    card.resize(760, 790)
    panel = card.findChild(PhotosPanel)
    card.show_tab(panel)  # its thumbnails load when the tab first shows
    QApplication.processEvents()
    grab(card, "client-card-photos-technician")
    panel.table.setCurrentCell(0, 0)
    compare = panel.compare_current()
    compare.move(80, 40)
    compare.resize(1000, 700)
    grab(compare, "photo-compare")
    compare.close()
    card.close()


def translated_card_shot(shell: object, lang: str) -> None:
    """The technician's card with its Health tab in another language (long words fit?)."""
    workspace = shell.workspace  # type: ignore[attr-defined]
    workspace.show_page("clients")
    page = workspace.pages.currentWidget()
    page.search_box.setText("nguyen")
    page.run_search()
    card = page.open_client(page.model.client_id(0))
    card.move(60, 40)
    card.tabs.setCurrentWidget(card.health_tab)
    grab(card, f"client-card-technician-health-{lang}")
    card.tabs.setCurrentWidget(card.treatments_tab)
    grab(card, f"client-card-technician-treatments-{lang}")
    card.close()


def showcase_client(data_dir: Path, owner: dict[str, str]) -> None:
    """Dress one demo client "Nguyễn …" with every part of the card, so the shots show them:
    a minor with a guardian, preferences, tags, a severe allergy, a patch test and today's
    colour (which also puts her first among the "nguyen" results)."""
    vault = open_vault(data_dir)
    session = vault.auth.sign_in(owner["name"], owner["pin"])
    today = vault.clock.now().date()
    vault.clients.set_collected_fields(session, {"phone", "email", "birth_date", "guardian"})
    client = vault.clients.create(
        session,
        ClientInput(
            "Nguyễn",
            "Thị Ánh",
            phone="+84 912 345 678",
            email="anh.nguyen@example.com",
            birth_date=today.replace(year=today.year - 16, day=1),
            language="vi",
            notes="Prefers Saturday mornings; comes with her mother.",
            is_minor=True,
            guardian="Trần Thị Lan (mother), +84 903 111 222",
            preferences=Preferences(
                hair="Warm brown, no bleach; likes a soft balayage",
                skin="Sensitive; no retinol",
                lash="Natural look, C curl",
            ),
            tags=("balayage", "khách quen", "student"),
        ),
        allow_duplicate=True,
    ).id
    # Health details need the client's consent first (decision 0031): her mother signed it.
    vault.consent.record(
        session, client, "health_data", "granted", "vi", "paper", paper_reference="H-1"
    )
    vault.clients.add_health_item(
        session, client, HealthKind.ALLERGY, "PPD in hair dye", Severity.SEVERE
    )
    vault.clients.add_health_item(
        session, client, HealthKind.CONDITION, "Eczema on the scalp", Severity.MODERATE
    )
    test_id = vault.treatments.record_patch_test(
        session, client, today - timedelta(days=30), "Wella Koleston Perfect 6/7", "B24-118"
    )
    vault.treatments.set_patch_result(session, client, test_id, PatchResult.PASS)
    colour = next(s.id for s in vault.treatments.services(session) if s.name == "Balayage")
    formula = one_bowl_formula(
        "Wella Koleston Perfect", ["6/7 30 g", "7/1 30 g"], "6% / 20 vol", "1:1", 35
    )
    vault.treatments.add_visit(session, client, VisitInput(today, colour, formula=formula))
    vault.auth.sign_out(session)
    vault.close()


def main(argv: list[str]) -> None:
    only_import, only_counter = argv == ["import"], argv == ["counter"]
    only_settings = argv == ["settings"]
    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application()
    translations = Translations(app)
    operations = Operations(app)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        os.environ["SALONVAULT_DEVICE_KEY_DIR"] = str(root / "keys")
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        if only_settings:
            settings_shots(root, translations, operations, grab, settle)
        elif only_import:
            translations.switch("en")
            shell, staff = demo_shell(root, translations, operations)
            owner_import_shots(shell, staff[0])
            shell.vault.close()
        elif only_counter:
            translations.switch("en")
            shell, staff = demo_shell(root, translations, operations)
            counter_shots(shell, staff, grab, settle, sign_in)
        elif argv == ["health"]:
            health_shots(root, translations, operations, grab, settle)
        elif argv[:1] == ["locales"]:  # `locales before`: the same shots, named *-before
            shell, staff = demo_shell(root, translations, operations)
            suffix = "-before" if argv[1:] == ["before"] else ""
            locale_shots(shell, staff, grab, settle, sign_in, suffix)
            shell.vault.close()
        elif argv == ["security"]:
            security_shots(root, translations, operations, grab, settle)
        elif argv == ["papers"]:
            shell, staff = demo_shell(root, translations, operations)
            papers_shots(shell, staff, grab, settle, sign_in)
            shell.vault.close()
        elif argv == ["forms"]:
            shell, staff = demo_shell(root, translations, operations)
            forms_shots(shell, staff, OUT, grab, settle, sign_in)
            shell.vault.close()
        elif argv == ["form-editor"]:
            form_editor_shots(root, translations, grab, settle)
        elif argv == ["records"]:
            records_shots(root, translations, grab, settle)
        elif argv == ["safety"]:
            safety_shots(root, translations, grab, settle)
        elif argv == ["briefing"]:
            briefing_shots(root, translations, operations, grab, settle)
        elif argv == ["recalls"]:
            recalls_shots(root, translations, grab, settle)
        elif argv == ["errors"]:
            (OUT / "errors").mkdir(exist_ok=True)
            shell, staff = demo_shell(root, translations, operations, showcase=False)
            error_shots(shell, staff, root, grab, settle, sign_in)
            shell.vault.close()
        elif argv == ["legal"]:
            legal_shots(OUT, root)
        elif argv == ["chair"]:
            shell, staff = demo_shell(root, translations, operations)
            chair_shots(shell, staff, OUT, grab, settle, sign_in)
            shell.vault.close()
        else:
            for lang in ("en", "vi"):
                translations.switch(lang)
                wizard_shots(root, translations, operations, lang)
            translations.switch("en")
            shell_shots(root, translations, operations)
            settings_shots(root, translations, operations, grab, settle)
            security_shots(root, translations, operations, grab, settle)
    operations.wait()
    QCoreApplication.quit()


if __name__ == "__main__":
    main(sys.argv[1:])
