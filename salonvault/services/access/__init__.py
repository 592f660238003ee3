"""Who may do what, and the record of it: the permission guard, the activity log's writer and
the clock every service reads the time from."""

from salonvault.services.access.activity_log import ActivityLog
from salonvault.services.access.clock import Clock, SystemClock, local_today
from salonvault.services.access.guard import Guard

__all__ = ["ActivityLog", "Clock", "Guard", "SystemClock", "local_today"]
