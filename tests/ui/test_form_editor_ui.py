"""The owner shapes a consultation form in the window, by keyboard (decision 0045): copies a
built-in as the salon's own, adds a question in Polish with a red-flag answer that stops the
service, saves a new version (the form signed earlier keeps its own), and sets when the form is
signed again without a new version. On an optician made the way set-up makes one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from salonvault.domain.catalogue import BusinessKind
from salonvault.domain.clients import ClientInput
from salonvault.domain.forms import YES, AnswerKind, FormStatus, ResignRule
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.forms import BuiltInForm
from salonvault.services.vault.opening import SalonDetails, Vault, create_vault
from tests.form_support import harmless_answers, signature_png
from tests.helpers import grant_health_consent
from tests.support import FakeClock
from ui.dialogs.form_editor import FormEditorDialog
from ui.i18n import Translations
from ui.pages.forms_owner_box import RESIGN, ConsultationFormsBox, ResignRuleDialog

EYE = BuiltInForm.EYE_TEST.value
OWNER, OWNER_PIN = "Ewa Kowalska", "582913"


@pytest.fixture
def optician(tmp_path: Path, device_store: DeviceKeyStore, clock: FakeClock) -> Iterator[Vault]:
    salon = SalonDetails("Optyk Kowalska", language="pl", kinds=(BusinessKind.OPTICIAN,))
    vault = create_vault(
        tmp_path / "optyk", salon, OWNER, OWNER_PIN, tmp_path / "key", device_store, clock
    )
    try:
        yield vault
    finally:
        vault.close()


def shown(qtbot: QtBot, kind: type[QWidget]) -> QWidget:
    found: list[QWidget] = []

    def visible() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(visible)
    found[0].activateWindow()  # the keyboard goes to the dialog, as it does on a desktop
    qtbot.waitUntil(found[0].isActiveWindow)
    return found[0]


def to_row(qtbot: QtBot, box: ConsultationFormsBox, form_key: str) -> None:
    box.table.setFocus()
    qtbot.keyClick(box.table, Qt.Key.Key_Home)
    while (current := box.current()) is not None and current.form_key != form_key:
        before = box.table.currentRow()
        qtbot.keyClick(box.table, Qt.Key.Key_Down)
        assert box.table.currentRow() == before + 1, f"{form_key} is in the list"


def type_letters(widget: QWidget, text: str) -> None:
    """Typed as a keyboard layout delivers letters QTest cannot name ("ł", "ż")."""
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter)
            )


def press(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def test_the_owner_copies_a_built_in_and_adds_a_blocking_question_by_keyboard(
    qtbot: QtBot, optician: Vault
) -> None:
    owner = optician.auth.sign_in(OWNER, OWNER_PIN)
    client = optician.clients.create(owner, ClientInput("Nowak", "Anna", language="pl")).id
    grant_health_consent(optician, owner, client)
    box = ConsultationFormsBox(optician, owner)
    qtbot.addWidget(box)
    box.show()
    to_row(qtbot, box, EYE)
    # A built-in cannot be edited: the button is off and says why.
    assert not box.edit_button.isEnabled()
    assert "copy it" in box.edit_reason.text()

    def name_the_copy() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog))
        line = dialog.findChild(QWidget, "")  # the line edit has the focus
        focused = QApplication.focusWidget() or line
        qtbot.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_letters(focused, "Wywiad optyka (nasz)")
        qtbot.keyClick(focused, Qt.Key.Key_Return)

    QTimer.singleShot(200, name_the_copy)
    press(qtbot, box.copy_button)
    own = box.current()
    assert own is not None and own.form_key == "own_1" and not own.built_in
    assert own.definition.title["pl"] == "Wywiad optyka (nasz)"
    assert box.edit_button.isEnabled() and box.edit_reason.text() == ""
    first = optician.forms.fill(
        owner, client, own.form_key, "pl", harmless_answers(own.definition), signature_png()
    )

    press(qtbot, box.edit_button)
    editor = shown(qtbot, FormEditorDialog)
    assert isinstance(editor, FormEditorDialog)
    assert editor.language.currentData() == "pl"  # the salon's language first
    assert editor.title_edit.text() == "Wywiad optyka (nasz)"
    # The last question, then a new one after it.
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_End)
    press(qtbot, editor.add_question_button)
    assert QApplication.focusWidget() is editor.question.question_text
    type_letters(
        editor.question.question_text, "Czy nosi Pani soczewki twarde dłużej niż 12 godzin?"
    )
    # Nothing ticked yet: the stop is off and says why.
    assert not editor.question.blocks.isEnabled()
    assert editor.question.blocks_reason.text().startswith("Tick a red-flag answer first")
    editor.question.red_flags.setFocus()
    assert editor.question.red_flags.currentRow() == 0  # "Tak" (yes)
    qtbot.keyClick(editor.question.red_flags, Qt.Key.Key_Space)
    assert editor.question.blocks.isEnabled()
    editor.question.alert.setFocus()
    type_letters(editor.question.alert, "Soczewki twarde ponad 12 h")
    press(qtbot, editor.question.blocks)
    assert editor.question.blocks.isChecked()
    qtbot.keyClick(editor.question.alert, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not editor.isVisible())

    second = optician.forms.form(owner, own.form_key)
    assert second.version == 2
    added = second.definition.questions()[-1]
    assert added.kind is AnswerKind.YES_NO and added.red_flags == frozenset({YES}) and added.blocks
    assert added.text == {"pl": "Czy nosi Pani soczewki twarde dłużej niż 12 godzin?"}
    [kept] = optician.forms.filled_forms(owner, client)
    assert (kept.id, kept.version) == (first, 1)  # signed on version 1, kept with it
    assert optician.forms.status(owner, client, own.form_key) is FormStatus.NEW_VERSION


def test_a_missing_alert_is_said_under_its_field_and_nothing_typed_is_lost(
    qtbot: QtBot, optician: Vault
) -> None:
    owner = optician.auth.sign_in(OWNER, OWNER_PIN)
    own = optician.forms.copy_form(owner, EYE, "Nasz")
    editor = FormEditorDialog(optician, owner, own)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_End)
    press(qtbot, editor.add_question_button)
    type_letters(editor.question.question_text, "Czy ma Pani jaskrę?")
    editor.question.red_flags.setFocus()
    qtbot.keyClick(editor.question.red_flags, Qt.Key.Key_Space)
    qtbot.keyClick(editor.question.question_text, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert not editor.errors["alert"].isHidden()
    assert editor.errors["alert"].text() == (
        "Write the health alert a red-flag answer puts on the card."
    )
    assert QApplication.focusWidget() is editor.question.alert
    assert editor.question.question_text.text() == "Czy ma Pani jaskrę?"
    assert optician.forms.form(owner, own.form_key).version == 1


def test_the_resign_rule_is_set_by_keyboard_and_makes_no_new_version(
    qtbot: QtBot, optician: Vault, translations: Translations
) -> None:
    """In English with its plural forms loaded (without a translator Qt shows "month(s)")."""
    owner = optician.auth.sign_in(OWNER, OWNER_PIN)
    box = ConsultationFormsBox(optician, owner)
    qtbot.addWidget(box)
    box.show()
    to_row(qtbot, box, EYE)
    row = box.table.currentRow()
    assert box.table.item(row, RESIGN).text() == "24 months or when health details change"
    press(qtbot, box.rule_button)
    dialog = shown(qtbot, ResignRuleDialog)
    assert isinstance(dialog, ResignRuleDialog)
    dialog.months.setFocus()
    dialog.months.selectAll()
    type_letters(dialog.months, "12")
    press(qtbot, dialog.on_health_change)
    qtbot.keyClick(dialog.months, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert optician.forms.resign_rule(owner, EYE) == ResignRule(12, False)
    assert optician.forms.form(owner, EYE).version == 1
    qtbot.waitUntil(lambda: box.table.item(row, RESIGN).text() == "12 months")
