"""Bad input, typed text (issue 9, item 4): every client text field, health items, consent
templates, salon settings and the command line's client JSON get arbitrary text: mixed scripts,
emoji, control characters (NUL, \\r, tabs), bidi overrides, broken Unicode, oversized values and
invalid dates.

The contract (client_fields.py, decision 0016): a value is either refused with a
ValidationError that names the field, and then nothing at all was written (every table's row
count and the activity log's head are unchanged), or it is stored and reads back equal to its
documented normalisation: NFC; one-line fields with runs of white space made one space; notes and
the address with \\r\\n and \\r made \\n and the ends trimmed; tags NFKC and lower case. Bidi
embedding, override and isolate characters are refused in every field (they make a name show
other than it is). A stored client is found by searching any word of its name, and its consent
form and client data report render as PDFs.
"""

from __future__ import annotations

import contextlib
import json
import re
import unicodedata
from datetime import date

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st

from salonvault.cli.clients import _client_input
from salonvault.domain.clients import ClientInput, ClientView, HealthKind, Preferences, Severity
from salonvault.domain.errors import RuleViolation, ValidationError
from salonvault.domain.health_basis import HealthBasis
from salonvault.services.clients import fields as client_fields
from salonvault.services.vault.opening import Vault
from tests.helpers import state_of
from tests.support import Team, examples

