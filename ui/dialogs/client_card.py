"""The client card: exactly what the services return for this role, nothing more.

Opening it writes one activity-log entry (the service does). A header holds the name, a red
banner for a severe health alert (before anything else) and the patch-test status; below it,
one tab per part of the record, each shown only to roles that may use it (`_add_tabs`). The tabs
live in ui/dialogs/card_tabs/.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.business_profile import Feature
from salonvault.domain.changes import RecordKind
from salonvault.domain.clients import ClientView
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.roles import Permission, health_readers, role_allows
from salonvault.domain.session import Session
from salonvault.domain.treatments import PatchStatus
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.card_photo import CardPhotoBox
from ui.dialogs.card_tabs.activity import ActivityTab
from ui.dialogs.card_tabs.attachments import AttachmentsTab
from ui.dialogs.card_tabs.forms import FormsTab
from ui.dialogs.card_tabs.health import HealthTab
from ui.dialogs.card_tabs.history import HistoryTab
from ui.dialogs.card_tabs.patch_tests import PatchTestsTab
from ui.dialogs.card_tabs.profile import ProfileTab
from ui.dialogs.card_tabs.records import RecordsTab
from ui.dialogs.card_tabs.treatments import TreatmentsTab
from ui.dialogs.consents_panel import ConsentsPanel
from ui.dialogs.data_report_dialog import DataReportDialog
from ui.dialogs.erase_dialog import EraseClientDialog
from ui.dialogs.merge_dialog import MergeClientsDialog
from ui.dialogs.photos_panel import PhotosPanel
from ui.dialogs.pinned_notes_panel import PinnedNotesPanel
from ui.dialogs.visit_dialog import VisitDialog
from ui.error_text import error_text
from ui.health_alert_words import hidden_alert, named_alerts
from ui.labels import fill, patch_status_label
from ui.palette import alert_banner_style, colours, text_style, warning_banner_style
from ui.print_actions import PaperProblem, print_paper, save_paper
from ui.widgets.wrap_height import WrappedHeightKeeper

_BADGE = "border-radius: 4px; padding: 2px 8px; color: %s; background: %s;"


class ClientCard(QDialog):
    def __init__(
        self, vault: Vault, session: Session, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientCard")
        self._vault, self._session, self._client_id = vault, session, client_id
        self._focus_placed = False
        self.view: ClientView = vault.clients.open(session, client_id)  # logged once
        self._staff_names = vault.staff.names(session)
        self.resize(800, 680)
        self._fits_words = WrappedHeightKeeper(self)  # the banners' words never cut
        layout = QVBoxLayout(self)

        self._add_header(layout)
        self.pinned_notes = PinnedNotesPanel(
            vault, session, client_id, self.view.pinned_notes, self._staff_names, self
        )
        layout.addWidget(self.pinned_notes)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cardTabs")
        layout.addWidget(self.tabs, 1)
        self.health_tab: HealthTab | None = None
        self.forms_tab: FormsTab | None = None
        self.activity_tab: ActivityTab | None = None
        self.history_tab: HistoryTab | None = None
        self.photos_panel: PhotosPanel | None = None
        self._add_tabs()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self._add_print_button(buttons)
        self._add_owner_buttons(buttons)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)
        self._show_header()
        self._show_patch_status()
        self._show_consent_banner()
        self._follow_changes()

    def showEvent(self, event: QShowEvent) -> None:
        """The card opens with the focus on its tabs (arrows go through them), not in the
        pinned-note box, where the first thing typed would become a note on the record."""
        super().showEvent(event)
        if not self._focus_placed:
            self._focus_placed = True
            self.tabs.tabBar().setFocus()

    def _add_header(self, layout: QVBoxLayout) -> None:
        """The alert banner, then the card photo beside the name, badges and patch status."""
        session, vault, client_id = self._session, self._vault, self._client_id
        self.alert_banner = QLabel(self)
        self.alert_banner.setObjectName("alertBanner")
        self.alert_banner.setWordWrap(True)
        layout.addWidget(self.alert_banner)
        self.title = QLabel(self)
        self.title.setObjectName("clientName")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.minor_badge = QLabel(self.tr("Minor"), self)
        badges = colours()
        self.minor_badge.setStyleSheet(_BADGE % (badges.badge_text, badges.minor_badge))
        self.archived_badge = QLabel(self.tr("Archived"), self)
        self.archived_badge.setStyleSheet(_BADGE % (badges.badge_text, badges.archived_badge))
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.minor_badge)
        heading.addWidget(self.archived_badge)
        heading.addStretch(1)
        self.patch_label = QLabel(self)
        self.patch_label.setObjectName("patchStatusLine")
        # The card photo (owner and technicians, with photo consent) beside the name.
        self.card_photo: CardPhotoBox | None = None
        name_block = QVBoxLayout()
        name_block.addLayout(heading)
        name_block.addWidget(self.patch_label)
        name_block.addStretch(1)
        header = QHBoxLayout()
        if role_allows(session.role, Permission.PHOTOS):
            self.card_photo = CardPhotoBox(vault, session, client_id, self)
            header.addWidget(self.card_photo)
        header.addLayout(name_block, 1)
        layout.addLayout(header)
        self._add_notices(layout)

    def _add_print_button(self, buttons: QDialogButtonBox) -> None:
        """The card on paper, as this role sees it (every role: DESIGN.md §4)."""
        self.print_button = QPushButton(self.tr("P&rint card"), self)
        self.print_button.setObjectName("printCard")
        menu = QMenu(self.print_button)
        # Lambdas: `triggered` passes `checked`, which is neither a printer nor a path.
        menu.addAction(self.tr("&Print…"), lambda: self.print_card())  # noqa: PLW0108
        menu.addAction(self.tr("&Save as PDF…"), lambda: self.save_card())  # noqa: PLW0108
        self.print_button.setMenu(menu)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)

    def print_card(self, printer: QPrinter | None = None) -> bool:
        client_id = self._client_id
        try:
            printed = print_paper(
                self, lambda: self._vault.printouts.card_pdf(self._session, client_id), printer
            )
        except PaperProblem as problem:
            self._say(str(problem), error=True)
            return False
        if printed:
            self._say(self.tr("The card was sent to the printer."))
        return printed

    def save_card(self, chosen: Path | None = None) -> Path | None:
        client_id = self._client_id
        try:
            saved = save_paper(
                self,
                self.tr("Save the card as PDF"),
                fill(self.tr("client-card-%1.pdf"), client_id),
                lambda path: self._vault.printouts.save_card_pdf(self._session, client_id, path),
                chosen,
            )
        except PaperProblem as problem:
            self._say(str(problem), error=True)
            return None
        if saved is not None:
            self._say(fill(self.tr("Saved to %1."), saved))
        return saved

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(text_style(colours().error if error else colours().muted))
        self.message.setText(text)
        self.message.show()

    def _add_owner_buttons(self, buttons: QDialogButtonBox) -> None:
        """Erase, merge and data report: owner only (the services refuse anyone else anyway)."""
        role = self._session.role
        self.merged_into: int | None = None  # set when a merge closed the card
        self._replacing: QDialog | None = None  # an erasure or merge that may end this record
        self.merge_button: QPushButton | None = None
        if role_allows(role, Permission.MERGE_CLIENTS):
            self.merge_button = QPushButton(self.tr("Merge with another client…"), self)
            self.merge_button.setObjectName("mergeClient")
            self.merge_button.clicked.connect(self.ask_merge)
            buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.erase_button: QPushButton | None = None
        if role_allows(role, Permission.ERASE):
            self.erase_button = QPushButton(self.tr("Erase client…"), self)
            self.erase_button.setObjectName("eraseClient")
            self.erase_button.clicked.connect(self.ask_erase)
            buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.report_button: QPushButton | None = None
        if role_allows(role, Permission.EXPORT):
            self.report_button = QPushButton(self.tr("Data report…"), self)
            self.report_button.setObjectName("dataReport")
            self.report_button.clicked.connect(self.ask_report)
            buttons.addButton(self.report_button, QDialogButtonBox.ButtonRole.ResetRole)

    def _add_tabs(self) -> None:
        """Every tab of the card, in order. A tab appears only for roles that may use it; the
        services refuse the rest anyway."""
        vault, session, client_id, names = (
            self._vault,
            self._session,
            self._client_id,
            self._staff_names,
        )
        role = session.role
        self.profile_tab = ProfileTab(vault, session, self.view, self)
        self.profile_tab.view_changed.connect(self._view_changed)
        self.tabs.addTab(self.profile_tab, self.tr("Profile"))
        if self.view.health is not None:  # receptionists get only "has alerts" (the banner)
            self.health_tab = HealthTab(vault, session, client_id, names, self)
            self.health_tab.show_items(self.view.health)
            self.tabs.addTab(self.health_tab, self.tr("Health"))
        if role_allows(role, Permission.FORMS_HAND_OVER):  # a receptionist too (decision 0045)
            self.forms_tab = FormsTab(vault, session, client_id, self.view.language, names, self)
            self.tabs.addTab(self.forms_tab, self.tr("Forms"))
        self.treatments_tab = TreatmentsTab(vault, session, client_id, names, self)
        self.tabs.addTab(self.treatments_tab, self.tr("Treatments"))
        self.records_tab = RecordsTab(vault, session, client_id, names, self)
        self.tabs.addTab(self.records_tab, self.tr("Records"))
        self.patch_tab: PatchTestsTab | None = None
        if self._uses_patch_tests():
            self.patch_tab = PatchTestsTab(vault, session, client_id, names, self)
            self.tabs.addTab(self.patch_tab, self.tr("Patch tests"))
        self.consents_tab = ConsentsPanel(vault, session, client_id, self)
        self.tabs.addTab(self.consents_tab, self.tr("Consents"))
        if role_allows(role, Permission.PHOTOS):
            self.photos_panel = PhotosPanel(vault, session, client_id, self)
            self.tabs.addTab(self.photos_panel, self.tr("Photos"))
        if role_allows(role, Permission.ATTACHMENTS_READ):
            self.attachments_tab = AttachmentsTab(vault, session, client_id, names, self)
            self.tabs.addTab(self.attachments_tab, self.tr("Papers"))
        if vault.history.visible_kinds(session):  # earlier versions of changed records
            self.history_tab = HistoryTab(vault, session, client_id, names, self)
            self.tabs.addTab(self.history_tab, self.tr("History"))
        if role_allows(role, Permission.AUDIT_READ):
            self.activity_tab = ActivityTab(vault, session, client_id, names, self)
            self.tabs.addTab(self.activity_tab, self.tr("Activity"))

    def ask_report(self) -> DataReportDialog:
        dialog = DataReportDialog(self._vault, self._session, self.view, self)
        dialog.open()
        return dialog

    def ask_erase(self) -> EraseClientDialog:
        dialog = EraseClientDialog(self._vault, self._session, self.view, self)
        self._replacing = dialog
        dialog.accepted.connect(self.accept)  # the record is gone: so is its card
        dialog.open()
        return dialog

    def ask_merge(self) -> MergeClientsDialog:
        dialog = MergeClientsDialog(self._vault, self._session, self.view, self)
        self._replacing = dialog
        dialog.accepted.connect(lambda: self._merged(dialog))
        dialog.open()
        return dialog

    def _merged(self, dialog: MergeClientsDialog) -> None:
        """Either record may be gone and every tab is stale: close; whoever opened the card
        opens the merged client's card (`merged_into`)."""
        if dialog.receipt is not None:
            self.merged_into = dialog.receipt.survivor_id
        self.accept()

    def _add_notices(self, layout: QVBoxLayout) -> None:
        self.consent_banner = QLabel(self)  # at check-in: no consent to keep service records
        self.consent_banner.setObjectName("consentBanner")
        self.consent_banner.setWordWrap(True)
        self.consent_banner.setStyleSheet(warning_banner_style())
        layout.addWidget(self.consent_banner)
        self.message = QLabel(self)
        self.message.setStyleSheet(text_style(colours().error))
        self.message.hide()
        layout.addWidget(self.message)

    def _show_consent_banner(self) -> None:
        try:
            missing = self._vault.consent.missing_service_consent(self._session, self._client_id)
        except SalonVaultError:
            missing = False
        self.consent_banner.setText(
            "⚠ "
            + self.tr(
                "Not yet informed that visits are recorded: show the client the text before"
                " the service."
            )
        )
        self.consent_banner.setVisible(missing)

    # The widgets other code and tests reach through the card.
    @property
    def phone_label(self) -> QLabel:
        return self.profile_tab.phone_label

    @property
    def treatment_list(self) -> QListWidget:
        return self.treatments_tab.treatment_list

    @property
    def add_visit_button(self) -> QPushButton:
        return self.treatments_tab.add_button

    def add_visit(self) -> VisitDialog:
        return self.treatments_tab.add_visit()

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    # -- keeping the header in step with changes ---------------------------------------------

    def _follow_changes(self) -> None:
        """The header re-reads what a tab or a dialog changed (the tabs follow by themselves;
        a profile edit hands its new record over, `_view_changed`)."""
        vault = self._vault
        self.health_changes = ChangeFollower(self, vault, [RecordKind.HEALTH], self._health_changed)
        self.patch_changes = ChangeFollower(
            self, vault, [RecordKind.PATCH_TESTS], self._show_patch_status
        )
        # Whether service-records consent is missing: the client's answers, the salon's asking.
        asked = (RecordKind.CONSENT, RecordKind.SETTINGS)
        self.consent_changes = ChangeFollower(self, vault, asked, self._show_consent_banner)

    def _show_header(self) -> None:
        view = self.view
        self.setWindowTitle(view.display_name)
        self.title.setText(view.display_name)
        self.minor_badge.setVisible(view.is_minor)
        self.archived_badge.setVisible(view.archived)
        self.alert_banner.setVisible(view.has_alerts)
        if view.has_alerts:
            self.alert_banner.setText(self._alert_text(view))
            self.alert_banner.setStyleSheet(alert_banner_style(severe=view.has_severe_alert))

    def _alert_text(self, view: ClientView) -> str:
        """Severe items named first, moderate ones too, for a role that may read them (issue 22
        item 3); for one that may not, that there is an alert and whom to ask."""
        if view.health is None:
            return "⚠ " + hidden_alert(view.has_severe_alert, health_readers())
        lines = named_alerts(view.health)
        if view.has_severe_alert:
            lines.append(self.tr("Check before any treatment."))
        return "⚠ " + "\n".join(lines)

    def _uses_patch_tests(self) -> bool:
        """Patch tests are for the salon's kinds that use them (business profile); a client who
        has one on file keeps the tab and the line whatever the salon does now."""
        if self._vault.settings.business_profile().has(Feature.PATCH_TESTS):
            return True
        status = self._vault.treatments.patch_status(self._session, self._client_id)
        return status is not PatchStatus.NONE

    def _show_patch_status(self) -> None:
        status = self._vault.treatments.patch_status(self._session, self._client_id)
        self.patch_label.setVisible(self.patch_tab is not None or status is not PatchStatus.NONE)
        self.patch_label.setText(fill(self.tr("Patch test: %1"), patch_status_label(status)))
        colour = _patch_colour(status)
        self.patch_label.setStyleSheet(text_style(colour, bold=True) if colour else "")

    def _view_changed(self, view: ClientView) -> None:
        self.view = view
        self._show_header()

    def _health_changed(self) -> None:
        """Re-read the record (a logged opening) so banner and list show what is stored; not
        while an erasure or merge replaces it (the card closes then, and an opening of a record
        on its way out would only add to the log)."""
        if self._replacing is not None and self._replacing.isVisible():
            return
        self.message.hide()
        try:
            self.view = self._vault.clients.open(self._session, self._client_id)
        except SalonVaultError as error:
            self.message.setText(error_text(error))
            self.message.show()
            return
        if self.health_tab is not None and self.view.health is not None:
            self.health_tab.show_items(self.view.health)
        self._show_header()


def _patch_colour(status: PatchStatus) -> str | None:
    """Valid in the success colour, pending as a warning, expired or failed as an error."""
    c = colours()
    return {
        PatchStatus.VALID: c.success,
        PatchStatus.PENDING: c.warning,
        PatchStatus.EXPIRED: c.error,
        PatchStatus.FAILED: c.error,
    }.get(status)
