"""Consent (decision 0007): the texts and their versions (`templates`), decisions, withdrawals
and the signed forms (`service`)."""

from salonvault.services.consent.service import ConsentService

__all__ = ["ConsentService"]
