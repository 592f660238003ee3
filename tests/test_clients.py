"""Client records: field rules, duplicates, data minimisation, role views, search, health."""

from __future__ import annotations

from datetime import date

import pytest

from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput, HealthKind, Preferences, Severity, mask_phone
from salonvault.domain.errors import (
    DuplicateSuspected,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from salonvault.domain.roles import Role
from salonvault.services.vault.opening import Vault
from tests.helpers import grant_health_consent
from tests.support import Team


@pytest.fixture
def salon(vault: Vault, team: Team) -> Vault:
    """A Vietnamese salon that collects every optional field, birth dates and addresses too."""
    vault.settings.set_language(team.owner, "vi")
    vault.clients.set_collected_fields(
        team.owner, {"phone", "email", "birth_date", "address", "guardian"}
    )
    return vault


def add(vault: Vault, team: Team, **values: object) -> int:
    data = ClientInput(**{"family_name": "Nguyễn", "given_name": "Thị Hoa", **values})  # type: ignore[arg-type]
    return vault.clients.create(team.owner, data).id


# -- field rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"family_name": "  "}, "family_name"),
        ({"family_name": "x" * 81}, "family_name"),
        ({"family_name": "Bad\x07Name"}, "family_name"),
        ({"phone": "12"}, "phone"),
        ({"phone": "not a phone"}, "phone"),
        ({"email": "hoa@"}, "email"),
        ({"email": "hoa example.vn"}, "email"),
        ({"birth_date": date(2099, 1, 1)}, "birth_date"),
        ({"birth_date": date(1850, 1, 1)}, "birth_date"),
        ({"language": "fr"}, "language"),
        ({"notes": "x" * 10_001}, "notes"),
        ({"address": "x" * 301}, "address"),
        ({"is_minor": True}, "guardian"),  # a minor needs a guardian on record
        ({"is_minor": True, "guardian": "x" * 121}, "guardian"),
        ({"is_minor": True, "guardian": "Mẹ\x1b Lan"}, "guardian"),
        ({"guardian": "Trần Thị Lan"}, "guardian"),  # kept only for a minor
        ({"is_minor": True, "guardian": "Lan", "birth_date": date(2008, 11, 22)}, "is_minor"),
        ({"birth_date": date(2008, 11, 23)}, "is_minor"),  # 17 today: tick "minor"
        ({"preferences": Preferences(hair="x" * 201)}, "preferences.hair"),
        ({"preferences": Preferences(skin="Dry\x00")}, "preferences.skin"),
        ({"preferences": Preferences(lash="\x07")}, "preferences.lash"),
        ({"tags": tuple(f"tag{n}" for n in range(13))}, "tags"),
        ({"tags": ("x" * 31,)}, "tags"),
        ({"tags": ("a,b",)}, "tags"),
        ({"tags": ("---",)}, "tags"),
        ({"tags": ("vip\x07",)}, "tags"),
    ],
)
def test_field_rules_name_the_field(salon: Vault, team: Team, values: dict, field: str) -> None:
    with pytest.raises(ValidationError) as error:
        add(salon, team, **values)
    assert error.value.field == field


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("0912 345 678", "+84912345678"),  # national format, salon region VN
        ("091-234-5678", "+84912345678"),
        ("+48 601 234 567", "+48601234567"),  # Poland
        ("0048601234567", "+48601234567"),
        ("+86 138 0013 8000", "+8613800138000"),  # China
    ],
)
def test_phones_are_normalised_with_the_salon_region(
    salon: Vault, team: Team, typed: str, e164: str
) -> None:
    client_id = add(salon, team, phone=typed)
    record = salon.clients._repo.get(client_id)
    assert record is not None and record.phone_e164 == e164 and record.phone == typed


def test_names_keep_their_script_and_chinese_names_have_no_space(salon: Vault, team: Team) -> None:
    view = salon.clients.open(team.owner, add(salon, team, family_name="王", given_name="小明"))
    assert view.display_name == "王小明"
    view = salon.clients.open(
        team.owner, add(salon, team, family_name="Wójcik", given_name="Łukasz")
    )
    assert view.display_name == "Wójcik Łukasz"


def test_switched_off_fields_are_refused_not_stored(vault: Vault, team: Team) -> None:
    assert vault.clients.collected_fields() == {"phone", "email", "guardian"}
    with pytest.raises(ValidationError, match="does not collect birth dates") as error:
        add(vault, team, birth_date=date(1990, 4, 23))
    assert error.value.field == "birth_date"
    with pytest.raises(PermissionDenied):
        vault.clients.set_collected_fields(team.receptionist, {"address"})


