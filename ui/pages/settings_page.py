"""Settings, in tabs: the screen language on this computer for everyone; for the owner the salon's
details (salon_box.py) and whom it passes client data to (recipients_box.py), the client details
it collects (collected_fields_box.py), its legal basis for health details (health_basis_box.py)
and when a client counts as lapsed on the recall list (recall_settings_box.py), service records
(record_templates_box.py: prescription notation, record templates; consultation forms' services:
forms_owner_box.py), and security: the idle lock, the Recovery Kit, how the vault opens
(open_mode_box.py), its recovery slot, replacing the recovery key and re-keying
(recovery_slot_box.py, recovery_key_box.py, rekey_box.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.changes import RecordKind
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import MAX_IDLE_MINUTES, Session
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.error_text import error_text
from ui.i18n import LANGUAGES
from ui.navigation import nav_title
from ui.operations import Operations
from ui.pages.collected_fields_box import CollectedFieldsBox
from ui.pages.forms_owner_box import ConsultationFormsBox
from ui.pages.health_basis_box import HealthBasisBox
from ui.pages.open_mode_box import OpenModeBox
from ui.pages.recall_settings_box import RecallSettingsBox
from ui.pages.recipients_box import RecipientsBox
from ui.pages.record_templates_box import NotationBox, RecordTemplatesBox
from ui.pages.recovery_key_box import ReplaceRecoveryKeyBox
from ui.pages.recovery_kit_dialog import RecoveryKitDialog
from ui.pages.recovery_slot_box import RecoverySlotBox
from ui.pages.rekey_box import RekeyBox
from ui.pages.salon_box import SalonDetailsBox
from ui.widgets.heading import page_heading

# The tabs, in order; each shows only for the role that may use what is on it.
COMPUTER, SALON, CLIENT_DETAILS, RECORDS, SECURITY = (
    "computer",
    "salon",
    "client_details",
    "records",
    "security",
)


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
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self._tab_keys: list[str] = []

        self.language_box = QGroupBox(self)
        self.language = QComboBox(self.language_box)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(current_language))
        self.language.currentIndexChanged.connect(self._language_chosen)
        language_form = QFormLayout(self.language_box)
        self.language_label = QLabel(self.language_box)
        language_form.addRow(self.language_label, self.language)
        self._add_tab(COMPUTER, [self.language_box])

        self.salon_details: SalonDetailsBox | None = None
        self.recipients: RecipientsBox | None = None
        self.collected_fields: CollectedFieldsBox | None = None
        self.health_basis: HealthBasisBox | None = None
        self.recall_settings: RecallSettingsBox | None = None
        self.idle_box: QGroupBox | None = None
        self.kit_box: QGroupBox | None = None
        self.open_mode_box: OpenModeBox | None = None
        self.recovery_slot_box: RecoverySlotBox | None = None
        self.replace_key_box: ReplaceRecoveryKeyBox | None = None
        self.rekey_box: RekeyBox | None = None
        security: list[QWidget] = []
        if role_allows(session.role, Permission.SETTINGS_MANAGE):
            self._add_salon_tabs(vault, session)
            security.append(self._build_idle_box())
        self._add_records_tab(vault, session)
        if role_allows(session.role, Permission.KEYS_MANAGE):
            security.append(self._build_kit_box())
            self.open_mode_box = OpenModeBox(vault, session, operations, self)
            self.recovery_slot_box = RecoverySlotBox(vault, session, self)
            self.replace_key_box = ReplaceRecoveryKeyBox(
                vault, session, operations, self._current_language, self
            )
            self.rekey_box = RekeyBox(vault, session, operations, self)
            security += [
                self.open_mode_box,
                self.recovery_slot_box,
                self.replace_key_box,
                self.rekey_box,
            ]
        if security:
            self._add_tab(SECURITY, security)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def _add_tab(self, key: str, boxes: list[QWidget]) -> None:
        """A tab of boxes; more than a window's height scrolls (security has six boxes)."""
        tab = QWidget()
        tab.setObjectName(f"settings-{key}")
        column = QVBoxLayout(tab)
        for box in boxes:
            column.addWidget(box)
        column.addStretch()
        scroller = QScrollArea(self.tabs)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields (scrolled to)
        scroller.setWidget(tab)
        self.tabs.addTab(scroller, "")
        self._tab_keys.append(key)

    def _add_salon_tabs(self, vault: Vault, session: Session) -> None:
        """The owner's: the salon's details and whom it passes client data to; the client
        details it collects, its legal basis for health details and when a client counts as
        lapsed."""
        self.salon_details = SalonDetailsBox(vault, session, self)
        self.recipients = RecipientsBox(vault, session, self)
        self._add_tab(SALON, [self.salon_details, self.recipients])
        self.collected_fields = CollectedFieldsBox(vault, session, self)
        self.health_basis = HealthBasisBox(vault, session, self)
        self.recall_settings = RecallSettingsBox(vault, session, self)
        self._add_tab(
            CLIENT_DETAILS, [self.collected_fields, self.health_basis, self.recall_settings]
        )

    def _add_records_tab(self, vault: Vault, session: Session) -> None:
        """How prescriptions are written and the record templates (the owner)."""
        self.notation_box: NotationBox | None = None
        self.record_templates: RecordTemplatesBox | None = None
        self.consultation_forms: ConsultationFormsBox | None = None
        boxes: list[QWidget] = []
        if role_allows(session.role, Permission.RECORD_TEMPLATES_MANAGE):
            self.notation_box = NotationBox(vault, session, self)
            self.record_templates = RecordTemplatesBox(vault, session, self)
            # An optician's notation, shown while the salon writes prescriptions: the list
            # beside it knows, and says so again whenever the kinds or templates change.
            self.notation_box.setVisible(self.record_templates.writes_prescriptions)
            self.record_templates.prescriptions_changed.connect(self.notation_box.setVisible)
            boxes += [self.notation_box, self.record_templates]
        if role_allows(session.role, Permission.CONSENT_TEMPLATES_MANAGE):
            self.consultation_forms = ConsultationFormsBox(vault, session, self)
            boxes.append(self.consultation_forms)
        if boxes:
            self._add_tab(RECORDS, boxes)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self._tab_keys.index(key))

    def show_recovery_slot(self) -> None:
        """The Security tab scrolled to the recovery slot, the keyboard on its button when the
        slot needs making again (the dashboard's warning leads here), else on its state."""
        self.show_tab(SECURITY)
        box = self.recovery_slot_box
        if box is None:
            return
        box.refresh()
        scroller = self.tabs.currentWidget()
        if isinstance(scroller, QScrollArea):
            scroller.ensureWidgetVisible(box)
        target = box.remake_button if box.remake_button.isEnabled() else box.state
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_idle_box(self) -> QGroupBox:
        self.idle_box = QGroupBox(self)
        self.idle_minutes = QSpinBox(self.idle_box)
        self.idle_minutes.setRange(1, MAX_IDLE_MINUTES)
        self.idle_minutes.setValue(int(self._vault.settings.idle_limit().total_seconds() // 60))
        self.save_button = QPushButton(self.idle_box)
        self.save_button.clicked.connect(self._save_idle)
        self.status = QLabel(self.idle_box)
        self.status.setWordWrap(True)
        form = QFormLayout(self.idle_box)
        self.idle_label = QLabel(self.idle_box)
        self.idle_label.setBuddy(self.idle_minutes)
        form.addRow(self.idle_label, self.idle_minutes)
        form.addRow(self.save_button, self.status)
        return self.idle_box

    def _build_kit_box(self) -> QGroupBox:
        self.kit_box = QGroupBox(self)
        self._kit_confirmed = self._vault.keys.recovery_kit_confirmed()  # no SQL in retranslate
        self.kit_status = QLabel(self.kit_box)
        self.kit_status.setWordWrap(True)
        self.kit_button = QPushButton(self.kit_box)
        self.kit_button.clicked.connect(self.open_kit_dialog)
        box = QVBoxLayout(self.kit_box)
        box.addWidget(self.kit_status)
        box.addWidget(self.kit_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.changes = ChangeFollower(self.kit_box, self._vault, [RecordKind.KEYS], self._read_kit)
        return self.kit_box

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

    def _save_idle(self) -> None:
        try:
            self._vault.settings.set_idle_minutes(self._session, self.idle_minutes.value())
        except SalonVaultError as error:
            self.status.setText(error_text(error))
            return
        self.status.setText(self.tr("Saved. The idle lock applies from the next sign-in."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(nav_title("settings"))
        titles = {
            COMPUTER: self.tr("This computer"),
            SALON: self.tr("Salon"),
            CLIENT_DETAILS: self.tr("Client details"),
            RECORDS: self.tr("Service records"),
            SECURITY: self.tr("Security"),
        }
        for index, key in enumerate(self._tab_keys):
            self.tabs.setTabText(index, titles[key])
        self.language_box.setTitle(self.tr("On this computer"))
        self.language_label.setText(self.tr("Language"))
        self.language.setAccessibleName(self.tr("Language"))
        if self.idle_box is not None:
            self.idle_box.setTitle(self.tr("Idle lock"))
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
