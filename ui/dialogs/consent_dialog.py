"""Record consent: the text in the client's language, agree or refuse per purpose, and the proof.

No choice is made in advance and refusing is one click like agreeing. A purpose that is
information, not a consent (visit records, decision 0042), has one box instead: the client has
read it. The client signs on the pad (a minor's parent or guardian, as the dialog says), or the
staff member notes that a paper form was signed and its reference. Everything is checked and
stored by the consent service; this dialog only shows what it says.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.consent import ConsentRecord, Decision, Method, Purpose
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.consent_labels import purpose_label
from ui.error_text import error_text
from ui.i18n import LANGUAGES
from ui.labels import fill
from ui.widgets.signature_pad import SignaturePad


class _PurposeChoice(QGroupBox):
    """One purpose: its exact text and two equal buttons, neither chosen; for information (not
    a consent) one box, "read", recorded as granted."""

    def __init__(self, purpose: Purpose, parent: QWidget | None = None) -> None:
        super().__init__(purpose_label(purpose), parent)
        self.purpose = purpose
        self.template_id = 0
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.agree = QRadioButton(self.tr("Agree"), self)
        self.refuse = QRadioButton(self.tr("Refuse"), self)
        self.acknowledged = QCheckBox(self.tr("The client has read this information"), self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.agree)
        self.group.addButton(self.refuse)
        choices = QHBoxLayout()
        if purpose.information_only:
            choices.addWidget(self.acknowledged)
            self.agree.hide()
            self.refuse.hide()
        else:
            choices.addWidget(self.agree)
            choices.addWidget(self.refuse)
            self.acknowledged.hide()
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(choices)

    def decision(self) -> Decision | None:
        if self.purpose.information_only:
            return Decision.GRANTED if self.acknowledged.isChecked() else None
        if self.agree.isChecked():
            return Decision.GRANTED
        if self.refuse.isChecked():
            return Decision.REFUSED
        return None


class ConsentDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        purposes: list[Purpose] | None = None,
        language: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Record consent"))
        self._vault = vault
        self._session = session
        self._client_id = client_id
        self.recorded: list[ConsentRecord] = []
        enabled = vault.consent.purposes(session)
        wanted = purposes or [p for p, on in enabled.items() if on]

        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        start = language if language in LANGUAGES else vault.settings.language()
        self.language.setCurrentIndex(max(0, list(LANGUAGES).index(start)))
        self.language.currentIndexChanged.connect(self._show_texts)

        self.choices = [_PurposeChoice(p) for p in wanted]
        texts = QWidget(self)
        texts_layout = QVBoxLayout(texts)
        for choice in self.choices:
            choice.group.buttonClicked.connect(self._update_button)
            choice.acknowledged.toggled.connect(self._update_button)
            texts_layout.addWidget(choice)
        texts_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(texts)

        self._make_proof_and_buttons()

        self._lay_out(scroll)
        self.resize(720, 760)
        self._show_texts()
        self._show_method()

    def _make_proof_and_buttons(self) -> None:
        self.on_screen = QRadioButton(self.tr("The client signs on screen"), self)
        self.on_paper = QRadioButton(self.tr("The client signed a paper form"), self)
        self.on_screen.setChecked(True)
        self.pad = SignaturePad(self)
        self.pad.changed.connect(self._update_button)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("Paper form's reference"))
        self.reference.setAccessibleName(self.tr("Paper form's reference"))
        self.reference.textChanged.connect(self._update_button)
        for button in (self.on_screen, self.on_paper):
            button.toggled.connect(self._show_method)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("consentMessage")
        self.who_signs = QLabel(self)  # a minor: a parent or guardian decides and signs
        self.who_signs.setObjectName("consentWhoSigns")
        self.who_signs.setWordWrap(True)
        age = self._call_quietly(
            lambda: self._vault.consent.guardian_age(self._session, self._client_id)
        )
        if age is not None:
            self.who_signs.setText(
                fill(
                    self.tr("The client is under %1: a parent or guardian decides and signs."),
                    str(age),
                )
            )
        self.who_signs.setVisible(age is not None)
        self.waiting_for = QLabel(self)  # why Record is still off, next to it
        self.waiting_for.setObjectName("recordWaitsFor")
        self.waiting_for.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.record_button = self.buttons.addButton(
            self.tr("Record"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self, scroll: QScrollArea) -> None:
        top = QFormLayout()
        top.addRow(self.tr("Language of the text"), self.language)
        method = QHBoxLayout()
        method.addWidget(self.on_screen)
        method.addWidget(self.on_paper)
        method.addWidget(self.reference, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.who_signs)
        layout.addLayout(method)
        layout.addWidget(self.pad, 2)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.waiting_for, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    def _show_texts(self) -> None:
        language = str(self.language.currentData())
        for choice in self.choices:
            try:
                template, text = self._vault.consent.text_to_show(
                    self._session, choice.purpose, language
                )
            except SalonVaultError as error:
                self.message.setText(error_text(error))
                return
            choice.template_id = template.id
            choice.text.setText(text)

    def _show_method(self) -> None:
        on_screen = self.on_screen.isChecked()
        self.pad.setVisible(on_screen)
        self.reference.setVisible(not on_screen)
        self._update_button()

    def _update_button(self) -> None:
        waiting = self.waiting()
        self.record_button.setEnabled(not waiting)
        self.waiting_for.setText(waiting)

    def waiting(self) -> str:
        """What Record still waits for, in words ("" when it can record)."""
        if not self.choices:
            return self.tr("The salon asks for no consent purpose (Consents page, Texts tab).")
        unread = [
            c.title() for c in self.choices if c.purpose.information_only and not c.decision()
        ]
        unanswered = [
            c.title() for c in self.choices if not c.purpose.information_only and not c.decision()
        ]
        if unanswered:
            return fill(
                self.tr("Still to answer, Agree or Refuse: %1"),
                ", ".join(unanswered),
            )
        if unread:
            return fill(self.tr("Still to confirm the client has read: %1"), ", ".join(unread))
        if self.on_screen.isChecked() and self.pad.is_empty():
            return self.tr("Waiting for the client's signature on the pad.")
        if not self.on_screen.isChecked() and not self.reference.text().strip():
            return self.tr("Type the paper form's reference.")
        return ""

    def _call_quietly(self, action: Callable[[], int | None]) -> int | None:
        try:
            return action()
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return None

    def record(self) -> None:
        decisions: dict[Purpose, Decision] = {}
        for choice in self.choices:
            decision = choice.decision()
            if decision is None:
                self.message.setText(self.waiting())
                return
            decisions[choice.purpose] = decision
        on_screen = self.on_screen.isChecked()
        try:
            self.recorded = self._vault.consent.record_many(
                self._session,
                self._client_id,
                decisions,
                str(self.language.currentData()),
                Method.ON_SCREEN if on_screen else Method.PAPER,
                self.pad.png_bytes() if on_screen else None,
                None if on_screen else self.reference.text(),
                shown={c.purpose: c.template_id for c in self.choices},
            )
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            self._show_texts()  # a changed text is shown again before anyone signs
            return
        self.accept()
