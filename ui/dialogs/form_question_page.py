"""The form editor's fields for one question (decision 0045): its words in the language being
edited, the answer type, whether it must be answered, the answers to choose from, which answers
are red flags, the health alert they put on the card and whether they stop the service.

A field that does not apply is off and the line under it says why. Each change is sent as the
question's new value (`edited`); the editor keeps it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from salonvault.domain.forms import (
    NO,
    YES,
    AnswerKind,
    Choice,
    Question,
    Words,
    words,
    yes_no_words,
)
from ui.labels import fill
from ui.palette import colours, text_style
from ui.widgets.form_dialog import FormDialog

MAX_WORDS = 500


def label_of(text: Words, language: str, tr_missing: str, tr_fallback: str) -> str:
    """The words in `language`, else the fallback marked as not written in it, else a mark."""
    said = text.get(language, "").strip()
    if said:
        return said
    fallback = words(text, language).strip()
    return fill(tr_fallback, fallback) if fallback else tr_missing


def free_key(stem: str, taken: set[str]) -> str:
    number = 1
    while f"{stem}_{number}" in taken:
        number += 1
    return f"{stem}_{number}"


class QuestionPage(QGroupBox):
    edited = Signal(object)  # the question as changed

    def __init__(self, editor: FormDialog, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Question"), parent)
        self.question: Question | None = None
        self.language = "en"
        self.question_text = self._line("formEditorQuestionText")
        self.kind = QComboBox(self)
        self.kind.setObjectName("formEditorKind")
        for kind, name in self._kind_names().items():
            self.kind.addItem(name, kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.required = QCheckBox(self.tr("The client must a&nswer it"), self)
        self.required.toggled.connect(lambda _c: self._store())
        self.choices = QPlainTextEdit(self)
        self.choices.setObjectName("formEditorChoices")
        self.choices.setTabChangesFocus(True)
        self.choices.setFixedHeight(90)
        self.choices.textChanged.connect(self._choices_edited)
        self.choices_hint = self._muted()
        self.red_flags = QListWidget(self)
        self.red_flags.setObjectName("formEditorRedFlags")
        self.red_flags.setFixedHeight(70)
        self.red_flags.setAccessibleName(self.tr("Red-flag answers: Space ticks one"))
        self.red_flags.itemChanged.connect(lambda _i: self._red_flags_changed())
        self.alert = self._line("formEditorAlert")
        self.blocks = QCheckBox(self.tr("A red flag st&ops the service until it is reviewed"), self)
        self.blocks.setObjectName("formEditorBlocks")
        self.blocks.toggled.connect(lambda _c: self._store())
        self.blocks_reason = self._muted()
        self.blocks_reason.setObjectName("formEditorBlocksReason")
        self._lay_out(editor)

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setMaxLength(MAX_WORDS)
        line.textEdited.connect(lambda _t: self._store())
        return line

    def _muted(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(text_style(colours().muted))
        return label

    def _lay_out(self, editor: FormDialog) -> None:
        rows = QFormLayout(self)
        labels: dict[QWidget, QLabel] = {}
        for text, widget in (
            (self.tr("Question te&xt"), self.question_text),
            (self.tr("&Answer"), self.kind),
            (self.tr("&Choices"), self.choices),
            (self.tr("&Red-flag answers"), self.red_flags),
            (self.tr("Health a&lert"), self.alert),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            labels[widget] = label
        editor.add_field(labels[self.question_text], self.question_text, "question_text", rows)
        editor.add_field(labels[self.kind], self.kind, form=rows)
        rows.addRow("", self.required)
        editor.add_field(labels[self.choices], self.choices, "choices", rows)
        rows.addRow("", self.choices_hint)
        editor.add_field(labels[self.red_flags], self.red_flags, "red_flags", rows)
        editor.add_field(labels[self.alert], self.alert, "alert", rows)
        rows.addRow("", editor.with_error_line(self.blocks, "blocks"))
        rows.addRow("", self.blocks_reason)

    def _kind_names(self) -> dict[AnswerKind, str]:
        return {
            AnswerKind.YES_NO: self.tr("yes or no"),
            AnswerKind.CHOICE: self.tr("one of several answers"),
            AnswerKind.TEXT: self.tr("text"),
            AnswerKind.DATE: self.tr("a date"),
            AnswerKind.NUMBER: self.tr("a number"),
        }

    def _label(self, text: Words) -> str:
        return label_of(
            text,
            self.language,
            self.tr("(no words yet)"),
            self.tr("%1 (not written in this language)"),
        )

    # -- showing -------------------------------------------------------------------------------

    def show_question(self, question: Question, language: str) -> None:
        self.question, self.language = question, language
        widgets = (self.question_text, self.kind, self.required, self.alert, self.blocks)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.question_text.setText(question.text.get(language, ""))
        self.kind.setCurrentIndex(self.kind.findData(question.kind))
        self.required.setChecked(question.required)
        self.alert.setText(question.alert.get(language, ""))
        self.blocks.setChecked(question.blocks)
        for line in (self.question_text, self.alert):
            line.setCursorPosition(0)  # a long question reads from its start
        del blockers
        self._show_choices(question)
        self._show_red_flags(question)

    def _show_choices(self, question: Question) -> None:
        with QSignalBlocker(self.choices):
            lines = [c.label.get(self.language, "") for c in question.choices]
            self.choices.setPlainText("\n".join(lines))
        offers = question.kind is AnswerKind.CHOICE
        self.choices.setEnabled(offers)
        self.choices_hint.setText(
            self.tr("One answer a line, in the same order in every language.")
            if offers
            else self.tr("Only a question answered with one of several answers has choices.")
        )

    def _show_red_flags(self, question: Question) -> None:
        with QSignalBlocker(self.red_flags):
            self.red_flags.clear()
            for key, label in self._answers(question):
                item = QListWidgetItem(label, self.red_flags)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = key in question.red_flags
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            if self.red_flags.count():
                self.red_flags.setCurrentRow(0)
        self._update_flag_fields(question)

    def _answers(self, question: Question) -> list[tuple[str, str]]:
        if question.kind is AnswerKind.YES_NO:
            yes, no = yes_no_words(self.language)
            return [(YES, yes), (NO, no)]
        if question.kind is AnswerKind.CHOICE:
            return [(c.key, self._label(c.label)) for c in question.choices]
        return []

    def _update_flag_fields(self, question: Question) -> None:
        can_flag = question.kind in (AnswerKind.YES_NO, AnswerKind.CHOICE)
        flagged = bool(question.red_flags)
        self.red_flags.setEnabled(can_flag)
        self.alert.setEnabled(flagged)
        self.blocks.setEnabled(flagged)
        if not can_flag:
            reason = self.tr("Only yes-or-no and choice answers can be red flags.")
        elif not flagged:
            reason = self.tr("Tick a red-flag answer first: the alert and the stop follow it.")
        else:
            reason = ""
        self.blocks_reason.setText(reason)

    # -- storing what was typed ----------------------------------------------------------------

    def _send(self, question: Question) -> None:
        self.question = question
        self.edited.emit(question)

    def _store(self) -> None:
        question = self.question
        if question is None:
            return
        self._send(
            replace(
                question,
                text={**question.text, self.language: self.question_text.text()},
                alert={**question.alert, self.language: self.alert.text()},
                required=self.required.isChecked(),
                blocks=self.blocks.isChecked() and bool(question.red_flags),
            )
        )

    def _kind_changed(self) -> None:
        question = self.question
        if question is None:
            return
        kind = AnswerKind(self.kind.currentData())
        changed = replace(question, kind=kind, red_flags=frozenset(), blocks=False)
        if kind is not AnswerKind.CHOICE:
            changed = replace(changed, choices=())
        self._send(changed)
        with QSignalBlocker(self.blocks):
            self.blocks.setChecked(False)
        self._show_choices(changed)
        self._show_red_flags(changed)

    def _choices_edited(self) -> None:
        """Line n is answer n in every language: a new line adds an answer, a line taken off
        the end removes the last (its red flag too)."""
        question = self.question
        if question is None or question.kind is not AnswerKind.CHOICE:
            return
        lines = [line.strip() for line in self.choices.toPlainText().split("\n")]
        while lines and not lines[-1]:
            lines.pop()
        taken = {c.key for c in question.choices}
        choices: list[Choice] = []
        for n, line in enumerate(lines):
            if n < len(question.choices):
                old = question.choices[n]
                choices.append(Choice(old.key, {**old.label, self.language: line}))
            else:
                key = free_key("answer", taken)
                taken.add(key)
                choices.append(Choice(key, {self.language: line}))
        kept = frozenset(k for k in question.red_flags if k in {c.key for c in choices})
        changed = replace(question, choices=tuple(choices), red_flags=kept)
        changed = replace(changed, blocks=changed.blocks and bool(kept))
        self._send(changed)
        self._show_red_flags(changed)

    def _red_flags_changed(self) -> None:
        question = self.question
        if question is None:
            return
        ticked = frozenset(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.red_flags.item(i) for i in range(self.red_flags.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        changed = replace(question, red_flags=ticked, blocks=question.blocks and bool(ticked))
        self._send(changed)
        with QSignalBlocker(self.blocks):
            self.blocks.setChecked(changed.blocks)
        self._update_flag_fields(changed)
