"""The import wizard's steps: how each looks. What they do is ImportWizard's business."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.imports import (
    COLLECTED_SWITCH,
    CellValue,
    ImportField,
    MappedBy,
    MappingSuggestion,
    SourceTable,
)
from salonvault.services.imports import CHOOSABLE_ENCODINGS, cell_text
from ui.labels import fill
from ui.models.import_preview import LINE, NAME, OUTCOME, REASON, ImportPreviewModel
from ui.palette import colours, text_style, warning_banner_style

HEADER, EXAMPLES, FIELD, NOTE = range(4)
_EXAMPLES = 3
# The names Windows and Excel show for the encodings (Python's names are "cp1258", …).
_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "cp1258": "Windows-1258",
    "cp1250": "Windows-1250",
    "cp1252": "Windows-1252",
    "iso8859-2": "ISO-8859-2",
    "gb18030": "GB18030",
    "gbk": "GBK",
    "big5": "Big5",
}


def field_label(field: ImportField | None) -> str:
    return {
        None: QCoreApplication.translate("ImportFields", "(not imported)"),
        ImportField.FAMILY_NAME: QCoreApplication.translate("ImportFields", "Family name"),
        ImportField.GIVEN_NAME: QCoreApplication.translate("ImportFields", "Given name"),
        ImportField.FULL_NAME: QCoreApplication.translate(
            "ImportFields", "Full name (order by script)"
        ),
        ImportField.FULL_NAME_FAMILY_FIRST: QCoreApplication.translate(
            "ImportFields", "Full name, family name first"
        ),
        ImportField.FULL_NAME_GIVEN_FIRST: QCoreApplication.translate(
            "ImportFields", "Full name, given name first"
        ),
        ImportField.PHONE: QCoreApplication.translate("ImportFields", "Phone"),
        ImportField.EMAIL: QCoreApplication.translate("ImportFields", "E-mail"),
        ImportField.BIRTH_DATE: QCoreApplication.translate("ImportFields", "Birth date"),
        ImportField.ADDRESS: QCoreApplication.translate("ImportFields", "Address"),
        ImportField.LANGUAGE: QCoreApplication.translate("ImportFields", "Language"),
        ImportField.GUARDIAN: QCoreApplication.translate("ImportFields", "Parent or guardian"),
        ImportField.NOTES: QCoreApplication.translate("ImportFields", "Notes"),
        ImportField.ALLERGIES: QCoreApplication.translate("ImportFields", "Allergies"),
        ImportField.TAGS: QCoreApplication.translate("ImportFields", "Tags"),
        ImportField.LAST_VISIT: QCoreApplication.translate("ImportFields", "Last visit"),
    }[field]


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("importError")
    label.setStyleSheet(text_style(colours().error))
    label.setWordWrap(True)
    return label


class FileStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseImportFile")
        self.path_label = QLabel(self)
        self.path_label.setWordWrap(True)
        self.status = QLabel(self)
        self.error = _error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.path_label, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Choose the client list: a CSV file (any separator; UTF-8, UTF-16, or the"
                " Vietnamese, Polish or Chinese Windows encodings) or an Excel workbook (.xlsx)."
                " The file is read into memory only; nothing is written until you confirm the"
                " preview."
            )
        )
        self.choose_button.setText(self.tr("Choose a file…"))


class MappingStep(QWidget):
    """Encoding or sheet, then one row per column of the file: its header, a few values, and
    the field it fills (changeable)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("importEncoding")
        self.encoding.setEditable(False)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("importSheet")
        self.source_note = QLabel(self)
        self.source_note.setWordWrap(True)
        self.encoding_label = QLabel(self)
        self.sheet_label = QLabel(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("importMapping")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(EXAMPLES, QHeaderView.ResizeMode.Stretch)
        self.field_boxes: list[QComboBox] = []
        self.error = _error_label(self)
        form = QFormLayout()
        form.addRow(self.encoding_label, self.encoding)
        form.addRow(self.sheet_label, self.sheet)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.source_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.retranslate()

    def show_source(self, table: SourceTable) -> None:
        csv = table.kind == "csv"
        for widget in (self.encoding, self.encoding_label):
            widget.setVisible(csv)
        for widget in (self.sheet, self.sheet_label):
            widget.setVisible(not csv)
        self.encoding.blockSignals(True)
        self.sheet.blockSignals(True)
        self.encoding.clear()
        if csv:
            names = list(dict.fromkeys([table.encoding, *CHOOSABLE_ENCODINGS]))
            for name in names:
                text = _ENCODING_NAMES.get(name, name)
                if name == table.detected_encoding:
                    text = fill(self.tr("%1 (detected)"), text)
                self.encoding.addItem(text, name)
            self.encoding.setCurrentIndex(names.index(table.encoding))
            shown = {"\t": self.tr("tab"), ",": '","', ";": '";"', "|": '"|"'}
            self.source_note.setText(
                fill(
                    self.tr("%n row(s); columns separated by %1.", "", len(table.rows)),
                    shown.get(table.delimiter, table.delimiter),
                )
            )
        else:
            self.sheet.clear()
            self.sheet.addItems(list(table.sheets))
            self.sheet.setCurrentText(table.sheet)
            self.source_note.setText(self.tr("%n row(s).", "", len(table.rows)))
        self.encoding.blockSignals(False)
        self.sheet.blockSignals(False)

    def show_columns(
        self, table: SourceTable, suggestion: MappingSuggestion, collected: frozenset[str]
    ) -> None:
        fields = [
            f for f in ImportField if f not in COLLECTED_SWITCH or COLLECTED_SWITCH[f] in collected
        ]
        self.table.setRowCount(table.width)
        self.field_boxes = []
        for column in range(table.width):
            header = table.headers[column] or fill(self.tr("Column %1"), column + 1)
            self.table.setItem(column, HEADER, QTableWidgetItem(header))
            values = [row.cells[column] for row in table.rows[:50] if column < len(row.cells)]
            self.table.setItem(column, EXAMPLES, QTableWidgetItem(" · ".join(_examples(values))))
            box = QComboBox(self.table)
            box.setObjectName(f"importField{column}")
            box.addItem(field_label(None), None)
            for field in fields:
                box.addItem(field_label(field), field.value)
            chosen = suggestion.columns[column]
            box.setCurrentIndex(max(0, box.findData(chosen.value if chosen else None)))
            self.table.setCellWidget(column, FIELD, box)
            self.field_boxes.append(box)
            note = self._note(suggestion.mapped_by[column])
            self.table.setItem(column, NOTE, QTableWidgetItem(note))
        self.table.resizeColumnToContents(HEADER)
        self.table.resizeColumnToContents(FIELD)
        self.table.resizeColumnToContents(NOTE)

    def chosen_fields(self) -> tuple[ImportField | None, ...]:
        return tuple(
            ImportField(box.currentData()) if box.currentData() else None
            for box in self.field_boxes
        )

    def _note(self, how: MappedBy) -> str:
        return {
            MappedBy.SAVED: self.tr("as at the last import"),
            MappedBy.HEADER: self.tr("from the header"),
            MappedBy.CONTENT: self.tr("from the values"),
            MappedBy.NOT_COLLECTED: self.tr(
                "this salon does not collect it (Settings → Client details)"
            ),
            MappedBy.NONE: "",
        }[how]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.encoding_label.setText(self.tr("Encoding"))
        self.sheet_label.setText(self.tr("Sheet"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Examples"), self.tr("Imported as"), self.tr("Why")]
        )


def _examples(values: Sequence[CellValue]) -> list[str]:
    found = [cell_text(v)[:40] for v in values if cell_text(v)]
    return list(dict.fromkeys(found))[:_EXAMPLES]


class PreviewStep(QWidget):
    """Counts, then the rows (those needing attention first) with a choice for duplicates."""

    def __init__(self, model: ImportPreviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = QLabel(self)
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        # A wrapped label in a stacked page gets no height for its second line otherwise.
        self.counts.setMinimumHeight(self.counts.fontMetrics().lineSpacing() * 3)
        self.attention_only = QCheckBox(self)
        self.attention_only.setChecked(True)
        self.attention_only.toggled.connect(model.set_attention_only)
        self.table = QTableView(self)
        self.table.setObjectName("importPreview")
        self.table.setModel(model)
        self.table.verticalHeader().hide()
        # Two lines a row: a long reason ("That phone number is not valid (…)") wraps, not cut.
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() * 2 + 8
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        for column in (LINE, NAME, OUTCOME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.skip_button = QPushButton(self)
        self.skip_button.setObjectName("importChooseSkip")
        self.update_button = QPushButton(self)
        self.update_button.setObjectName("importChooseUpdate")
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("importChooseCreate")
        self.choice_label = QLabel(self)
        self.choice_hint = QLabel(self)  # why a choice is grey (nothing selected, not allowed)
        self.choice_hint.setObjectName("importChoiceHint")
        self.choice_hint.setWordWrap(True)
        self.status = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.hide()
        choices = QHBoxLayout()
        choices.addWidget(self.choice_label)
        for button in (self.skip_button, self.update_button, self.create_button):
            choices.addWidget(button)
        choices.addWidget(self.choice_hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(self._region_row())
        layout.addWidget(self.attention_only)
        layout.addWidget(self.table, 1)
        layout.addLayout(choices)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _region_row(self) -> QHBoxLayout:
        """The file's numbers look like another country's (or are read as one): said here,
        with the button that reads them the other way (the wizard fills both)."""
        self.region_note = QLabel(self)
        self.region_note.setObjectName("importPhoneRegion")
        self.region_note.setWordWrap(True)
        self.region_note.setStyleSheet(warning_banner_style())
        self.region_note.hide()
        self.region_button = QPushButton(self)
        self.region_button.setObjectName("importReadAsRegion")
        self.region_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.region_note, 1)
        row.addWidget(self.region_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return row

    def retranslate(self) -> None:
        self.attention_only.setText(self.tr("Only rows that are not simply new clients"))
        self.choice_label.setText(self.tr("For the selected rows:"))
        self.skip_button.setText(self.tr("Skip"))
        self.update_button.setText(self.tr("Update the client already registered"))
        self.create_button.setText(self.tr("Create anyway"))


class RunStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self)
        self.status.setObjectName("importRunStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 1000)
        self.error = _error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addStretch()


class ResultStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("importResult")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.consent_note = QLabel(self)
        self.consent_note.setObjectName("importConsentNote")
        self.consent_note.setWordWrap(True)
        self.consent_note.setStyleSheet(warning_banner_style())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.consent_note)
        layout.addStretch()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.consent_note.setText(
            self.tr(
                "Imported clients have no consent on record: their cards say so until the"
                " consent is recorded at their next visit. SalonVault never assumes consent."
            )
        )
