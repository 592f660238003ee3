"""Importing a salon's old client list (decision 0014): read the file (`read`, `xlsx`, `table`),
match its columns (`mapping`), read cells (`rows`), plan the preview (`plan`), write (`service`)."""

from salonvault.services.imports.mapping import check_mapping
from salonvault.services.imports.plan import ImportPlan
from salonvault.services.imports.read import CHOOSABLE_ENCODINGS
from salonvault.services.imports.rows import cell_text
from salonvault.services.imports.service import ImportService

__all__ = ["CHOOSABLE_ENCODINGS", "ImportPlan", "ImportService", "cell_text", "check_mapping"]
