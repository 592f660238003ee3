"""The core's sentences about imports (keys "imports.…"; decision 0032)."""

AREA = "imports"

MESSAGES: dict[str, str] = {
    "map_either_one_full_name": (
        "Map either one full-name column or the family and given names, not both."
    ),
    "map_column_family_name_full": (
        "Map a column to the family name (or to the full name) to import clients."
    ),
    "mapping_file_holds_one_json": (
        'The mapping file holds one JSON object of texts: {{"column header": "field"}}.'
    ),
    "salon_does_collect_leave_column": (
        "This salon does not collect {label}; leave that column out, or switch the field on "
        "in Settings → Client details (owner)."
    ),
    "two_columns_mapped_choose_one": "Two columns are mapped to {field_value}; choose one.",
    "mapping_file_json": "The mapping file is not JSON ({message}).",
    "unknown_field_mapping_fields": (
        "Unknown field {name!r} in the mapping; the fields are: {known}."
    ),
    "mapping_names_column_file_does": (
        "The mapping names a column {header!r} that the file does not have."
    ),
    "file_s_encoding_could_recognised": (
        "The file's encoding could not be recognised; choose it (for example cp1258 for "
        "Vietnamese, cp1250 for Polish, gb18030 for Chinese)."
    ),
    "old_style_excel_file_xls": (
        "This is an old-style Excel file (.xls); open it in Excel or LibreOffice and save "
        "it as .xlsx or CSV, then import that."
    ),
    "csv_file_has_sheets_leave": "A CSV file has no sheets; leave the sheet out.",
    "unknown_encoding_use_one": "Unknown encoding {name!r}; use one of {choices}.",
    "file_does_look_like_csv": (
        "The file does not look like a CSV text file or an Excel workbook (.xlsx)."
    ),
    "file_cannot_read": "The file cannot be read as {used}.",
    "line_cannot_read_csv_fix": (
        "Line {line_num} cannot be read as CSV ({error}); fix it in a spreadsheet program "
        "and save it again."
    ),
    "file_device_pipe_export_client": (
        "{path_name} is not a file (a device or a pipe); export the client list to a CSV or "
        "Excel file and import that."
    ),
    "row_has_cells_where_header": (
        "The row has {cells_count} cells where the header has {width} (a separator inside a "
        "value without quotes?)."
    ),
    "last_visit_future": "The last visit is in the future.",
    "real_date": 'The {label} "{text}" is not a real date.',
    "mapping_needs_one_entry_per": "The mapping needs one entry per column.",
    "salon_s_settings_client_fields": (
        "The salon's settings for client fields changed since the preview; preview the "
        "import again. Nothing was imported."
    ),
    "file_holds_rows_import": "The file holds no rows to import.",
    "file_has_columns_most_can": (
        "The file has {widest} columns; at most {max_columns} can be imported."
    ),
    "workbook_would_unpack_more_than": (
        "The workbook would unpack to more than 512 MB; save the client list alone as a CSV "
        "file and import that."
    ),
    "sheet_chart_table_choose_another": "That sheet is a chart, not a table; choose another sheet.",
    "workbook_has_sheets": "The workbook has no sheets.",
    "row_has_columns_most_can": (
        "Row {number} has {cells_count} columns; at most {max_columns} can be imported."
    ),
    "sheet_has_more_than_rows": (
        "The sheet has more than {max_rows:,} rows; split it into smaller files and import "
        "them one by one."
    ),
    "cancelled": "The import was cancelled; nothing was imported.",
    "could_read": "Could not read {path_name}: {reason}.",
    "file_has_more_than_rows": (
        "The file has more than {max_rows:,} rows; split it into smaller files and import "
        "them one by one."
    ),
    "file_readable_excel_workbook_xlsx": (
        "The file is not a readable Excel workbook (.xlsx); open it in Excel or LibreOffice "
        "and save it again, or save it as CSV."
    ),
    "file_too_big": (
        "The file is larger than {megabytes} MB; split it into smaller files and import "
        "them one by one."
    ),
    "encoding_does_not_fit": (
        "The file cannot be read as {encoding} (byte {byte} does not fit); choose the "
        "encoding it was saved in."
    ),
    "not_a_date": 'The {label} "{text}" is not a date (write it like 23.04.1990 or 1990-04-23).',
    # The date fields' words inside the two sentences above.
    "birth_date_words": "birth date",
    "last_visit_words": "last visit",
    "no_such_sheet": "The workbook has no sheet {sheet!r}; its sheets are: {sheets}.",
    "client_gone": "That client is no longer in the vault.",
    "client_id_gone": "Client {client_id} is no longer in the vault.",
    "country_code_pl_vn_cn": "{phone_region!r} is not a country code (PL, VN, CN, GB …).",
}
