"""A lock no longer throws away what someone was typing (walkthrough of issue 22, "Walk cut
short again by the idle lock"; decision 0046): the form's values are kept in memory for the
same person in the same role, who gets the form back on signing in again; anyone else gets
nothing, and no widget holds a trace of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.roles import Role
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent
from tests.support import NAMES, PINS, FakeClock, Team
from tests.ui.support import sign_in, sign_in_as
from ui.dialogs.card_tabs.health import HealthItemDialog
from ui.dialogs.client_card import ClientCard
from ui.dialogs.client_dialog import ClientDialog
from ui.dialogs.record_dialog import RecordDialog
from ui.dialogs.visit_dialog import VisitDialog
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow
from ui.widgets.form_dialog import FormDialog

Form = TypeVar("Form", bound=FormDialog)
NOTES = "Scalp sensitive near the crown, asked for toner X-17"
PRODUCTS = "Koleston Perfect 9/16, lot 4471"
SHADE = "9/16"


@pytest.fixture
def client_id(vault: Vault, team: Team) -> int:
    made = vault.clients.create(team.owner, ClientInput("Phạm", "Thu Hà", language="vi")).id
    grant_health_consent(vault, team.owner, made)
    vault.catalogue.add(team.owner, ServiceInput("Cut and toner"))
    return made


def clients_page(shell: ShellWindow) -> ClientsPage:
    assert shell.workspace is not None
    page = shell.workspace.page("clients")
    assert isinstance(page, ClientsPage)
    return page


def open_card(qtbot: QtBot, shell: ShellWindow, client_id: int) -> ClientCard:
    card = clients_page(shell).open_client(client_id)
    assert card is not None
    qtbot.waitExposed(card)
    return card


def type_a_visit(qtbot: QtBot, shell: ShellWindow, client_id: int) -> VisitDialog:
    dialog = open_card(qtbot, shell, client_id).add_visit()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.products, PRODUCTS)
    qtbot.keyClicks(dialog.notes, NOTES)
    qtbot.keyClicks(dialog.formula_editor.bowls[0].rows[0].shade, SHADE)
    return dialog


def shown_forms() -> list[FormDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, FormDialog) and w.isVisible()
    ]


def the_form(kind: type[Form]) -> Form:
    [form] = shown_forms()
    assert isinstance(form, kind)
    return form


def every_text_in_every_widget() -> str:
    """All that any line, text or plain-text box of the program holds, once the widgets the
    lock threw away are deleted (the event loop does it at once)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            if isinstance(widget, QLineEdit):
                texts.append(widget.text())
            elif isinstance(widget, QTextEdit | QPlainTextEdit):
                texts.append(widget.toPlainText())
    return "\n".join(texts)


def lock_by(how: str, qtbot: QtBot, shell: ShellWindow, clock: FakeClock) -> None:
    if how == "idle":
        clock.advance(minutes=5)
        shell.idle.check_now()
    elif how == "lock_now":  # Switch user, Ctrl+L, pressed in the dialog
        [form] = shown_forms()
        qtbot.keyClick(form, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:
        shell.screen_lock.locked.emit()


def assert_locked_with_nothing_shown(shell: ShellWindow) -> None:
    assert shell.session is None and shell.workspace is None
    assert shell.stack.currentWidget() is shell.lock_screen
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not shell]
    assert shown == []
    assert NOTES not in every_text_in_every_widget()  # the draft is not in a widget


LOCKS = ["idle", "lock_now", "screen_locked"]


@pytest.mark.parametrize("how", LOCKS)
def test_the_same_technician_gets_the_visit_back_as_typed(
    qtbot: QtBot, shell: ShellWindow, clock: FakeClock, client_id: int, how: str
) -> None:
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    type_a_visit(qtbot, shell, client_id)
    lock_by(how, qtbot, shell, clock)
    assert_locked_with_nothing_shown(shell)
    assert shell.drafts.holds_one
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    visit = the_form(VisitDialog)
    assert visit.notes.text() == NOTES and visit.products.text() == PRODUCTS
    assert visit.formula_editor.bowls[0].rows[0].shade.text() == SHADE
    assert visit.kept_note.isVisible()
    assert visit.kept_note.text() == "Your unsaved visit was kept while the screen was locked."
    assert not shell.drafts.holds_one, "handed back, not kept twice"
    card = visit.parentWidget()
    while card is not None and not isinstance(card, ClientCard):
        card = card.parentWidget()
    assert isinstance(card, ClientCard) and card.view.id == client_id  # where it was typed
    visit.save()  # through the services, with the new session
    assert not visit.isVisible()
    assert shell.session is not None
    [saved] = shell.vault.treatments.history(shell.session, client_id)
    assert saved.notes == NOTES and saved.technician_id == shell.session.staff_id


@pytest.mark.parametrize("how", LOCKS)
def test_someone_else_signing_in_never_sees_the_visit(
    qtbot: QtBot, shell: ShellWindow, clock: FakeClock, client_id: int, how: str
) -> None:
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    type_a_visit(qtbot, shell, client_id)
    lock_by(how, qtbot, shell, clock)
    sign_in_as(qtbot, shell, Role.OWNER)
    assert not shell.drafts.holds_one, "dropped at the other person's sign-in"
    assert shown_forms() == []
    assert NOTES not in every_text_in_every_widget()
    assert PRODUCTS not in every_text_in_every_widget()
    # Nor does the technician get it back afterwards: it is gone, not set aside.
    shell.switch_user()
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    assert shown_forms() == []
    assert NOTES not in every_text_in_every_widget()


