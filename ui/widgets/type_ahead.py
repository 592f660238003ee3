"""A long choice list (countries, currencies) found by typing the start of a name, in the
screen's language, with or without its accents: "Pol" picks Poland, "ba lan" Ba Lan, "viet"
Việt Nam. Qt's own type-ahead in a closed combo box takes only what is typed within a moment,
opens the list on a space and wants the accents; a salon owner types at their own pace."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

# Letters that are not a base letter with a mark, so decomposing does not reach them.
_PLAIN = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe"})


def folded(text: str) -> str:
    """The text as it is compared: without accents or case ("Việt Nam" → "viet nam")."""
    decomposed = unicodedata.normalize("NFD", text.casefold().translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class TypeAhead(QObject):
    """Makes `combo` editable: what is typed chooses the first entry starting with it and the
    rest of its name is offered, selected; Backspace takes letters away without choosing
    again; leaving the box shows the chosen entry's name again. The choice is always one of
    the entries (nothing typed is added to the list)."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self._combo = combo
        self._typed = ""
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setCompleter(None)  # type: ignore[arg-type]  # ours below: Qt's wants accents
        line = combo.lineEdit()
        assert line is not None  # editable now
        line.textEdited.connect(self._typed_text)
        line.editingFinished.connect(self._show_choice)

    def _typed_text(self, text: str) -> None:
        shorter = len(text) < len(self._typed)
        self._typed = text
        wanted = folded(text)
        if shorter or not wanted.strip():
            return
        for row in range(self._combo.count()):
            name = self._combo.itemText(row)
            if folded(name).startswith(wanted):
                self._combo.setCurrentIndex(row)
                line = self._combo.lineEdit()
                assert line is not None
                line.setText(name)
                line.setSelection(len(text), len(name) - len(text))
                return

    def _show_choice(self) -> None:
        """Whatever was typed, the box shows what is chosen."""
        self._typed = ""
        index = self._combo.currentIndex()
        if index >= 0 and self._combo.currentText() != self._combo.itemText(index):
            self._combo.setEditText(self._combo.itemText(index))
