"""Backup history rows: what ran, where, for whom, and how it ended."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class HistoryRow:
    id: int
    backup_id: str
    kind: str
    started_at: datetime
    finished_at: datetime
    staff_id: int | None
    folder: str
    file_name: str
    size_bytes: int
    outcome: str
    message: str

    @property
    def warns(self) -> bool:
        """A run that verified but left a note (the vault lacks the backup's last log entry)."""
        return self.outcome == "verified" and bool(self.message)
