"""The service catalogue (issue 18 item 0): a salon made the way a real one is made (`init` or
the wizard's SalonDetails), not the demo, can list, add and change services and record a first
treatment."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from salonvault.cli import main
from salonvault.domain.catalogue import BusinessKind, ServiceInput
from salonvault.domain.clients import ClientInput
from salonvault.domain.errors import NotFound, ValidationError
from salonvault.domain.treatments import VisitInput
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.catalogue import check_services, starter_services
from salonvault.services.money import format_price, parse_price, plain_price
from salonvault.services.vault.opening import SalonDetails, Vault, create_vault, open_vault
from tests.support import FakeClock, Team

OWNER, PIN = "Anna Nowak", "482915"


def made_like_a_real_salon(tmp_path: Path, key_dir: Path, **details: object) -> Vault:
    store = DeviceKeyStore(fallback_dir=key_dir, use_os_store=False)
    salon = SalonDetails("Optyk Żabka", **details)  # type: ignore[arg-type]
    return create_vault(tmp_path / "salon", salon, OWNER, PIN, tmp_path / "key.txt", store)


def test_a_salon_set_up_without_starters_has_no_services_until_the_owner_adds_one(
    tmp_path: Path, isolated_key_store: Path
) -> None:
    vault = made_like_a_real_salon(tmp_path, isolated_key_store, language="pl")
    owner = vault.auth.sign_in(OWNER, PIN)
    assert vault.treatments.services(owner) == []
    client = vault.clients.create(owner, ClientInput("Kowalska", "Maria", phone="601 555 777"))
    with pytest.raises(ValidationError, match="Choose one of the salon's services"):
        vault.treatments.add_visit(owner, client.id, VisitInput(date(2026, 12, 1), 999))
    eye_test = vault.catalogue.add(
        owner, ServiceInput("Badanie wzroku", "Badania", 30, parse_price("120,00", "PLN"))
    )
    visit = vault.treatments.add_visit(owner, client.id, VisitInput(date(2026, 12, 1), eye_test))
    assert [v.service_name for v in vault.treatments.history(owner, client.id)] == [
        "Badanie wzroku"
    ]
    assert visit > 0
    vault.close()


def test_the_wizards_starter_list_is_stored_in_order_and_logged_as_the_owners(
    tmp_path: Path, isolated_key_store: Path
) -> None:
    starters = starter_services([BusinessKind.OPTICIAN], "vi")
    vault = made_like_a_real_salon(
        tmp_path,
        isolated_key_store,
        language="vi",
        kinds=(BusinessKind.OPTICIAN,),
        services=tuple(starters),
    )
    owner = vault.auth.sign_in(OWNER, PIN)
    listed = vault.catalogue.services(owner)
    assert [s.name for s in listed] == [
        "Khám mắt",
        "Đo và thử kính áp tròng",
        "Tái khám kính áp tròng",
        "Chọn gọng và cắt kính",
        "Sửa và chỉnh kính",
    ]
    assert [s.position for s in listed] == [1, 2, 3, 4, 5]
    assert vault.settings.business_kinds() == [BusinessKind.OPTICIAN]
    assert vault.settings.phone_region() == "VN"
    assert vault.settings.currency() == "VND"
    adds = vault.audit.list(owner, where=None)
    seeded = [e for e in adds if e.action == "service.add"]
    assert len(seeded) == 5 and {e.role for e in seeded} == {"owner"}
    vault.close()


def test_a_mixed_salon_gets_both_lists_and_patch_tests_where_makers_ask_for_them() -> None:
    mixed = starter_services([BusinessKind.HAIR, BusinessKind.BEAUTY], "pl")
    names = {s.name: s for s in mixed}
    assert names["Koloryzacja całych włosów"].requires_patch_test
    assert names["Henna brwi i rzęs"].requires_patch_test
    assert not names["Strzyżenie męskie"].requires_patch_test
    assert not names["Manicure hybrydowy"].requires_patch_test
    assert len(mixed) == len(starter_services([BusinessKind.HAIR], "pl")) + len(
        starter_services([BusinessKind.BEAUTY], "pl")
    )
    # English for a language the lists do not have; each language has every service
    assert starter_services([BusinessKind.CLINIC], "fr")[0].name == "Consultation"
    for language in ("en", "vi", "pl", "zh_CN"):
        every = starter_services(list(BusinessKind), language)
        assert len(every) == 32, language
        check_services(every)  # every starter passes the catalogue's own rules


def test_the_owner_renames_regroups_reorders_and_switches_off(vault: Vault, team: Team) -> None:
    cut = vault.catalogue.add(team.owner, ServiceInput("Cut", duration_minutes=30))
    colour = vault.catalogue.add(team.owner, ServiceInput("Colour", requires_patch_test=True))
    vault.catalogue.update(
        team.owner, cut, ServiceInput("Cut and blow-dry", "Cut and style", 45, 9000)
    )
    vault.catalogue.reorder(team.owner, [colour, cut])
    shown = vault.catalogue.services(team.technician)
    assert [(s.name, s.group, s.duration_minutes, s.price_minor) for s in shown] == [
        ("Colour", "", None, None),
        ("Cut and blow-dry", "Cut and style", 45, 9000),
    ]
    vault.catalogue.update(team.owner, colour, ServiceInput("Colour", active=False))
    assert [s.name for s in vault.treatments.services(team.technician)] == ["Cut and blow-dry"]
    assert len(vault.catalogue.services(team.owner, include_inactive=True)) == 2
    entries = vault.audit.list(team.owner)
    update = next(e for e in entries if e.action == "service.update" and e.object_id == str(cut))
    assert update.detail == "fields=name,group,duration,price"
    with pytest.raises(ValidationError, match="every service exactly once"):
        vault.catalogue.reorder(team.owner, [cut])
    with pytest.raises(NotFound):
        vault.catalogue.update(team.owner, 9999, ServiceInput("Nothing"))


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ServiceInput(""), "name"),
        (ServiceInput("x" * 81), "name"),
        (ServiceInput("Cut", "g" * 61), "group"),
        (ServiceInput("Cut", duration_minutes=0), "duration_minutes"),
        (ServiceInput("Cut", duration_minutes=721), "duration_minutes"),
        (ServiceInput("Cut", price_minor=-1), "price_minor"),
        (ServiceInput("Cut\u202e"), "name"),
    ],
)
def test_bad_services_are_refused_with_the_field_named(
    vault: Vault, team: Team, data: ServiceInput, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        vault.catalogue.add(team.owner, data)
    assert refused.value.field == field
    assert vault.catalogue.services(team.owner, include_inactive=True) == []


def test_a_name_twice_is_refused_whatever_its_case_and_spacing(vault: Vault, team: Team) -> None:
    vault.catalogue.add(team.owner, ServiceInput("Lash lift"))
    with pytest.raises(ValidationError, match="exists"):
        vault.catalogue.add(team.owner, ServiceInput("lash  LIFT"))
    with pytest.raises(ValidationError, match="same name"):
        check_services([ServiceInput("Cut"), ServiceInput(" cut ")])


@pytest.mark.parametrize(
    ("typed", "currency", "minor"),
    [
        ("120.50", "PLN", 12050),  # 120 zł 50 gr
        ("120,5", "PLN", 12050),
        ("1 200,00", "PLN", 120000),
        ("1.000", "PLN", 100000),  # three digits after the point: thousands, not groszy
        ("150.000", "VND", 150000),  # đồng has no minor unit: Vietnamese thousands
        ("150000", "VND", 150000),
        ("88", "CNY", 8800),  # 88 yuan = 8,800 fen
        ("1.250", "KWD", 1250),  # the dinar has 1,000 fils
        ("", "PLN", None),
    ],
)
def test_prices_are_read_in_the_currencys_own_minor_units(
    typed: str, currency: str, minor: int | None
) -> None:
    assert parse_price(typed, currency) == minor


def test_prices_refused_and_shown() -> None:
    for bad in ("abc", "-5", "12 zł", "1e5", ".", "1,,2"):
        with pytest.raises(ValidationError):
            parse_price(bad, "PLN")
    assert plain_price(12050, "PLN") == "120.50"
    assert plain_price(150000, "VND") == "150000"
    assert format_price(12050, "PLN", "pl") == "120,50\xa0zł"
    assert format_price(150000, "VND", "vi") == "150.000\xa0₫"


def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_init_with_country_and_starters_then_services_add_and_set(
    tmp_path: Path,
    isolated_key_store: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    salon = str(tmp_path / "salon")
    code, _out, err = cli(
        monkeypatch,
        capsys,
        "--data-dir", salon, "init", "--salon", "Tiệm tóc Hoa", "--owner", OWNER,
        "--recovery-key-out", str(tmp_path / "key.txt"), "--pin-stdin",
        "--language", "vi", "--country", "VN", "--kind", "hair", "--starter-services",
        stdin=f"{PIN}\n{PIN}\n",
    )  # fmt: skip
    assert code == 0, err
    acting = ("--staff", OWNER, "--pin-stdin")
    code, out, _ = cli(
        monkeypatch, capsys, "--data-dir", salon, "services", "list", *acting, stdin=f"{PIN}\n"
    )
    listed = [json.loads(line) for line in out.splitlines()]
    assert listed[0]["name"] == "Cắt và sấy tạo kiểu nữ" and listed[0]["currency"] == "VND"
    assert len(listed) == 11
    code, out, err = cli(
        monkeypatch, capsys, "--data-dir", salon, "services", "add", "Gội đầu dưỡng sinh",
        "--minutes", "40", "--price", "150.000", *acting, stdin=f"{PIN}\n",
    )  # fmt: skip
    added = json.loads(out)
    assert code == 0 and added["price"] == "150000" and added["position"] == 12
    code, out, err = cli(
        monkeypatch, capsys, "--data-dir", salon, "services", "set", str(added["id"]),
        "--active", "no", *acting, stdin=f"{PIN}\n",
    )  # fmt: skip
    assert json.loads(out)["active"] is False and json.loads(out)["minutes"] == 40
    code, out, err = cli(
        monkeypatch, capsys, "--data-dir", salon, "services", "set", "999", *acting,
        stdin=f"{PIN}\n",
    )  # fmt: skip
    assert code == 3 and "services list --all" in err and "\n" not in err.strip()
    # the salon's country reads a local number as Vietnamese, not British
    vault = open_vault(tmp_path / "salon", clock=FakeClock())
    owner = vault.auth.sign_in(OWNER, PIN)
    client = vault.clients.create(owner, ClientInput("Nguyễn", "Thị Linh", phone="0903 111 222"))
    assert [c.id for c in vault.clients.search(owner, "+84 903 111 222")] == [client.id]
    vault.close()