def test_minors_tags_and_preferences_are_cleaned_and_kept(salon: Vault, team: Team) -> None:
    client_id = add(
        salon,
        team,
        birth_date=date(2008, 11, 23),  # 17 on the clock's day (2026-11-22)
        is_minor=True,
        guardian="  Trần  Thị Lan, 0912 000 111 ",
        preferences=Preferences(hair="Warm  tones, no bleach", skin="", lash="Natural, C curl"),
        tags=("Balayage", " balayage ", "VIP", "khách  quen", "", "\uff36\uff29\uff30"),
    )
    view = salon.clients.open(team.owner, client_id)
    assert view.is_minor and view.guardian == "Trần Thị Lan, 0912 000 111"
    assert view.preferences == Preferences("Warm tones, no bleach", "", "Natural, C curl")
    assert view.tags == ("balayage", "vip", "khách quen")  # full-width VIP too
    record = salon.clients._repo.get(client_id)
    assert record is not None and record.tags == view.tags
    assert add(salon, team, family_name="Adult", birth_date=date(2008, 11, 22)) > 0  # 18 today


def test_guardian_switched_off_makes_it_optional_and_refused(vault: Vault, team: Team) -> None:
    vault.clients.set_collected_fields(team.owner, {"phone", "email"})
    minor = add(vault, team, is_minor=True)  # no guardian needed when none are collected
    assert vault.clients.open(team.owner, minor).is_minor
    with pytest.raises(ValidationError, match="does not collect guardians") as error:
        add(vault, team, family_name="Lê", is_minor=True, guardian="Lan")
    assert error.value.field == "guardian"


# -- duplicates ----------------------------------------------------------------------------


def test_same_phone_in_another_format_is_a_suspected_duplicate(salon: Vault, team: Team) -> None:
    first = add(salon, team, phone="0912 345 678")
    with pytest.raises(DuplicateSuspected) as error:
        add(salon, team, family_name="Other", phone="+84 912 345 678")
    assert error.value.client_ids == [first]
    second = salon.clients.create(
        team.owner,
        ClientInput("Other", "Person", phone="+84 912 345 678"),
        allow_duplicate=True,
    )
    assert second.id != first


def test_similar_name_and_same_birth_date_is_a_suspected_duplicate(
    salon: Vault, team: Team
) -> None:
    first = add(salon, team, birth_date=date(1990, 4, 23))
    with pytest.raises(DuplicateSuspected):
        add(salon, team, family_name="Nguyen", given_name="Thi Hoa", birth_date=date(1990, 4, 23))
    add(salon, team, family_name="Nguyen", given_name="Thi Hoa", birth_date=date(1991, 4, 23))
    add(salon, team, family_name="Trần", given_name="Mai", birth_date=date(1990, 4, 23))
    assert first


# -- what each role sees -------------------------------------------------------------------


@pytest.fixture
def full_client(salon: Vault, team: Team) -> int:
    client_id = salon.clients.create(
        team.owner,
        ClientInput(
            "Nguyễn",
            "Thị Hoa",
            phone="0912 345 678",
            email="hoa@example.vn",
            birth_date=date(1990, 4, 23),
            address="12 Lê Lợi, Huế",
            notes="Prefers mornings",
        ),
    ).id
    grant_health_consent(salon, team.receptionist, client_id)  # health data rests on consent
    salon.clients.add_health_item(
        team.technician, client_id, HealthKind.ALLERGY, "PPD (hair dye)", Severity.MODERATE
    )
    salon.clients.add_health_item(
        team.technician, client_id, HealthKind.CONDITION, "Sensitive scalp", Severity.SEVERE
    )
    return client_id


def test_owner_sees_everything(salon: Vault, team: Team, full_client: int) -> None:
    view = salon.clients.open(team.owner, full_client)
    assert view.phone == "0912 345 678" and view.email == "hoa@example.vn"
    assert view.birth_date == date(1990, 4, 23) and view.address == "12 Lê Lợi, Huế"
    assert view.health is not None
    assert {h.text for h in view.health} == {"PPD (hair dye)", "Sensitive scalp"}
    assert view.has_alerts and view.has_severe_alert


def test_receptionist_sees_contacts_and_only_that_there_are_alerts(
    salon: Vault, team: Team, full_client: int
) -> None:
    view = salon.clients.open(team.receptionist, full_client)
    assert view.phone == "0912 345 678" and view.email == "hoa@example.vn"
    assert view.birth_date == date(1990, 4, 23) and view.address == "12 Lê Lợi, Huế"
    assert view.health is None and "health" not in view.visible
    assert view.has_alerts and view.has_severe_alert


