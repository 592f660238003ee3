"""The owner's privacy duties: a client's data report, incidents, the record of processing and
retention reviews."""

from salonvault.services.privacy.data_report import DataReportService
from salonvault.services.privacy.incidents import IncidentService
from salonvault.services.privacy.processing_record import ProcessingRecordService
from salonvault.services.privacy.retention import RetentionService

__all__ = ["DataReportService", "IncidentService", "ProcessingRecordService", "RetentionService"]
