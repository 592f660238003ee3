"""The words of the two breach notification drafts: to the authority (what happened, the data
and people concerned, likely consequences, measures, a contact) and to the clients (the same in
plain language). English and Polish here; Vietnamese and Chinese in incident_notice_text_asia.py.

A draft states facts and times from the register, never a judgement of its own ("in time",
"overdue"): deadlines and advice stay in the on-screen banner. The law and the authority are the
salon's country's (decision 0041), written in the draft's language; what the program cannot know
is left in [square brackets] for the owner to complete, and every draft says it is a draft.
"""

from __future__ import annotations

from dataclasses import dataclass

from salonvault.domain.incidents import DataCategory, IncidentStatus, ScopeKind
from salonvault.domain.jurisdiction import Regime


@dataclass(frozen=True, slots=True)
class IncidentWords:
    # -- both drafts
    complete: str  # "{what}": a part the owner fills in
    unknown: str
    categories: dict[DataCategory, str]
    # -- to the authority
    authority_title: str
    authority_draft: tuple[str, ...]
    law: dict[Regime, str]  # under which law the notification is made; "{authority}"
    headings: tuple[str, str, str, str, str, str, str, str]
    # times, controller, what happened, data and people, consequences, measures,
    # protection, clients informed
    labels: dict[str, str]  # to salon address contact occurred discovered since_breach
    # since_discovery printed status clients how_counted notified
    statuses: dict[IncidentStatus, str]
    hours: str  # "{hours}": a span of time, a fact
    due_immediately: str  # China: PIPL Art. 57
    scopes: dict[ScopeKind, str]  # "{start}", "{end}"
    category_count: str  # "{category}", "{count}"
    sensitive: dict[Regime, str]
    protection: str
    fill_contact: str
    fill_consequences: str
    fill_measures: str
    fill_delay: str
    fill_exposed: str
    fill_informed: str
    authority_footer: str  # "{salon}", "{id}", "{date}"
    # -- to the clients
    clients_title: str
    clients_draft: tuple[str, ...]
    intro: str  # "{salon}"
    client_headings: tuple[str, str, str, str, str, str]
    # what happened, your data, what it may mean, what we did, what you can do, questions
    when_both: str  # "{occurred}", "{discovered}"
    when_found: str  # "{discovered}"
    advice: tuple[str, ...]
    fill_advice: str
    ask_us: str  # "{salon}"
    fill_client_contact: str
    complain: str  # "{authority}"
    clients_footer: str  # "{salon}", "{id}", "{date}"


