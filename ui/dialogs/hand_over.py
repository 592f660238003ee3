"""Hand the screen to the client (issue 23 item 1, decision 0038): a full-screen window with
only the consultation form, in the language the client picks, and the signature pad.

Nothing else of the vault can be reached from it: it is application-modal and full screen,
every shortcut of the program's other windows is swallowed while it is open (the switch-user
key too), and Escape, Alt+F4 or closing it ask for the PIN of the staff member who handed it
over (leaving keeps nothing). Done checks the answers (the form's own rules, in the client's
words), saves the signed form with the staff member's session, and asks for the staff PIN to
return to the card; "Lock the screen" ends the session instead (the window locks, as when
idle). A lock of the program (idle, the computer locked) closes it like any dialog.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.errors import SalonVaultError, SessionExpired, ValidationError, WrongPin
from salonvault.domain.form_filling_words import FILLING_WORDS, FillingWords
from salonvault.domain.forms import FORM_LANGUAGES, FormVersion, clean_answers, words
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.error_text import error_text
from ui.labels import fill
from ui.palette import colours, text_style
from ui.widgets.form_questions import QuestionsPanel
from ui.widgets.pin_pad import PinPad
from ui.widgets.signature_pad import SignaturePad

LEAVING, SAVED = "leaving", "saved"


class HandOverWindow(QDialog):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        form_key: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handOverWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._vault = vault
        self._session = session
        self._client_id = client_id
        self._version: FormVersion = vault.forms.form(session, form_key)
        self.language = language if language in FORM_LANGUAGES else "en"
        self.filled_id: int | None = None
        self._mode = LEAVING
        self.stack = QStackedWidget(self)
        self._build_form_page()
        self._build_pin_page()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._show_language()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- the form ----------------------------------------------------------------------------

    def _build_form_page(self) -> None:
        page = QWidget(self)
        self._build_heading(page)
        self.language_label = QLabel(page)
        self.language_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(page)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.language_label)
        for language in FORM_LANGUAGES:
            button = QPushButton(FILLING_WORDS[language].language_name, page)
            button.setCheckable(True)
            button.setObjectName(f"language_{language}")
            button.clicked.connect(lambda _c=False, chosen=language: self.choose_language(chosen))
            group.addButton(button)
            top.addWidget(button)
            self.language_buttons[language] = button
        self.questions = QuestionsPanel(self._version.definition, page)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.questions)
        self.question_scroll = scroll
        self.sign_below = QLabel(page)
        self.sign_below.setWordWrap(True)
        self.pad = SignaturePad(page)
        self.pad.setMinimumHeight(160)
        self.form_error = QLabel(page)
        self.form_error.setStyleSheet(text_style(colours().error))
        self.form_error.setWordWrap(True)
        self.done_button = QPushButton(page)
        self.done_button.setObjectName("handOverDone")
        self.done_button.clicked.connect(self.done_filling)
        bottom = QHBoxLayout()
        bottom.addWidget(self.form_error, 1)
        bottom.addWidget(self.done_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.sign_below)
        layout.addWidget(self.pad)
        layout.addLayout(bottom)
        self.form_page = page
        self.stack.addWidget(page)

    def _build_heading(self, page: QWidget) -> None:
        self.title = QLabel(page)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        # The introduction is part of the text shown whose hash is kept with the answers.
        self.intro = QLabel(page)
        self.intro.setObjectName("handOverIntro")
        self.intro.setWordWrap(True)

    def show_full_screen(self) -> None:
        """The whole screen, also where no window manager honours full-screen requests."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        # The client starts on the first answer, not on a language button (Space there would
        # switch the language unasked).
        self.questions.first_answer().setFocus()

    def choose_language(self, language: str) -> None:
        """The client's language: the questions, choices and words around them change; the
        answers given so far stay."""
        self.language = language
        self._show_language()

    def _show_language(self) -> None:
        said: FillingWords = FILLING_WORDS[self.language]
        self.title.setText(words(self._version.definition.title, self.language))
        self.intro.setText(words(self._version.definition.intro, self.language))
        self.intro.setVisible(bool(self.intro.text()))
        self.language_label.setText(said.choose_language)
        self.language_buttons[self.language].setChecked(True)
        self.questions.show_language(self.language)
        self.sign_below.setText(said.sign_below)
        self.done_button.setText(said.done)
        self.form_error.clear()
        self.setWindowTitle(self.title.text())

    def done_filling(self) -> None:
        """Checked by the form's rules first (the client's words next to the question), then
        kept with the signature; the screen then waits for the staff member."""
        said = FILLING_WORDS[self.language]
        answers = self.questions.answers()
        self.questions.clear_errors()
        try:
            clean_answers(self._version.definition, answers)
        except ValidationError as error:
            missing = answers.get(error.field or "") in (None, "")
            text = said.answer_this if missing else said.check_this
            shown = self.questions.show_error(error.field or "", text)
            if shown is not None:
                self.question_scroll.ensureWidgetVisible(shown)
            self.form_error.setText(text)
            return
        if self.pad.is_empty():
            self.form_error.setText(said.sign_first)
            return
        try:
            self.filled_id = self._vault.forms.fill(
                self._session,
                self._client_id,
                self._version.form_key,
                self.language,
                answers,
                self.pad.png_bytes(),
            )
        except SalonVaultError as error:  # a refusal is the staff member's to read
            self.form_error.setText(error_text(error))
            return
        self._ask_pin(SAVED)

    # -- handing the screen back -------------------------------------------------------------

    def _build_pin_page(self) -> None:
        page = QWidget(self)
        self.thanks = QLabel(page)
        self.thanks.setWordWrap(True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.thanks.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.thanks.setFont(font)
        self.pin_prompt = QLabel(page)
        self.pin_prompt.setWordWrap(True)
        self.pin_prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_pad = PinPad(page)
        self.pin_pad.setMaximumWidth(360)
        self.pin_pad.submitted.connect(self.check_pin)
        self.pin_error = QLabel(page)
        self.pin_error.setStyleSheet(text_style(colours().error))
        self.pin_error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = QPushButton(self.tr("Back to the form"), page)
        self.back_button.clicked.connect(self.back_to_form)
        self.lock_button = QPushButton(self.tr("Lock the screen"), page)
        self.lock_button.clicked.connect(self.lock_screen)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.lock_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.thanks)
        layout.addWidget(self.pin_prompt)
        layout.addWidget(self.pin_pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.pin_error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.pin_page = page
        self.stack.addWidget(page)

    def _ask_pin(self, mode: str) -> None:
        self._mode = mode
        saved = mode == SAVED
        self.thanks.setText(FILLING_WORDS[self.language].thank_you if saved else "")
        self.thanks.setVisible(saved)
        name = self._session.staff_name
        self.pin_prompt.setText(
            fill(self.tr("%1: enter your PIN to return to the client's card."), name)
            if saved
            else fill(
                self.tr("%1: enter your PIN to leave the form. The answers are not kept."), name
            )
        )
        self.back_button.setVisible(not saved)
        self.lock_button.setVisible(saved)
        self.pin_error.clear()
        self.stack.setCurrentWidget(self.pin_page)
        self.pin_pad.field.setFocus()

    def back_to_form(self) -> None:
        self.stack.setCurrentWidget(self.form_page)

    def check_pin(self, pin: str) -> None:
        """The staff member who handed the screen over, by PIN (the lockout rules of signing
        in apply: the client cannot try PINs without end)."""
        try:
            check = self._vault.auth.sign_in(self._session.staff_name, pin)
        except WrongPin:
            self.pin_error.setText(self.tr("That PIN is not right."))
            return
        except SalonVaultError as error:
            self.pin_error.setText(error_text(error))
            return
        self._vault.guard.end_session(check, "hand_over_returned")  # only a check
        self._finish()
        if self._mode == SAVED:
            self.accept()
        else:
            self.reject()

    def lock_screen(self) -> None:
        """The form is kept; the staff member's session ends, so the program locks."""
        with contextlib.suppress(SessionExpired):
            self._vault.guard.end_session(self._session, "hand_over_locked")
        self._finish()
        self.accept()

    # -- nothing else reachable ----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.stack.currentWidget() is self.form_page:
                self._ask_pin(LEAVING)
            return  # never closes the window by itself
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Alt+F4 or the window manager's close: the staff PIN first."""
        if self._finished:
            super().closeEvent(event)
            return
        event.ignore()
        if self.stack.currentWidget() is self.form_page:
            self._ask_pin(LEAVING)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Every shortcut of the program's other windows is swallowed while the client holds
        the screen (the window's own keys work)."""
        shortcut = event.type() in (QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride)
        return shortcut and not self._is_mine(watched)

    def _is_mine(self, watched: QObject) -> bool:
        node: QObject | None = watched
        while node is not None:
            if node is self:
                return True
            node = node.parent()
        return False

    _finished = False

    def _finish(self) -> None:
        self._finished = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def done(self, result: int) -> None:
        self._finish()  # also when the program locks and closes every dialog
        super().done(result)
