"""The salon's service catalogue (issue 18): the owner's list of services with groups, default
durations and prices, and starter lists per kind of business (`starters`)."""

from salonvault.services.catalogue.service import CatalogueService, check_services
from salonvault.services.catalogue.starters import starter_services

__all__ = ["CatalogueService", "check_services", "starter_services"]