ENGLISH = IncidentWords(
    complete="[to complete: {what}]",
    unknown="not known",
    categories={
        DataCategory.IDENTITY: "Names, date of birth, language, preferences and notes",
        DataCategory.CONTACT: "Contact details (phone, e-mail, postal address)",
        DataCategory.HEALTH: "Health data (allergies, conditions, medicines, patch tests)",
        DataCategory.TREATMENTS: "Visits and treatments (products, colour formulas)",
        DataCategory.PHOTOS: "Before and after photos",
        DataCategory.CONSENTS: "Consent decisions and signatures",
    },
    authority_title="Notification of a personal data breach to the supervisory authority",
    authority_draft=(
        "DRAFT. Nothing has been sent.",
        "SalonVault prepared this from the salon's breach register. Check every statement,"
        " complete the parts in [square brackets] and send it through the authority's own form"
        " or address.",
    ),
    law={
        Regime.GDPR: "Notification to {authority} under Art. 33 of the General Data Protection"
        " Regulation (GDPR).",
        Regime.VIETNAM: "Notification to {authority} under the Personal Data Protection Law No."
        " 91/2025/QH15 and Decree 356/2025/NĐ-CP.",
        Regime.CHINA: "Notification to {authority} under Art. 57 of the Personal Information"
        " Protection Law.",
        Regime.OTHER: "Notification to {authority}.",
    },
    headings=(
        "Times",
        "1. The controller",
        "2. What happened",
        "3. Data and people concerned",
        "4. Likely consequences",
        "5. Measures taken or proposed",
        "6. How the data was protected",
        "7. Informing the clients",
    ),
    labels={
        "salon": "Salon",
        "address": "Address",
        "contact": "Contact person",
        "occurred": "When it happened",
        "discovered": "When it was discovered",
        "to": "To",
        "breach_to_notice": "Hours from the breach to the notification",
        "breach_to_print": "Hours from the breach to the printing of this draft",
        "discovery_to_notice": "Hours from discovery to the notification",
        "discovery_to_print": "Hours from discovery to the printing of this draft",
        "printed": "Draft printed",
        "due": "Notification due",
        "status": "Status",
        "clients": "Clients concerned",
        "how_counted": "How they were counted",
        "notified": "Authority notified",
    },
    statuses={
        IncidentStatus.OPEN: "being handled",
        IncidentStatus.CONTAINED: "contained, follow-up continuing",
        IncidentStatus.CLOSED: "closed",
    },
    hours="{hours} h",
    due_immediately="immediately (Personal Information Protection Law, Art. 57)",
    scopes={
        ScopeKind.ALL_CLIENTS: "every client in the salon's records, counted by SalonVault",
        ScopeKind.WITH_HEALTH: "every client with health data, counted by SalonVault",
        ScopeKind.WITH_PHOTOS: "every client with photos, counted by SalonVault",
        ScopeKind.REGISTERED_BETWEEN: "every client registered from {start} to {end}, counted"
        " by SalonVault",
        ScopeKind.MANUAL: "the salon's own estimate",
    },
    category_count="{category}: {count} of these clients have such data on record",
    sensitive={
        Regime.GDPR: "Health data is a special category of personal data (GDPR Art. 9).",
        Regime.VIETNAM: "Health data is sensitive personal data under the Personal Data"
        " Protection Law No. 91/2025/QH15.",
        Regime.CHINA: "Health information is sensitive personal information (Personal"
        " Information Protection Law, Art. 28).",
        Regime.OTHER: "Health data is sensitive personal data.",
    },
    protection="The salon's records are kept in a database encrypted with AES-256 (SQLCipher)."
    " Each member of staff signs in with their own PIN and sees only what their role needs;"
    " every access is written to a tamper-evident activity log. Backups are encrypted.",
    fill_contact="name, phone and e-mail of the person the authority can contact",
    fill_consequences="what the breach may lead to for the clients",
    fill_measures="what was done, or will be done, to end the breach and limit its effects",
    fill_delay="the reasons for the delay (GDPR Art. 33(1))",
    fill_exposed="whether a PIN, the recovery key, a backup file or an exported file was"
    " exposed as well",
    fill_informed="whether, when and how the clients were or will be told (GDPR Art. 34); a"
    " letter to the clients can be printed from SalonVault",
    authority_footer="Breach register of {salon}, incident no. {id}. Draft printed {date}.",
    clients_title="Information about an incident involving your personal data",
    clients_draft=(
        "DRAFT. Nothing has been sent.",
        "Check it, complete the parts in [square brackets], then give or send it to each client"
        " concerned. Do not add any other client's details.",
    ),
    intro="Dear client, {salon} is writing to tell you about an incident that may involve your"
    " personal data, what we have done about it and what you can do.",
    client_headings=(
        "What happened",
        "Which of your data may be involved",
        "What this may mean for you",
        "What we have done",
        "What you can do",
        "Questions",
    ),
    when_both="It happened on {occurred}; we found out on {discovered}.",
    when_found="We found out on {discovered}.",
    advice=(
        "Be careful with unexpected calls, messages or e-mails that mention the salon or your"
        " visits. We will never ask you for a password, a PIN or a card number.",
    ),
    fill_advice="any other advice that fits this incident",
    ask_us="Ask us anything about this incident: {salon}.",
    fill_client_contact="phone and e-mail to reach us",
    complain="You also have the right to complain to {authority}.",
    clients_footer="{salon}, incident no. {id}. Printed {date}.",
)

