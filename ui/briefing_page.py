"""The staff privacy briefing at sign-in (issue 21 item 3, decision 0040).

Shown by the shell after the PIN and before the workspace, whenever the services say the person
must read it (first sign-in, a new version, a year on). Confirming records the hash of the exact
text shown; "Not now" signs out: nobody works before confirming. The text opens in the window's
language; the person may read it in another of the four.
"""

from __future__ import annotations

import contextlib
import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.briefing import BriefingDue, BriefingText
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.error_text import error_text
from ui.i18n import LANGUAGES
from ui.labels import fill
from ui.palette import colours, text_style
from ui.widgets.heading import page_heading


class BriefingPage(QWidget):
    acknowledged = Signal()  # confirmed: open the workspace
    declined = Signal()  # not now: the session has ended, back to the lock screen

    def __init__(
        self,
        vault: Vault,
        session: Session,
        due: BriefingDue,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("briefingPage")
        self._vault = vault
        self._session = session
        self._due = due
        self._shown: BriefingText | None = None
        self.heading = page_heading(self)
        self.reason = QLabel(self)
        self.reason.setObjectName("briefingReason")
        self.reason.setWordWrap(True)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("briefingLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language_label.setBuddy(self.language)
        self.text = QTextBrowser(self)
        self.text.setObjectName("briefingText")
        self.text.setOpenLinks(False)
        self.text.setTabChangesFocus(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._build_lower_part()
        self.language.currentIndexChanged.connect(lambda _index: self._show_text())
        self._lay_out()
        self._show_text()
        self.retranslate()

    def _build_lower_part(self) -> None:
        self.version_label = QLabel(self)
        self.version_label.setStyleSheet(text_style(colours().muted))
        self.error = QLabel(self)
        self.error.setObjectName("briefingError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style(colours().error))
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("briefingConfirm")
        self.confirm_button.setAutoDefault(True)
        self.decline_button = QPushButton(self)
        self.decline_button.setObjectName("briefingDecline")
        self.decline_button.setAutoDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        self.decline_button.clicked.connect(self.decline)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.reason, 1)
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.version_label, 1)
        buttons.addWidget(self.decline_button)
        buttons.addWidget(self.confirm_button)
        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addLayout(top)
        column.addWidget(self.text, 1)
        column.addWidget(self.error)
        column.addLayout(buttons)
        # A readable column in the middle of a wide window, not a line across the screen.
        holder = QWidget(self)
        holder.setMaximumWidth(900)
        holder.setLayout(column)
        outer = QHBoxLayout(self)
        outer.addStretch()
        outer.addWidget(holder, 10)
        outer.addStretch()
        QWidget.setTabOrder(self.language, self.text)
        QWidget.setTabOrder(self.text, self.confirm_button)
        QWidget.setTabOrder(self.confirm_button, self.decline_button)

    @property
    def shown(self) -> BriefingText | None:
        """The text on screen now (its hash is what a confirmation records)."""
        return self._shown

    def focus_start(self) -> None:
        self.text.setFocus()

    def _show_text(self) -> None:
        language = str(self.language.currentData())
        try:
            self._shown = self._vault.briefing.text_to_show(self._session, language)
        except SalonVaultError as error:
            self._shown = None
            self.error.setText(error_text(error))
            self.confirm_button.setEnabled(False)
            return
        self.text.setHtml(briefing_html(self._shown.text))
        self.confirm_button.setEnabled(True)
        self.error.clear()
        self.retranslate()

    def confirm(self) -> None:
        shown = self._shown
        if shown is None:
            return
        try:
            self._vault.briefing.acknowledge(self._session, shown.language, shown.sha256)
        except SalonVaultError as error:
            self.error.setText(error_text(error))
            self._show_text_again_if_changed()
            return
        self.acknowledged.emit()

    def _show_text_again_if_changed(self) -> None:
        """A new version arrived while reading: show it, keeping the error line's words."""
        said = self.error.text()
        self._show_text()
        self.error.setText(said)

    def decline(self) -> None:
        with contextlib.suppress(SalonVaultError):  # ended already: back to the lock all the same
            self._vault.briefing.decline(self._session)
        self.declined.emit()

    # -- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff privacy briefing"))
        reasons = {
            BriefingDue.FIRST: self.tr(
                "Before your first work in SalonVault, read how we keep clients' data safe and"
                " confirm it."
            ),
            BriefingDue.NEW_VERSION: self.tr(
                "The briefing has changed since you last confirmed it: read it and confirm again."
            ),
            BriefingDue.YEARLY: self.tr(
                "It is a year since you last confirmed the briefing: read it again and confirm."
            ),
        }
        self.reason.setText(reasons[self._due])
        self.language_label.setText(self.tr("Read &in:"))
        self.language.setAccessibleName(self.tr("Language of the briefing"))
        self.text.setAccessibleName(self.tr("Staff privacy briefing"))
        if self._shown is not None:
            self.version_label.setText(fill(self.tr("Version %1"), self._shown.version))
        self.confirm_button.setText(self.tr("I have &read and understood it"))
        self.decline_button.setText(self.tr("&Not now (sign out)"))
        self.decline_button.setToolTip(
            self.tr("You can work in SalonVault only after confirming the briefing.")
        )


def briefing_html(text: str) -> str:
    """The plain text (what is hashed and confirmed) laid out for reading: its first line as a
    title, a short line opening a paragraph as a heading, lines starting "- " as a list. The
    words stay exactly the text's."""
    blocks = [block.splitlines() for block in text.split("\n\n")]
    parts: list[str] = []
    for index, lines in enumerate(blocks):
        if index == 0 and len(lines) == 1:
            parts.append(f"<h3>{html.escape(lines[0])}</h3>")
            continue
        first, body = lines[0], lines
        if len(lines) > 1 and not first.startswith("- ") and len(first) <= 60:
            parts.append(f"<p><b>{html.escape(first)}</b></p>")
            body = lines[1:]
        bullets: list[str] = []
        for line in [*body, ""]:  # the empty line ends a last list
            if line.startswith("- "):
                bullets.append(f"<li>{html.escape(line[2:])}</li>")
                continue
            if bullets:
                parts.append(f"<ul>{''.join(bullets)}</ul>")
                bullets = []
            if line:
                parts.append(f"<p>{html.escape(line)}</p>")
    return "".join(parts)
