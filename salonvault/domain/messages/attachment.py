"""The core's sentences about attachment (keys "attachment.…"; decision 0032)."""

AREA = "attachment"

MESSAGES: dict[str, str] = {
    "empty": "The file {name} is empty.",
    "too_large": "The file {name} is larger than {limit} MB; scan it at a lower resolution.",
    "unreadable_file": "The file {name} could not be read.",
    "not_accepted": "{name} is not a PDF, JPEG or PNG file.",
    "disguised": "{name} is named as a {claimed} but is {looks_like}; nothing was stored.",
    "too_many_pages": "{name} has more than {limit} pages; split it and attach the parts.",
    "bomb": (
        "{name} would take far too much memory to open (more than {limit} megapixels or a "
        "compressed bomb); nothing was stored."
    ),
    "locked": "{name} is protected by a password; save an unprotected copy and attach that.",
    "damaged": "{name} is damaged or incomplete (was it still being copied?); nothing was stored.",
    "claimed_pdf": "PDF",
    "claimed_picture": "JPEG or PNG picture",
    "looks_like_pdf": "a PDF",
    "looks_like_jpeg": "a JPEG picture",
    "looks_like_png": "a PNG picture",
    "looks_like_zip": "a ZIP archive (or an Office document)",
    "looks_like_office": "an Office document",
    "looks_like_rtf": "a Word (RTF) document",
    "looks_like_program": "a program",
    "looks_like_gif": "a GIF picture",
    "looks_like_tiff": "a TIFF picture",
    "looks_like_webp": "a WebP picture",
    "looks_like_heic": "an HEIC photo",
    "looks_like_archive": "a compressed archive",
    "looks_like_html": "a web page (HTML)",
    "looks_like_xml": "an XML or SVG file",
    "looks_like_unknown": "something else",
}