POLISH = IncidentWords(
    complete="[do uzupełnienia: {what}]",
    unknown="nieznany",
    categories={
        DataCategory.IDENTITY: "Imię i nazwisko, data urodzenia, język, preferencje i notatki",
        DataCategory.CONTACT: "Dane kontaktowe (telefon, e-mail, adres pocztowy)",
        DataCategory.HEALTH: "Dane o zdrowiu (alergie, schorzenia, leki, testy uczuleniowe)",
        DataCategory.TREATMENTS: "Wizyty i zabiegi (produkty, receptury koloru)",
        DataCategory.PHOTOS: "Zdjęcia przed i po",
        DataCategory.CONSENTS: "Decyzje o zgodach i podpisy",
    },
    authority_title="Zgłoszenie naruszenia ochrony danych osobowych do organu nadzorczego",
    authority_draft=(
        "PROJEKT. Nic nie zostało wysłane.",
        "SalonVault przygotował go na podstawie rejestru naruszeń salonu. Sprawdź każde"
        " stwierdzenie, uzupełnij miejsca w [nawiasach kwadratowych] i wyślij zgłoszenie"
        " formularzem lub na adres organu.",
    ),
    law={
        Regime.GDPR: "Zgłoszenie do: {authority}, na podstawie art. 33 RODO.",
        Regime.VIETNAM: "Zgłoszenie do: {authority}, na podstawie wietnamskiej ustawy o ochronie"
        " danych osobowych nr 91/2025/QH15 i dekretu 356/2025/NĐ-CP.",
        Regime.CHINA: "Zgłoszenie do: {authority}, na podstawie art. 57 chińskiej ustawy o"
        " ochronie informacji osobowych.",
        Regime.OTHER: "Zgłoszenie do: {authority}.",
    },
    headings=(
        "Czas",
        "1. Administrator",
        "2. Co się stało",
        "3. Dane i osoby, których dotyczy naruszenie",
        "4. Możliwe konsekwencje",
        "5. Środki zastosowane lub proponowane",
        "6. Jak dane były chronione",
        "7. Zawiadomienie klientów",
    ),
    labels={
        "salon": "Salon",
        "address": "Adres",
        "contact": "Osoba do kontaktu",
        "occurred": "Kiedy do niego doszło",
        "discovered": "Kiedy je stwierdzono",
        "to": "Adresat",
        "breach_to_notice": "Godziny od naruszenia do zgłoszenia",
        "breach_to_print": "Godziny od naruszenia do wydruku projektu",
        "discovery_to_notice": "Godziny od stwierdzenia do zgłoszenia",
        "discovery_to_print": "Godziny od stwierdzenia do wydruku projektu",
        "printed": "Projekt wydrukowano",
        "due": "Termin zgłoszenia",
        "status": "Stan",
        "clients": "Liczba klientów",
        "how_counted": "Jak policzono",
        "notified": "Zgłoszono do organu",
    },
    statuses={
        IncidentStatus.OPEN: "w trakcie wyjaśniania",
        IncidentStatus.CONTAINED: "opanowane, działania trwają",
        IncidentStatus.CLOSED: "zamknięte",
    },
    hours="{hours} godz.",
    due_immediately="niezwłocznie (art. 57 chińskiej ustawy o ochronie informacji osobowych)",
    scopes={
        ScopeKind.ALL_CLIENTS: "wszyscy klienci w dokumentacji salonu, policzeni przez SalonVault",
        ScopeKind.WITH_HEALTH: "wszyscy klienci z danymi o zdrowiu, policzeni przez SalonVault",
        ScopeKind.WITH_PHOTOS: "wszyscy klienci ze zdjęciami, policzeni przez SalonVault",
        ScopeKind.REGISTERED_BETWEEN: "wszyscy klienci zarejestrowani od {start} do {end},"
        " policzeni przez SalonVault",
        ScopeKind.MANUAL: "szacunek salonu",
    },
    category_count="{category}: takie dane ma zapisane {count} z tych klientów",
    sensitive={
        Regime.GDPR: "Dane o zdrowiu należą do szczególnych kategorii danych osobowych (art. 9"
        " RODO).",
        Regime.VIETNAM: "Dane o zdrowiu są wrażliwymi danymi osobowymi według wietnamskiej"
        " ustawy o ochronie danych osobowych nr 91/2025/QH15.",
        Regime.CHINA: "Informacje o zdrowiu są wrażliwymi informacjami osobowymi (art. 28"
        " chińskiej ustawy o ochronie informacji osobowych).",
        Regime.OTHER: "Dane o zdrowiu są danymi wrażliwymi.",
    },
    protection="Dokumentacja salonu jest przechowywana w bazie danych szyfrowanej algorytmem"
    " AES-256 (SQLCipher). Każdy pracownik loguje się własnym PIN-em i widzi tylko to, czego"
    " wymaga jego rola; każdy dostęp trafia do dziennika aktywności odpornego na niezauważone"
    " zmiany. Kopie zapasowe są szyfrowane.",
    fill_contact="imię i nazwisko, telefon i e-mail osoby do kontaktu z organem",
    fill_consequences="do czego naruszenie może doprowadzić w przypadku klientów",
    fill_measures="co zrobiono lub zostanie zrobione, by zakończyć naruszenie i ograniczyć"
    " jego skutki",
    fill_delay="przyczyny opóźnienia (art. 33 ust. 1 RODO)",
    fill_exposed="czy ujawniony został też PIN, klucz odzyskiwania, plik kopii zapasowej lub"
    " plik eksportu",
    fill_informed="czy, kiedy i jak klienci zostali lub zostaną zawiadomieni (art. 34 RODO);"
    " pismo do klientów można wydrukować z SalonVault",
    authority_footer="Rejestr naruszeń: {salon}, naruszenie nr {id}. Projekt wydrukowano {date}.",
    clients_title="Informacja o incydencie dotyczącym Państwa danych osobowych",
    clients_draft=(
        "PROJEKT. Nic nie zostało wysłane.",
        "Sprawdź go, uzupełnij miejsca w [nawiasach kwadratowych], a potem przekaż lub wyślij"
        " każdemu klientowi, którego to dotyczy. Nie dodawaj danych innych klientów.",
    ),
    intro="Szanowni Państwo, {salon} informuje o incydencie, który może dotyczyć Państwa danych"
    " osobowych, o tym, co zrobiliśmy, i o tym, co mogą Państwo zrobić.",
    client_headings=(
        "Co się stało",
        "Których Państwa danych może to dotyczyć",
        "Co to może oznaczać dla Państwa",
        "Co zrobiliśmy",
        "Co mogą Państwo zrobić",
        "Pytania",
    ),
    when_both="Do incydentu doszło {occurred}; dowiedzieliśmy się o nim {discovered}.",
    when_found="Dowiedzieliśmy się o nim {discovered}.",
    advice=(
        "Prosimy o ostrożność wobec niespodziewanych telefonów, wiadomości i e-maili, które"
        " powołują się na salon lub Państwa wizyty. Nigdy nie poprosimy o hasło, PIN ani numer"
        " karty.",
    ),
    fill_advice="inne wskazówki pasujące do tego incydentu",
    ask_us="Na pytania o ten incydent odpowiemy: {salon}.",
    fill_client_contact="telefon i e-mail do kontaktu",
    complain="Mają Państwo także prawo wnieść skargę do: {authority}.",
    clients_footer="{salon}, incydent nr {id}. Wydrukowano {date}.",
)
