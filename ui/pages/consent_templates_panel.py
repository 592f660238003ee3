"""The owner's consent texts: which purposes the salon asks for, each text per language, its
version history, and saving an edit as a new version (DESIGN.md §6, decision 0007).

Everything goes through the consent service (CONSENT_TEMPLATES_MANAGE). Versions are never
changed: older ones are shown read-only; a saved edit is the next version and makes earlier
consents to that text "needs re-consent".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.consent import CONSENT_LANGUAGES, ConsentTemplate, Purpose
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.session import Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.consent_labels import purpose_label
from ui.error_text import error_text
from ui.i18n import LANGUAGES
from ui.labels import fill, local_time

_PURPOSE = Qt.ItemDataRole.UserRole
_Answer = TypeVar("_Answer")


class ConsentTemplatesPanel(QWidget):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentTemplatesPanel")
        self._vault = vault
        self._session = session
        self._loading = False
        self.versions: list[ConsentTemplate] = []
        self.purpose_list = QListWidget(self)
        self.purpose_list.setObjectName("consentPurposes")
        self.purposes_label = QLabel(self)
        self.purposes_label.setWordWrap(True)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        for code in CONSENT_LANGUAGES:
            self.language.addItem(LANGUAGES.get(code, code), code)
        wanted = self.language.findData(vault.settings.language())
        self.language.setCurrentIndex(max(wanted, 0))
        self.current_label = QLabel(self)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("consentTemplateEditor")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(lambda: self.save())  # noqa: PLW0108 - not `checked`
        self.history_label = QLabel(self)
        self.version_list = QListWidget(self)
        self.version_list.setObjectName("consentTemplateVersions")
        self.version_view = QPlainTextEdit(self)
        self.version_view.setReadOnly(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._lay_out()
        self.retranslate()
        self._fill_purposes()
        self.purpose_list.currentRowChanged.connect(lambda _row: self.load())
        self.purpose_list.itemChanged.connect(self._purpose_switched)
        self.language.currentIndexChanged.connect(lambda _index: self.load())
        self.version_list.currentRowChanged.connect(self._show_version)
        self.purpose_list.setCurrentRow(0)
        self.changes = ChangeFollower(self, vault, [RecordKind.CONSENT_TEXTS], self.load)

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.purposes_label)
        left_layout.addWidget(self.purpose_list, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.addRow(self.language_label, self.language)
        right_layout.addLayout(self.form)
        right_layout.addWidget(self.current_label)
        right_layout.addWidget(self.editor, 2)
        right_layout.addWidget(self.hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.history_label)
        history = QHBoxLayout()
        history.addWidget(self.version_list, 1)
        history.addWidget(self.version_view, 2)
        right_layout.addLayout(history, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    # -- showing -----------------------------------------------------------------------------

    def _fill_purposes(self) -> None:
        enabled = self._call(lambda: self._vault.consent.purposes(self._session)) or {}
        self._loading = True
        self.purpose_list.clear()
        for purpose in Purpose:
            item = QListWidgetItem(purpose_label(purpose), self.purpose_list)
            item.setData(_PURPOSE, purpose.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = enabled.get(purpose, False)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._loading = False

    def purpose(self) -> Purpose:
        item = self.purpose_list.currentItem()
        return Purpose(item.data(_PURPOSE)) if item is not None else Purpose.SERVICE_RECORDS

    def select(self, purpose: Purpose, language: str) -> None:
        self.language.setCurrentIndex(self.language.findData(language))
        self.purpose_list.setCurrentRow(list(Purpose).index(purpose))
        self.load()

    def load(self) -> None:
        purpose, language = self.purpose(), str(self.language.currentData())
        versions = self._call(
            lambda: self._vault.consent.template_versions(self._session, purpose, language)
        )
        if versions is None:
            return
        self.versions = versions
        current = versions[0]
        self.current_label.setText(
            fill(
                self.tr("Current text: version %1, saved %2"),
                current.version,
                local_time(current.created_at),
            )
        )
        self.editor.setPlainText(current.text)
        self.version_list.clear()
        for template in versions[1:]:
            self.version_list.addItem(
                fill(self.tr("Version %1 · %2"), template.version, local_time(template.created_at))
            )
        self.version_view.clear()
        self.history_label.setVisible(len(versions) > 1)
        self.version_list.setVisible(len(versions) > 1)
        self.version_view.setVisible(len(versions) > 1)

    def _show_version(self, row: int) -> None:
        older = self.versions[1:]
        self.version_view.setPlainText(older[row].text if 0 <= row < len(older) else "")

    # -- actions -----------------------------------------------------------------------------

    def _purpose_switched(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        purpose = Purpose(item.data(_PURPOSE))
        on = item.checkState() == Qt.CheckState.Checked

        def switch() -> bool:
            self._vault.consent.set_purpose_enabled(self._session, purpose, on)
            return True

        done = self._call(switch)
        if done:
            self.message.setText(
                fill(self.tr("The salon now asks for \u201c%1\u201d."), purpose_label(purpose))
                if on
                else fill(
                    self.tr("The salon no longer asks for \u201c%1\u201d."), purpose_label(purpose)
                )
            )
        else:
            self._fill_purposes()

    def save(self) -> ConsentTemplate | None:
        """Save the editor's text as the next version, after the owner confirms."""
        purpose, language = self.purpose(), str(self.language.currentData())
        question = self.tr(
            "Save this text as a new version? Clients who agreed to the old text will be asked"
            " again. The old version stays in the history."
        )
        buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel
        if QMessageBox.question(self, self.tr("Save as new version"), question, buttons) != (
            QMessageBox.StandardButton.Save
        ):
            return None
        text = self.editor.toPlainText()
        template = self._call(
            lambda: self._vault.consent.edit_template(self._session, purpose, language, text)
        )
        if not isinstance(template, ConsentTemplate):
            return None
        self.message.setText(fill(self.tr("Saved as version %1."), template.version))
        return template

    def _call(self, action: Callable[[], _Answer]) -> _Answer | None:
        """The action's answer, or None once its refusal is shown."""
        try:
            return action()
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            return None

    # -- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._loading = True  # a renamed item fires itemChanged: no switch was touched
            for row in range(self.purpose_list.count()):
                item = self.purpose_list.item(row)
                item.setText(purpose_label(Purpose(item.data(_PURPOSE))))
            self._loading = False
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.purposes_label.setText(self.tr("Ticked: the salon asks clients for this."))
        self.language_label.setText(self.tr("Language"))
        self.hint.setText(
            self.tr(
                "{salon_name} and {salon_address} are filled in with the salon's details when"
                " the text is shown."
            )
        )
        self.save_button.setText(self.tr("Save as new version…"))
        self.history_label.setText(self.tr("Earlier versions (read-only)"))
