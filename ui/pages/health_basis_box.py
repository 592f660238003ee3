"""Settings, owner only: the legal basis on which the salon keeps health details (decision
0031), the same choice as the set-up wizard's. One call to the health-basis service, which
checks and logs it; the privacy notice and the record of processing state it from then on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.health_basis import HealthBasis
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.health_basis_words import basis_explanation, basis_title
from ui.palette import colours, text_style


class HealthBasisBox(QGroupBox):
    def __init__(self, vault: Vault, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("healthBasisBox")
        self._vault = vault
        self._session = session
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.choices: dict[HealthBasis, QRadioButton] = {}
        self.explanations: dict[HealthBasis, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for basis in HealthBasis:
            choice = QRadioButton(self)
            choice.setObjectName(f"basis-{basis.value}")
            explanation = QLabel(self)
            explanation.setWordWrap(True)
            explanation.setIndent(24)
            self.group.addButton(choice)
            self.choices[basis], self.explanations[basis] = choice, explanation
            layout.addWidget(choice)
            layout.addWidget(explanation)
        self.change_note = QLabel(self)
        self.change_note.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveHealthBasis")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("healthBasisStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.change_note)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        self._said: Callable[[], str] = str
        self.read()
        self.retranslate()
        self.changes = ChangeFollower(self, vault, [RecordKind.SETTINGS], self.read)

    def read(self) -> None:
        self.choices[self._vault.health_basis.basis()].setChecked(True)
        self._explain()  # the salon's country, and so the law cited, may have changed

    def _explain(self) -> None:
        country = self._vault.settings.salon_country()
        for basis, explanation in self.explanations.items():
            explanation.setText(basis_explanation(basis, country))

    def chosen(self) -> HealthBasis:
        return next(b for b, choice in self.choices.items() if choice.isChecked())

    def save(self) -> bool:
        if self.chosen() is self._vault.health_basis.basis():
            self._say(lambda: self.tr("Nothing to save: this is the basis in force."))
            return False
        try:
            self._vault.health_basis.set_basis(self._session, self.chosen())
        except SalonVaultError as failed:
            text = str(failed)
            self._say(lambda: text, error=True)
            return False
        self._say(
            lambda: self.tr(
                "Saved. The privacy notice and the record of processing state it from now on."
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
        self.setTitle(self.tr("Legal basis for health details"))
        self.intro.setText(
            self.tr(
                "Allergies, conditions, medicines and contraindications are kept only on the"
                " basis chosen here."
            )
        )
        for basis, choice in self.choices.items():
            choice.setText(basis_title(basis))
            choice.setAccessibleName(basis_title(basis))
        self._explain()
        self.change_note.setText(
            self.tr(
                "Changing to consent deletes nothing already held; from then on, new health"
                " details need the client's consent."
            )
        )
        self.save_button.setText(self.tr("Save the basis"))
        self.status.setText(self._said())
