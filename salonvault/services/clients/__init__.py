"""Client records: the field rules (`fields`), registering, correcting and finding clients
(`service`), merging two records (`merge`) and erasure (`erasure`)."""

from salonvault.services.clients.erasure import ErasureReceipt, ErasureService, names_match
from salonvault.services.clients.fields import parse_birth_date, parse_tags
from salonvault.services.clients.merge import MergeService
from salonvault.services.clients.service import ClientService

__all__ = [
    "ClientService",
    "ErasureReceipt",
    "ErasureService",
    "MergeService",
    "names_match",
    "parse_birth_date",
    "parse_tags",
]
