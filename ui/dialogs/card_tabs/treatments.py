"""The card's Treatments tab: the timeline, newest first, with the latest colour formula on top
(what the technician mixes next time). Enter (or a double click) on a row opens that treatment
(ui/dialogs/visit_detail.py).

Receptionists see dates and service names only (the service returns summaries to them), so no
formula box; owners and technicians see everything and may add today's treatment.

The timeline is read when the tab first shows (or its list or formula is first asked for), not
when the card opens: a client with hundreds of visits would otherwise slow every opening of the
card, which opens on the Profile tab.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.domain.treatments import VisitView
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.card_tabs.base import CardTab
from ui.dialogs.visit_detail import VisitDetailDialog
from ui.dialogs.visit_dialog import VisitDialog
from ui.formats import date_text
from ui.labels import fill
from ui.palette import colours
from ui.visit_words import formula_lines, formula_text

_VISIT_ID = Qt.ItemDataRole.UserRole


class TreatmentsTab(CardTab):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        staff_names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, session, client_id, staff_names, "treatmentsTab", parent)
        self._loaded = False
        self.formula_box = QFrame(self)
        self.formula_box.setObjectName("latestFormula")
        self.formula_box.setFrameShape(QFrame.Shape.StyledPanel)
        note = colours()
        self.formula_box.setStyleSheet(
            f"#latestFormula {{ background: {note.note_background};"
            f" border: 1px solid {note.note_border}; border-radius: 4px; }}"
        )
        self.formula_title = QLabel(self.tr("Latest colour formula"), self.formula_box)
        self._formula = QLabel(self.formula_box)
        self._formula.setObjectName("latestFormulaText")
        self._formula.setWordWrap(True)
        self._formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self._formula.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self._formula.setFont(font)
        self._formula_source = QLabel(self.formula_box)
        box = QVBoxLayout(self.formula_box)
        box.addWidget(self.formula_title)
        box.addWidget(self._formula)
        box.addWidget(self._formula_source)
        if not role_allows(session.role, Permission.TREATMENT_READ):
            self.formula_box.hide()  # the receptionist: dates and service names only
        self.heading = QLabel(self.tr("Treatments, newest first"), self)
        self._timeline = QListWidget(self)
        self._timeline.setObjectName("treatments")
        self._timeline.setAccessibleName(self.tr("Treatments: press Enter to open one"))
        # Enter or a double click. Opened once the key press is over: the list passes Enter on
        # to the card, whose dialog would otherwise press the new window's default button (Edit).
        self._timeline.itemActivated.connect(
            lambda item: QTimer.singleShot(0, lambda: self._open_item(item))
        )
        self.heading.setBuddy(self._timeline)
        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.open_button.setObjectName("openVisit")
        self.open_button.clicked.connect(self.open_current)
        self.add_button = QPushButton(self.tr("Add treatment…"), self)
        self.add_button.setVisible(role_allows(session.role, Permission.TREATMENT_ADD))
        self.add_button.clicked.connect(self.add_visit)
        self._timeline.currentRowChanged.connect(self._update_open_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.formula_box)
        layout.addWidget(self.heading)
        layout.addWidget(self._timeline, 1)
        layout.addLayout(buttons)
        self._update_open_button()
        shows = (RecordKind.VISITS, RecordKind.SERVICES)  # a visit names its service
        self.changes = ChangeFollower(self, vault, shows, self._changed, with_window=True)

    # What shows the timeline is read first: the tab's own showing, or code and tests asking.
    @property
    def treatment_list(self) -> QListWidget:
        self._load_once()
        return self._timeline

    @property
    def formula(self) -> QLabel:
        self._load_once()
        return self._formula

    @property
    def formula_source(self) -> QLabel:
        self._load_once()
        return self._formula_source

    def showEvent(self, event: QShowEvent) -> None:
        self._load_once()
        super().showEvent(event)

    def _load_once(self) -> None:
        """A reading the vault refuses (the session ended) leaves the tab empty until the next
        showing: the lock screen follows, as for any re-read (ui/changes.py)."""
        if self._loaded:
            return
        with contextlib.suppress(SalonVaultError):
            self.reload()
            self._loaded = True

    def _changed(self) -> None:
        """A change before the first reading needs nothing: that reading will be fresh."""
        if self._loaded:
            self.reload()

    def reload(self) -> None:
        self._timeline.clear()
        if not role_allows(self._session.role, Permission.TREATMENT_READ):
            for summary in self._vault.treatments.history_summary(self._session, self._client_id):
                self._add_row(
                    f"{date_text(summary.visited_on)}  {summary.service_name}", summary.id
                )
            self._select_first()
            return
        visits = self._vault.treatments.history(self._session, self._client_id)
        for visit in visits:
            line = f"{date_text(visit.visited_on)}  {visit.service_name}"
            if not visit.formula.empty:
                line += f"  —  {formula_text(visit.formula)}"
            if visit.corrects_visit_id is not None:
                line = fill(self.tr("%1  (a correction)"), line)
            self._add_row(line, visit.id)
        self._show_latest_formula(visits)
        self._select_first()

    def _add_row(self, text: str, visit_id: int) -> None:
        item = QListWidgetItem(text)
        item.setData(_VISIT_ID, visit_id)
        self._timeline.addItem(item)

    def _select_first(self) -> None:
        if self._timeline.count():
            self._timeline.setCurrentRow(0)
        self._update_open_button()

    def _update_open_button(self) -> None:
        self.open_button.setEnabled(self._timeline.currentItem() is not None)
        self.open_button.setToolTip(
            "" if self.open_button.isEnabled() else self.tr("No treatment recorded yet.")
        )

    def _show_latest_formula(self, visits: list[VisitView]) -> None:
        latest = next((v for v in visits if not v.formula.empty), None)  # newest first
        if latest is None:
            self._formula.setText(self.tr("No colour formula recorded yet."))
            self._formula_source.clear()
            self._formula_source.hide()
            return
        self._formula.setText("\n".join(formula_lines(latest.formula)))
        self._formula_source.setText(
            fill(
                self.tr("%1 · %2 · by %3"),
                date_text(latest.visited_on),
                latest.service_name,
                self._staff_names.get(latest.technician_id, "—"),
            )
        )
        self._formula_source.show()

    def open_current(self) -> VisitDetailDialog | None:
        item = self.treatment_list.currentItem()
        return self._open_item(item) if item is not None else None

    def _open_item(self, item: QListWidgetItem) -> VisitDetailDialog:
        """The highlighted treatment, exactly that one (its id is on the row)."""
        dialog = VisitDetailDialog(
            self._vault, self._session, self._client_id, int(item.data(_VISIT_ID)), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_visit(self) -> VisitDialog:
        dialog = VisitDialog(self._vault, self._session, self._client_id, self)
        dialog.open()
        return dialog