# Text as people at a Vietnamese, Polish or Chinese counter produce it, and as broken input does.
SCRIPTS = (
    "Nguyễn Thị Đặng Hoà Trần ƯƠ ",  # Vietnamese, some in decomposed form below
    "Zażółć Gęślą Jaźń Łukasz Wiśniewska ",
    "王小明 李 張偉 陈静 ",
    "Ölçer Иванова Σοφία محمد ",
    "💇‍♀️💅🏽👩🏻‍🦰🇻🇳 ",
    "abc XYZ 0123 -'.,()& <b>&amp; {salon_name} %1 ",
)
ODD = "\x00\r\n\t\x1b\x7f\u202e\u202d\u2066\u200b\u200d\u200e\ufeff\ud800\ue000\u0301"
ALPHABET = st.sampled_from(sorted(set("".join(SCRIPTS) + ODD)))
CLEAN = st.text(st.sampled_from(sorted(set("".join(SCRIPTS)))), min_size=1, max_size=40)
# Mostly text a field should take (so the stored path is exercised), sometimes anything at all.
TEXT = st.one_of(
    CLEAN,
    CLEAN,
    CLEAN,
    st.text(ALPHABET, max_size=40),
    st.sampled_from(["", " ", "\r\n"]),
    st.sampled_from(
        [unicodedata.normalize("NFD", "Nguyễn Thị Hoà"), "Anna\u202eZofia", "x" * 81, "\r\n \r"]
    ),
)
NAME = CLEAN.filter(lambda t: bool(re.search(r"[^\W_]", t)))
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _one_line(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _multi_line(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").strip()


def _name_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFC", text))


@pytest.fixture
def open_salon(vault: Vault) -> Vault:
    """Every optional field collected, so each one is exercised; health data kept under
    professional secrecy, so a new client's allergies are stored (and their words checked)
    without a consent recorded first (decision 0031; tests/test_health_basis.py tests both)."""
    owner = Team(vault).owner
    vault.clients.set_collected_fields(
        owner, {"phone", "email", "birth_date", "address", "guardian"}
    )
    vault.health_basis.set_basis(owner, HealthBasis.PROFESSIONAL_SECRECY)
    return vault


TEXT_FIELDS = (
    "family_name",
    "given_name",
    "notes",
    "address",
    "guardian",
    "hair",
    "skin",
    "lash",
    "tag",
    "allergy",
    "phone",
    "email",
)


def _client_with(field: str, value: str, family: str, given_name: str) -> ClientInput:
    """A valid minor client (so the guardian is kept) with one field set to `value`."""
    values = {"family_name": family, "given_name": given_name, "guardian": "Mẹ: Lan"}
    values[field] = value
    preferences = Preferences(**{k: values.get(k, "") for k in ("hair", "skin", "lash")})
    return ClientInput(
        family_name=values["family_name"],
        given_name=values["given_name"],
        phone=values.get("phone", ""),
        email=values.get("email", ""),
        notes=values.get("notes", ""),
        address=values.get("address", ""),
        is_minor=True,
        guardian=values["guardian"],
        birth_date=date(2015, 6, 1),
        preferences=preferences,
        tags=(values.get("tag", ""), "khách quen"),
        allergies=(values["allergy"],) if values.get("allergy", "").strip() else (),
    )


def _expected(field: str, value: str) -> str:
    """The documented normalisation of an accepted value (module docstring)."""
    if field in ("notes", "address"):
        return _multi_line(value)
    if field == "tag":
        return " ".join(unicodedata.normalize("NFKC", value).split()).lower()
    if field == "email":
        if not value.strip():
            return ""  # no e-mail given (a soak found the oracle saying "@")
        local, _, domain = value.strip().rpartition("@")
        return f"{local}@{domain.lower()}"
    if field == "phone":
        return " ".join(value.split())
    return _one_line(value)


def _read_back(view: ClientView, field: str) -> str:
    if field in ("hair", "skin", "lash"):
        return str(getattr(view.preferences, field))
    if field == "tag":
        return view.tags[0] if len(view.tags) == 2 else ""
    if field == "allergy":
        return next((h.text for h in view.health or ()), "")
    return str(getattr(view, field) or "")


@examples(60, fixture_reused=True)  # refused inputs write nothing; accepted ones are new rows
@given(family=NAME, given_name=CLEAN, field=st.sampled_from(TEXT_FIELDS), value=TEXT)
@example(family="Nguyễn", given_name="Thị Hoa", field="notes", value="x" * 10_000_000)
@example(family="Nowak", given_name="Ewa", field="family_name", value="Wiśniewska\x00")
@example(family="Trần", given_name="Mai", field="given_name", value="Anna\u202eZofia")
@example(family="陈", given_name="静", field="notes", value="line 1\rline 2\r\nline 3")
@example(family="陈", given_name="静", field="address", value="Hà Nội\r1 Phố Huế")
@example(family="Kowalska", given_name="Anna", field="notes", value="\ud800")
@example(family="Lê", given_name="Mai", field="tag", value="\ud800")
@example(family="Lê", given_name="Mai", field="phone", value="+84 \uff19\uff11\uff12 345 678")
@example(family="Lê", given_name="Mai", field="email", value="Mai@ĐẶNG.VN")
@example(family="0", given_name="0", field="email", value="")
def test_every_client_text_field_is_refused_cleanly_or_stored_as_documented(
    open_salon: Vault, team: Team, family: str, given_name: str, field: str, value: str
) -> None:
    vault = open_salon
    owner = team.owner
    before = state_of(vault)
    try:
        view = vault.clients.create(
            owner, _client_with(field, value, family, given_name), allow_duplicate=True
        )
    except ValidationError as error:
        event(f"refused: {error.field}: {str(error)[:40]}")
        assert error.field, "the form can show the message next to the field"
        assert "\n" not in str(error) and str(error).endswith(".")
        assert state_of(vault) == before, "a refused client leaves no trace"
        return
    event(f"stored: {field}")
    shown = vault.clients.open(owner, view.id)
    assert _read_back(shown, field) == _expected(field, value)
    assert not BIDI_CONTROLS & set(_read_back(shown, field)), "a bidi override was stored"
    for word in _name_words(f"{shown.family_name} {shown.given_name}"):
        found = [c.id for c in vault.clients.search(owner, word)]
        assert view.id in found, f"searching {word!r} does not find {shown.display_name!r}"


@examples(15, fixture_reused=True)
@given(family=NAME, given_name=CLEAN, notes=TEXT, allergy=TEXT)
@example(family="王", given_name="小明 💇‍♀️", notes="<b>&amp; </para> {salon_name}", allergy="")
@example(family="Đặng", given_name="Hoà\u0301", notes="ﬁ ŉ ǅ ẞ", allergy="\ue000 private use")
def test_a_stored_client_renders_in_the_consent_form_and_the_data_report(
    open_salon: Vault, team: Team, family: str, given_name: str, notes: str, allergy: str
) -> None:
    vault = open_salon
    data = ClientInput(
        family_name=family,
        given_name=given_name,
        notes=notes,
        language="vi",
        allergies=(allergy,) if allergy.strip() else (),
    )
    try:
        view = vault.clients.create(team.owner, data, allow_duplicate=True)
    except ValidationError:
        event("refused")
        return
    event("rendered")
    form = vault.consent.form_for(team.owner, view.id, "health_data")
    report = vault.data_report.pdf_bytes(team.owner, view.id)
    for pdf in (form, report):
        assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("notes", "n" * 10_000_001, "at most 10000"),
        ("family_name", "N" * 81, "at most 80"),
        ("address", "a" * 301, "at most 300"),
        ("phone", "9" * 5000, "not valid"),
        ("email", "a@" + "b" * 300 + ".vn", "does not look right"),
        ("notes", "card 4111 1111 1111 1111", "card number"),
        ("given_name", "Zofia\u2066", "not text"),
        ("notes", "tab\there", "not text"),
    ],
)
def test_oversized_and_forbidden_values_are_refused_and_nothing_is_written(
    open_salon: Vault, team: Team, field: str, value: str, says: str
) -> None:
    owner = team.owner
    before = state_of(open_salon)
    base = {"family_name": "Nowak", "given_name": "Ewa"}
    with pytest.raises(ValidationError, match=says) as refused:
        open_salon.clients.create(owner, ClientInput(**{**base, field: value}))
    assert refused.value.field == field
    assert state_of(open_salon) == before


