"""Import clients from a spreadsheet (owner): file → encoding or sheet and mapping → preview with
a choice per duplicate → import with progress and Cancel → result.

Reading, previewing and importing run off the GUI thread; the import service uses its own
connection, so the window keeps answering (and Cancel keeps working) during tens of thousands of
rows. Cancel, closing the dialog or a screen lock stop the work, and the import's single
transaction is rolled back: nothing is imported unless it all is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salonvault.domain.clients import ClientSummary
from salonvault.domain.errors import ImportCancelled, SalonVaultError
from salonvault.domain.imports import (
    Choices,
    ImportPreview,
    ImportResult,
    MappingSuggestion,
    PreviewRow,
    RowAction,
    RowStatus,
    SourceTable,
)
from salonvault.domain.session import Session
from salonvault.services.imports import ImportPlan, check_mapping
from salonvault.services.settings import phone_countries
from salonvault.services.vault import Vault
from ui.dialogs.import_steps import FileStep, MappingStep, PreviewStep, ResultStep, RunStep
from ui.error_text import error_text, reason_text
from ui.file_dialogs import open_file_name
from ui.i18n import screen_language
from ui.labels import fill
from ui.models.import_preview import ImportPreviewModel
from ui.operations import Operations

FILE, MAPPING, PREVIEW, RUN, RESULT = range(5)
_STEPS = 1000


class _Relay(QObject):
    """Progress from the worker thread, delivered on the GUI thread."""

    progressed = Signal(str, int, int)


class ImportWizard(QDialog):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        # Gone when closed: the preview holds client names, which must not linger in memory.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._vault = vault
        self._session = session
        self.operations = Operations(self)
        self.cancel_event = threading.Event()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self.path: Path | None = None
        self.table: SourceTable | None = None
        self.suggestion: MappingSuggestion | None = None
        self.plan: ImportPlan | None = None
        self.choices: Choices = {}
        self.import_result: ImportResult | None = None
        self.working = False
        # The country numbers without a country code are read as: None is the salon's.
        self.phone_region: str | None = None
        self._region_choice: str | None = None  # what the region button would read them as

        self.model = ImportPreviewModel(self._client_rows, self)
        self.file_step = FileStep(self)
        self.mapping_step = MappingStep(self)
        self.preview_step = PreviewStep(self.model, self)
        self.run_step = RunStep(self)
        self.result_step = ResultStep(self)
        self.stack = QStackedWidget(self)
        for step in (
            self.file_step,
            self.mapping_step,
            self.preview_step,
            self.run_step,
            self.result_step,
        ):
            self.stack.addWidget(step)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("importBack")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("importNext")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("importCancel")
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        self._connect()
        self.setWindowTitle(self.tr("Import clients"))
        self.resize(880, 600)
        self._update_buttons()

    def _connect(self) -> None:
        self.file_step.choose_button.clicked.connect(self.choose_file)
        self.mapping_step.encoding.currentIndexChanged.connect(lambda _i: self._reread())
        self.mapping_step.sheet.currentIndexChanged.connect(lambda _i: self._reread())
        self.preview_step.skip_button.clicked.connect(lambda: self.choose(RowAction.SKIP))
        self.preview_step.update_button.clicked.connect(lambda: self.choose(RowAction.UPDATE))
        self.preview_step.create_button.clicked.connect(lambda: self.choose(RowAction.CREATE))
        self.preview_step.region_button.clicked.connect(self.read_phones_as_offered)
        self.preview_step.table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_choice_buttons()
        )
        # A reset (rows shown or hidden) drops the selection without a selectionChanged.
        self.model.modelReset.connect(self._update_choice_buttons)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self.cancel)

    # -- step 1: the file ----------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen = open_file_name(
            self,
            self.tr("Client list to import"),
            self.tr("Client lists (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if chosen is not None:
            self.open_file(chosen)

    def open_file(self, path: Path) -> None:
        """Read the file (off the GUI thread) and go on to the mapping."""
        self.path = path
        self.phone_region = None
        self.file_step.path_label.setText(str(path))
        self.file_step.error.clear()
        self._read(None, None, self._file_read, self.file_step.error.setText)

    def _read(
        self,
        encoding: str | None,
        sheet: str | None,
        done: Callable[[SourceTable], None],
        show_error: Callable[[str], None],
    ) -> None:
        path, imports, session = self.path, self._vault.imports, self._session
        assert path is not None

        def work() -> tuple[SourceTable, MappingSuggestion, frozenset[str]]:
            table = imports.read(session, path, encoding, sheet)
            return table, imports.suggest_mapping(session, table), imports.collected_fields(session)

        def read(found: tuple[SourceTable, MappingSuggestion, frozenset[str]]) -> None:
            self.table, self.suggestion, collected = found
            self.mapping_step.show_source(self.table)
            self.mapping_step.show_columns(self.table, self.suggestion, collected)
            done(self.table)

        self._start(self.tr("Reading the file…"), work, read, show_error)

    def _file_read(self, _table: SourceTable) -> None:
        self._go(MAPPING)

    # -- step 2: encoding or sheet, and the mapping -------------------------------------------

    def _reread(self) -> None:
        """Another encoding or sheet: read again; if it cannot be, say why and keep the last."""
        table = self.table
        if table is None or self.working:
            return
        encoding = self.mapping_step.encoding.currentData() if table.kind == "csv" else None
        sheet = self.mapping_step.sheet.currentText() if table.kind == "xlsx" else None
        if (encoding or table.encoding) == table.encoding and (sheet or table.sheet) == table.sheet:
            return
        self.mapping_step.error.clear()

        def refused(message: str) -> None:
            self.mapping_step.show_source(table)  # the choices shown match what is read
            self.mapping_step.error.setText(message)

        self._read(encoding, sheet, lambda _t: None, refused)

    def preview(self) -> None:
        """Check the mapping here, then every row off the GUI thread."""
        table = self.table
        assert table is not None
        columns = self.mapping_step.chosen_fields()
        try:
            check_mapping(columns, self._vault.imports.collected_fields(self._session))
        except SalonVaultError as error:
            self.mapping_step.error.setText(error_text(error))
            return
        self.mapping_step.error.clear()
        self.cancel_event = threading.Event()
        imports, session, cancel = self._vault.imports, self._session, self.cancel_event
        self._go(PREVIEW)
        self.model.set_preview(ImportPreview(()), {})
        self.preview_step.progress.show()
        self.preview_step.region_note.hide()
        self.preview_step.region_button.hide()
        region = self.phone_region

        def work() -> ImportPlan:
            progress = self._relay.progressed.emit
            return imports.preview(session, table, columns, progress, cancel, phone_region=region)

        self._start(self.tr("Checking every row…"), work, self._previewed, self._preview_failed)

    def _previewed(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.choices = {}
        self.preview_step.progress.hide()
        self.model.set_preview(plan.preview, self.choices)
        self.preview_step.status.clear()
        self._show_counts()
        self._show_phone_region(plan.preview)

    def _show_phone_region(self, preview: ImportPreview) -> None:
        """Offer the country most of the file's numbers belong to, or, once they are read as
        it, the way back to the salon's own."""
        step = self.preview_step
        names = phone_countries(screen_language())
        hint = preview.phone_hint
        if hint is not None:
            step.region_note.setText(
                fill(
                    self.tr(
                        "Most phone numbers in this file are not valid numbers in %1, but %2 of"
                        " %3 are valid numbers in %4: the list probably comes from there."
                    ),
                    names.get(preview.phone_region, preview.phone_region),
                    hint.valid_there,
                    hint.sampled,
                    names.get(hint.region, hint.region),
                )
            )
            step.region_button.setText(
                fill(self.tr("Read them as numbers in %1"), names.get(hint.region, hint.region))
            )
            self._region_choice = hint.region
        elif self.phone_region is not None:
            step.region_note.setText(
                fill(
                    self.tr("Numbers without a country code are read as numbers in %1."),
                    names.get(self.phone_region, self.phone_region),
                )
            )
            step.region_button.setText(self.tr("Read them as this salon's numbers"))
            self._region_choice = None
        else:
            step.region_note.hide()
            step.region_button.hide()
            return
        step.region_note.show()
        step.region_button.show()

    def read_phones_as_offered(self) -> None:
        """The region button: preview again with the numbers read as it offers."""
        if self.working or self.table is None:
            return
        self.phone_region = self._region_choice
        self.preview()

    def _preview_failed(self, message: str) -> None:
        self.preview_step.progress.hide()
        self._go(MAPPING)
        self.mapping_step.error.setText(message)

    # -- step 3: the preview and the owner's choices ------------------------------------------

    def choose(self, action: RowAction) -> int:
        """Apply `action` to the selected rows where it is allowed; how many rows changed."""
        if self.plan is None:
            return 0
        changed = 0
        for index in self.preview_step.table.selectionModel().selectedRows():
            row = self.model.preview_row(index.row())
            if action in row.actions and row.status is not RowStatus.INVALID:
                self.choices[row.line] = action
                changed += 1
        self.model.choices_changed()
        self._show_counts()
        return changed

    def select_lines(self, lines: set[int]) -> None:
        """Select the preview rows of these file lines (keyboard and tests)."""
        view = self.preview_step.table
        view.clearSelection()
        flags = view.selectionModel().SelectionFlag
        for row in range(self.model.rowCount()):
            if self.model.preview_row(row).line in lines:
                view.selectionModel().select(self.model.index(row, 0), flags.Select | flags.Rows)

    def _update_choice_buttons(self) -> None:
        rows = [
            self.model.preview_row(i.row())
            for i in self.preview_step.table.selectionModel().selectedRows()
        ]
        offered: set[RowAction] = set()
        for action, button in (
            (RowAction.SKIP, self.preview_step.skip_button),
            (RowAction.UPDATE, self.preview_step.update_button),
            (RowAction.CREATE, self.preview_step.create_button),
        ):
            allowed = any(
                action in row.actions and row.status is not RowStatus.INVALID for row in rows
            )
            button.setEnabled(allowed)
            if allowed:
                offered.add(action)
        self.preview_step.choice_hint.setText(self._why_not_offered(rows, offered))

    def _why_not_offered(self, rows: list[PreviewRow], offered: set[RowAction]) -> str:
        """Beside the choice buttons: why the grey ones are grey."""
        if not rows:
            return self.tr("Select rows in the list to choose what happens to them.")
        if not offered:
            return self.tr(
                "The selected rows cannot be imported as they are: correct them in the file"
                " and read it again."
            )
        if RowAction.UPDATE not in offered:
            problems = [row.update_problem for row in rows if row.update_problem]
            if problems:
                return reason_text(problems[0])  # the service's own sentence, by its key
            return self.tr("Updating needs a client already registered that the row matches.")
        return ""

    def _show_counts(self) -> None:
        if self.plan is None:
            return
        counts = self.plan.preview.counts(self.choices)
        if counts.create + counts.update:
            template = self.tr(
                "Nothing is written until you click Import.\nNew clients: %1 · Clients"
                " updated: %2 · Skipped (possible duplicates): %3 · Cannot be imported: %4"
                " · Rows in the file: %5"
            )
        else:  # why Import is grey, above it
            template = self.tr(
                "Nothing to import: every row is skipped or cannot be imported.\nNew clients:"
                " %1 · Clients updated: %2 · Skipped (possible duplicates): %3 · Cannot be"
                " imported: %4 · Rows in the file: %5"
            )
        self.preview_step.counts.setText(
            fill(
                template,
                counts.create,
                counts.update,
                counts.skip,
                counts.invalid,
                len(self.plan.preview.rows),
            )
        )
        self._update_buttons()

    def _client_rows(self, ids: list[int]) -> dict[int, ClientSummary]:
        try:
            found = self._vault.clients.summaries(self._session, ids)
        except SalonVaultError:
            return {}
        return {summary.id: summary for summary in found}

    # -- step 4: the import --------------------------------------------------------------------

    def run_import(self) -> None:
        plan = self.plan
        assert plan is not None
        self.cancel_event = threading.Event()
        imports, session, cancel = self._vault.imports, self._session, self.cancel_event
        choices = dict(self.choices)
        self.run_step.error.clear()
        self.run_step.progress.setValue(0)
        self._go(RUN)

        def work() -> ImportResult:
            return imports.run(session, plan, choices, self._relay.progressed.emit, cancel)

        self._start(self.tr("Importing…"), work, self._imported, self._import_failed)

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        lines = [
            fill(
                self.tr(
                    "Imported.\nNew clients: %1 · Clients updated: %2 · Rows skipped: %3 ·"
                    " Rows not imported: %4 · Allergies recorded: %5"
                ),
                result.created,
                result.updated,
                result.skipped,
                result.invalid,
                result.health_items,
            )
        ]
        if result.health_skipped:
            lines.append(
                self.tr(
                    "%n allergy(ies) not recorded: the salon keeps health details only with the"
                    " client's consent. Record each client's health-data consent, then add them"
                    " on the card.",
                    "",
                    result.health_skipped,
                )
            )
        for line, problem in result.problems:
            lines.append(fill(self.tr("Line %1: %2"), line, reason_text(problem)))
        self.result_step.summary.setText("\n".join(lines))
        self._go(RESULT)

    def _import_failed(self, message: str) -> None:
        self.run_step.status.clear()
        self.run_step.error.setText(message)
        self._update_buttons()

    # -- the worker ----------------------------------------------------------------------------

    def _start(
        self,
        doing: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> None:
        self.working = True
        self._status_label().setText(doing)
        self._update_buttons()

        def succeeded(result: Any) -> None:
            if not isValid(self):
                return  # closed (or the screen locked) while it ran
            self.working = False
            self._status_label().clear()
            done(result)
            self._update_buttons()

        def went_wrong(error: Exception) -> None:
            if not isValid(self):
                return
            self.working = False
            self._status_label().clear()
            failed(describe(error))
            self._update_buttons()

        self.operations.run(work, succeeded, went_wrong)

    def _show_progress(self, phase: str, done: int, total: int) -> None:
        value = done * _STEPS // max(total, 1)
        if phase == "checking":
            self.preview_step.progress.setValue(value)
            self.preview_step.status.setText(
                fill(self.tr("Checking row %1 of %2…"), f"{done:,}", f"{total:,}")
            )
        else:
            self.run_step.progress.setValue(value)
            self.run_step.status.setText(
                fill(self.tr("Importing: %1 of %2 rows written…"), f"{done:,}", f"{total:,}")
            )

    def _status_label(self) -> Any:
        step = self.stack.currentIndex()
        return {
            FILE: self.file_step.status,
            MAPPING: self.mapping_step.source_note,
            PREVIEW: self.preview_step.status,
        }.get(step, self.run_step.status)

    # -- navigation ----------------------------------------------------------------------------

    def next(self) -> None:
        step = self.stack.currentIndex()
        if step == FILE and self.table is not None:
            self._go(MAPPING)
        elif step == MAPPING:
            self.preview()
        elif step == PREVIEW:
            self.run_import()
        elif step == RESULT:
            self.accept()

    def back(self) -> None:
        if self.working:
            return
        step = self.stack.currentIndex()
        self._go({MAPPING: FILE, PREVIEW: MAPPING, RUN: PREVIEW}.get(step, step))

    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.stack.currentIndex()
        self.back_button.setText(self.tr("Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.next_button.setText(
            {
                FILE: self.tr("Next"),
                MAPPING: self.tr("Preview"),
                PREVIEW: self.tr("Import"),
                RUN: self.tr("Import"),
                RESULT: self.tr("Close"),
            }[step]
        )
        ready = {
            FILE: self.table is not None,
            MAPPING: self.table is not None,
            PREVIEW: self.plan is not None and self._anything_to_write(),
            RUN: False,
            RESULT: True,
        }[step]
        self.next_button.setEnabled(ready and not self.working)
        self.back_button.setEnabled(step in (MAPPING, PREVIEW, RUN) and not self.working)
        self.back_button.setVisible(step != RESULT)
        self.cancel_button.setVisible(step != RESULT)
        self.cancel_button.setEnabled(not self.cancel_event.is_set() or not self.working)
        self.file_step.choose_button.setEnabled(not self.working)
        self._update_choice_buttons()

    def _anything_to_write(self) -> bool:
        assert self.plan is not None
        counts = self.plan.preview.counts(self.choices)
        return counts.create + counts.update > 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Import clients"))
            self._update_buttons()
            self._show_counts()
            if self.plan is not None:
                self._show_phone_region(self.plan.preview)
        super().changeEvent(event)

    # -- closing -------------------------------------------------------------------------------

    def cancel(self) -> None:
        """The Cancel button: during the import it stops it (rolled back, the dialog stays to
        say so); otherwise it closes the wizard."""
        if self.working and self.stack.currentIndex() == RUN:
            self.cancel_event.set()
            self.run_step.status.setText(self.tr("Cancelling; nothing will be imported…"))
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    def reject(self) -> None:
        """Closing (Esc, the window, a screen lock): work under way stops and rolls back."""
        self.cancel_event.set()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_event.set()
        super().closeEvent(event)


def describe(error: Exception) -> str:
    if isinstance(error, ImportCancelled):
        return QCoreApplication.translate("ImportWizard", "Cancelled; nothing was imported.")
    if isinstance(error, SalonVaultError):
        return error_text(error)  # the core's one sentence
    return fill(
        QCoreApplication.translate("ImportWizard", "Something unexpected went wrong: %1"),
        type(error).__name__,
    )
