"""Health alerts in words, for the card's banner and the visit dialog (issue 22 item 3): items
named severe first, moderate too, low ones counted; a role that may not read them is told that
there is an alert and whom to ask, never the text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from salonvault.domain.clients import HealthItem, Severity
from salonvault.domain.contraindications import ContraindicationMatch, severity_order
from salonvault.domain.roles import Role
from ui.labels import contraindication_label, fill, health_kind_label, role_label, severity_label

# Every sentence is a literal QCoreApplication.translate("HealthAlerts", …) call: lupdate reads
# only those, so a helper taking the text as a variable left them all in English.


def item_words(item: HealthItem) -> str:
    """ "PPD allergy (Allergy, Severe)"."""
    return fill(
        QCoreApplication.translate("HealthAlerts", "%1 (%2, %3)"),
        item.text,
        health_kind_label(item.kind),
        severity_label(item.severity),
    )


def named_alerts(items: Sequence[HealthItem]) -> list[str]:
    """One line per severity: the severe items, then the moderate ones, named; low ones only
    counted (they are on the Health tab). Empty when there are none."""
    ordered = sorted(items, key=severity_order)
    severe = [i.text for i in ordered if i.severity is Severity.SEVERE]
    moderate = [i.text for i in ordered if i.severity is Severity.MODERATE]
    low = sum(1 for i in ordered if i.severity is Severity.LOW)
    lines = []
    if severe:
        lines.append(
            fill(QCoreApplication.translate("HealthAlerts", "Severe: %1"), "; ".join(severe))
        )
    if moderate:
        lines.append(
            fill(QCoreApplication.translate("HealthAlerts", "Moderate: %1"), "; ".join(moderate))
        )
    if low:
        lines.append(
            QCoreApplication.translate(
                "HealthAlerts", "Low: %n (see the card's Health tab)", "", low
            )
        )
    return lines


def whom_to_ask(roles: Sequence[Role]) -> str:
    """ "the owner or a technician": the roles that may read health details."""
    names = [role_label(r) for r in roles]
    if len(names) <= 1:
        return "".join(names)
    return fill(
        QCoreApplication.translate("HealthAlerts", "%1 or %2"), ", ".join(names[:-1]), names[-1]
    )


def hidden_alert(severe: bool, roles: Sequence[Role]) -> str:
    """What a role without health access reads: there is an alert, ask someone who may see."""
    if severe:
        text = QCoreApplication.translate(
            "HealthAlerts",
            "Severe health alert on this client's record: ask %1 before any treatment.",
        )
    else:
        text = QCoreApplication.translate(
            "HealthAlerts", "This client has health alerts: ask %1 before the treatment."
        )
    return fill(text, whom_to_ask(roles))


def match_words(match: ContraindicationMatch) -> str:
    """ "PPD allergy (Allergy, Severe) — this service's contraindication: PPD (…)"."""
    return fill(
        QCoreApplication.translate("HealthAlerts", "%1 — this service's contraindication: %2"),
        item_words(match.item),
        contraindication_label(match.term),
    )


def hidden_match(roles: Sequence[Role]) -> str:
    return fill(
        QCoreApplication.translate(
            "HealthAlerts",
            "This service has a contraindication that matches this client's health record:"
            " ask %1 before the treatment.",
        ),
        whom_to_ask(roles),
    )