def test_a_10_000_character_note_is_the_limit_and_round_trips(
    open_salon: Vault, team: Team
) -> None:
    """Decided with client_fields.MAX_NOTES: a note up to 10,000 characters is stored whole,
    a 10 MB one is refused (a note is not a document store; photos and forms have their own)."""
    note = ("Dị ứng nhẹ với PPD; thử da trước. 过敏 💇‍♀️\n" * 400)[: client_fields.MAX_NOTES]
    view = open_salon.clients.create(team.owner, ClientInput("Phạm", "Thu", notes=note))
    assert open_salon.clients.open(team.owner, view.id).notes == _multi_line(note)


@examples(40, fixture_reused=True)
@given(kind=st.sampled_from(list(HealthKind)), text=TEXT)
def test_health_items_are_refused_cleanly_or_stored_as_documented(
    open_salon: Vault, team: Team, kind: HealthKind, text: str
) -> None:
    owner = team.owner
    client = _the_client(open_salon, team)
    before = state_of(open_salon)
    try:
        open_salon.clients.add_health_item(owner, client, kind, text, Severity.SEVERE)
    except ValidationError as error:
        assert error.field == "text"
        assert state_of(open_salon) == before
        return
    texts = [h.text for h in open_salon.clients.open(owner, client).health or ()]
    assert _one_line(text) in texts


_CLIENTS: dict[int, int] = {}


def _the_client(vault: Vault, team: Team) -> int:
    if id(vault) not in _CLIENTS:
        _CLIENTS[id(vault)] = vault.clients.create(team.owner, ClientInput("Hồ", "Xuân")).id
    return _CLIENTS[id(vault)]


# -- consent templates ---------------------------------------------------------------------


@examples(15, fixture_reused=True)
@given(text=st.text(ALPHABET, min_size=0, max_size=200) | st.just("x" * 6001))
@example(text="<para>unclosed <b>bold & {salon_name} {salon_address} {unknown} %s")
@example(text="Tôi đồng ý.\r\nPodpis:\r______")
def test_any_consent_text_is_refused_cleanly_or_stored_and_printed(
    vault: Vault, team: Team, text: str
) -> None:
    owner = team.owner
    client = _the_client(vault, team)
    before = state_of(vault)
    try:
        template = vault.consent.edit_template(owner, "marketing_sms", "pl", text)
    except (ValidationError, RuleViolation) as error:
        assert "\n" not in str(error)
        assert state_of(vault) == before
        return
    assert not BIDI_CONTROLS & set(template.text)
    assert template.text == _multi_line(text)
    _, shown = vault.consent.text_to_show(owner, "marketing_sms", "pl")
    assert shown.startswith(template.text.split("{", 1)[0])
    pdf = vault.consent.form_for(owner, client, "marketing_sms")
    assert pdf.startswith(b"%PDF-")


# -- salon settings ------------------------------------------------------------------------


