"""The record of processing activities put together from the salon's settings: its name and
address, the consent purposes switched on, the client fields it collects, the recipients and
transfers the owner listed, the retention rules, and the security measures the program applies.
It names the law of the salon's country (GDPR Art. 30(1) only under the GDPR; decision 0041)."""

from __future__ import annotations

from dataclasses import dataclass

from salonvault.documents.health_basis_text import RECORD_BASIS, RECORD_BASIS_GDPR
from salonvault.documents.jurisdiction_text import country_name
from salonvault.documents.processing_record_staff import StaffTraining, staff_training_part
from salonvault.documents.processing_record_text import PROCESSING_WORDS, ProcessingWords
from salonvault.documents.sectioned import Part, SectionedDocument
from salonvault.domain.consent import Purpose
from salonvault.domain.health_basis import DEFAULT_HEALTH_BASIS, HealthBasis
from salonvault.domain.jurisdiction import Regime, regime_for
from salonvault.domain.recipients import Recipient, transfers_abroad
from salonvault.domain.retention import RetentionRules

_OPTIONAL = ("phone", "email", "birth_date", "address", "guardian")


@dataclass(frozen=True, slots=True)
class SalonSettings:
    """What the record is made from (read by the service from the vault)."""

    name: str
    address: str
    collected: frozenset[str]
    purposes_on: frozenset[Purpose]
    retention: RetentionRules
    idle_minutes: int
    health_basis: HealthBasis = DEFAULT_HEALTH_BASIS
    staff_training: StaffTraining | None = None  # the briefing and training part (0040)
    country: str = ""  # ISO code: whose law the record is kept under
    recipients: tuple[Recipient, ...] = ()


def processing_record(salon: SalonSettings, language: str, printed: str) -> SectionedDocument:
    words = PROCESSING_WORDS[language]
    fill = words.complete.format
    regime = regime_for(salon.country)
    purposes = tuple(words.purposes[p] for p in Purpose if p in salon.purposes_on)
    subjects = [words.subjects_clients]
    if "guardian" in salon.collected:
        subjects.append(words.subjects_minors)
    subjects.append(words.subjects_staff)
    data = [words.data_always]
    data += [words.data_fields[f] for f in _OPTIONAL if f in salon.collected]
    data += [words.data_health, words.sensitive_law[regime]]
    basis = RECORD_BASIS[language][salon.health_basis]
    if regime is Regime.GDPR:
        basis = f"{basis} {RECORD_BASIS_GDPR[language][salon.health_basis]}"
    data += [basis, words.data_visits]
    if Purpose.PHOTOS in salon.purposes_on:
        data.append(words.data_photos)
    data += [words.data_consents, words.data_staff]
    parts: tuple[Part, ...] = (
        Part(
            words.headings[0],
            rows=(
                (words.labels[0], salon.name),
                (words.labels[1], salon.address or fill(what=words.labels[1])),
                (words.labels[2], fill(what=words.fill_contact)),
                (words.labels[3], fill(what=words.fill_representative)),
            ),
        ),
        Part(
            words.headings[1],
            items=purposes,
            notes=(words.purposes_note,) if purposes else (words.no_purposes,),
        ),
        Part(words.headings[2], items=tuple(subjects)),
        Part(words.headings[3], items=tuple(data)),
        _recipients_part(words, salon, language),
        _transfers_part(words, salon, language),
        Part(
            words.headings[6],
            items=_retention(words, salon.retention, Purpose.PHOTOS in salon.purposes_on),
            notes=words.retention_notes,
        ),
        Part(
            words.headings[7],
            items=tuple(line.format(minutes=salon.idle_minutes) for line in words.security),
        ),
    )
    if salon.staff_training is not None:
        parts += (staff_training_part(salon.staff_training, language),)
    intro = words.intro.format(salon=salon.name, date=printed)
    return SectionedDocument(
        title=words.title + words.title_law.get(regime, ""),
        intro=f"{intro} {words.law_note[regime]}",
        parts=parts,
        footer=words.footer.format(date=printed),
    )


def _retention(words: ProcessingWords, rules: RetentionRules, photos: bool) -> tuple[str, ...]:
    def rule(years: int | None, on: str, off: str) -> str:
        return off if years is None else on.format(years=words.years(years))

    lines = [
        rule(rules.inactive_client_years, words.clients_rule, words.clients_off),
        rule(rules.health_years, words.health_rule, words.health_off),
    ]
    if photos:
        lines += [rule(rules.photo_years, words.photos_rule, words.photos_off)]
        lines.append(words.photos_withdrawn)
    return tuple(lines)


def _recipients_part(words: ProcessingWords, salon: SalonSettings, language: str) -> Part:
    """The recipients the owner listed in Settings; the program itself sends nothing."""
    if not salon.recipients:
        fill = words.complete.format(what=words.fill_recipients)
        return Part(words.headings[4], notes=(words.recipients, words.program_sends_nothing, fill))
    items = tuple(
        f"{r.name}: {r.purpose} ({country_name(r.country, language)})" for r in salon.recipients
    )
    return Part(words.headings[4], items=items, notes=(words.program_sends_nothing,))


def _transfers_part(words: ProcessingWords, salon: SalonSettings, language: str) -> Part:
    abroad = transfers_abroad(salon.recipients, salon.country)
    if not abroad:
        return Part(words.headings[5], notes=(words.transfers,))
    items = tuple(
        f"{r.name}, {country_name(r.country, language)}: "
        + (r.safeguard or words.complete.format(what=words.fill_safeguard))
        for r in abroad
    )
    return Part(words.headings[5], items=items)
