"""The owner's dashboard: visits per month, the figures that need attention, and the backups.

Everything shown is a count from DashboardService (owner only); no client is named here. Each
figure opens the list behind it (issue 18 item 4) on the page that already shows such lists:
the clients counted on the Clients page with the figure's own filter, the consents to renew on
Consents, the records due for removal on Privacy, the failed sign-ins in the activity log, the
recall lines due on Recalls. A figure's button shows only where the role has that page (every
role that sees the dashboard today may see names: the owner); the recall figure only for a role
that contacts clients.

The figures are counts over every client and visit (seconds at 300,000 clients), so the page
paints first and reads them off the GUI thread when it is given `operations` (issue 24): the
tiles say "…" until they fill, and a change heard meanwhile reads them once more after. The
service counts on a connection of its own, so a click elsewhere does not wait for the counts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from salonvault.domain.changes import RecordKind
from salonvault.domain.clients import ClientFilter
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.roles import Permission, role_allows
from salonvault.domain.session import Session
from salonvault.services.backups import BackupStatus
from salonvault.services.dashboard import DashboardFigures
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.formats import long_moment_text
from ui.labels import fill
from ui.navigation import nav_title
from ui.operations import Operations
from ui.pages.backup_actions import reminder_text
from ui.pages.key_warning import KeyWarningBanner
from ui.pages.older_vault_notice import OlderVaultNotice
from ui.palette import colours, text_style
from ui.widgets.bar_chart import BarChart
from ui.widgets.heading import page_heading

TILES = (
    "new_clients_30_days",
    "missing_service_consent",
    "needing_reconsent",
    "patch_tests_expiring_7_days",
    "retention_due",
    "failed_sign_ins_7_days",
)
CHART_MINIMUM_HEIGHT = 110  # pixels
RECALLS_TILE = "recalls_due"  # not a DashboardFigures count: the recall service's list

# A non-zero figure here asks for the owner's attention.
WARN_WHEN_ANY = {"missing_service_consent", "failed_sign_ins_7_days", "retention_due"}
# The page each figure's list is on.
LIST_PAGE = {
    "new_clients_30_days": "clients",
    "missing_service_consent": "clients",
    "needing_reconsent": "consents",
    "patch_tests_expiring_7_days": "clients",
    "retention_due": "privacy",
    "failed_sign_ins_7_days": "activity",
    RECALLS_TILE: "recalls",
}


class Destinations(Protocol):
    """Where the lists are (the workspace): the dashboard does not reach into other pages."""

    def nav_keys(self) -> list[str]: ...

    def show_page(self, key: str) -> None: ...

    def show_clients(self, wanted: ClientFilter) -> None: ...

    def show_retention_due(self) -> None: ...

    def show_failed_sign_ins(self, since: datetime) -> None: ...

    def show_recalls(self) -> None: ...


# What the figures count. Not the activity log: its one figure, failed sign-ins, grows only at
# the lock screen, when no page is shown.
SHOWS = (
    RecordKind.CLIENTS,
    RecordKind.VISITS,
    RecordKind.HEALTH,
    RecordKind.PHOTOS,
    RecordKind.PATCH_TESTS,
    RecordKind.CONSENT,
    RecordKind.CONSENT_TEXTS,
    RecordKind.SETTINGS,
    RecordKind.RETENTION,
    RecordKind.BACKUPS,
    RecordKind.RECORDS,
    RecordKind.RECALLS,
)


class DashboardPage(QWidget):
    figures_shown = Signal()  # the tiles and the chart show figures just read
    _reading = False  # figures being read on the worker
    _read_again = False  # something changed while they were

    def __init__(
        self,
        vault: Vault,
        session: Session,
        open_backups: Callable[[], None],
        destinations: Destinations | None = None,
        parent: QWidget | None = None,
        open_settings: Callable[[], None] | None = None,
        operations: Operations | None = None,
    ) -> None:
        """`operations`: the figures are read off the GUI thread (None: at once, on it)."""
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._destinations = destinations
        self._operations = operations
        self._alive = [True]  # read by a late worker callback after this page has gone
        self.destroyed.connect(lambda _obj=None, alive=self._alive: alive.clear())
        self._status: BackupStatus | None = None
        self.figures: DashboardFigures | None = None
        self.recalls_due: int | None = None  # lines due on the recall list (None: not shown)
        self.heading = page_heading(self)
        self.key_warning = KeyWarningBanner(vault, session, open_settings or (lambda: None), self)
        self.key_warning.open_button.setVisible(open_settings is not None)
        tiles = self._build_tiles()
        self.chart_title = QLabel(self)
        self.chart = BarChart(self)
        self.chart.setObjectName("visitsChart")
        # Lower than the chart's own minimum: with the recall figure the tiles are four a row,
        # narrower, their captions on more lines, and the page still fits a 768-pixel-high
        # laptop screen; the chart takes whatever height is left.
        self.chart.setMinimumHeight(CHART_MINIMUM_HEIGHT)
        self.card = QFrame(self)
        self.card.setObjectName("backupCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card_title = QLabel(self.card)
        title_font = self.card_title.font()
        title_font.setBold(True)
        self.card_title.setFont(title_font)
        self.last_backup = QLabel(self.card)
        self.last_backup.setWordWrap(True)
        self.warning = QLabel(self.card)
        self.warning.setObjectName("backupWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            f"QLabel#backupWarning {{ {text_style(colours().warning, bold=True)} }}"
        )
        self.older_vault = OlderVaultNotice(vault, session, self.card)
        self.open_button = QPushButton(self.card)
        self.open_button.clicked.connect(open_backups)
        card_layout = QVBoxLayout(self.card)
        card_layout.addWidget(self.card_title)
        card_layout.addWidget(self.last_backup)
        card_layout.addWidget(self.warning)
        card_layout.addWidget(self.older_vault)
        card_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.key_warning)
        layout.addLayout(tiles)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.card)
        self.retranslate()  # the figures are read when the page shows, not at sign-in for all
        self.changes = ChangeFollower(self, vault, SHOWS, self.refresh, reads_when_shown=True)

    def _build_tiles(self) -> QGridLayout:
        self.tiles: dict[str, tuple[QLabel, QLabel]] = {}
        self.list_buttons: dict[str, QPushButton] = {}
        reachable = self._destinations.nav_keys() if self._destinations else []
        tiles = QGridLayout()
        names = list(TILES)
        if role_allows(self._session.role, Permission.RECALLS_MARK):
            names.append(RECALLS_TILE)
        columns = 4 if len(names) > len(TILES) else 3  # two rows either way
        for index, name in enumerate(names):
            tile = QFrame(self)
            tile.setObjectName(f"tile-{name}")
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            number = QLabel("", tile)
            number.setObjectName("tileNumber")
            font = number.font()
            font.setPointSizeF(font.pointSizeF() * 2)
            font.setBold(True)
            number.setFont(font)
            caption = QLabel(tile)
            caption.setWordWrap(True)
            inner = QVBoxLayout(tile)
            inner.addWidget(number)
            inner.addWidget(caption)
            if LIST_PAGE[name] in reachable:
                button = QPushButton(tile)
                button.setObjectName(f"list-{name}")
                button.clicked.connect(lambda _=False, n=name: self.open_list(n))
                inner.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                self.list_buttons[name] = button
            inner.addStretch()
            tiles.addWidget(tile, index // columns, index % columns)
            self.tiles[name] = (number, caption)
        return tiles

    def open_list(self, name: str) -> None:
        """The clients, consents, records or log entries the figure `name` counts."""
        figures, places = self.figures, self._destinations
        if figures is None or places is None:
            return
        if name == "new_clients_30_days":  # archived ones are counted too
            places.show_clients(
                ClientFilter(registered_from=figures.new_clients_since, include_archived=True)
            )
        elif name == "missing_service_consent":
            places.show_clients(ClientFilter(needs_consent=True))
        elif name == "patch_tests_expiring_7_days":
            window = figures.patch_tests_window
            places.show_clients(ClientFilter(patch_test_runs_out=window, include_archived=True))
        elif name == "needing_reconsent":
            places.show_page("consents")
        elif name == "retention_due":
            places.show_retention_due()
        elif name == "failed_sign_ins_7_days":
            places.show_failed_sign_ins(figures.failed_sign_ins_since)
        elif name == RECALLS_TILE:
            places.show_recalls()

    def refresh(self) -> None:
        self.key_warning.refresh()
        try:
            self._status = self._vault.backups.status()  # one row: at once
            if self._operations is None:
                self.figures, self.recalls_due = self._read()
        except SalonVaultError:
            return  # locked meanwhile: this page goes with the session
        operations = self._operations
        if operations is not None:
            # After the GUI thread's own work of this turn (at sign-in: the window, its first
            # paint): the worker's statements hold the connection's lock while they run.
            QTimer.singleShot(0, self, lambda: self._read_figures(operations))
            self._show()
        else:
            self._show()
            self.figures_shown.emit()

    def _read_figures(self, operations: Operations) -> None:
        """The counts on the worker; the page shows what it has (or "…") meanwhile."""
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        alive = self._alive
        operations.run(
            self._read,
            lambda figures: self._figures_read(figures) if alive else None,
            lambda error: self._figures_failed(error) if alive else None,
        )

    def _read(self) -> tuple[DashboardFigures, int | None]:
        """The counts (on the worker when there is one) and the recall lines due, if shown."""
        figures = self._vault.dashboard.figures(self._session)
        recalls_due = None
        if RECALLS_TILE in self.tiles:
            recalls_due = self._vault.dashboard.recalls_due(self._session)
        return figures, recalls_due

    def _figures_read(self, read: tuple[DashboardFigures, int | None]) -> None:
        self._reading = False
        self.figures, self.recalls_due = read
        if self._read_again:  # a change arrived while reading: these may be stale already
            self._read_again = False
            self.refresh()
        self._show()
        self.figures_shown.emit()

    def _figures_failed(self, error: Exception) -> None:
        self._reading = self._read_again = False
        if not isinstance(error, SalonVaultError):
            raise error  # a fault, not a session that ended meanwhile

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _show_figures(self) -> None:
        figures = self.figures
        if figures is None:
            for number, _caption in self.tiles.values():
                number.setText("…")  # being read
            return
        for name, (number, _caption) in self.tiles.items():
            value = (self.recalls_due or 0) if name == RECALLS_TILE else int(getattr(figures, name))
            number.setText(str(value))
            warn = value > 0 and name in WARN_WHEN_ANY
            number.setStyleSheet(text_style(colours().error) if warn else "")
        locale = QLocale()
        self.chart.set_bars(
            [
                (locale.standaloneMonthName(int(key[5:]), QLocale.FormatType.ShortFormat), count)
                for key, count in figures.visits_by_month
            ]
        )

    def _show(self) -> None:
        self._show_figures()
        status = self._status
        if status is None:
            return
        if status.last_verified_at is None:
            self.last_backup.setText(self.tr("Last verified backup: none yet"))
        else:
            # The PC's local time, in words, without a time-zone name nobody at the counter needs.
            when = long_moment_text(status.last_verified_at)
            self.last_backup.setText(fill(self.tr("Last verified backup: %1"), when))
        text = reminder_text(status)
        self.warning.setText(text)
        self.warning.setVisible(bool(text))
        self.older_vault.show_finding(status.older_vault)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(nav_title("dashboard"))
        captions = {
            "new_clients_30_days": self.tr("New clients in the last 30 days"),
            "missing_service_consent": self.tr("Clients not yet informed about visit records"),
            "needing_reconsent": self.tr("Clients to ask again (consent text changed)"),
            "patch_tests_expiring_7_days": self.tr("Patch tests running out within a week"),
            "retention_due": self.tr("Due for removal (see Privacy)"),
            "failed_sign_ins_7_days": self.tr("Failed sign-ins in the last 7 days"),
            RECALLS_TILE: self.tr("Clients to call: recalls due within 30 days or overdue"),
        }
        for name, (_number, caption) in self.tiles.items():
            caption.setText(captions[name])
        for name, button in self.list_buttons.items():
            button.setText(self.tr("Show the list"))
            button.setAccessibleName(fill(self.tr("Show the list: %1"), captions[name]))
        self.chart_title.setText(self.tr("Visits per month"))
        self.card_title.setText(self.tr("Backups"))
        self.open_button.setText(self.tr("Open Backups"))
        self._show()  # from the last status read: retranslating reads nothing from the vault
