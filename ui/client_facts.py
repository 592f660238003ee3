"""What tells namesakes apart, in words, wherever a client is picked (DESIGN.md §7b: the right
person, every time): the client number, the phone's last digits, the birth year where the role
may see it and the salon holds one, the last visit. The rows come from `ClientSummary`, which
the service has already filtered by role."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salonvault.domain.clients import ClientSummary
from ui.formats import date_text
from ui.labels import fill

SEPARATOR = " · "


def client_number(client_id: int) -> str:
    return fill(QCoreApplication.translate("ClientFacts", "No. %1"), client_id)


def namesake_facts(client: ClientSummary) -> str:
    """ "No. 12 · phone …678 · born 1990 · last visit 3/10/2026": each fact a phrase of its
    own, so a translation never has to agree with its neighbour."""
    facts = [client_number(client.id)]
    if client.phone_last_digits:
        facts.append(
            fill(QCoreApplication.translate("ClientFacts", "phone …%1"), client.phone_last_digits)
        )
    if client.birth_year is not None:
        facts.append(fill(QCoreApplication.translate("ClientFacts", "born %1"), client.birth_year))
    if client.last_visit_on is not None:
        facts.append(
            fill(
                QCoreApplication.translate("ClientFacts", "last visit %1"),
                date_text(client.last_visit_on),
            )
        )
    else:
        facts.append(QCoreApplication.translate("ClientFacts", "no visit yet"))
    return SEPARATOR.join(facts)


def picker_label(client: ClientSummary) -> str:
    """One line for a list of clients to choose from: the name, then what sets it apart."""
    name = client.display_name
    if client.archived:
        name = fill(QCoreApplication.translate("ClientFacts", "%1 (archived)"), name)
    return fill(QCoreApplication.translate("ClientFacts", "%1 — %2"), name, namesake_facts(client))