def test_technician_sees_masked_phone_no_contacts_and_full_health(
    salon: Vault, team: Team, full_client: int
) -> None:
    view = salon.clients.open(team.technician, full_client)
    assert view.phone == "•••••••678" == mask_phone("0912 345 678")
    assert view.email is None and view.birth_date is None and view.address is None
    assert not {"email", "birth_date", "address", "phone"} & view.visible
    assert "phone_masked" in view.visible
    assert view.health is not None and len(view.health) == 2


@pytest.mark.parametrize("role", list(Role))
def test_minor_preferences_and_tags_by_role(salon: Vault, team: Team, role: Role) -> None:
    """Minor flag, preferences and tags help every role serve the client; the guardian is a
    contact detail (owner and receptionist only)."""
    client_id = add(
        salon,
        team,
        is_minor=True,
        guardian="Trần Thị Lan",
        preferences=Preferences(hair="Ash blonde", skin="Sensitive", lash="Volume"),
        tags=("balayage",),
    )
    view = salon.clients.open(team.of(role), client_id)
    assert view.is_minor and view.tags == ("balayage",)
    assert view.preferences == Preferences("Ash blonde", "Sensitive", "Volume")
    assert {"is_minor", "preferences", "tags"} <= view.visible
    if role is Role.TECHNICIAN:
        assert view.guardian is None and "guardian" not in view.visible
    else:
        assert view.guardian == "Trần Thị Lan" and "guardian" in view.visible


@pytest.mark.parametrize("role", list(Role))
def test_search_results_follow_the_role(
    salon: Vault, team: Team, full_client: int, role: Role
) -> None:
    [found] = salon.clients.search(team.of(role), "hoa")
    assert found.id == full_client and found.has_severe_alert
    expected = "•••••••678" if role is Role.TECHNICIAN else "0912 345 678"
    assert found.phone == expected


def test_each_opening_is_logged_once_and_searches_are_not(
    salon: Vault, team: Team, full_client: int
) -> None:
    def openings() -> list[str]:
        entries = salon.audit.list(team.owner, AuditFilter(action="client.open"))
        return [f"{e.role}:{e.object_id}" for e in entries]

    before = openings()
    for _ in range(3):
        salon.clients.search(team.technician, "hoa")
    salon.clients.open(team.technician, full_client)
    assert openings() == [f"technician:{full_client}", *before]
    entry = salon.audit.list(team.owner, AuditFilter(action="client.open"))[0]
    assert "Nguyễn" not in entry.detail and "0912" not in entry.detail


# -- search --------------------------------------------------------------------------------


@pytest.fixture
def many(salon: Vault, team: Team) -> dict[str, int]:
    people = {
        "hoa": ("Nguyễn", "Thị Hoa", "0912 345 678"),
        "hoang": ("Hoàng", "Văn Nam", "0987 654 321"),
        "lukasz": ("Wójcik", "Łukasz", "+48 601 234 567"),
        "zofia": ("Łęcka", "Zofia", "+48 512 345 678"),
        "wang": ("王", "小明", "+86 138 0013 8000"),
        "dang": ("Đặng", "Thu Trang", "0903 111 222"),
        "emily": ("Clarke", "Emily", "+44 20 7946 0958"),
    }
    return {
        key: salon.clients.create(team.owner, ClientInput(f, g, phone=p)).id
        for key, (f, g, p) in people.items()
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nguyen", ["hoa"]),  # without accents
        ("NGUYỄN", ["hoa"]),  # with accents, any case
        ("hoa nguyen", ["hoa"]),  # words in any order
        ("thi hoa", ["hoa"]),
        ("ngu", ["hoa"]),  # part of a name
        ("dang", ["dang"]),  # Đ folds to D
        ("trang", ["dang"]),
        ("lukasz", ["lukasz"]),  # Ł folds to L
        ("lecka", ["zofia"]),  # ę folds to e
        ("小明", ["wang"]),  # Chinese characters
        ("王", ["wang"]),
        ("xiaoming", ["wang"]),  # pinyin
        ("wang xiao", ["wang"]),
        ("0912 345 678", ["hoa"]),  # phone, national format
        ("+84912345678", ["hoa"]),  # phone, international
        ("912-345", ["hoa"]),  # part of a phone, any punctuation
        ("601 234 567", ["lukasz"]),
        ("0048 601", ["lukasz"]),
        ("13800138000", ["wang"]),
        ("zzz", []),
    ],
)
def test_search_the_way_people_type(
    salon: Vault, team: Team, many: dict[str, int], query: str, expected: list[str]
) -> None:
    found = [s.id for s in salon.clients.search(team.receptionist, query)]
    assert found == [many[key] for key in expected]


