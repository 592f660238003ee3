"""Attachments (issue 23 item 2, decision 0030): scanned or photographed paper in the vault.

`pages` turns a PDF, JPEG or PNG into metadata-free JPEG pages in memory (limits, bombs and
disguised files refused); `service` stores, lists, opens and removes them under the role
matrix's attachment rows and the health rules.
"""

from salonvault.services.attachments.pages import (
    ATTACHMENT_SUFFIXES,
    MAX_FILE_BYTES,
    MAX_PAGES,
    read_attachment_file,
)
from salonvault.services.attachments.service import AttachmentService, may_read, may_write

__all__ = [
    "ATTACHMENT_SUFFIXES",
    "MAX_FILE_BYTES",
    "MAX_PAGES",
    "AttachmentService",
    "may_read",
    "may_write",
    "read_attachment_file",
]
