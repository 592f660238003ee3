"""Settings: the screen language for everyone; salon details, the idle lock, the Recovery Kit, how
the vault opens, its recovery slot, replacing the recovery key and re-keying for the owner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import MAX_IDLE_MINUTES, Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.i18n import LANGUAGES
from ui.operations import Operations
from ui.pages.open_mode_box import OpenModeBox
from ui.pages.recovery_key_box import ReplaceRecoveryKeyBox
from ui.pages.recovery_kit_dialog import RecoveryKitDialog
from ui.pages.recovery_slot_box import RecoverySlotBox
from ui.pages.rekey_box import RekeyBox
from ui.widgets.heading import page_heading


class SettingsPage(QWidget):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        current_language: str,
        switch_language: Callable[[str], None],
        operations: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._vault = vault
        self._session = session
        self._switch_language = switch_language

        self.heading = page_heading(self)

        self.language_box = QGroupBox(self)
        self.language = QComboBox(self.language_box)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(current_language))
        self.language.currentIndexChanged.connect(self._language_chosen)
        language_form = QFormLayout(self.language_box)
        self.language_label = QLabel(self.language_box)
        language_form.addRow(self.language_label, self.language)

        # The owner's boxes are more than a window's height: they scroll under the heading.
        content = QWidget(self)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addWidget(self.scroller, 1)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.language_box)

        self.salon_box: QGroupBox | None = None
        self.kit_box: QGroupBox | None = None
        if role_allows(session.role, Permission.SETTINGS_MANAGE):
            self._build_salon_box(layout)
        self.open_mode_box: OpenModeBox | None = None
        self.recovery_slot_box: RecoverySlotBox | None = None
        self.replace_key_box: ReplaceRecoveryKeyBox | None = None
        self.rekey_box: RekeyBox | None = None
        if role_allows(session.role, Permission.KEYS_MANAGE):
            self._build_kit_box(layout)
            self.open_mode_box = OpenModeBox(vault, session, operations, self)
            self.recovery_slot_box = RecoverySlotBox(vault, session, self)
            self.replace_key_box = ReplaceRecoveryKeyBox(
                vault, session, operations, self._current_language, self
            )
            self.rekey_box = RekeyBox(vault, session, operations, self)
            for box in (
                self.open_mode_box,
                self.recovery_slot_box,
                self.replace_key_box,
                self.rekey_box,
            ):
                layout.addWidget(box)
        layout.addStretch()
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def _build_salon_box(self, layout: QVBoxLayout) -> None:
        settings = self._vault.settings
        self.salon_box = QGroupBox(self)
        self.salon_name = QLineEdit(settings.salon_name(), self.salon_box)
        self.idle_minutes = QSpinBox(self.salon_box)
        self.idle_minutes.setRange(1, MAX_IDLE_MINUTES)
        self.idle_minutes.setValue(int(settings.idle_limit().total_seconds() // 60))
        self.save_button = QPushButton(self.salon_box)
        self.save_button.clicked.connect(self._save)
        self.status = QLabel(self.salon_box)
        self.status.setWordWrap(True)
        form = QFormLayout(self.salon_box)
        self.salon_name_label = QLabel(self.salon_box)
        self.idle_label = QLabel(self.salon_box)
        form.addRow(self.salon_name_label, self.salon_name)
        form.addRow(self.idle_label, self.idle_minutes)
        form.addRow(self.save_button, self.status)
        layout.addWidget(self.salon_box)

    def _build_kit_box(self, layout: QVBoxLayout) -> None:
        self.kit_box = QGroupBox(self)
        self._kit_confirmed = self._vault.keys.recovery_kit_confirmed()  # no SQL in retranslate
        self.kit_status = QLabel(self.kit_box)
        self.kit_status.setWordWrap(True)
        self.kit_button = QPushButton(self.kit_box)
        self.kit_button.clicked.connect(self.open_kit_dialog)
        box = QVBoxLayout(self.kit_box)
        box.addWidget(self.kit_status)
        box.addWidget(self.kit_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.kit_box)
        self.changes = ChangeFollower(self.kit_box, self._vault, [RecordKind.KEYS], self._read_kit)

    def open_kit_dialog(self) -> RecoveryKitDialog:
        dialog = RecoveryKitDialog(
            self._vault, self._session, self._current_language(), self._operations, self
        )
        dialog.open()
        return dialog

    def _read_kit(self) -> None:
        self._kit_confirmed = self._vault.keys.recovery_kit_confirmed()
        self.retranslate()

    def _current_language(self) -> str:
        return str(self.language.currentData())

    def _language_chosen(self, index: int) -> None:
        self._switch_language(str(self.language.itemData(index)))

    def _save(self) -> None:
        try:
            self._vault.settings.set_salon_name(self._session, self.salon_name.text())
            self._vault.settings.set_idle_minutes(self._session, self.idle_minutes.value())
        except SalonVaultError as error:
            self.status.setText(str(error))
            return
        self.status.setText(self.tr("Saved. The idle lock applies from the next sign-in."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.language_box.setTitle(self.tr("On this computer"))
        self.language_label.setText(self.tr("Language"))
        self.language.setAccessibleName(self.tr("Language"))
        if self.salon_box is not None:
            self.salon_box.setTitle(self.tr("Salon"))
            self.salon_name_label.setText(self.tr("Salon name"))
            self.idle_label.setText(self.tr("Minutes without use before the screen locks"))
            self.idle_minutes.setAccessibleName(
                self.tr("Minutes without use before the screen locks")
            )
            self.save_button.setText(self.tr("Save"))
        if self.kit_box is not None:
            self.kit_box.setTitle(self.tr("Recovery Kit"))
            self.kit_status.setText(
                self.tr("Confirmed as printed or saved.")
                if self._kit_confirmed
                else self.tr("Not confirmed yet: print or save it now and keep it in the safe.")
            )
            self.kit_button.setText(self.tr("Print or save the Recovery Kit…"))