def test_tags_are_searchable_by_every_role(salon: Vault, team: Team) -> None:
    tagged = add(salon, team, tags=("Balayage", "khách quen"))
    add(salon, team, family_name="Trần", given_name="Mai")
    for role in Role:
        for probe in ("balay", "balayage", "ayage", "BALAYAGE", "khach", "quen", "hoa balay"):
            found = [s.id for s in salon.clients.search(team.of(role), probe)]
            assert found == [tagged], (role, probe)
    salon.clients.update(team.receptionist, tagged, ClientInput("Nguyễn", "Thị Hoa", tags=("vip",)))
    assert salon.clients.search(team.technician, "balay") == []
    assert [s.id for s in salon.clients.search(team.technician, "vip")] == [tagged]


def test_ranking_exact_then_prefix_then_partial(salon: Vault, team: Team) -> None:
    partial = salon.clients.create(team.owner, ClientInput("Thoan", "An")).id
    prefix = salon.clients.create(team.owner, ClientInput("Hoang", "Binh")).id
    exact = salon.clients.create(team.owner, ClientInput("Hoa", "Chi")).id
    found = [s.id for s in salon.clients.search(team.owner, "hoa")]
    assert found == [exact, prefix, partial]


def test_archived_clients_leave_everyday_search(salon: Vault, team: Team) -> None:
    client_id = add(salon, team)
    salon.clients.set_archived(team.receptionist, client_id, True)
    assert salon.clients.search(team.owner, "hoa") == []
    assert [s.id for s in salon.clients.search(team.owner, "hoa", include_archived=True)] == [
        client_id
    ]
    salon.clients.set_archived(team.receptionist, client_id, False)
    assert [s.id for s in salon.clients.search(team.owner, "hoa")] == [client_id]
    with pytest.raises(PermissionDenied):
        salon.clients.set_archived(team.technician, client_id, True)


# -- changing and health -------------------------------------------------------------------


def test_update_logs_field_names_never_values(salon: Vault, team: Team) -> None:
    client_id = add(salon, team, phone="0912 345 678")
    changed = salon.clients.update(
        team.receptionist, client_id, ClientInput("Nguyễn", "Thị Hoa", phone="0987 654 321")
    )
    assert changed.phone == "0987 654 321"
    [entry] = salon.audit.list(team.owner, AuditFilter(action="client.update"))
    assert entry.detail == "fields=phone"
    salon.clients.update(
        team.owner,
        client_id,
        ClientInput(
            "Nguyễn",
            "Thị Hoa",
            phone="0987 654 321",
            is_minor=True,
            guardian="Trần Thị Lan",
            preferences=Preferences(lash="Natural"),
            tags=("vip",),
        ),
    )
    latest = salon.audit.list(team.owner, AuditFilter(action="client.update"))[0]
    assert latest.detail == "fields=is_minor,guardian,preferences,tags"
    assert "Lan" not in latest.detail and "vip" not in latest.detail
    with pytest.raises(PermissionDenied):
        salon.clients.update(team.technician, client_id, ClientInput("X", "Y"))


def test_health_items_by_role(salon: Vault, team: Team) -> None:
    client_id = add(salon, team)
    grant_health_consent(salon, team.receptionist, client_id)
    with pytest.raises(PermissionDenied):
        salon.clients.add_health_item(
            team.receptionist, client_id, HealthKind.ALLERGY, "Latex", Severity.SEVERE
        )
    item = salon.clients.add_health_item(
        team.technician, client_id, HealthKind.ALLERGY, "Latex", Severity.SEVERE
    )
    assert salon.clients.open(team.receptionist, client_id).has_severe_alert
    salon.clients.remove_health_item(team.owner, client_id, item)
    assert not salon.clients.open(team.receptionist, client_id).has_alerts
    with pytest.raises(NotFound):
        salon.clients.remove_health_item(team.owner, client_id, item)


def test_receptionist_cannot_register_allergies(salon: Vault, team: Team) -> None:
    with pytest.raises(PermissionDenied):
        salon.clients.create(team.receptionist, ClientInput("Trần", "Mai", allergies=("PPD",)))
    assert salon.clients.search(team.owner, "tran") == []


def test_technicians_cannot_find_clients_by_phone_or_email(salon: Vault, team: Team) -> None:
    """They see phones masked and no e-mail, so trying digits must not reveal them either."""
    client_id = add(salon, team, phone="0912 345 678", email="secretlocal@example.vn")
    for probe in ("0912345678", "912 345", "+84912345678", "secretlocal", "example.vn"):
        assert salon.clients.search(team.technician, probe) == [], probe
        assert [s.id for s in salon.clients.search(team.receptionist, probe)] == [client_id]
    assert [s.id for s in salon.clients.search(team.technician, "nguyen hoa")] == [client_id]
