"""Service records (issue 22, decision 0029): structured records from versioned templates.

- `RecordTemplateService` (`templates`): the templates, built-in and the owner's copies, their
  versions, which are switched on and for which services, and how the salon shows a
  prescription (cylinder and acuity notation).
- `RecordService` (`service`): add, edit (24-hour rule, earlier versions kept), correct and read
  a client's records as the role may see them; the latest spectacle prescription and its PDF.
- `BUILT_IN_TEMPLATES` (`builtins`): the shipped definitions, by key.

The domain types (fields, templates, records, the prescription) are `salonvault.domain.records`
and `salonvault.domain.prescription`; value rules are `salonvault.domain.record_values`.
"""

from salonvault.services.records.builtins import BUILT_IN_TEMPLATES
from salonvault.services.records.service import RecordService
from salonvault.services.records.templates import RecordTemplateService

__all__ = ["BUILT_IN_TEMPLATES", "RecordService", "RecordTemplateService"]
