"""A message's parameters as the window shows them (numbers and dates in the user's locale)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from PySide6.QtCore import QLocale

from salonvault.domain.messages import Message
from ui.qt_dates import to_qdate


class Params:
    def __init__(self, values: Mapping[str, object], say: Callable[[Message], str]) -> None:
        self._values = values
        self._say = say  # a nested message (a reason inside a sentence) in the user's words

    def text(self, name: str) -> str:
        value = self._values.get(name)
        if isinstance(value, Message):
            return self._say(value)
        if isinstance(value, date) and not isinstance(value, datetime):
            return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat)
        return "" if value is None else str(value)

    def count(self, name: str) -> int:
        value = self._values.get(name)
        return value if isinstance(value, int) else 0

    def number(self, name: str) -> str:
        value = self._values.get(name)
        return QLocale().toString(value) if isinstance(value, int) else self.text(name)

    def quoted(self, name: str) -> str:
        return repr(self._values.get(name))
