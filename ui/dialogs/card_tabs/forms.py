"""The card's Forms tab (owner and technician): the consultation forms the client signed, their
red flags and reviews, and "Hand the screen to the client" to fill one (decision 0038).

A red-flag answer is also a health alert on the Health tab and in the card's alert banner (the
service adds it); here the owner or a technician reviews it, which lets a service it blocked go
ahead. Receptionists never get this tab (the answers are health data).
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.forms import FilledForm, FormVersion, RedFlag, words
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.card_tabs.base import CardTab
from ui.dialogs.hand_over import HandOverWindow
from ui.i18n import LANGUAGES
from ui.labels import fill, local_time
from ui.palette import colours, text_style
from ui.widgets.form_dialog import FormDialog


class FormsTab(CardTab):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        client_language: str,
        staff_names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, session, client_id, staff_names, "forms", parent)
        self._client_language = client_language
        self._forms: list[FilledForm] = []
        self._versions: dict[str, FormVersion] = {}
        self.table = self._list_table(
            "signedForms",
            [self.tr("Form"), self.tr("Signed"), self.tr("Language"), self.tr("Red flags")],
            stretch=3,
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self.tr("No consultation form signed yet."), self)
        self.form_choice = QComboBox(self)
        self.form_choice.setObjectName("formChoice")
        self.form_choice.setAccessibleName(self.tr("Consultation form"))
        language = vault.settings.language()
        for version in vault.forms.forms(session):
            self.form_choice.addItem(words(version.definition.title, language), version.form_key)
        self.hand_over_button = QPushButton(self.tr("&Hand the screen to the client…"), self)
        self.hand_over_button.clicked.connect(self.hand_over)
        self.review_button = QPushButton(self.tr("&Review red flag…"), self)
        self.review_button.clicked.connect(self.review_selected)
        self.review_reason = QLabel(self)
        self.message = QLabel(self)
        self.message.setStyleSheet(text_style(colours().error))
        self.message.setWordWrap(True)
        start = QHBoxLayout()
        start.addWidget(self.form_choice, 1)
        start.addWidget(self.hand_over_button)
        review = QHBoxLayout()
        review.addWidget(self.review_button)
        review.addWidget(self.review_reason, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(start)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(review)
        layout.addWidget(self.message)
        self.window_open: HandOverWindow | None = None
        self.changes = ChangeFollower(
            self, vault, [RecordKind.FORMS, RecordKind.FORM_VERSIONS], self.refresh,
            with_window=True,
        )  # fmt: skip
        self.refresh()

    def refresh(self) -> None:
        self._forms = self._vault.forms.filled_forms(self._session, self._client_id)
        self._versions = {v.form_key: v for v in self._vault.forms.forms(self._session)}
        self.table.setRowCount(len(self._forms))
        for row, form in enumerate(self._forms):
            open_flags = [f for f in form.red_flags if f.reviewed_at is None]
            flags = (
                self.tr("none")
                if not form.red_flags
                else fill(
                    self.tr("%1 (%2 to review)"),
                    "; ".join(self.flag_words(form.form_key, f) for f in form.red_flags),
                    len(open_flags),
                )
            )
            cells = [
                self._title(form.form_key),
                local_time(form.signed_at),
                LANGUAGES.get(form.language, form.language),
                flags,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if open_flags:
                    cell.setForeground(QColor(colours().error))
                self.table.setItem(row, column, cell)
        self.empty.setVisible(not self._forms)
        self.table.setVisible(bool(self._forms))
        if self._forms:
            self.table.selectRow(0)
        self._selection_changed()

    def _title(self, form_key: str) -> str:
        version = self._versions.get(form_key)
        language = self._vault.settings.language()
        return words(version.definition.title, language) if version else form_key

    def flag_words(self, form_key: str, flag: RedFlag) -> str:
        """The red flag as its health alert says it, in the salon's language."""
        version = self._versions.get(form_key)
        question = version.definition.question(flag.question_key) if version else None
        if question is None or not question.alert:
            return flag.question_key
        return words(question.alert, self._vault.settings.language())

    def _selection_changed(self) -> None:
        flag = self._open_flag()
        self.review_button.setEnabled(flag is not None)
        self.review_reason.setText(
            "" if flag is not None else self.tr("(the selected form has no red flag to review)")
        )

    def _open_flag(self) -> RedFlag | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._forms):
            return None
        return next((f for f in self._forms[row].red_flags if f.reviewed_at is None), None)

    def hand_over(self) -> HandOverWindow:
        """The chosen form, full screen, in the client's language (they may change it)."""
        key = str(self.form_choice.currentData())
        window = HandOverWindow(
            self._vault, self._session, self._client_id, key, self._client_language, self
        )
        self.window_open = window
        window.show_full_screen()
        return window

    def review_selected(self) -> ReviewDialog | None:
        flag = self._open_flag()
        if flag is None:
            return None
        form = self._forms[self.table.currentRow()]
        dialog = ReviewDialog(
            self._vault, self._session, flag, self.flag_words(form.form_key, flag), self
        )
        dialog.open()
        return dialog


class ReviewDialog(FormDialog):
    """The owner or a technician has looked at a red flag (and spoken to the client)."""

    def __init__(
        self,
        vault: Vault,
        session: Session,
        flag: RedFlag,
        flag_words: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewRedFlag")
        self.setWindowTitle(self.tr("Review a red flag"))
        self._vault, self._session, self._flag = vault, session, flag
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. GP letter seen; spoke to the client"))
        self.note.setAccessibleName(self.tr("Note"))
        said = QLabel(flag_words, self)
        said.setWordWrap(True)
        self.add_field(self.tr("Red flag"), said)
        self.add_field(self.tr("Note"), self.note, error="note")
        self.resize(460, self.sizeHint().height())

    def save_form(self) -> bool:
        with self.busy():
            self._vault.forms.review_red_flag(self._session, self._flag.id, self.note.text())
        return True
