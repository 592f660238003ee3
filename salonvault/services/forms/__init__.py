"""Consultation (intake) forms (issue 23 item 1, decision 0038).

- `FormService` (`service`): versions, the services each form guards, filling and signing in the
  client's language, red flags (health alerts, blocking until reviewed), re-sign rules.
- `BUILT_IN_FORMS` (`builtins`, `builtins_clinical`): the shipped forms, by key.

The domain types are `salonvault.domain.forms`.
"""

from salonvault.services.forms.builtins import BUILT_IN_FORMS, BuiltInForm
from salonvault.services.forms.resign import add_months
from salonvault.services.forms.service import FormService

__all__ = ["BUILT_IN_FORMS", "BuiltInForm", "FormService", "add_months"]
