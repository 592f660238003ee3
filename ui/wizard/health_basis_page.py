"""The set-up wizard's page for the legal basis of health data (decision 0031): explicit
consent, the default, or health care under professional secrecy. The owner can change it later
in Settings → Client details."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWizardPage

from salonvault.domain.health_basis import DEFAULT_HEALTH_BASIS, HealthBasis
from ui.health_basis_words import basis_explanation, basis_title


class HealthBasisPage(QWizardPage):
    def __init__(self, country: Callable[[], str]) -> None:
        """`country`: the salon's country as it will be created (its law is cited)."""
        super().__init__()
        self._country = country
        self.setObjectName("healthBasisPage")
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
            explanation.setBuddy(choice)
            self.group.addButton(choice)
            self.choices[basis] = choice
            self.explanations[basis] = explanation
            layout.addWidget(choice)
            layout.addWidget(explanation)
        self.later = QLabel(self)
        self.later.setWordWrap(True)
        layout.addSpacing(8)
        layout.addWidget(self.later)
        layout.addStretch(1)
        self.choices[DEFAULT_HEALTH_BASIS].setChecked(True)
        self.retranslate()

    def initializePage(self) -> None:
        self.retranslate()  # the language page may have changed the salon's country

    def chosen(self) -> HealthBasis:
        return next(b for b, choice in self.choices.items() if choice.isChecked())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Health details"))
        self.setSubTitle(
            self.tr("On what legal basis does the salon keep clients' health details?")
        )
        self.intro.setText(
            self.tr(
                "Allergies, conditions, medicines and contraindications are sensitive data: the"
                " law allows keeping them only on a basis the salon states. The privacy notice"
                " and the record of processing say which one you choose."
            )
        )
        for basis, choice in self.choices.items():
            choice.setText(basis_title(basis))
            choice.setAccessibleName(basis_title(basis))
            self.explanations[basis].setText(basis_explanation(basis, self._country()))
        self.later.setText(self.tr("You can change this later in Settings → Client details."))
