"""Backup generations by calendar (issue 20 item 7): the newest N, and the newest of each of the
last 7 days, 4 weeks and 12 months that have backups. The expected sets below were worked out
by hand (calendars in the comments), not by running the code."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from salonvault.backup.generations import KeptAs, plan_generations
from salonvault.backup.target_files import backup_file_name, backups_in, rotate
from salonvault.domain.roles import Role
from salonvault.services.backups import BackupSettings
from salonvault.services.vault.opening import Vault
from tests.support import NAMES, PINS, FakeClock, Team


def stamp(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def files_at(folder: Path, moments: list[datetime]) -> list[Path]:
    for moment in moments:
        (folder / backup_file_name(moment)).write_bytes(b"a backup")
    return backups_in(folder)


def kept_times(folder: Path) -> list[str]:
    return [p.name.removeprefix("salonvault-backup-")[:16] for p in backups_in(folder)]


def every_day(first: date, last: date, hour: int) -> list[datetime]:
    days = (last - first).days + 1
    return [
        datetime(first.year, first.month, first.day, hour, tzinfo=UTC) + timedelta(days=n)
        for n in range(days)
    ]


def test_a_run_of_backups_in_one_afternoon_does_not_wash_out_older_days(tmp_path: Path) -> None:
    """The review's case. March 2026 (ISO weeks: 2-8 March is week 10, 9-15 week 11, 16-22
    week 12). The owner backs up at 19:00 every day from Monday 2 to Sunday 15 March; on
    Monday 16 the receptionist makes twelve in a row, 10:00 to 10:11. Keep 10:
      newest 10: the 16th 10:02-10:11;  days: the 16th (10:11), 15th … 10th;
      weeks: week 12 (16th 10:11), week 11 (15th), week 10 (8th);  month: March (16th 10:11).
    Deleted: 2nd-7th, 9th, and the 16th 10:00 and 10:01."""
    owner = every_day(date(2026, 3, 2), date(2026, 3, 15), 19)
    burst = [stamp("2026-03-16T10:00") + timedelta(minutes=m) for m in range(12)]
    files = files_at(tmp_path, owner + burst)
    removed = rotate(tmp_path, 10, files[-1], UTC)
    assert kept_times(tmp_path) == [
        "2026-03-08T19-00",
        "2026-03-10T19-00",
        "2026-03-11T19-00",
        "2026-03-12T19-00",
        "2026-03-13T19-00",
        "2026-03-14T19-00",
        "2026-03-15T19-00",
        *[f"2026-03-16T10-{m:02d}" for m in range(2, 12)],
    ]
    assert len(removed) == 6 + 1 + 2


def test_eighteen_months_of_daily_backups_with_a_holiday(tmp_path: Path) -> None:
    """Every evening at 20:00 from 1 January 2025 to 30 June 2026, except all of August 2025.
    Keep 3. June 2026: Mondays are 1, 8, 15, 22, 29 (1 January 2026 is a Thursday).
      newest 3: 30, 29, 28 June;  days: 30 … 24 June;
      weeks: 29 Jun-5 Jul (30th), 22-28 (28th), 15-21 (21st), 8-14 (14th);
      months (the 12 newest that have backups; August 2025 has none): June 2026 … January
      2026 (last days), December … September 2025, July 2025, June 2025."""
    days = [
        moment
        for moment in every_day(date(2025, 1, 1), date(2026, 6, 30), 20)
        if (moment.year, moment.month) != (2025, 8)
    ]
    files = files_at(tmp_path, days)
    assert len(files) == 546 - 31
    rotate(tmp_path, 3, files[-1], UTC)
    assert kept_times(tmp_path) == [
        "2025-06-30T20-00",
        "2025-07-31T20-00",
        "2025-09-30T20-00",
        "2025-10-31T20-00",
        "2025-11-30T20-00",
        "2025-12-31T20-00",
        "2026-01-31T20-00",
        "2026-02-28T20-00",
        "2026-03-31T20-00",
        "2026-04-30T20-00",
        "2026-05-31T20-00",
        "2026-06-14T20-00",
        "2026-06-21T20-00",
        "2026-06-24T20-00",
        "2026-06-25T20-00",
        "2026-06-26T20-00",
        "2026-06-27T20-00",
        "2026-06-28T20-00",
        "2026-06-29T20-00",
        "2026-06-30T20-00",
    ]


def test_a_stick_left_in_a_drawer_for_a_year_keeps_its_history(tmp_path: Path) -> None:
    """Periods without backups do not count: five Fridays in January 2025, then one backup in
    March 2026. Keep 1: the new one (newest, its day, week, month), and the five January ones
    (each its own day; weeks: the 4 newest weeks that have backups are March 2026's and the
    last three Fridays of January; the month of January 2025: the 31st)."""
    fridays = [stamp(f"2025-01-{day:02d}T18:00") for day in (3, 10, 17, 24, 31)]
    files = files_at(tmp_path, [*fridays, stamp("2026-03-06T18:00")])
    plan = {g.made_at.date().isoformat(): g.kept_as for g in plan_generations(files, 1, None, UTC)}
    assert plan == {
        "2025-01-03": {KeptAs.DAY},
        "2025-01-10": {KeptAs.DAY},
        "2025-01-17": {KeptAs.DAY, KeptAs.WEEK},
        "2025-01-24": {KeptAs.DAY, KeptAs.WEEK},
        "2025-01-31": {KeptAs.DAY, KeptAs.WEEK, KeptAs.MONTH},
        "2026-03-06": {KeptAs.NEWEST, KeptAs.DAY, KeptAs.WEEK, KeptAs.MONTH},
    }


def test_days_are_the_salons_calendar_not_utc(tmp_path: Path) -> None:
    """In Hanoi (UTC+7) 16:30 UTC is 23:30 on 1 March and 17:30 UTC is 00:30 on 2 March: two
    days, so both are kept; 10:00 UTC (17:00 on 1 March) is an older backup of the 1st. In UTC
    all three are the 1st and only the newest stays."""
    moments = [stamp("2026-03-01T10:00"), stamp("2026-03-01T16:30"), stamp("2026-03-01T17:30")]
    files = files_at(tmp_path, moments)
    hanoi = timezone(timedelta(hours=7))
    assert [g.kept for g in plan_generations(files, 1, None, hanoi)] == [False, True, True]
    assert [g.kept for g in plan_generations(files, 1, None, UTC)] == [False, False, True]


def test_the_backup_just_verified_is_kept_whatever_its_name(tmp_path: Path) -> None:
    """A PC whose clock went back (a flat CMOS battery) names the new backup in the past: older
    than fifteen monthly backups, so no day, week or month keeps it, but it is the one just
    written and read back."""
    monthly = [stamp(f"{2025 + (m // 12)}-{m % 12 + 1:02d}-01T19:00") for m in range(15)]
    files_at(tmp_path, monthly)
    written_in_the_past = files_at(tmp_path, [stamp("2020-01-01T12:00")])[0]
    plan = plan_generations(backups_in(tmp_path), 1, written_in_the_past, UTC)
    assert plan[0].path == written_in_the_past and plan[0].kept_as == {KeptAs.LAST_VERIFIED}
    rotate(tmp_path, 1, written_in_the_past, UTC)
    assert written_in_the_past.exists()
    assert len(backups_in(tmp_path)) == 1 + 12


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.OWNER])
def test_backups_in_a_row_by_anyone_keep_the_owners_earlier_days(
    vault: Vault, team: Team, tmp_path: Path, clock: FakeClock, role: Role
) -> None:
    """Real backups with a fake clock: the owner backs up every evening for five days, then
    someone makes twelve in a row. Keep 10 (the default) used to leave only those twelve's
    newest ten."""
    folder = tmp_path / "usb"
    folder.mkdir()
    vault.backups.change_settings(team.owner, BackupSettings(keep=10))
    clock.moment = stamp("2026-03-02T19:00")
    evenings = []
    for _ in range(5):
        owner = vault.auth.sign_in(NAMES[Role.OWNER], PINS[Role.OWNER])
        evenings.append(vault.backups.backup(owner, folder).path)
        clock.advance(days=1)
    clock.moment = stamp("2026-03-07T10:00")
    someone = vault.auth.sign_in(NAMES[role], PINS[role])
    burst = []
    for _ in range(12):
        burst.append(vault.backups.backup(someone, folder).path)
        clock.advance(minutes=1)
    kept = backups_in(folder)
    # Zone: this PC's; the evenings at 19:00 UTC and the morning's 10:00 are on their own
    # local days in any zone from UTC-9 to UTC+4, where CI and the developers' PCs are.
    assert kept[:5] == evenings
    assert kept[5:] == burst[2:]
