"""Settings, owner only: which optional client details the salon collects (data minimisation,
issue 18 item 7), each with what it is for. A detail switched off is not asked for on the client
form, the import or the command line; values already held stay on their records until changed
or erased. The privacy notice lists the same details with the same purposes. The switch is one
call to ClientService, which checks and logs it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.clients import OPTIONAL_FIELDS
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.palette import colours, text_style


class CollectedFieldsBox(QGroupBox):
    def __init__(self, vault: Vault, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("collectedFieldsBox")
        self._vault = vault
        self._session = session
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.switches: dict[str, QCheckBox] = {}
        self.uses: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, name in enumerate(OPTIONAL_FIELDS):
            switch = QCheckBox(self)
            switch.setObjectName(f"collect-{name}")
            use = QLabel(self)
            use.setWordWrap(True)
            use.setObjectName(f"use-{name}")
            self.switches[name], self.uses[name] = switch, use
            grid.addWidget(switch, row, 0)
            grid.addWidget(use, row, 1)
        self.kept_note = QLabel(self)
        self.kept_note.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCollectedFields")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("collectedFieldsStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.kept_note)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addStretch()
        self._said: Callable[[], str] = str
        self.read()
        self.retranslate()
        self.changes = ChangeFollower(self, vault, [RecordKind.SETTINGS], self.read)

    def read(self) -> None:
        collected = self._vault.clients.collected_fields()
        for name, switch in self.switches.items():
            switch.setChecked(name in collected)

    def chosen(self) -> set[str]:
        return {name for name, switch in self.switches.items() if switch.isChecked()}

    def save(self) -> bool:
        if self.chosen() == set(self._vault.clients.collected_fields()):
            self._say(lambda: self.tr("Nothing to save: the salon collects these already."))
            return False
        try:
            self._vault.clients.set_collected_fields(self._session, self.chosen())
        except SalonVaultError as failed:
            text = str(failed)
            self._say(lambda: text, error=True)
            return False
        self._say(
            lambda: self.tr(
                "Saved. The client form, the import and the privacy notice follow from now on."
            )
        )
        return True

    def _say(self, words: Callable[[], str], error: bool = False) -> None:
        self._said = words
        self.status.setText(words())
        self.status.setStyleSheet(text_style(colours().error) if error else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Client details the salon collects"))
        self.intro.setText(
            self.tr(
                "Collect only what the salon needs. A name, the language and treatment notes are"
                " always kept; tick the details below that you need, for the reason given."
            )
        )
        names = {
            "phone": self.tr("Phone number"),
            "email": self.tr("E-mail address"),
            "birth_date": self.tr("Birth date"),
            "address": self.tr("Postal address"),
            "guardian": self.tr("Parent or guardian of a minor"),
        }
        uses = {
            "phone": self.tr(
                "To reach the client about appointments; offers only with their consent."
            ),
            "email": self.tr(
                "To send what the client asks for (a copy of their data); offers only with"
                " their consent."
            ),
            "birth_date": self.tr(
                "To tell clients with the same name apart, and to check that a client is 18 or"
                " older where a treatment needs it."
            ),
            "address": self.tr("For letters and invoices the client asks for."),
            "guardian": self.tr(
                "For a client under 18: who gives consent for them and whom to call."
            ),
        }
        for name in OPTIONAL_FIELDS:
            self.switches[name].setText(names[name])
            self.uses[name].setText(uses[name])
            self.switches[name].setToolTip(uses[name])
        self.kept_note.setText(
            self.tr(
                "Switching a detail off stops asking for it; what is already on a client's"
                " record stays until it is changed or the client is erased."
            )
        )
        self.save_button.setText(self.tr("Save what is collected"))
        self.status.setText(self._said())
