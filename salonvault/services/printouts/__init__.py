"""Printouts staff ask for: the client card with its history and formulas, and the day sheet of
today's clients with their alerts (decision 0027)."""

from salonvault.domain.printouts import PrintUse
from salonvault.services.printouts.service import MAX_DAY_SHEET, PrintoutService

__all__ = ["MAX_DAY_SHEET", "PrintUse", "PrintoutService"]
