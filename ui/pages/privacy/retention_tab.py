"""Retention for the owner: the rules, the review list they make, and the purge (one
confirmation). The service re-checks on purge what is still due and who may do it."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError, SessionExpired, ValidationError
from salonvault.domain.retention import MAX_YEARS, DueClient, RetentionDue, RetentionRules
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.error_text import error_text
from ui.formats import date_text
from ui.labels import fill, local_time
from ui.palette import colours, text_style
from ui.widgets.table_fill import start_refill
from ui.widgets.wrapping_choice import WrappingCheckBox

RULES = ("inactive_client_years", "health_years", "photo_years")
KIND_CLIENT, KIND_HEALTH, KIND_PHOTOS = range(3)


class RetentionTab(QWidget):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.due = RetentionDue()

        self.rules_box = QGroupBox(self)
        grid = QGridLayout(self.rules_box)
        self.switches: dict[str, QCheckBox] = {}
        self.years: dict[str, QSpinBox] = {}
        self.rule_errors: dict[str, QLabel] = {}
        for row, name in enumerate(RULES):
            switch = WrappingCheckBox(self.rules_box)
            years = QSpinBox(self.rules_box)
            years.setRange(1, MAX_YEARS)
            switch.toggled.connect(years.setEnabled)
            error = QLabel(self.rules_box)
            error.setStyleSheet(text_style(colours().error))
            grid.addWidget(switch, row, 0)
            grid.addWidget(years, row, 1)
            grid.addWidget(error, row, 2)
            self.switches[name], self.years[name], self.rule_errors[name] = switch, years, error
        grid.setColumnStretch(2, 1)
        self.save_rules = QPushButton(self.rules_box)
        self.save_rules.setObjectName("saveRetentionRules")
        self.save_rules.clicked.connect(self.store_rules)
        grid.addWidget(self.save_rules, len(RULES), 0)

        self._build_review()
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.review_box, 1)
        self.retranslate()
        self.show_rules(vault.retention.rules())
        # The review list is read when the tab shows: it can name every client of a big salon.
        self._shown_once = False
        # What falls due: the rules and last review, who was seen when, what they hold.
        shows = (
            RecordKind.RETENTION,
            RecordKind.CLIENTS,
            RecordKind.VISITS,
            RecordKind.HEALTH,
            RecordKind.PATCH_TESTS,
            RecordKind.PHOTOS,
        )
        self.changes = ChangeFollower(self, vault, shows, self.reload, reads_when_shown=True)

    def _build_review(self) -> None:
        self.review_box = QGroupBox(self)
        self.last_review = QLabel(self.review_box)
        self.last_review.setObjectName("lastReview")
        self.table = QTableWidget(0, 4, self.review_box)
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move in it
        self.table.setObjectName("retentionDue")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.purge_button = QPushButton(self.review_box)
        self.purge_button.setObjectName("purgeDue")
        self.purge_button.clicked.connect(self.purge)
        self.backup_note = QLabel(self.review_box)
        self.backup_note.setWordWrap(True)
        review = QVBoxLayout(self.review_box)
        review.addWidget(self.last_review)
        review.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.backup_note, 1)
        bottom.addWidget(self.purge_button)
        review.addLayout(bottom)

    # -- rules -------------------------------------------------------------------------------

    def show_rules(self, rules: RetentionRules) -> None:
        for name in RULES:
            value = getattr(rules, name)
            self.switches[name].setChecked(value is not None)
            self.years[name].setEnabled(value is not None)
            self.years[name].setValue(value or getattr(RetentionRules(), name) or 1)

    def chosen_rules(self) -> RetentionRules:
        values = {
            name: self.years[name].value() if self.switches[name].isChecked() else None
            for name in RULES
        }
        return RetentionRules(**values)

    def store_rules(self) -> bool:
        for label in self.rule_errors.values():
            label.clear()
        try:
            self._vault.retention.set_rules(self._session, self.chosen_rules())
        except ValidationError as error:
            self.rule_errors.get(error.field or "", self.rule_errors[RULES[0]]).setText(
                error_text(error)
            )
            return False
        return True

    # -- review and purge --------------------------------------------------------------------

    def reload(self) -> None:
        self.due = self._vault.retention.due(self._session)
        last = self._vault.retention.last_review()
        self.last_review.setText(
            fill(self.tr("Last review: %1"), local_time(last))
            if last
            else self.tr("Never reviewed yet.")
        )
        rows: list[tuple[int, DueClient]] = [
            *((KIND_CLIENT, c) for c in self.due.clients),
            *((KIND_HEALTH, c) for c in self.due.health),
            *((KIND_PHOTOS, c) for c in self.due.photos),
        ]
        start_refill(self.table, len(rows))
        for row, (kind, due) in enumerate(rows):
            cells = [self._kind_words(kind), due.display_name, date_text(due.last_seen)]
            cells.append(str(due.items) if kind != KIND_CLIENT else "")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.purge_button.setEnabled(not self.due.empty)
        if self.due.empty:
            self.purge_button.setText(self.tr("Nothing is due"))
        else:
            self.purge_button.setText(self.tr("Remove all listed…"))

    def purge(self) -> bool:
        due = self.due
        question = fill(
            self.tr(
                "Remove everything listed?\n\nClients erased (visits kept as anonymous"
                " counts): %1\nClients whose health data is removed: %2\nClients whose old"
                " photos are removed: %3\n\nThis cannot be undone; backups keep the data until"
                " they rotate out."
            ),
            len(due.clients),
            len(due.health),
            len(due.photos),
        )
        answer = QMessageBox.question(
            self,
            self.tr("Retention"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            result = self._vault.retention.purge(self._session, due)
        except SalonVaultError as error:
            QMessageBox.warning(self, self.tr("Retention"), error_text(error))
            return False
        QMessageBox.information(
            self,
            self.tr("Retention"),
            fill(
                self.tr(
                    "Done. Clients erased: %1; health entries removed: %2; photos removed: %3."
                ),
                result.clients_erased,
                result.health_rows,
                result.photos,
            ),
        )
        return True

    def _kind_words(self, kind: int) -> str:
        if kind == KIND_CLIENT:
            return self.tr("Erase the client")
        if kind == KIND_HEALTH:
            return self.tr("Remove health data")
        return self.tr("Remove old photos")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if event.spontaneous() and self._shown_once:
            return  # the window restored from the taskbar: not a new look at the page
        self._shown_once = True
        # The rules, the clients or the day may have changed since it last showed. A session
        # that just ended leaves the list as it was: the lock screen is on its way.
        with contextlib.suppress(SessionExpired):
            self.reload()

    # -- words -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():  # the review date and the list's words, in the new language
                with contextlib.suppress(SessionExpired):
                    self.reload()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.rules_box.setTitle(self.tr("How long data is kept"))
        texts = {
            "inactive_client_years": self.tr("Erase clients after this many years without a visit"),
            "health_years": self.tr(
                "Remove health data and patch tests this many years after the last treatment"
            ),
            "photo_years": self.tr("Remove photos this many years after they were taken"),
        }
        for name, text in texts.items():
            self.switches[name].setText(text)
            self.years[name].setSuffix(self.tr(" years"))
        self.save_rules.setText(self.tr("Save the rules"))
        self.review_box.setTitle(self.tr("Due now (review monthly)"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Client"), self.tr("Last seen"), self.tr("Items")]
        )
        self.backup_note.setText(
            self.tr("Removed data stays in earlier backups until they rotate out.")
        )
        if not self.due.empty:
            self.purge_button.setText(self.tr("Remove all listed…"))
