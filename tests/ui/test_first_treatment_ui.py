"""The round's first acceptance point (issue 18), end to end in the window: from an empty folder
the set-up wizard (starter services kept), a service added on the Services page, a client
registered at the counter and picked with the keyboard, and a first treatment recorded with the
added service. No demo anywhere: the salon is made the way a real one is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salonvault.domain.roles import Role
from tests.ui.support import sign_in
from tests.ui.test_wizard import create_and_reach_kit, fill_to_unlock_page
from ui.app import AppController
from ui.dialogs.client_card import ClientCard
from ui.i18n import Translations
from ui.operations import Operations
from ui.pages.clients_page import ClientsPage
from ui.pages.services_page import ServicesPage
from ui.shell import ShellWindow
from ui.wizard.setup_wizard import SetupWizard

OWNER, PIN = "Hoa Nguyễn", "482913"  # as fill_to_unlock_page types them


@pytest.fixture
def controller(
    tmp_path: Path, translations: Translations, operations: Operations
) -> Iterator[AppController]:
    app = AppController(tmp_path / "salon", translations, operations)
    yield app
    shell = app.shell
    if shell is not None:
        if shiboken6.isValid(shell):  # else qtbot has closed and deleted it already
            shell.close()
        shell.vault.close()


def test_from_an_empty_folder_to_a_first_treatment(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    controller.start()
    wizard = controller.window
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    fill_to_unlock_page(qtbot, wizard)  # the hair salon's starter list, kept as offered
    starters = wizard.business_page.chosen_services()
    create_and_reach_kit(qtbot, wizard)
    kit = wizard.kit_page
    kit.save_kit_to(tmp_path / "kit.pdf")
    kit.confirm.setChecked(True)
    qtbot.keyClicks(kit.last_four, kit.key_view.text()[-4:])
    wizard.accept()  # the controller hands the new vault to the shell
    shell = controller.shell
    assert isinstance(shell, ShellWindow)
    qtbot.addWidget(shell)
    vault = shell.vault
    assert not vault.settings.is_demo()

    sign_in(qtbot, shell, OWNER, PIN)
    assert shell.session is not None and shell.session.role is Role.OWNER
    workspace = shell.workspace
    assert workspace is not None
    workspace.show_page("services")
    services = workspace.pages.currentWidget()
    assert isinstance(services, ServicesPage)
    assert services.model.rowCount() == len(starters) > 0  # the starter list, kept
    dialog = services.add_service()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Gloss and blow-dry")
    dialog.minutes.setValue(45)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    [added] = [s for s in vault.catalogue.services(shell.session) if s.name == "Gloss and blow-dry"]

    workspace.show_page("clients")
    clients = workspace.pages.currentWidget()
    assert isinstance(clients, ClientsPage)
    form = clients.new_client()
    qtbot.waitExposed(form)
    form.fields["family_name"].insert("Lê")  # type: ignore[union-attr]
    form.fields["given_name"].insert("Thị Mai")  # type: ignore[union-attr]
    qtbot.keyClicks(form.fields["phone"], "+84 912 345 678")
    qtbot.keyClick(form.fields["phone"], Qt.Key.Key_Return)
    assert form.created is not None and not form.isVisible()
    qtbot.waitUntil(lambda: clients.highlighted_client() == form.created.id, timeout=3000)
    qtbot.keyClick(clients.search_box, Qt.Key.Key_Return)  # the new client's card
    [card] = [c for c in clients.findChildren(ClientCard) if c.isVisible()]
    assert card.view.id == form.created.id

    visit = card.add_visit()
    qtbot.waitExposed(visit)
    visit.service.setCurrentIndex(visit.service.findData(added.id))
    visit.save()
    assert visit.visit_id is not None and not visit.isVisible()
    [recorded] = vault.treatments.history(shell.session, form.created.id)
    assert recorded.service_id == added.id
    assert recorded.technician_id == shell.session.staff_id
    assert card.treatment_list.count() == 1 and "Gloss and blow-dry" in (
        card.treatment_list.item(0).text()
    )
