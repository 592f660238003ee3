"""The record of processing activities (GDPR Art. 30(1)) put together from the salon's settings:
its name and address, the consent purposes switched on, the client fields it collects, the
retention rules, and the security measures the program applies."""

from __future__ import annotations

from dataclasses import dataclass

from salonvault.documents.health_basis_text import RECORD_BASIS
from salonvault.documents.processing_record_staff import StaffTraining, staff_training_part
from salonvault.documents.processing_record_text import PROCESSING_WORDS, ProcessingWords
from salonvault.documents.sectioned import Part, SectionedDocument
from salonvault.domain.consent import Purpose
from salonvault.domain.health_basis import DEFAULT_HEALTH_BASIS, HealthBasis
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


def processing_record(salon: SalonSettings, language: str, printed: str) -> SectionedDocument:
    words = PROCESSING_WORDS[language]
    fill = words.complete.format
    purposes = tuple(words.purposes[p] for p in Purpose if p in salon.purposes_on)
    subjects = [words.subjects_clients]
    if "guardian" in salon.collected:
        subjects.append(words.subjects_minors)
    subjects.append(words.subjects_staff)
    data = [words.data_always]
    data += [words.data_fields[f] for f in _OPTIONAL if f in salon.collected]
    data += [words.data_health, RECORD_BASIS[language][salon.health_basis], words.data_visits]
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
        Part(words.headings[4], notes=(words.recipients, fill(what=words.fill_recipients))),
        Part(words.headings[5], notes=(words.transfers,)),
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
    return SectionedDocument(
        title=words.title,
        intro=words.intro.format(salon=salon.name, date=printed),
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
