"""Consent service: each purpose, refusal, withdrawal, re-consent on a new text version, the
hash of the exact text shown, the photo and marketing effects, and the role rules (§4, §6)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from salonvault.domain.audit import AuditFilter
from salonvault.domain.clients import ClientInput
from salonvault.domain.consent import (
    CONSENT_LANGUAGES,
    Decision,
    Method,
    Purpose,
    Standing,
    text_sha256,
)
from salonvault.domain.errors import (
    ConsentRequired,
    NotFound,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from salonvault.domain.photos import PhotoKind
from salonvault.services.consent.templates import fill, shipped_text
from salonvault.services.vault.opening import Vault
from tests.support import Team


def signature_png(size: tuple[int, int] = (600, 200), strokes: bool = True) -> bytes:
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    if strokes:
        ImageDraw.Draw(image).line([(20, 150), (200, 40), (400, 160)], fill="black", width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), (120, 70, 30)).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def client(vault: Vault, team: Team) -> int:
    return vault.clients.create(team.owner, ClientInput("Nguyễn", "Thị Hoa", language="vi")).id


def standing(vault: Vault, team: Team, client: int) -> dict[Purpose, Standing]:
    return {s.purpose: s.standing for s in vault.consent.status(team.receptionist, client)}


def log(vault: Vault, team: Team, action: str) -> list[tuple[str, str, str | None]]:
    found = vault.audit.list(team.owner, AuditFilter(action=action, limit=100))
    return [(e.outcome.value, e.detail, e.object_id) for e in reversed(found)]


def test_every_purpose_has_a_shipped_text_in_every_language(vault: Vault, team: Team) -> None:
    assert set(vault.consent.purposes(team.technician)) == set(Purpose)
    for purpose in Purpose:
        for language in CONSENT_LANGUAGES:
            template, text = vault.consent.text_to_show(team.technician, purpose, language)
            assert template.version == 1 and template.created_by is None
            assert template.sha256 == text_sha256(template.text)
            assert "{" not in text and "Salon Hoa Mai" in text


@pytest.mark.parametrize("purpose", list(Purpose))
def test_each_purpose_is_recorded_granted_with_the_hash_of_the_text_shown(
    vault: Vault, team: Team, client: int, purpose: Purpose
) -> None:
    _template, shown = vault.consent.text_to_show(team.technician, purpose, "vi")
    record = vault.consent.record(
        team.technician, client, purpose, Decision.GRANTED, "vi", Method.ON_SCREEN, signature_png()
    )
    assert record.text_shown == shown
    assert record.text_sha256 == text_sha256(shown)
    assert record.template_version == 1 and record.has_signature and record.active
    assert record.witness_id == team.technician.staff_id
    assert standing(vault, team, client)[purpose] is Standing.GRANTED
    assert vault.consent.is_active(client, purpose)


def test_the_salon_details_are_filled_in_and_an_empty_address_leaves_no_brackets() -> None:
    template = shipped_text(Purpose.SERVICE_RECORDS, "zh_CN")
    assert "{salon_address}" in template
    assert "（12 Main St, Hanoi）" in fill(template, "Hoa", "12 Main St\nHanoi")
    assert "（" not in fill(template, "Hoa", "").split("。")[0]
    assert fill("{salon_name} ({salon_address}) keeps", "Hoa", "") == "Hoa keeps"


def test_refusal_is_recorded_and_is_not_active(vault: Vault, team: Team, client: int) -> None:
    record = vault.consent.record(
        team.receptionist, client, "health_data", "refused", "pl", "paper", None, "FORM-17"
    )
    assert record.decision is Decision.REFUSED and not record.active
    assert record.method is Method.PAPER and record.paper_reference == "FORM-17"
    assert standing(vault, team, client)[Purpose.HEALTH_DATA] is Standing.REFUSED
    with pytest.raises(RuleViolation, match="no active consent"):
        vault.consent.withdraw(team.owner, client, Purpose.HEALTH_DATA)


def test_several_decisions_share_one_signed_form_kept_as_pdf(
    vault: Vault, team: Team, client: int
) -> None:
    records = vault.consent.record_many(
        team.owner,
        client,
        {Purpose.SERVICE_RECORDS: Decision.GRANTED, Purpose.MARKETING_SMS: Decision.REFUSED},
        "en",
        "on_screen",
        signature_png(),
    )
    assert len({r.form_id for r in records}) == 1
    pdf = vault.consent.form_pdf(team.receptionist, records[1].id)
    assert pdf.startswith(b"%PDF") and pdf == vault.consent.form_pdf(team.owner, records[0].id)
    assert log(vault, team, "consent.record") == [
        ("ok", "service_records=granted marketing_sms=refused method=on_screen language=en",
         str(client))
    ]  # fmt: skip
    assert [e[1] for e in log(vault, team, "consent.form")] == [
        f"form={records[0].form_id} use=print"
    ] * 2


def test_withdrawal_keeps_the_history_and_a_new_decision_is_a_new_record(
    vault: Vault, team: Team, client: int
) -> None:
    first = vault.consent.record(
        team.technician, client, "reminders", "granted", "vi", "paper", None, "P-1"
    )
    with pytest.raises(PermissionDenied):  # technicians record but do not withdraw (§4)
        vault.consent.withdraw(team.technician, client, Purpose.REMINDERS)
    assert vault.consent.withdraw(team.receptionist, client, "reminders", "Bà Hoa moved") == 0
    assert standing(vault, team, client)[Purpose.REMINDERS] is Standing.WITHDRAWN
    assert not vault.consent.is_active(client, Purpose.REMINDERS)
    again = vault.consent.record(
        team.technician, client, "reminders", "granted", "vi", "paper", None, "P-2"
    )
    history = vault.consent.history(team.owner, client)
    assert [r.id for r in history] == [again.id, first.id]
    assert history[1].withdrawal is not None
    assert history[1].withdrawal.reason == "Bà Hoa moved"
    assert history[1].withdrawal.staff_id == team.receptionist.staff_id
    assert history[0].withdrawal is None and history[0].active
    details = [e[1] for e in log(vault, team, "consent.withdraw")]
    assert details == ["purpose=reminders reason=given"]  # never the reason's words
    refused = vault.audit.list(team.owner, AuditFilter(action="permission.denied"))
    assert [e.detail for e in refused] == ["permission=CONSENT_WITHDRAW"]


def test_a_new_template_version_asks_for_re_consent(vault: Vault, team: Team, client: int) -> None:
    other = vault.clients.create(team.owner, ClientInput("Kowalska", "Anna", language="pl")).id
    vault.consent.record(team.owner, client, "photos", "granted", "en", "paper", None, "A")
    vault.consent.record(team.owner, other, "photos", "granted", "pl", "paper", None, "B")
    assert vault.consent.needs_reconsent(team.technician) == []
    with pytest.raises(PermissionDenied):
        vault.consent.edit_template(team.receptionist, "photos", "en", "Photos, new text.")
    new = vault.consent.edit_template(team.owner, "photos", "en", "{salon_name} takes photos.")
    assert new.version == 2 and new.created_by == team.owner.staff_id
    with pytest.raises(RuleViolation, match="unchanged"):
        vault.consent.edit_template(team.owner, "photos", "en", "{salon_name} takes photos.")
    versions = vault.consent.template_versions(team.owner, "photos", "en")
    assert [t.version for t in versions] == [2, 1]  # the old version is kept
    [due] = vault.consent.needs_reconsent(team.receptionist)
    assert (due.client_id, due.purpose, due.signed_version, due.current_version) == (
        client, Purpose.PHOTOS, 1, 2
    )  # fmt: skip
    photos = {s.purpose: s for s in vault.consent.status(team.owner, client)}[Purpose.PHOTOS]
    assert photos.needs_reconsent and photos.standing is Standing.GRANTED
    assert vault.consent.is_active(client, Purpose.PHOTOS)  # still active until re-asked
    again = vault.consent.record(team.owner, client, "photos", "granted", "en", "paper", None, "C")
    assert again.text_shown == "Salon Hoa Mai takes photos." and again.template_version == 2
    assert vault.consent.needs_reconsent(team.owner) == []


def test_a_text_changed_while_the_dialog_was_open_is_not_recorded(
    vault: Vault, team: Team, client: int
) -> None:
    shown, _text = vault.consent.text_to_show(team.receptionist, "photos", "en")
    vault.consent.edit_template(team.owner, "photos", "en", "A new photo text.")
    with pytest.raises(RuleViolation, match="changed"):
        vault.consent.record_many(
            team.receptionist, client, {Purpose.PHOTOS: Decision.GRANTED}, "en", "paper",
            None, "P", shown={Purpose.PHOTOS: shown.id},
        )  # fmt: skip
    assert vault.consent.history(team.owner, client) == []


def test_photo_gate_reads_the_consent_and_withdrawal_deletes_the_photos(
    vault: Vault, team: Team, client: int
) -> None:
    with pytest.raises(ConsentRequired):
        vault.photos.add_photo(team.technician, client, jpeg(), PhotoKind.BEFORE)
    vault.consent.record(
        team.technician, client, "photos", "granted", "vi", "on_screen", signature_png()
    )
    vault.photos.add_photo(team.technician, client, jpeg(), PhotoKind.BEFORE)
    assert len(vault.photos.list_photos(team.owner, client)) == 1
    assert vault.consent.withdraw(team.owner, client, Purpose.PHOTOS) == 1
    assert vault.database.scalar("SELECT count(*) FROM photos") == 0
    with pytest.raises(ConsentRequired):
        vault.photos.list_photos(team.owner, client)
    assert log(vault, team, "consent.withdraw")[-1][1] == "purpose=photos photos_deleted=1"


def test_photos_for_marketing_is_separate_from_photos(
    vault: Vault, team: Team, client: int
) -> None:
    vault.consent.record(
        team.owner, client, "photos_marketing", "granted", "en", "paper", None, "M"
    )
    assert not vault.photo_consent.is_active(team.owner, client)
    vault.consent.record(team.owner, client, "photos", "granted", "en", "paper", None, "N")
    vault.consent.withdraw(team.owner, client, Purpose.PHOTOS_MARKETING)
    assert vault.photo_consent.is_active(team.owner, client)


def test_the_marketing_list_holds_those_who_agreed_per_channel(
    vault: Vault, team: Team, client: int
) -> None:
    other = vault.clients.create(team.owner, ClientInput("Kowalska", "Anna")).id
    vault.consent.record_many(
        team.receptionist, client,
        {Purpose.MARKETING_SMS: Decision.GRANTED, Purpose.MARKETING_EMAIL: Decision.GRANTED},
        "vi", "paper", None, "S1",
    )  # fmt: skip
    vault.consent.record(
        team.receptionist, other, "marketing_sms", "refused", "en", "paper", None, "S2"
    )
    vault.consent.record(
        team.receptionist, other, "reminders", "granted", "en", "paper", None, "S3"
    )
    with pytest.raises(PermissionDenied):
        vault.consent.marketing_list(team.receptionist)
    assert vault.consent.marketing_list(team.owner) == {
        client: (Purpose.MARKETING_SMS, Purpose.MARKETING_EMAIL)
    }
    assert vault.consent.marketing_list(team.owner, (Purpose.MARKETING_PHONE,)) == {}
    with pytest.raises(ValidationError):
        vault.consent.marketing_list(team.owner, (Purpose.REMINDERS,))
    vault.consent.withdraw(team.receptionist, client, "marketing_sms")  # at once
    assert vault.consent.marketing_list(team.owner) == {client: (Purpose.MARKETING_EMAIL,)}
    vault.consent.set_purpose_enabled(team.owner, "marketing_email", False)
    assert vault.consent.marketing_list(team.owner) == {}
    assert next(e[1] for e in log(vault, team, "consent.marketing_list")) == (
        "channels=marketing_sms,marketing_email,marketing_phone,marketing_messaging clients=1"
    )


def test_check_in_banner_without_service_records_consent(
    vault: Vault, team: Team, client: int
) -> None:
    assert vault.consent.missing_service_consent(team.technician, client)
    with pytest.raises(RuleViolation, match="information"):  # acknowledged, never refused
        vault.consent.record(
            team.technician, client, "service_records", "refused", "vi", "paper", None, "R"
        )
    assert vault.consent.missing_service_consent(team.technician, client)
    vault.consent.record(
        team.technician, client, "service_records", "granted", "vi", "paper", None, "R2"
    )
    assert not vault.consent.missing_service_consent(team.technician, client)
    with pytest.raises(NotFound):
        vault.consent.missing_service_consent(team.owner, 424242)


def test_a_switched_off_purpose_is_not_recorded_and_its_effects_stop(
    vault: Vault, team: Team, client: int
) -> None:
    vault.consent.record(team.owner, client, "photos", "granted", "en", "paper", None, "P")
    with pytest.raises(PermissionDenied):
        vault.consent.set_purpose_enabled(team.receptionist, "photos", False)
    vault.consent.set_purpose_enabled(team.owner, "photos", False)
    assert not vault.photo_consent.is_active(team.owner, client)
    with pytest.raises(RuleViolation, match="switched off"):
        vault.consent.record(team.owner, client, "photos", "granted", "en", "paper", None, "Q")
    assert not vault.consent.purposes(team.owner)[Purpose.PHOTOS]
    vault.consent.set_purpose_enabled(team.owner, "photos", True)
    assert vault.photo_consent.is_active(team.owner, client)


@pytest.mark.parametrize(
    ("method", "signature", "reference", "message"),
    [
        ("on_screen", None, None, "signature is missing"),
        ("on_screen", b"GIF89a not a png", None, "not a PNG"),
        ("on_screen", signature_png(strokes=False), None, "empty"),
        ("on_screen", signature_png(size=(10, 5)), None, "pixels"),
        ("on_screen", signature_png(), "P-1", "no paper reference"),
        ("paper", None, "", "reference"),
        ("paper", signature_png(), "P-1", "no on-screen signature"),
        ("fax", None, "P-1", "paper"),
    ],
)
def test_proof_of_signing_is_checked(
    vault: Vault,
    team: Team,
    client: int,
    method: str,
    signature: bytes | None,
    reference: str | None,
    message: str,
) -> None:
    with pytest.raises(ValidationError, match=message):
        vault.consent.record(
            team.owner, client, "photos", "granted", "en", method, signature, reference
        )
    assert vault.consent.history(team.owner, client) == []


def test_bad_purpose_language_and_decision_are_refused(
    vault: Vault, team: Team, client: int
) -> None:
    for purpose, decision, language in (
        ("newsletter", "granted", "en"),
        ("photos", "maybe", "en"),
        ("photos", "granted", "de"),
    ):
        with pytest.raises(ValidationError):
            vault.consent.record(
                team.owner, client, purpose, decision, language, "paper", None, "P"
            )
    with pytest.raises(NotFound):
        vault.consent.record(team.owner, 424242, "photos", "granted", "en", "paper", None, "P")


def test_the_signature_is_stored_as_a_clean_png(vault: Vault, team: Team, client: int) -> None:
    raw = signature_png()
    record = vault.consent.record(team.owner, client, "photos", "granted", "en", "on_screen", raw)
    stored = vault.consent.signature_png(team.technician, record.id)
    assert stored is not None
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "PNG" and image.mode == "L" and image.size == (600, 200)


def test_recorded_rows_cannot_be_rewritten(vault: Vault, team: Team, client: int) -> None:
    vault.consent.record(team.owner, client, "photos", "granted", "en", "paper", None, "P")
    for sql in (
        "UPDATE consent_records SET decision = 'refused'",
        "UPDATE consent_forms SET paper_reference = 'X'",
        "UPDATE consent_templates SET text = 'X'",
        "DELETE FROM consent_templates",
    ):
        with pytest.raises(Exception, match=r"never|kept"):
            vault.database.execute(sql)


def test_a_vault_with_interim_photo_flags_migrates_them_to_paper_consents(
    tmp_path: Path,
) -> None:
    from salonvault.security.keyslots import new_data_key
    from salonvault.storage import database as storage
    from salonvault.storage.consent_repo import ConsentRepository
    from salonvault.storage.migrations import apply_migrations

    path, key = tmp_path / "old.db", new_data_key()
    path.touch(mode=0o600)
    old = storage.Database(storage._connect(path, key), path)
    with old.transaction():
        apply_migrations(old, target=3)
        old.execute("INSERT INTO settings (key, value) VALUES ('language', '\"pl\"')")
        for name, flag in (("Nowak", 1), ("Kowalska", 0)):
            old.execute(
                "INSERT INTO clients (family_name, given_name, photo_consent, search_text,"
                " created_at, updated_at) VALUES (?, 'Ewa', ?, ' x ', '2026-01-01T00:00:00+00:00',"
                " '2026-01-02T00:00:00+00:00')",
                (name, flag),
            )
    old.close()
    upgraded = storage.Database.open(path, key)
    [record] = ConsentRepository(upgraded).history(1)
    assert (record.purpose, record.decision, record.method) == (
        Purpose.PHOTOS, Decision.GRANTED, Method.PAPER
    )  # fmt: skip
    assert record.paper_reference == "migrated" and record.template_version == 0
    assert record.language == "pl" and record.active
    assert ConsentRepository(upgraded).history(2) == []
    assert upgraded.scalar("SELECT count(*) FROM clients WHERE photo_consent = 1") == 0
    upgraded.close()
