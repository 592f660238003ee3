"""Which backups in a folder are kept: the newest few, and one for each recent day, week and month.

Keeping only the newest N let ten backups in a row (by anyone, in one afternoon) push every
older generation out of the owner's folder (issue 20). Now, besides the newest N, the newest
backup of each of the last 7 days, 4 weeks and 12 months that have backups is kept, as
restic and borg count them: periods without a backup do not count, so a holiday or a stick
left in a drawer for a year never empties the folder. Days, weeks (ISO, from Monday) and months
are the salon's calendar (the PC's time zone); the file names are UTC. Decision 0026.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from enum import Enum
from pathlib import Path

DAYS_KEPT = 7
WEEKS_KEPT = 4
MONTHS_KEPT = 12
_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)")


class KeptAs(Enum):
    NEWEST = "newest"  # one of the newest N
    DAY = "day"  # the newest of its day
    WEEK = "week"
    MONTH = "month"
    LAST_VERIFIED = "last_verified"  # the backup just written and read back


@dataclass(frozen=True, slots=True)
class Generation:
    path: Path
    made_at: datetime  # UTC, from the file name
    kept_as: frozenset[KeptAs]  # empty: rotation deletes it

    @property
    def kept(self) -> bool:
        return bool(self.kept_as)


def made_at(path: Path) -> datetime:
    """The UTC time in a backup's name (backup_file_name writes it)."""
    found = _STAMP.search(path.name)
    if found is None:
        raise ValueError(f"not a backup file name: {path.name}")
    return datetime.strptime(found.group(1), "%Y-%m-%dT%H-%M-%SZ").replace(tzinfo=UTC)


def plan_generations(
    oldest_first: Sequence[Path],
    keep_newest: int,
    last_verified: Path | None = None,
    zone: tzinfo | None = None,
    by_calendar: bool = True,
) -> list[Generation]:
    """Each backup (as `backups_in` lists them, oldest first) with why it is kept; `zone` is
    the salon's time zone (None: this PC's). Without `by_calendar`, only the newest N (the
    data folder's own backups before upgrades: each the size of the vault, on its disk)."""
    newest_first = [(path, made_at(path)) for path in reversed(oldest_first)]
    reasons: dict[Path, set[KeptAs]] = {path: set() for path, _ in newest_first}
    for path, _ in newest_first[: max(keep_newest, 1)]:
        reasons[path].add(KeptAs.NEWEST)
    periods: tuple[tuple[KeptAs, int, Callable[[datetime], tuple[int, ...]]], ...] = (
        (KeptAs.DAY, DAYS_KEPT, lambda at: (at.year, at.month, at.day)),
        (KeptAs.WEEK, WEEKS_KEPT, lambda at: tuple(at.isocalendar())[:2]),
        (KeptAs.MONTH, MONTHS_KEPT, lambda at: (at.year, at.month)),
    )
    for kind, count, period_of in periods if by_calendar else ():
        seen: set[tuple[int, ...]] = set()
        for path, at in newest_first:
            period = period_of(at.astimezone(zone))
            if period in seen:
                continue  # an older backup of a period already represented
            if len(seen) == count:
                break
            seen.add(period)
            reasons[path].add(kind)
    if last_verified in reasons:
        reasons[last_verified].add(KeptAs.LAST_VERIFIED)
    return [Generation(path, at, frozenset(reasons[path])) for path, at in reversed(newest_first)]