@examples(15, fixture_reused=True)
@given(name=TEXT | st.just("S" * 121), address=TEXT)
@example(name="Salon \x00 Hoa", address="")
@example(name="Tiệm \u202eMai", address="1 Phố Huế\r\nHà Nội")
def test_salon_name_and_address_are_refused_cleanly_or_read_back_and_printed(
    vault: Vault, team: Team, name: str, address: str
) -> None:
    owner = team.owner
    client = _the_client(vault, team)
    for setter, value, getter, expected in (
        (vault.settings.set_salon_name, name, vault.settings.salon_name, _one_line(name)),
        (
            vault.settings.set_salon_address,
            address,
            vault.settings.salon_address,
            "\n".join(
                line
                for line in (_one_line(raw) for raw in _multi_line(address).split("\n"))
                if line
            ),
        ),
    ):
        before = state_of(vault)
        old = getter()
        try:
            setter(owner, value)
        except ValidationError as error:
            assert error.field and "\n" not in str(error)
            assert state_of(vault) == before and getter() == old
            continue
        assert getter() == expected
        assert not BIDI_CONTROLS & set(getter()) and "\x00" not in getter()
    pdf = vault.consent.form_for(owner, client, "service_records")
    assert pdf.startswith(b"%PDF-")
    assert vault.consent.privacy_notice_pdf(owner, "vi").startswith(b"%PDF-")


@examples(10)
@given(minutes=st.integers(-(2**70), 2**70), length=st.integers(-(2**70), 2**70))
@example(minutes=15, length=12)
def test_number_settings_are_refused_or_read_back(
    vault_for_numbers: Vault, minutes: int, length: int
) -> None:
    vault = vault_for_numbers
    owner = Team(vault).owner
    for setter, value, getter in (
        (
            vault.settings.set_idle_minutes,
            minutes,
            lambda: vault.settings.idle_limit().seconds // 60,
        ),
        (vault.settings.set_min_pin_length, length, vault.settings.min_pin_length),
    ):
        old = getter()
        try:
            setter(owner, value)
        except ValidationError:
            assert getter() == old
            continue
        assert getter() == value


@pytest.fixture(scope="module")
def vault_for_numbers(vault_template: object, tmp_path_factory: pytest.TempPathFactory) -> Vault:
    """A module-wide vault: settings are cheap, and hypothesis runs many of them."""
    from tests.support import FakeClock, VaultTemplate, open_copy

    assert isinstance(vault_template, VaultTemplate)
    root = tmp_path_factory.mktemp("numbers")
    return open_copy(vault_template, root / "salon", root / "key.txt", root / "keys", FakeClock())


# -- the command line's client JSON --------------------------------------------------------

JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
FIELD_NAMES = st.sampled_from(
    [
        "family_name",
        "given_name",
        "phone",
        "email",
        "birth_date",
        "address",
        "language",
        "notes",
        "allergies",
        "unknown",
        "",
    ]
)


@given(st.dictionaries(FIELD_NAMES, JSON_VALUE, max_size=6) | JSON_VALUE)
@example({"family_name": "Nowak", "birth_date": "2024-02-30"})
@example({"family_name": "Nowak", "birth_date": "1990-13-01"})
@example({"family_name": "Nowak", "birth_date": "\u0662\u0660\u0662\u0664-\u0660\u0661-\u0661"})
@example({"family_name": "Nowak", "birth_date": "+2024-01-01"})
@example({"family_name": "Nowak", "birth_date": "99999-01-01"})
@example({"family_name": "Nowak", "allergies": "PPD"})
@example({"\n": None, "nick\u202e": "x"})  # a soak found a field name breaking the line
def test_any_client_json_on_standard_input_is_read_or_refused_in_a_sentence(
    document: object,
) -> None:
    try:
        read = _client_input(json.dumps(document, allow_nan=True))
    except ValidationError as error:
        assert "\n" not in str(error)
        return
    assert isinstance(read, ClientInput)


@given(st.text(max_size=200))
@example("{")
@example('{"family_name": "\\ud800"}')
@example("[" * 100_000)
def test_any_text_on_standard_input_is_json_or_refused(text: str) -> None:
    with contextlib.suppress(ValidationError):
        _client_input(text)


@pytest.mark.parametrize(
    "text", ["2024-02-30", "2024-00-10", "0000-01-01", "1899-12-31", "3000-01-01", "yesterday"]
)
def test_invalid_and_impossible_birth_dates_are_refused(
    open_salon: Vault, team: Team, text: str
) -> None:
    owner = team.owner
    before = state_of(open_salon)
    with pytest.raises(ValidationError) as refused:
        parsed = client_fields.parse_birth_date(text)
        open_salon.clients.create(owner, ClientInput("Nowak", "Ewa", birth_date=parsed))
    assert refused.value.field == "birth_date"
    assert state_of(open_salon) == before
