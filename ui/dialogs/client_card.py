"""The client card: exactly what the services return for this role, nothing more.

Opening it writes one activity-log entry (the service does). A severe health alert shows as a
red banner at the top, before anything else.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.clients import ClientView
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.domain.treatments import PatchStatus
from salonvault.services.vault import Vault
from ui.dialogs.photos_panel import PhotosPanel
from ui.dialogs.visit_dialog import VisitDialog
from ui.labels import fill


class ClientCard(QDialog):
    def __init__(
        self, vault: Vault, session: Session, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientCard")
        self.view: ClientView = vault.clients.open(session, client_id)  # logged once
        self.setWindowTitle(self.view.display_name)
        self.resize(620, 640)
        layout = QVBoxLayout(self)

        self.alert_banner = QLabel(self)
        self.alert_banner.setObjectName("alertBanner")
        self.alert_banner.setWordWrap(True)
        self.alert_banner.setVisible(self.view.has_alerts)
        if self.view.has_severe_alert:
            self.alert_banner.setText(
                "⚠ " + self.tr("Severe health alert: check before any treatment.")
            )
            self.alert_banner.setStyleSheet(
                "background: #c62828; color: white; font-weight: bold; padding: 8px;"
            )
        elif self.view.has_alerts:
            self.alert_banner.setText("⚠ " + self.tr("This client has health alerts."))
            self.alert_banner.setStyleSheet("background: #ef6c00; color: white; padding: 8px;")
        layout.addWidget(self.alert_banner)

        title = QLabel(self.view.display_name, self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(self._contact_box(vault.clients.collected_fields()))
        status = vault.treatments.patch_status(session, client_id)
        self.patch_label = QLabel(fill(self.tr("Patch test: %1"), self._patch_words(status)), self)
        layout.addWidget(self.patch_label)
        if self.view.health is not None:
            layout.addWidget(self._health_box())
        layout.addWidget(self._treatments_box(vault, session, client_id), 1)
        self._vault, self._session, self._client_id = vault, session, client_id
        self.add_visit_button = QPushButton(self.tr("Add treatment…"), self)
        self.add_visit_button.setVisible(role_allows(session.role, Permission.TREATMENT_ADD))
        self.add_visit_button.clicked.connect(self.add_visit)
        layout.addWidget(self.add_visit_button, alignment=Qt.AlignmentFlag.AlignLeft)
        if role_allows(session.role, Permission.PHOTOS):
            layout.addWidget(PhotosPanel(vault, session, client_id, self), 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)

    def _contact_box(self, collected: frozenset[str]) -> QGroupBox:
        contact = QGroupBox(self.tr("Contact"), self)
        form = QFormLayout(contact)
        self.phone_label = QLabel(self.view.phone or "—", contact)
        self.phone_label.setObjectName("phone")
        form.addRow(self.tr("Phone"), self.phone_label)
        if "email" in self.view.visible:  # only fields this salon collects (data minimisation)
            if "email" in collected:
                form.addRow(self.tr("E-mail"), QLabel(self.view.email or "—", contact))
            if "birth_date" in collected:
                birth = self.view.birth_date.isoformat() if self.view.birth_date else "—"
                form.addRow(self.tr("Birth date"), QLabel(birth, contact))
            if "address" in collected:
                form.addRow(self.tr("Address"), QLabel(self.view.address or "—", contact))
        if self.view.notes:
            notes = QLabel(self.view.notes, contact)
            notes.setWordWrap(True)
            form.addRow(self.tr("Notes"), notes)
        return contact

    def _health_box(self) -> QGroupBox:
        health = QGroupBox(self.tr("Health"), self)
        health.setObjectName("health")
        box = QVBoxLayout(health)
        if not self.view.health:
            box.addWidget(QLabel(self.tr("None recorded."), health))
            return health
        health_list = QListWidget(health)
        health_list.setMaximumHeight(120)
        for item in self.view.health:
            health_list.addItem(f"{item.kind.value}: {item.text} ({item.severity.value})")
        box.addWidget(health_list)
        return health

    def _treatments_box(self, vault: Vault, session: Session, client_id: int) -> QGroupBox:
        box = QGroupBox(self.tr("Treatments (newest first)"), self)
        self.treatment_list = QListWidget(box)
        self.treatment_list.setObjectName("treatments")
        self._fill_treatments(vault, session, client_id)
        QVBoxLayout(box).addWidget(self.treatment_list)
        return box

    def _fill_treatments(self, vault: Vault, session: Session, client_id: int) -> None:
        if role_allows(session.role, Permission.TREATMENT_READ):
            for visit in vault.treatments.history(session, client_id):
                line = f"{visit.visited_on.isoformat()}  {visit.service_name}"
                if not visit.formula.empty:
                    line += f"  —  {visit.formula.one_line()}"
                self.treatment_list.addItem(line)
        else:  # the receptionist: dates and service names only
            for summary in vault.treatments.history_summary(session, client_id):
                self.treatment_list.addItem(
                    f"{summary.visited_on.isoformat()}  {summary.service_name}"
                )

    def add_visit(self) -> VisitDialog:
        dialog = VisitDialog(self._vault, self._session, self._client_id, self)
        dialog.accepted.connect(self._reload_treatments)
        dialog.open()
        return dialog

    def _reload_treatments(self) -> None:
        self.treatment_list.clear()
        self._fill_treatments(self._vault, self._session, self._client_id)

    def _patch_words(self, status: PatchStatus) -> str:
        words = {
            PatchStatus.VALID: self.tr("valid"),
            PatchStatus.EXPIRED: self.tr("expired"),
            PatchStatus.PENDING: self.tr("pending"),
            PatchStatus.FAILED: self.tr("failed"),
            PatchStatus.NONE: self.tr("none on file"),
        }
        return words[status]
