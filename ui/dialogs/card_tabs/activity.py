"""The card's Activity tab (owner only): who opened or changed this client's record, and when.

The entries come from AuditService.client_activity, which refuses anyone without
Permission.AUDIT_READ; the card adds the tab only for the owner. Details are field names and
counts, never values (that is how the activity log is written).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.audit import AuditEntry, Outcome
from salonvault.domain.clients import HealthKind, Severity
from salonvault.domain.roles import Role
from salonvault.domain.session import Session
from salonvault.domain.treatments import PatchResult
from salonvault.services.vault import Vault
from ui.dialogs.card_tabs.base import CardTab
from ui.labels import (
    fill,
    health_kind_label,
    local_time,
    patch_result_label,
    role_label,
    severity_label,
)

WHEN, WHO, WHAT, DETAILS = range(4)


class ActivityTab(CardTab):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        staff_names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, session, client_id, staff_names, "activity", parent)
        self.entries: list[AuditEntry] = []
        intro = QLabel(
            self.tr("Everything the activity log holds about this client, newest first."), self
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("activityList")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        self.entries = self._vault.audit.client_activity(self._session, self._client_id)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = [
                local_time(entry.at),
                self._who(entry),
                self.action_words(entry),
                self.detail_words(entry.detail),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(entry.detail if column == DETAILS else text)
                if entry.outcome is not Outcome.OK:
                    cell.setForeground(QColor("#c62828"))
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        """Wrapped details need their rows measured once the column has its real width."""
        super().showEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def _who(self, entry: AuditEntry) -> str:
        name = self._staff_names.get(entry.staff_id or 0, "—")
        if entry.role in {r.value for r in Role}:
            return fill(self.tr("%1 (%2)"), name, role_label(Role(entry.role or "")))
        return name

    def action_words(self, entry: AuditEntry) -> str:
        words = {
            "client.open": self.tr("Opened the card"),
            "client.create": self.tr("Registered the client"),
            "client.update": self.tr("Changed details"),
            "client.archive": self.tr("Archived"),
            "client.unarchive": self.tr("Brought back from the archive"),
            "health.add": self.tr("Added a health item"),
            "health.remove": self.tr("Removed a health item"),
            "visit.add": self.tr("Added a treatment"),
            "visit.edit": self.tr("Changed a treatment"),
            "visit.correct": self.tr("Corrected a treatment"),
            "visit.patch_test_override": self.tr("Went ahead without a valid patch test"),
            "patch_test.add": self.tr("Recorded a patch test"),
            "patch_test.result": self.tr("Set a patch-test result"),
            "permission.denied": self.tr("Refused"),
        }
        text = words.get(entry.action, entry.action)
        if entry.outcome is Outcome.FAILED:
            text = fill(self.tr("%1 (failed)"), text)
        return text

    def detail_words(self, detail: str) -> str:
        """ "fields=phone,tags kind=allergy" read as "phone, tags · Allergy"; anything this tab
        does not know stays as logged (the tooltip always holds the raw entry)."""
        fields = self._field_words()
        words: list[str] = []
        for piece in detail.split():
            key, _, value = piece.partition("=")
            if key == "fields":
                words.append(", ".join(fields.get(name, name) for name in value.split(",")))
            elif key == "kind" and value in {k.value for k in HealthKind}:
                words.append(health_kind_label(HealthKind(value)))
            elif key == "severity" and value in {s.value for s in Severity}:
                words.append(severity_label(Severity(value)))
            elif key == "result" and value in {r.value for r in PatchResult}:
                words.append(patch_result_label(PatchResult(value)))
            else:
                words.append(piece)
        return " · ".join(words)

    def _field_words(self) -> dict[str, str]:
        return {
            "family_name": self.tr("family name"),
            "given_name": self.tr("given name"),
            "phone": self.tr("phone"),
            "phone_masked": self.tr("phone (masked)"),
            "email": self.tr("e-mail"),
            "birth_date": self.tr("birth date"),
            "address": self.tr("address"),
            "language": self.tr("language"),
            "is_minor": self.tr("minor"),
            "guardian": self.tr("guardian"),
            "preferences": self.tr("preferences"),
            "tags": self.tr("tags"),
            "notes": self.tr("notes"),
            "alerts": self.tr("alerts"),
            "health": self.tr("health"),
            "service": self.tr("service"),
            "date": self.tr("date"),
            "products": self.tr("products"),
            "formula": self.tr("formula"),
            "price": self.tr("price"),
            "none": self.tr("nothing"),
        }
