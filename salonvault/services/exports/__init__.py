"""Exports that leave the vault (owner only, logged; decision 0010): the bytes (`format`), their
encryption and writing (`files`), the service (`service`)."""

from salonvault.services.exports.files import Encryption, EncryptTo
from salonvault.services.exports.format import SEPARATORS, ActivityWording
from salonvault.services.exports.service import CHANNEL_CONTACT, ExportResult, ExportService

__all__ = [
    "CHANNEL_CONTACT",
    "SEPARATORS",
    "ActivityWording",
    "EncryptTo",
    "Encryption",
    "ExportResult",
    "ExportService",
]