def test_the_draft_is_dropped_after_thirty_minutes(
    qtbot: QtBot, shell: ShellWindow, clock: FakeClock, client_id: int
) -> None:
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    type_a_visit(qtbot, shell, client_id)
    lock_by("idle", qtbot, shell, clock)
    clock.advance(minutes=30)
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    assert shown_forms() == [] and not shell.drafts.holds_one
    assert NOTES not in every_text_in_every_widget()


@pytest.mark.parametrize("closing", ["vault", "window"])
def test_the_vault_closing_or_the_window_closing_drops_the_draft(
    qtbot: QtBot, shell: ShellWindow, clock: FakeClock, client_id: int, closing: str
) -> None:
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    type_a_visit(qtbot, shell, client_id)
    lock_by("idle", qtbot, shell, clock)
    assert shell.drafts.holds_one
    if closing == "vault":
        shell.retire()  # a restore closed this window's vault
    else:
        shell.close()
    assert not shell.drafts.holds_one


def test_a_form_left_untouched_is_not_kept(
    qtbot: QtBot, shell: ShellWindow, clock: FakeClock, client_id: int
) -> None:
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    dialog = open_card(qtbot, shell, client_id).add_visit()
    qtbot.waitExposed(dialog)
    lock_by("idle", qtbot, shell, clock)
    assert not shell.drafts.holds_one
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    assert shown_forms() == []


def test_the_same_person_in_another_role_gets_nothing(
    qtbot: QtBot, shell: ShellWindow, vault: Vault, team: Team, clock: FakeClock, client_id: int
) -> None:
    sign_in_as(qtbot, shell, Role.TECHNICIAN)
    type_a_visit(qtbot, shell, client_id)
    technician = shell.session
    assert technician is not None
    shell.switch_user()
    assert shell.drafts.holds_one
    vault.staff.set_role(team.owner, technician.staff_id, Role.RECEPTIONIST)
    # The same name and PIN now sign in as a receptionist: the draft does not follow.
    sign_in(qtbot, shell, NAMES[Role.TECHNICIAN], PINS[Role.TECHNICIAN])
    assert shell.session is not None and shell.session.role is Role.RECEPTIONIST
    assert shown_forms() == [] and not shell.drafts.holds_one


def type_each_form(
    qtbot: QtBot, shell: ShellWindow, client_id: int
) -> dict[str, Callable[[], FormDialog]]:
    """How each kind of form is opened and typed into, by someone who may use it."""

    def new_client() -> FormDialog:
        form = clients_page(shell).new_client()
        qtbot.waitExposed(form)
        qtbot.keyClicks(form.fields["family_name"], "Dang")
        qtbot.keyClicks(form.fields["notes"], NOTES)
        return form

    def client_details() -> FormDialog:
        card = open_card(qtbot, shell, client_id)
        form = card.profile_tab.edit()
        qtbot.waitExposed(form)
        field = form.fields["notes"]
        assert isinstance(field, QPlainTextEdit)
        field.setFocus()
        qtbot.keyClicks(field, NOTES)
        return form

    def health_item() -> FormDialog:
        card = open_card(qtbot, shell, client_id)
        assert card.health_tab is not None
        form = card.health_tab.add_item()
        qtbot.waitExposed(form)
        qtbot.keyClicks(form.text, NOTES)
        return form

    def record() -> FormDialog:
        card = open_card(qtbot, shell, client_id)
        form = card.records_tab.add_record("spectacle_rx")
        assert form is not None
        qtbot.waitExposed(form)
        notes = form.inputs["notes"].focus
        notes.setFocus()
        qtbot.keyClicks(notes, NOTES)
        sphere = form.inputs["rx.right.sphere"].focus
        sphere.setFocus()
        qtbot.keyClicks(sphere, "-1.25")
        return form

    return {
        "new_client": new_client,
        "client_details": client_details,
        "health_item": health_item,
        "record": record,
    }


FORM_KINDS = {
    "new_client": (Role.RECEPTIONIST, ClientDialog),
    "client_details": (Role.RECEPTIONIST, ClientDialog),
    "health_item": (Role.TECHNICIAN, HealthItemDialog),
    "record": (Role.OWNER, RecordDialog),
}


@pytest.mark.parametrize("kind", list(FORM_KINDS))
def test_every_kind_of_form_comes_back_to_its_author_alone(
    qtbot: QtBot, shell: ShellWindow, clock: FakeClock, client_id: int, kind: str
) -> None:
    role, form_class = FORM_KINDS[kind]
    sign_in_as(qtbot, shell, role)
    type_each_form(qtbot, shell, client_id)[kind]()
    lock_by("idle", qtbot, shell, clock)
    assert_locked_with_nothing_shown(shell)
    sign_in_as(qtbot, shell, role)
    form = the_form(form_class)
    assert NOTES in every_text_in_every_widget() and form.kept_note.isVisible()
    if isinstance(form, RecordDialog):
        assert form.inputs["rx.right.sphere"].raw() == "-1.25"
    # Locked again, and this time someone else signs in.
    lock_by("idle", qtbot, shell, clock)
    other = Role.TECHNICIAN if role is not Role.TECHNICIAN else Role.RECEPTIONIST
    sign_in_as(qtbot, shell, other)
    assert shown_forms() == [] and NOTES not in every_text_in_every_widget()
