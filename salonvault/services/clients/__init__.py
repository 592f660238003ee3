"""Client records: the field rules (`fields`, `phones`), registering, correcting, finding and
filtering clients (`service`), pinned notes (`pinned_notes`), merging two records (`merge`) and
erasure (`erasure`)."""

from salonvault.services.clients.erasure import ErasureReceipt, ErasureService, names_match
from salonvault.services.clients.fields import (
    DEFAULT_REGION_BY_LANGUAGE,
    parse_birth_date,
    parse_tags,
)
from salonvault.services.clients.merge import MergeService
from salonvault.services.clients.phones import MAX_PHONES
from salonvault.services.clients.pinned_notes import (
    MAX_PINNED_PER_CLIENT,
    MAX_PINNED_TEXT,
    PinnedNoteService,
)
from salonvault.services.clients.service import ClientService

__all__ = [
    "DEFAULT_REGION_BY_LANGUAGE",
    "MAX_PHONES",
    "MAX_PINNED_PER_CLIENT",
    "MAX_PINNED_TEXT",
    "ClientService",
    "ErasureReceipt",
    "ErasureService",
    "MergeService",
    "PinnedNoteService",
    "names_match",
    "parse_birth_date",
    "parse_tags",
]
