"""When a signed form is due again (decision 0038): after the form's months, when the card's
health details changed since signing, or when the form has a newer version."""

from __future__ import annotations

from datetime import date

from salonvault.domain.forms import FormStatus, FormVersion


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it has fewer days)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def form_status(
    signed_version: FormVersion,
    latest: FormVersion,
    signed_on: date,
    today: date,
    health_changed: bool,
    months: int,
) -> FormStatus:
    """`health_changed` only where the form's rule asks again on a change; `months` the
    rule's (the owner's, else the version's)."""
    if signed_version.id != latest.id:
        return FormStatus.NEW_VERSION
    if health_changed:
        return FormStatus.HEALTH_CHANGED
    if today >= add_months(signed_on, months):
        return FormStatus.EXPIRED
    return FormStatus.CURRENT
