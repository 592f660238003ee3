"""The two breach notification drafts put together from one incident in the register.

To the authority of the salon's country (decision 0041): what the register knows, the times as
facts (from the breach itself under Vietnam's law, from discovery elsewhere; "immediately" under
China's PIPL Art. 57), and [to complete] where only the owner knows. No draft judges itself ("in
time", "overdue"): the deadline and the advice are the on-screen banner's. To the clients: the
same in plain words, without counts or anything about other clients. Both are drafts, and say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from salonvault.documents.formats import paper_date, paper_moment_with_offset
from salonvault.documents.incident_notice_text import ENGLISH, POLISH, IncidentWords
from salonvault.documents.incident_notice_text_asia import CHINESE, VIETNAMESE
from salonvault.documents.jurisdiction_text import authority
from salonvault.documents.sectioned import Part, SectionedDocument
from salonvault.domain.incidents import (
    SENSITIVE_CATEGORIES,
    ClockState,
    DataCategory,
    Incident,
    NotificationClock,
    ScopeKind,
)
from salonvault.domain.jurisdiction import Regime, regime_for

INCIDENT_WORDS: dict[str, IncidentWords] = {
    "en": ENGLISH,
    "vi": VIETNAMESE,
    "pl": POLISH,
    "zh_CN": CHINESE,
}


@dataclass(frozen=True, slots=True)
class SalonDetails:
    name: str
    address: str
    country: str = ""  # ISO code: whose law and authority the drafts name

    def one_line(self) -> str:
        address = ", ".join(line.strip() for line in self.address.splitlines() if line.strip())
        return f"{self.name}, {address}" if address else self.name


def when(moment: datetime, language: str) -> str:
    """A moment in the counter PC's local time, with its UTC offset (for an authority abroad)."""
    return paper_moment_with_offset(moment, language)


def authority_notice(
    incident: Incident,
    clock: NotificationClock,
    salon: SalonDetails,
    language: str,
    printed: datetime,
) -> SectionedDocument:
    words = INCIDENT_WORDS[language]
    label = words.labels
    regime = regime_for(salon.country)
    to_whom = authority(salon.country, language)
    time_rows = [
        (label["to"], to_whom),
        (label["occurred"], _when_or_unknown(words, incident.occurred_at, language)),
        (label["discovered"], when(incident.discovered_at, language)),
    ]
    notified = incident.authority_notified_at
    if notified is not None:
        time_rows.append((label["notified"], when(notified, language)))
    time_rows.append((label["printed"], when(printed, language)))
    time_rows += _elapsed_rows(words, incident, regime, printed)
    late = clock.state in (ClockState.OVERDUE, ClockState.NOTIFIED_LATE)
    time_notes: tuple[str, ...] = (words.law[regime].format(authority=to_whom),)
    if late and regime is Regime.GDPR:  # Art. 33(1): a later notification gives its reasons
        time_notes += (_fill(words, words.fill_delay),)
    categories = [c for c in DataCategory if c in incident.categories]
    if incident.affected.counted:
        held = incident.affected.by_category
        items = tuple(
            words.category_count.format(category=words.categories[c], count=held.get(c, 0))
            for c in categories
        )
    else:
        items = tuple(words.categories[c] for c in categories)
    sensitive = (words.sensitive[regime],) if SENSITIVE_CATEGORIES & incident.categories else ()
    parts = (
        Part(words.headings[0], rows=tuple(time_rows), notes=time_notes),
        Part(
            words.headings[1],
            rows=(
                (label["salon"], salon.name),
                (label["address"], salon.address or _fill(words, label["address"])),
                (label["contact"], _fill(words, words.fill_contact)),
            ),
        ),
        Part(
            words.headings[2],
            rows=(
                (label["occurred"], _when_or_unknown(words, incident.occurred_at, language)),
                (label["discovered"], when(incident.discovered_at, language)),
                (label["status"], words.statuses[incident.status]),
            ),
            notes=(incident.summary,),
        ),
        Part(
            words.headings[3],
            rows=(
                (label["clients"], str(incident.affected.clients)),
                (label["how_counted"], _scope_words(words, incident)),
            ),
            items=items,
            notes=sensitive,
        ),
        Part(words.headings[4], notes=(_or_fill(words, incident.consequences, "consequences"),)),
        Part(words.headings[5], notes=(_or_fill(words, incident.measures, "measures"),)),
        Part(words.headings[6], notes=(words.protection, _fill(words, words.fill_exposed))),
        Part(words.headings[7], notes=(_fill(words, words.fill_informed),)),
    )
    return SectionedDocument(
        title=words.authority_title,
        banner=words.authority_draft,
        parts=parts,
        footer=words.authority_footer.format(
            salon=salon.name, id=incident.id, date=when(printed, language)
        ),
    )


