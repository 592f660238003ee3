"""A consultation form's questions as widgets, in sections: yes/no and choices as radio buttons,
text, dates and numbers as fields. The words follow the language chosen (the client's); the
answers stay when it changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.form_filling_words import FILLING_WORDS
from salonvault.domain.forms import (
    NO,
    YES,
    AnswerKind,
    FormDefinition,
    Question,
    words,
    yes_no_words,
)
from ui.palette import colours, text_style


class _QuestionBox(QWidget):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"question_{question.key}")
        self.question = question
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.label.setFont(font)
        self.error = QLabel(self)
        self.error.setStyleSheet(text_style(colours().error))
        self.error.setVisible(False)
        self.buttons: dict[str, QRadioButton] = {}
        self.field: QLineEdit | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.label)
        if question.kind in (AnswerKind.YES_NO, AnswerKind.CHOICE):
            keys = (
                [YES, NO]
                if question.kind is AnswerKind.YES_NO
                else [c.key for c in question.choices]
            )
            row = QHBoxLayout()
            self.group = QButtonGroup(self)
            for key in keys:
                button = QRadioButton(self)
                button.setObjectName(f"answer_{question.key}_{key}")
                self.group.addButton(button)
                self.buttons[key] = button
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        else:
            self.field = QLineEdit(self)
            self.field.setObjectName(f"answer_{question.key}")
            self.field.setMaxLength(1000)
            layout.addWidget(self.field)
        layout.addWidget(self.error)

    def show_language(self, language: str) -> None:
        q = self.question
        self.label.setText(words(q.text, language))
        if q.kind is AnswerKind.YES_NO:
            yes, no = yes_no_words(language)
            self.buttons[YES].setText(yes)
            self.buttons[NO].setText(no)
        elif q.kind is AnswerKind.CHOICE:
            for choice in q.choices:
                self.buttons[choice.key].setText(words(choice.label, language))
        elif self.field is not None and q.kind is AnswerKind.DATE:
            self.field.setPlaceholderText(FILLING_WORDS[language].date_hint)

    def answer(self) -> str:
        if self.field is not None:
            return self.field.text().strip()
        return next((key for key, b in self.buttons.items() if b.isChecked()), "")


class QuestionsPanel(QWidget):
    def __init__(self, definition: FormDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._definition = definition
        self._sections: list[QGroupBox] = []
        self.boxes: dict[str, _QuestionBox] = {}
        layout = QVBoxLayout(self)
        for section in definition.sections:
            group = QGroupBox(self)
            inner = QVBoxLayout(group)
            for question in section.questions:
                box = _QuestionBox(question, group)
                inner.addWidget(box)
                self.boxes[question.key] = box
            self._sections.append(group)
            layout.addWidget(group)
        layout.addStretch(1)

    def show_language(self, language: str) -> None:
        for group, section in zip(self._sections, self._definition.sections, strict=True):
            group.setTitle(words(section.title, language))
        for box in self.boxes.values():
            box.show_language(language)

    def first_answer(self) -> QWidget:
        """The first question's field or first answer button (a form has a question)."""
        box = next(iter(self.boxes.values()))
        return box.field or next(iter(box.buttons.values()))

    def answers(self) -> dict[str, object]:
        return {key: box.answer() for key, box in self.boxes.items()}

    def clear_errors(self) -> None:
        for box in self.boxes.values():
            box.error.setVisible(False)

    def show_error(self, key: str, text: str) -> QWidget | None:
        box = self.boxes.get(key)
        if box is None:
            return None
        box.error.setText(text)
        box.error.setVisible(True)
        target = box.field or next(iter(box.buttons.values()))
        target.setFocus()
        return box
