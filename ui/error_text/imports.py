"""The window's words for the core's "imports.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class ImportsErrors(QObject):
    """Methods are named after the key's second part."""

    def map_either_one_full_name(self, p: Params) -> str:
        return self.tr("Map either one full-name column or the family and given names, not both.")

    def map_column_family_name_full(self, p: Params) -> str:
        return self.tr("Map a column to the family name (or to the full name) to import clients.")

    def mapping_file_holds_one_json(self, p: Params) -> str:
        return self.tr(
            'The mapping file holds one JSON object of texts: {"column header": "field"}.'
        )

    def salon_does_collect_leave_column(self, p: Params) -> str:
        return fill(
            self.tr(
                "This salon does not collect %1; leave that column out, or switch the field "
                "on in Settings → Client details (owner)."
            ),
            p.text("label"),
        )

    def two_columns_mapped_choose_one(self, p: Params) -> str:
        return fill(
            self.tr("Two columns are mapped to %1; choose one."),
            p.text("field_value"),
        )

    def mapping_file_json(self, p: Params) -> str:
        return fill(
            self.tr("The mapping file is not JSON (%1)."),
            p.text("message"),
        )

    def unknown_field_mapping_fields(self, p: Params) -> str:
        return fill(
            self.tr("Unknown field %1 in the mapping; the fields are: %2."),
            p.quoted("name"),
            p.text("known"),
        )

    def mapping_names_column_file_does(self, p: Params) -> str:
        return fill(
            self.tr("The mapping names a column %1 that the file does not have."),
            p.quoted("header"),
        )

    def file_s_encoding_could_recognised(self, p: Params) -> str:
        return self.tr(
            "The file's encoding could not be recognised; choose it (for example cp1258 "
            "for Vietnamese, cp1250 for Polish, gb18030 for Chinese)."
        )

    def old_style_excel_file_xls(self, p: Params) -> str:
        return self.tr(
            "This is an old-style Excel file (.xls); open it in Excel or LibreOffice "
            "and save it as .xlsx or CSV, then import that."
        )

    def csv_file_has_sheets_leave(self, p: Params) -> str:
        return self.tr("A CSV file has no sheets; leave the sheet out.")

    def unknown_encoding_use_one(self, p: Params) -> str:
        return fill(
            self.tr("Unknown encoding %1; use one of %2."),
            p.quoted("name"),
            p.text("choices"),
        )

    def file_does_look_like_csv(self, p: Params) -> str:
        return self.tr("The file does not look like a CSV text file or an Excel workbook (.xlsx).")

    def file_cannot_read(self, p: Params) -> str:
        return fill(
            self.tr("The file cannot be read as %1."),
            p.text("used"),
        )

    def line_cannot_read_csv_fix(self, p: Params) -> str:
        return fill(
            self.tr(
                "Line %1 cannot be read as CSV (%2); fix it in a spreadsheet program and "
                "save it again."
            ),
            p.text("line_num"),
            p.text("error"),
        )

    def file_device_pipe_export_client(self, p: Params) -> str:
        return fill(
            self.tr(
                "%1 is not a file (a device or a pipe); export the client list to a CSV or "
                "Excel file and import that."
            ),
            p.text("path_name"),
        )

    def row_has_cells_where_header(self, p: Params) -> str:
        return fill(
            self.tr(
                "The row has %1 cells where the header has %2 (a separator inside a value "
                "without quotes?)."
            ),
            p.text("cells_count"),
            p.text("width"),
        )

    def last_visit_future(self, p: Params) -> str:
        return self.tr("The last visit is in the future.")

    def real_date(self, p: Params) -> str:
        return fill(
            self.tr('The %1 "%2" is not a real date.'),
            p.text("label"),
            p.text("text"),
        )

    def mapping_needs_one_entry_per(self, p: Params) -> str:
        return self.tr("The mapping needs one entry per column.")

    def salon_s_settings_client_fields(self, p: Params) -> str:
        return self.tr(
            "The salon's settings for client fields changed since the preview; preview "
            "the import again. Nothing was imported."
        )

    def file_holds_rows_import(self, p: Params) -> str:
        return self.tr("The file holds no rows to import.")

    def file_has_columns_most_can(self, p: Params) -> str:
        return fill(
            self.tr("The file has %1 columns; at most %2 can be imported."),
            p.text("widest"),
            p.text("max_columns"),
        )

    def workbook_would_unpack_more_than(self, p: Params) -> str:
        return self.tr(
            "The workbook would unpack to more than 512 MB; save the client list alone "
            "as a CSV file and import that."
        )

    def sheet_chart_table_choose_another(self, p: Params) -> str:
        return self.tr("That sheet is a chart, not a table; choose another sheet.")

    def workbook_has_sheets(self, p: Params) -> str:
        return self.tr("The workbook has no sheets.")

    def row_has_columns_most_can(self, p: Params) -> str:
        return fill(
            self.tr("Row %1 has %2 columns; at most %3 can be imported."),
            p.text("number"),
            p.text("cells_count"),
            p.text("max_columns"),
        )

    def sheet_has_more_than_rows(self, p: Params) -> str:
        return fill(
            self.tr(
                "The sheet has more than %1 rows; split it into smaller files and import "
                "them one by one."
            ),
            p.number("max_rows"),
        )

    def cancelled(self, p: Params) -> str:
        return self.tr("The import was cancelled; nothing was imported.")

    def could_read(self, p: Params) -> str:
        return fill(
            self.tr("Could not read %1: %2."),
            p.text("path_name"),
            p.text("reason"),
        )

    def file_has_more_than_rows(self, p: Params) -> str:
        return fill(
            self.tr(
                "The file has more than %1 rows; split it into smaller files and import "
                "them one by one."
            ),
            p.number("max_rows"),
        )

    def file_readable_excel_workbook_xlsx(self, p: Params) -> str:
        return self.tr(
            "The file is not a readable Excel workbook (.xlsx); open it in Excel or "
            "LibreOffice and save it again, or save it as CSV."
        )

    def file_too_big(self, p: Params) -> str:
        return fill(
            self.tr(
                "The file is larger than %1 MB; split it into smaller files and import them "
                "one by one."
            ),
            p.text("megabytes"),
        )

    def encoding_does_not_fit(self, p: Params) -> str:
        return fill(
            self.tr(
                "The file cannot be read as %1 (byte %2 does not fit); choose the encoding "
                "it was saved in."
            ),
            p.text("encoding"),
            p.text("byte"),
        )

    def not_a_date(self, p: Params) -> str:
        return fill(
            self.tr('The %1 "%2" is not a date (write it like 23.04.1990 or 1990-04-23).'),
            p.text("label"),
            p.text("text"),
        )

    def birth_date_words(self, p: Params) -> str:
        return self.tr("birth date")

    def last_visit_words(self, p: Params) -> str:
        return self.tr("last visit")

    def no_such_sheet(self, p: Params) -> str:
        return fill(
            self.tr("The workbook has no sheet %1; its sheets are: %2."),
            p.quoted("sheet"),
            p.text("sheets"),
        )

    def client_gone(self, p: Params) -> str:
        return self.tr("That client is no longer in the vault.")

    def client_id_gone(self, p: Params) -> str:
        return fill(
            self.tr("Client %1 is no longer in the vault."),
            p.text("client_id"),
        )

    def country_code_pl_vn_cn(self, p: Params) -> str:
        return fill(
            self.tr("%1 is not a country code (PL, VN, CN, GB …)."),
            p.quoted("phone_region"),
        )
