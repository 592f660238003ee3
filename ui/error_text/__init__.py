"""The window's sentence for any error: `error_text(error)`, translated by the core's key.

The core raises errors that carry a `Message` (a catalogue key and typed parameters; decision
0032). Each key has one method in this package, named after it (`clients.tag_too_long` →
`ClientsErrors.tag_too_long`), whose `self.tr()` string lupdate extracts. Errors that already had
translated sentences keep them: files the door refused (ui/file_messages), colour formula rules
(ui/visit_words), the passphrase slot's settings (ui/key_messages).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from salonvault.domain.errors import (
    FileNotWritten,
    FileRefused,
    FormulaError,
    PassphraseSlotUnusual,
    SalonVaultError,
)
from salonvault.domain.messages import Message
from ui.error_text.access import AccessErrors
from ui.error_text.attachment import AttachmentErrors
from ui.error_text.attachments import AttachmentsErrors
from ui.error_text.auth import AuthErrors
from ui.error_text.backup import BackupErrors
from ui.error_text.catalogue import CatalogueErrors
from ui.error_text.cli import CliErrors
from ui.error_text.clients import ClientsErrors
from ui.error_text.consent import ConsentErrors
from ui.error_text.documents import DocumentsErrors
from ui.error_text.exports import ExportsErrors
from ui.error_text.files import FileErrors
from ui.error_text.forms import FormsErrors
from ui.error_text.formula import FormulaErrors
from ui.error_text.imports import ImportsErrors
from ui.error_text.keys import KeysErrors
from ui.error_text.params import Params
from ui.error_text.photos import PhotosErrors
from ui.error_text.pin import PinErrors
from ui.error_text.privacy import PrivacyErrors
from ui.error_text.records import RecordsErrors
from ui.error_text.settings import SettingsErrors
from ui.error_text.staff import StaffErrors
from ui.error_text.treatments import TreatmentsErrors
from ui.error_text.vault import VaultErrors
from ui.file_messages import file_error_text
from ui.key_messages import key_error_text
from ui.visit_words import formula_rule_text

AREAS: dict[str, type[QObject]] = {
    "access": AccessErrors,
    "attachment": AttachmentErrors,
    "attachments": AttachmentsErrors,
    "auth": AuthErrors,
    "backup": BackupErrors,
    "catalogue": CatalogueErrors,
    "cli": CliErrors,
    "clients": ClientsErrors,
    "consent": ConsentErrors,
    "documents": DocumentsErrors,
    "exports": ExportsErrors,
    "file": FileErrors,
    "formula": FormulaErrors,
    "forms": FormsErrors,
    "imports": ImportsErrors,
    "keys": KeysErrors,
    "photos": PhotosErrors,
    "pin": PinErrors,
    "privacy": PrivacyErrors,
    "records": RecordsErrors,
    "settings": SettingsErrors,
    "staff": StaffErrors,
    "treatments": TreatmentsErrors,
    "vault": VaultErrors,
}
_entries: dict[str, QObject] = {}


def error_text(error: BaseException | Message) -> str:
    """What the window says about `error`, in the user's language where the key is known."""
    if isinstance(error, FileRefused | FileNotWritten):
        return file_error_text(error)
    if isinstance(error, FormulaError):
        return formula_rule_text(error)
    if isinstance(error, PassphraseSlotUnusual):
        return key_error_text(error)
    if isinstance(error, SalonVaultError):
        return message_text(error.message)
    if isinstance(error, Message):
        return message_text(error)
    return str(error)  # not one of ours (an OSError's own words): as the system said it


def reason_text(reason: str) -> str:
    """A reason the core handed over as text (an import row's): by its key when it has one."""
    return message_text(reason) if isinstance(reason, Message) else reason


def message_text(message: Message) -> str:
    area, _, name = message.key.partition(".")
    method = getattr(_entries_of(area), name, None)
    if method is None:  # tests/test_error_keys.py makes sure this never happens
        return str(message)
    text: str = method(Params(message.params, message_text))
    return text


def entry(key: str) -> object:
    """The method that says `key` (None when there is none): for tests."""
    area, _, name = key.partition(".")
    return getattr(_entries_of(area), name, None) if area in AREAS else None


def _entries_of(area: str) -> QObject | None:
    if area not in AREAS:
        return None
    if area not in _entries:
        _entries[area] = AREAS[area]()
    return _entries[area]
