"""The card's Treatments tab: the timeline, newest first, with the latest colour formula on top
(what the technician mixes next time).

Receptionists see dates and service names only (the service returns summaries to them), so no
formula box; owners and technicians see everything and may add today's treatment.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.domain.treatments import VisitView
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.card_tabs.base import CardTab
from ui.dialogs.visit_dialog import VisitDialog
from ui.labels import fill
from ui.palette import colours


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
        self.formula_box = QFrame(self)
        self.formula_box.setObjectName("latestFormula")
        self.formula_box.setFrameShape(QFrame.Shape.StyledPanel)
        note = colours()
        self.formula_box.setStyleSheet(
            f"#latestFormula {{ background: {note.note_background};"
            f" border: 1px solid {note.note_border}; border-radius: 4px; }}"
        )
        self.formula_title = QLabel(self.tr("Latest colour formula"), self.formula_box)
        self.formula = QLabel(self.formula_box)
        self.formula.setObjectName("latestFormulaText")
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.formula.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.formula.setFont(font)
        self.formula_source = QLabel(self.formula_box)
        box = QVBoxLayout(self.formula_box)
        box.addWidget(self.formula_title)
        box.addWidget(self.formula)
        box.addWidget(self.formula_source)
        self.heading = QLabel(self.tr("Treatments, newest first"), self)
        self.treatment_list = QListWidget(self)
        self.treatment_list.setObjectName("treatments")
        self.add_button = QPushButton(self.tr("Add treatment…"), self)
        self.add_button.setVisible(role_allows(session.role, Permission.TREATMENT_ADD))
        self.add_button.clicked.connect(self.add_visit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.formula_box)
        layout.addWidget(self.heading)
        layout.addWidget(self.treatment_list, 1)
        layout.addWidget(self.add_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.reload()
        shows = (RecordKind.VISITS, RecordKind.SERVICES)  # a visit names its service
        self.changes = ChangeFollower(self, vault, shows, self.reload, with_window=True)

    def reload(self) -> None:
        self.treatment_list.clear()
        if not role_allows(self._session.role, Permission.TREATMENT_READ):
            self.formula_box.hide()  # the receptionist: dates and service names only
            for summary in self._vault.treatments.history_summary(self._session, self._client_id):
                self.treatment_list.addItem(
                    f"{summary.visited_on.isoformat()}  {summary.service_name}"
                )
            return
        visits = self._vault.treatments.history(self._session, self._client_id)
        for visit in visits:
            line = f"{visit.visited_on.isoformat()}  {visit.service_name}"
            if not visit.formula.empty:
                line += f"  —  {visit.formula.one_line()}"
            self.treatment_list.addItem(line)
            self.treatment_list.item(self.treatment_list.count() - 1).setToolTip(
                self._details(visit)
            )
        self._show_latest_formula(visits)

    def _show_latest_formula(self, visits: list[VisitView]) -> None:
        latest = next((v for v in visits if not v.formula.empty), None)  # newest first
        if latest is None:
            self.formula.setText(self.tr("No colour formula recorded yet."))
            self.formula_source.clear()
            self.formula_source.hide()
            return
        self.formula.setText(latest.formula.one_line())
        self.formula_source.setText(
            fill(
                self.tr("%1 · %2 · by %3"),
                latest.visited_on.isoformat(),
                latest.service_name,
                self._staff_names.get(latest.technician_id, "—"),
            )
        )
        self.formula_source.show()

    def _details(self, visit: VisitView) -> str:
        lines = [fill(self.tr("Done by %1"), self._staff_names.get(visit.technician_id, "—"))]
        if visit.products:
            lines.append(fill(self.tr("Products: %1"), visit.products))
        if visit.notes:
            lines.append(fill(self.tr("Notes: %1"), visit.notes))
        return "\n".join(lines)

    def add_visit(self) -> VisitDialog:
        dialog = VisitDialog(self._vault, self._session, self._client_id, self)
        dialog.open()
        return dialog
