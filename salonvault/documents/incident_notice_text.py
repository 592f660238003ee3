"""The words of the two breach notification drafts: to the authority (GDPR Art. 33(3): what
happened, the data and people concerned, likely consequences, measures, a contact) and to the
clients (Art. 34(2), the same in plain language). English and Polish here; Vietnamese and
Chinese in incident_notice_text_asia.py.

A draft states only what the register holds; what the program cannot know is left in
[square brackets] for the owner to complete, and every draft says it is a draft.
"""

from __future__ import annotations

from dataclasses import dataclass

from salonvault.domain.incidents import ClockState, DataCategory, IncidentStatus, ScopeKind


@dataclass(frozen=True, slots=True)
class IncidentWords:
    # -- both drafts
    complete: str  # "{what}": a part the owner fills in
    unknown: str
    categories: dict[DataCategory, str]
    # -- to the authority
    authority_title: str
    authority_draft: tuple[str, ...]
    law: tuple[str, ...]
    headings: tuple[str, str, str, str, str, str, str, str]
    # deadline, controller, what happened, data and people, consequences, measures,
    # protection, clients informed
    labels: dict[str, str]  # salon address contact occurred discovered deadline now status
    # clients how_counted notified
    statuses: dict[IncidentStatus, str]
    clock: dict[ClockState, str]  # "{hours}"
    scopes: dict[ScopeKind, str]  # "{start}", "{end}"
    category_count: str  # "{category}", "{count}"
    sensitive: str
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
    complain: str
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
    law=(
        "GDPR Art. 33: notify the supervisory authority within 72 hours of becoming aware of"
        " the breach, unless it is unlikely to result in a risk to the clients' rights and"
        " freedoms. A later notification must give the reasons for the delay.",
        "Under Vietnam's Decree 13/2023 the 72 hours run from the breach itself; China's PIPL"
        " (Art. 57) asks for notice at once. Notify as early as you can.",
    ),
    headings=(
        "The 72-hour deadline",
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
        "deadline": "Notify the authority by",
        "now": "At the time of printing",
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
    clock={
        ClockState.RUNNING: "{hours} h left",
        ClockState.OVERDUE: "overdue by {hours} h",
        ClockState.NOTIFIED_IN_TIME: "notified {hours} h after discovery, in time",
        ClockState.NOTIFIED_LATE: "notified {hours} h after the deadline",
        ClockState.CLOSED: "closed without notifying the authority",
    },
    scopes={
        ScopeKind.ALL_CLIENTS: "every client in the salon's records, counted by SalonVault",
        ScopeKind.WITH_HEALTH: "every client with health data, counted by SalonVault",
        ScopeKind.WITH_PHOTOS: "every client with photos, counted by SalonVault",
        ScopeKind.REGISTERED_BETWEEN: "every client registered from {start} to {end}, counted"
        " by SalonVault",
        ScopeKind.MANUAL: "the salon's own estimate",
    },
    category_count="{category}: {count} of these clients have such data on record",
    sensitive="Health data is a special category of personal data (GDPR Art. 9).",
    protection="The salon's records are kept in a database encrypted with AES-256 (SQLCipher)."
    " Each member of staff signs in with their own PIN and sees only what their role needs;"
    " every access is written to a tamper-evident activity log. Backups are encrypted.",
    fill_contact="name, phone and e-mail of the person the authority can contact",
    fill_consequences="what the breach may lead to for the clients",
    fill_measures="what was done, or will be done, to end the breach and limit its effects",
    fill_delay="the reasons for notifying after 72 hours",
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
    complain="You also have the right to complain to the data protection authority.",
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
    law=(
        "Art. 33 RODO: naruszenie zgłasza się Prezesowi Urzędu Ochrony Danych Osobowych (UODO)"
        " w ciągu 72 godzin od jego stwierdzenia, chyba że jest mało prawdopodobne, by"
        " skutkowało ryzykiem naruszenia praw lub wolności klientów. Zgłoszenie po tym terminie"
        " musi podawać przyczyny opóźnienia.",
        "Niezależnie od zgłoszenia naruszenie pozostaje w rejestrze (art. 33 ust. 5 RODO).",
    ),
    headings=(
        "Termin 72 godzin",
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
        "deadline": "Termin zgłoszenia do organu",
        "now": "W chwili wydruku",
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
    clock={
        ClockState.RUNNING: "zostało {hours} godz.",
        ClockState.OVERDUE: "termin minął {hours} godz. temu",
        ClockState.NOTIFIED_IN_TIME: "zgłoszono {hours} godz. po stwierdzeniu, w terminie",
        ClockState.NOTIFIED_LATE: "zgłoszono {hours} godz. po terminie",
        ClockState.CLOSED: "zamknięte bez zgłoszenia do organu",
    },
    scopes={
        ScopeKind.ALL_CLIENTS: "wszyscy klienci w dokumentacji salonu, policzeni przez SalonVault",
        ScopeKind.WITH_HEALTH: "wszyscy klienci z danymi o zdrowiu, policzeni przez SalonVault",
        ScopeKind.WITH_PHOTOS: "wszyscy klienci ze zdjęciami, policzeni przez SalonVault",
        ScopeKind.REGISTERED_BETWEEN: "wszyscy klienci zarejestrowani od {start} do {end},"
        " policzeni przez SalonVault",
        ScopeKind.MANUAL: "szacunek salonu",
    },
    category_count="{category}: takie dane ma zapisane {count} z tych klientów",
    sensitive="Dane o zdrowiu należą do szczególnych kategorii danych osobowych (art. 9 RODO).",
    protection="Dokumentacja salonu jest przechowywana w bazie danych szyfrowanej algorytmem"
    " AES-256 (SQLCipher). Każdy pracownik loguje się własnym PIN-em i widzi tylko to, czego"
    " wymaga jego rola; każdy dostęp trafia do dziennika aktywności odpornego na niezauważone"
    " zmiany. Kopie zapasowe są szyfrowane.",
    fill_contact="imię i nazwisko, telefon i e-mail osoby do kontaktu z organem",
    fill_consequences="do czego naruszenie może doprowadzić w przypadku klientów",
    fill_measures="co zrobiono lub zostanie zrobione, by zakończyć naruszenie i ograniczyć"
    " jego skutki",
    fill_delay="przyczyny zgłoszenia po upływie 72 godzin",
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
    complain="Mają Państwo także prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych.",
    clients_footer="{salon}, incydent nr {id}. Wydrukowano {date}.",
)