def client_notice(
    incident: Incident, salon: SalonDetails, language: str, printed: datetime
) -> SectionedDocument:
    words = INCIDENT_WORDS[language]
    heads = words.client_headings
    if incident.occurred_at is not None:
        timing = words.when_both.format(
            occurred=_day(incident.occurred_at, language),
            discovered=_day(incident.discovered_at, language),
        )
    else:
        timing = words.when_found.format(discovered=_day(incident.discovered_at, language))
    parts = (
        Part(heads[0], notes=(incident.summary, timing)),
        Part(
            heads[1],
            items=tuple(words.categories[c] for c in DataCategory if c in incident.categories),
        ),
        Part(heads[2], notes=(_or_fill(words, incident.consequences, "consequences"),)),
        Part(heads[3], notes=(_or_fill(words, incident.measures, "measures"),)),
        Part(heads[4], items=(*words.advice, _fill(words, words.fill_advice))),
        Part(
            heads[5],
            notes=(
                words.ask_us.format(salon=salon.one_line()),
                _fill(words, words.fill_client_contact),
                words.complain.format(authority=authority(salon.country, language)),
            ),
        ),
    )
    return SectionedDocument(
        title=words.clients_title,
        banner=words.clients_draft,
        intro=words.intro.format(salon=salon.name),
        parts=parts,
        footer=words.clients_footer.format(
            salon=salon.name, id=incident.id, date=_day(printed, language)
        ),
    )


def _elapsed_rows(
    words: IncidentWords, incident: Incident, regime: Regime, printed: datetime
) -> list[tuple[str, str]]:
    """The hours so far, as a fact: under Vietnam's law counted from the breach itself (from
    discovery when the breach's time is not known), elsewhere from discovery; China's PIPL asks
    for notice immediately, so its drafts print that instead of a count."""
    label = words.labels
    if regime is Regime.CHINA:
        return [(label["due"], words.due_immediately)]
    end = incident.authority_notified_at or printed
    to = "notice" if incident.authority_notified_at is not None else "print"
    if regime is Regime.VIETNAM and incident.occurred_at is not None:
        start, key = incident.occurred_at, f"breach_to_{to}"
    else:
        start, key = incident.discovered_at, f"discovery_to_{to}"
    hours = max(0, int((end - start).total_seconds() // 3600))
    return [(label[key], words.hours.format(hours=hours))]


def _fill(words: IncidentWords, what: str) -> str:
    return words.complete.format(what=what)


def _or_fill(words: IncidentWords, text: str, which: str) -> str:
    if text.strip():
        return text
    return _fill(words, words.fill_consequences if which == "consequences" else words.fill_measures)


def _when_or_unknown(words: IncidentWords, moment: datetime | None, language: str) -> str:
    return words.unknown if moment is None else when(moment, language)


def _day(moment: datetime, language: str) -> str:
    return paper_date(moment.astimezone().date(), language)


def _scope_words(words: IncidentWords, incident: Incident) -> str:
    scope = incident.scope
    text = words.scopes[scope.kind]
    if scope.kind is ScopeKind.REGISTERED_BETWEEN:
        return text.format(start=scope.registered_from, end=scope.registered_to)
    return text
