"""The card's Forms tab (owner and technician): the consultation forms the client signed, their
red flags and reviews, and "Hand the screen to the client" to fill one (decision 0038).

A red-flag answer is also a health alert on the Health tab and in the card's alert banner (the
service adds it); here the owner or a technician reviews it, which lets a service it blocked go
ahead. A receptionist hands the screen over too (DESIGN.md §4, decision 0045) and sees which
forms are on file and how many red flags, never the answers or which question raised them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.forms import FilledForm, FormStatus, FormVersion, RedFlag, words
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.forms import add_months
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.card_tabs.base import CardTab
from ui.dialogs.hand_over import HandOverWindow
from ui.formats import date_text
from ui.i18n import LANGUAGES
from ui.labels import fill, local_time
from ui.palette import colours, text_style
from ui.print_actions import PaperProblem, print_paper, save_paper
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
        versions = vault.forms.forms(session)
        # The forms the salon asks before its services first: an optician opens on the eye-test
        # history, not on the general beauty intake.
        guarding = {v.form_key for v in versions if vault.forms.services_of(session, v.form_key)}
        for version in sorted(versions, key=lambda v: v.form_key not in guarding):
            self.form_choice.addItem(words(version.definition.title, language), version.form_key)
        self.form_choice.currentIndexChanged.connect(lambda _i: self._show_status())
        self.hand_over_button = QPushButton(self.tr("&Hand the screen to the client…"), self)
        self.hand_over_button.clicked.connect(self.hand_over)
        # Whether the chosen form is on file and when it is due again (decision 0045).
        self.form_status = QLabel(self)
        self.form_status.setObjectName("formStatus")
        self.form_status.setWordWrap(True)
        self.paper_button = self._paper_button()
        self.review_button = QPushButton(self.tr("&Review red flag…"), self)
        self.review_button.clicked.connect(self.review_selected)
        self.review_reason = QLabel(self)
        self.message = QLabel(self)
        self.message.setStyleSheet(text_style(colours().error))
        self.message.setWordWrap(True)
        start = QHBoxLayout()
        start.addWidget(self.form_choice, 1)
        start.addWidget(self.hand_over_button)
        start.addWidget(self.paper_button)
        review = QHBoxLayout()
        review.addWidget(self.review_button)
        review.addWidget(self.review_reason, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(start)
        layout.addWidget(self.form_status)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)  # no gaps while empty
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
            if not form.red_flags:
                flags = self.tr("none")
            elif form.withheld:  # which question is health data: the count only
                flags = fill(
                    self.tr("%n red flag(s), %1 to review", "", len(form.red_flags)),
                    len(open_flags),
                )
            else:
                flags = fill(
                    self.tr("%1 (%2 to review)"),
                    "; ".join(self.flag_words(form.form_key, f) for f in form.red_flags),
                    len(open_flags),
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
        self._show_status()

    # -- the chosen form: due again? on paper ----------------------------------------------------

    def chosen_key(self) -> str:
        return str(self.form_choice.currentData())

    def _show_status(self) -> None:
        key = self.chosen_key()
        if key not in self._versions:
            self.form_status.clear()
            return
        status = self._vault.forms.status(self._session, self._client_id, key)
        again = self.tr("Hand the screen to the client to sign it again.")
        if status is FormStatus.MISSING:
            text = self.tr("Not signed yet: hand the screen to the client to sign it.")
        elif status is FormStatus.CURRENT:
            text = self._current_words(key)
        elif status is FormStatus.EXPIRED:
            months = self._vault.forms.resign_rule(self._session, key).months
            text = self.tr("Due again: signed more than %n month(s) ago.", "", months) + " " + again
        elif status is FormStatus.HEALTH_CHANGED:
            text = (
                self.tr("Due again: the client's health details changed since it was signed.")
                + " "
                + again
            )
        else:
            text = self.tr("Due again: the form has changed since it was signed.") + " " + again
        due = status is not FormStatus.CURRENT
        self.form_status.setStyleSheet(text_style(colours().warning) if due else "")
        self.form_status.setText(text)

    def _current_words(self, key: str) -> str:
        signed = next((f for f in self._forms if f.form_key == key), None)
        if signed is None:  # a role that sees no answers still sees the form on file
            return self.tr("Signed and current.")
        rule = self._vault.forms.resign_rule(self._session, key)
        due = add_months(signed.signed_on, rule.months)
        words_ = (
            self.tr("Signed on %1; due again on %2, or sooner if the health details change.")
            if rule.on_health_change
            else self.tr("Signed on %1; due again on %2.")
        )
        return fill(words_, date_text(signed.signed_on), date_text(due))

    def _paper_button(self) -> QPushButton:
        button = QPushButton(self.tr("Form &paper"), self)
        button.setObjectName("formPaper")
        menu = QMenu(button)
        menu.addAction(self.tr("Print the &blank form…"), lambda: self.print_form(blank=True))
        signed = [
            menu.addAction(self.tr("Print the &signed form…"), lambda: self.print_form(False)),
            # A lambda: `triggered` passes `checked`, which is not a path.
            menu.addAction(self.tr("&Save the signed form as PDF…"), lambda: self.save_form_pdf()),  # noqa: PLW0108
        ]
        for action in signed:  # the answers are health data: a receptionist prints it blank
            action.setVisible(role_allows(self._session.role, Permission.HEALTH_READ))
        button.setMenu(menu)
        button.setEnabled(role_allows(self._session.role, Permission.CONSENT_PRINT))
        return button

    def _paper(self, blank: bool) -> bytes:
        """The chosen form for this client: blank with the name in the client's language, or
        the latest one signed as the client saw it (blank when none is on file)."""
        return self._vault.forms.form_pdf(
            self._session, self.chosen_key(), self._client_id, self._client_language, blank
        )

    def print_form(self, blank: bool, printer: QPrinter | None = None) -> bool:
        try:
            printed = print_paper(self, lambda: self._paper(blank), printer)
        except PaperProblem as problem:
            self.message.setText(str(problem))
            return False
        if printed:
            self.message.setText("")
        return printed

    def save_form_pdf(self, chosen: Path | None = None) -> Path | None:
        key, client = self.chosen_key(), self._client_id
        try:
            saved = save_paper(
                self,
                self.tr("Save the consultation form as PDF"),
                fill(self.tr("consultation-form-%1-%2.pdf"), key, client),
                lambda path: self._vault.forms.save_form_pdf(
                    self._session, path, key, client, self._client_language
                ),
                chosen,
            )
        except PaperProblem as problem:
            self.message.setText(str(problem))
            return None
        if saved is not None:
            self.message.setText("")
        return saved

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
        reviews = role_allows(self._session.role, Permission.HEALTH_WRITE)
        self.review_button.setEnabled(flag is not None and reviews)
        if not reviews:
            reason = self.tr("(the owner or a technician reviews red flags)")
        elif flag is None:
            reason = self.tr("(the selected form has no red flag to review)")
        else:
            reason = ""
        self.review_reason.setText(reason)

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
