"""A long choice list (countries, currencies) found by typing the start of a name, in the
screen's language, with or without its accents: "Pol" picks Poland, "ba lan" Ba Lan, "viet"
Việt Nam. Qt's own type-ahead in a closed combo box takes only what is typed within a moment,
opens the list on a space and wants the accents; a salon owner types at their own pace."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QLabel

from ui.labels import fill

# Letters that are not a base letter with a mark, so decomposing does not reach them.
_OTHERS_SHOWN = 3  # names listed in the note beside a choice that others share the start of
_PLAIN = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe"})


def folded(text: str) -> str:
    """The text as it is compared: without accents or case ("Việt Nam" → "viet nam")."""
    decomposed = unicodedata.normalize("NFD", text.casefold().translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class TypeAhead(QObject):
    """Makes `combo` editable: what is typed chooses the first entry starting with it and the
    rest of its name is offered, selected; Backspace takes letters away without choosing
    again; leaving the box shows the chosen entry's name again. The choice is always one of
    the entries (nothing typed is added to the list). `note`, when given, names the other
    entries that start with what was typed ("pol" picks Polinezja Francuska before Polska),
    so a choice is not made unseen."""

    def __init__(self, combo: QComboBox, note: QLabel | None = None) -> None:
        super().__init__(combo)
        self._combo = combo
        self._note = note
        self._typed = ""
        if note is not None:
            note.setWordWrap(True)
            note.hide()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setCompleter(None)  # type: ignore[arg-type]  # ours below: Qt's wants accents
        line = combo.lineEdit()
        assert line is not None  # editable now
        line.textEdited.connect(self._typed_text)
        line.editingFinished.connect(self._show_choice)
        self._choosing = False  # the typing itself is choosing (not the arrows)
        combo.currentIndexChanged.connect(self._moved)

    def _typed_text(self, text: str) -> None:
        shorter = len(text) < len(self._typed)
        self._typed = text
        wanted = folded(text)
        if shorter or not wanted.strip():
            return
        rows = [
            r
            for r in range(self._combo.count())
            if folded(self._combo.itemText(r)).startswith(wanted)
        ]
        self._show_others(text, [self._combo.itemText(r) for r in rows[1:]])
        if rows:
            name = self._combo.itemText(rows[0])
            self._choosing = True
            self._combo.setCurrentIndex(rows[0])
            self._choosing = False
            line = self._combo.lineEdit()
            assert line is not None
            line.setText(name)
            line.setSelection(len(text), len(name) - len(text))

    def _moved(self, _index: int) -> None:
        """Another entry chosen with the arrows: the note about the typed start is done."""
        if not self._choosing:
            self._show_others("", [])

    def _show_others(self, typed: str, others: list[str]) -> None:
        if self._note is None:
            return
        if not others:
            self._note.hide()
            return
        names = ", ".join(others[:_OTHERS_SHOWN]) + (" …" if len(others) > _OTHERS_SHOWN else "")
        words = QCoreApplication.translate(
            "TypeAhead", "Also starting with \u201c%1\u201d: %2. The Down arrow goes to the next."
        )
        self._note.setText(fill(words, typed, names))
        self._note.show()

    def _show_choice(self) -> None:
        """Whatever was typed, the box shows what is chosen."""
        self._typed = ""
        self._show_others("", [])
        index = self._combo.currentIndex()
        if index >= 0 and self._combo.currentText() != self._combo.itemText(index):
            self._combo.setEditText(self._combo.itemText(index))
