"""The owner's editor for one of the salon's own consultation forms (decision 0045): the title and
introduction, sections and questions, each question's words, answer type, red-flag answers, the
health alert a red flag puts on the card and whether it stops the service until reviewed.

The words are edited one language at a time ("Words in"), the salon's first; a language left
empty falls back to English, then to any language written, when a client fills the form. Save
makes the form's next version (signed forms keep theirs); the service checks it and names the
question and the part at fault, which the editor selects. Everything works from the keyboard:
arrows in the list, Alt+letter to the buttons and fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.errors import FormQuestionError, SalonVaultError
from salonvault.domain.forms import (
    AnswerKind,
    Choice,
    FormDefinition,
    FormVersion,
    Question,
    Section,
    Words,
    words,
)
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.dialogs.form_question_page import MAX_WORDS, QuestionPage, free_key, label_of
from ui.i18n import LANGUAGES
from ui.labels import fill
from ui.palette import colours, text_style
from ui.widgets.form_dialog import FormDialog

SECTION_ROLE = Qt.ItemDataRole.UserRole
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class _SectionDraft:
    key: str
    title: Words
    questions: list[Question] = field(default_factory=list)


def _written(text: Words) -> Words:
    """The languages written in (an emptied one falls back like one never written)."""
    return {k: v.strip() for k, v in text.items() if v.strip()}


class FormEditorDialog(FormDialog):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        version: FormVersion,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formEditor")
        self._vault, self._session, self.version = vault, session, version
        self.saved: FormVersion | None = None
        definition = version.definition
        self._title: Words = dict(definition.title)
        self._intro: Words = dict(definition.intro)
        self.sections = [
            _SectionDraft(s.key, dict(s.title), list(s.questions)) for s in definition.sections
        ]
        self._shown: tuple[int, int] | None = None  # (section, question or -1) in the fields
        salon = vault.settings.language()
        self.language_code = salon if salon in LANGUAGES else "en"
        self.setWindowTitle(
            fill(self.tr("Questions of %1"), words(definition.title, self.language_code))
        )
        self._build_top()
        self._build_list()
        self._build_details()
        self.resize(940, 720)
        self._show_words()
        self._fill_list()
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    # -- laying out --------------------------------------------------------------------------

    def _build_top(self) -> None:
        self.language = QComboBox(self)
        self.language.setObjectName("formEditorLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(self.language_code))
        self.language.currentIndexChanged.connect(self._language_chosen)
        language_label = QLabel(self.tr("&Words in"), self)
        language_label.setBuddy(self.language)
        hint = QLabel(
            self.tr(
                "Write the form in each language your clients read; a language left empty"
                " shows the English words, else the words you wrote."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(text_style(colours().muted))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("formEditorTitle")
        self.title_edit.setMaxLength(MAX_WORDS)
        self.intro_edit = QLineEdit(self)
        self.intro_edit.setMaxLength(MAX_WORDS)
        self.title_edit.textEdited.connect(lambda text: self._set_words(self._title, text))
        self.intro_edit.textEdited.connect(lambda text: self._set_words(self._intro, text))
        self.add_field(language_label, self.language)
        self.form.addRow(hint)
        title_label = QLabel(self.tr("&Title"), self)
        title_label.setBuddy(self.title_edit)
        intro_label = QLabel(self.tr("&Introduction"), self)
        intro_label.setBuddy(self.intro_edit)
        self.add_field(title_label, self.title_edit, "title")
        self.add_field(intro_label, self.intro_edit)

    def _build_list(self) -> None:
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("formEditorQuestions")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Sections and questions"))
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.add_section_button = QPushButton(self.tr("Add &section"), self)
        self.add_section_button.clicked.connect(self.add_section)
        self.add_question_button = QPushButton(self.tr("Add &question"), self)
        self.add_question_button.clicked.connect(self.add_question)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.list_reason = QLabel(self)
        self.list_reason.setObjectName("formEditorListReason")
        self.list_reason.setWordWrap(True)
        self.list_reason.setStyleSheet(text_style(colours().muted))
        buttons = QHBoxLayout()
        for button in (
            self.add_section_button,
            self.add_question_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.with_error_line(self.tree, "definition"), 1)
        column.addLayout(buttons)
        column.addWidget(self.list_reason)
        self.columns = QHBoxLayout()
        self.columns.addLayout(column, 1)
        self.body.addLayout(self.columns, 1)

    def _build_details(self) -> None:
        self.details = QStackedWidget(self)
        section_page = QGroupBox(self.tr("Section"), self.details)
        self.section_title = QLineEdit(section_page)
        self.section_title.setObjectName("formEditorSectionTitle")
        self.section_title.setMaxLength(MAX_WORDS)
        self.section_title.textEdited.connect(self._section_title_edited)
        section_form = QFormLayout(section_page)
        section_label = QLabel(self.tr("Section &heading"), section_page)
        section_label.setBuddy(self.section_title)
        section_form.addRow(section_label, self.section_title)
        self.section_page = section_page
        self.details.addWidget(section_page)
        self.question = QuestionPage(self, self.details)
        self.question.edited.connect(self._replace_question)
        self.details.addWidget(self.question)
        self.columns.addWidget(self.details, 1)

    # -- the list ------------------------------------------------------------------------------

    def _label(self, text: Words) -> str:
        return label_of(
            text,
            self.language_code,
            self.tr("(no words yet)"),
            self.tr("%1 (not written in this language)"),
        )

    def _fill_list(self) -> None:
        place = self._shown
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for s, section in enumerate(self.sections):
                top = QTreeWidgetItem(self.tree, [self._label(section.title)])
                top.setData(0, SECTION_ROLE, s)
                top.setData(0, QUESTION_ROLE, -1)
                for q, question in enumerate(section.questions):
                    child = QTreeWidgetItem(top, [self._label(question.text)])
                    child.setData(0, SECTION_ROLE, s)
                    child.setData(0, QUESTION_ROLE, q)
            self.tree.expandAll()
        if place is not None:
            self.select(*place)

    def select(self, section: int, question: int) -> None:
        top = self.tree.topLevelItem(min(section, self.tree.topLevelItemCount() - 1))
        if top is None:
            return
        child = top.child(question) if 0 <= question < top.childCount() else None
        self.tree.setCurrentItem(child or top)

    def current_place(self) -> tuple[int, int] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return int(item.data(0, SECTION_ROLE)), int(item.data(0, QUESTION_ROLE))

    def current_question(self) -> Question | None:
        place = self.current_place()
        if place is None or place[1] < 0:
            return None
        return self.sections[place[0]].questions[place[1]]

    def _refresh_label(self) -> None:
        place, item = self.current_place(), self.tree.currentItem()
        if place is None or item is None:
            return
        section = self.sections[place[0]]
        text = section.title if place[1] < 0 else section.questions[place[1]].text
        item.setText(0, self._label(text))

    # -- adding, removing, moving ------------------------------------------------------------

    def add_section(self) -> None:
        key = free_key("section", {s.key for s in self.sections})
        self.sections.append(_SectionDraft(key, {}))
        self._shown = (len(self.sections) - 1, -1)
        self._fill_list()
        self.section_title.setFocus()

    def add_question(self) -> None:
        place = self.current_place()
        if place is None:
            self.add_section()
            place = (len(self.sections) - 1, -1)
        section = self.sections[place[0]]
        taken = {q.key for s in self.sections for q in s.questions}
        question = Question(free_key("question", taken), AnswerKind.YES_NO, {})
        at = place[1] + 1 if place[1] >= 0 else len(section.questions)
        section.questions.insert(at, question)
        self._shown = (place[0], at)
        self._fill_list()
        self.question.question_text.setFocus()

    def remove_current(self) -> None:
        place = self.current_place()
        if place is None:
            return
        s, q = place
        if q >= 0:
            del self.sections[s].questions[q]
            self._shown = (s, q - 1 if q > 0 else -1)
        else:
            del self.sections[s]
            self._shown = (max(s - 1, 0), -1) if self.sections else None
        self._fill_list()
        self._update_list_buttons()

    def move_current(self, step: int) -> None:
        place = self.current_place()
        if place is None:
            return
        s, q = place
        items: list[object] = self.sections if q < 0 else self.sections[s].questions  # type: ignore[assignment]
        at = s if q < 0 else q
        target = at + step
        if not 0 <= target < len(items):
            return
        items[at], items[target] = items[target], items[at]
        self._shown = (target, -1) if q < 0 else (s, target)
        self._fill_list()

    def _update_list_buttons(self) -> None:
        place = self.current_place()
        self.remove_button.setEnabled(place is not None)
        can_up = can_down = False
        if place is not None:
            s, q = place
            count = len(self.sections) if q < 0 else len(self.sections[s].questions)
            at = s if q < 0 else q
            can_up, can_down = at > 0, at < count - 1
        self.up_button.setEnabled(can_up)
        self.down_button.setEnabled(can_down)
        if place is None:
            reason = self.tr("Add a section, then its questions.")
        elif not (can_up or can_down):
            reason = self.tr("It is alone in its list: nothing to move it past.")
        elif not can_up:
            reason = self.tr("It is first in its list: it moves only down.")
        elif not can_down:
            reason = self.tr("It is last in its list: it moves only up.")
        else:
            reason = ""
        self.list_reason.setText(reason)

    # -- the fields of the chosen item ---------------------------------------------------------

    def _show_current(self) -> None:
        place = self.current_place()
        self._shown = place
        self._update_list_buttons()
        if place is None:
            return
        section = self.sections[place[0]]
        if place[1] < 0:
            self.details.setCurrentWidget(self.section_page)
            self.section_title.setText(section.title.get(self.language_code, ""))
            return
        self.details.setCurrentWidget(self.question)
        self.question.show_question(section.questions[place[1]], self.language_code)

    # -- storing what was typed ----------------------------------------------------------------

    def _set_words(self, text: Words, value: str) -> None:
        text[self.language_code] = value

    def _section_title_edited(self, value: str) -> None:
        place = self.current_place()
        if place is None:
            return
        self.sections[place[0]].title[self.language_code] = value
        self._refresh_label()

    def _replace_question(self, question: Question) -> None:
        place = self.current_place()
        if place is None or place[1] < 0:
            return
        self.sections[place[0]].questions[place[1]] = question
        self._refresh_label()

    def _language_chosen(self) -> None:
        self.language_code = str(self.language.currentData())
        self._show_words()
        self._fill_list()
        self._show_current()

    def _show_words(self) -> None:
        with QSignalBlocker(self.title_edit), QSignalBlocker(self.intro_edit):
            self.title_edit.setText(self._title.get(self.language_code, ""))
            self.intro_edit.setText(self._intro.get(self.language_code, ""))
            self.title_edit.setCursorPosition(0)
            self.intro_edit.setCursorPosition(0)

    # -- saving --------------------------------------------------------------------------------

    def definition(self) -> FormDefinition:
        """What the editor holds, as a form definition (empty words left out)."""

        def question(q: Question) -> Question:
            choices = tuple(Choice(c.key, _written(c.label)) for c in q.choices)
            return replace(q, text=_written(q.text), alert=_written(q.alert), choices=choices)

        return replace(
            self.version.definition,
            title=_written(self._title),
            intro=_written(self._intro),
            sections=tuple(
                Section(s.key, _written(s.title), tuple(question(q) for q in s.questions))
                for s in self.sections
            ),
        )

    def error_field(self, error: SalonVaultError) -> str | None:
        """The question the service names is selected first, so its field's line shows."""
        key = error.question if isinstance(error, FormQuestionError) else None
        for s, section in enumerate(self.sections):
            for q, question in enumerate(section.questions):
                if question.key == key:
                    self.select(s, q)
        return super().error_field(error)

    def save_form(self) -> bool:
        with self.busy():
            self.saved = self._vault.forms.save_version(
                self._session, self.version.form_key, self.definition()
            )
        return True
