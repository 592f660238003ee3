"""The second round's record kinds in the bench salon (issue 24 item 7): service records,
signed consultation forms and scanned attachments, in the proportions of a mixed salon.

Each kind is made once through its own service, as the window makes it (the demo generator's
records for four clients, a form filled and signed, a letter scanned and cleaned), and then
copied in bulk onto other clients with SQL, as the demo generator does for clients and visits:
drawing and cleaning a page takes far longer than storing it. Shares, per client:

- service records: one client in 8 has a course (the demo's optician's or clinic's, 3 to 4
  records), about 0.45 records a client;
- consultation forms: 3 clients in 10 signed one (answers and a drawn signature);
- attachments: one client in 100 has a scanned letter of 1 or 2 pages (about 1.5 pages, each a
  cleaned 2000-pixel page of text), drawn in a few variants.
"""

from __future__ import annotations

import io
import random
from datetime import date, timedelta
from typing import Any

from PIL import Image, ImageDraw

from salonvault.domain.consent import Decision, Method, Purpose
from salonvault.domain.forms import NO, AnswerKind
from salonvault.domain.roles import Role
from salonvault.domain.session import Session
from salonvault.services.demo.records import add_demo_records
from salonvault.services.forms import BuiltInForm
from salonvault.services.vault.opening import Vault

CLIENTS_PER_RECORD_COURSE = 8
FORM_CLIENTS_IN_TEN = 3
CLIENTS_PER_ATTACHMENT = 100
LETTER_VARIANTS = 4  # letters drawn and cleaned; the rest copy them
_SEED = 24


def add_bench_records(vault: Vault, owner: Session, staff: list[Any]) -> dict[str, int]:
    """Records, forms and attachments as above; returns how many of each the vault holds."""
    technicians = [vault.auth.sign_in(m.name, m.pin) for m in staff if m.role is Role.TECHNICIAN]
    add_demo_records(vault, owner, technicians[0], technicians[1])
    rng = random.Random(_SEED)
    db = vault.database
    ids = [int(r[0]) for r in db.query("SELECT id FROM clients ORDER BY id")]
    with db.transaction():
        _copy_record_courses(vault, ids, rng)
    model_client = ids[0]
    vault.consent.record_many(
        owner,
        model_client,
        {Purpose.HEALTH_DATA: Decision.GRANTED},
        vault.settings.language(),
        Method.PAPER,
        paper_reference="BENCH",
    )
    form_id = _signed_form(vault, technicians[0], model_client)
    letters = [_scanned_letter(vault, owner, model_client, rng, n) for n in range(LETTER_VARIANTS)]
    with db.transaction():
        db.execute(
            "INSERT INTO filled_forms (client_id, version_id, language, shown_sha256, answers,"
            " signature, witness_id, signed_at, signed_on)"
            " SELECT c.id, f.version_id, f.language, f.shown_sha256, f.answers, f.signature,"
            " f.witness_id, f.signed_at, f.signed_on FROM clients c, filled_forms f"
            " WHERE f.id = ? AND c.id != ? AND c.id % 10 < ?",
            (form_id, model_client, FORM_CLIENTS_IN_TEN),
        )
        for client_id in ids[1::CLIENTS_PER_ATTACHMENT]:
            _copy_attachment(db, rng.choice(letters), client_id)
    for session in technicians:
        vault.auth.sign_out(session)
    return {
        table: int(db.scalar(f"SELECT count(*) FROM {table}"))
        for table in ("service_records", "filled_forms", "attachments", "attachment_pages")
    }


def _copy_record_courses(vault: Vault, ids: list[int], rng: random.Random) -> None:
    """Each demo client's course of records, copied onto one client in eight."""
    db = vault.database
    rows = db.query(
        "SELECT client_id, template_id, recorded_on, record_values, created_by, created_at,"
        " updated_at FROM service_records WHERE corrects_record_id IS NULL ORDER BY id"
    )
    courses: dict[int, list[tuple[Any, ...]]] = {}
    for row in rows:
        courses.setdefault(int(row[0]), []).append(tuple(row[1:]))
    if not courses:
        return
    models = list(courses.values())
    copies = []
    for client_id in ids[::CLIENTS_PER_RECORD_COURSE]:
        if client_id in courses:
            continue
        shift = timedelta(days=rng.randrange(0, 3 * 365))
        for template_id, recorded_on, values, by, created, updated in rng.choice(models):
            day = (date.fromisoformat(recorded_on) - shift).isoformat()
            copies.append((client_id, template_id, day, values, by, created, updated))
    db.executemany(
        "INSERT INTO service_records (client_id, template_id, recorded_on, record_values,"
        " created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        copies,
    )


def _signed_form(vault: Vault, technician: Session, client_id: int) -> int:
    key = BuiltInForm.HAIR_COLOUR.value
    definition = vault.forms.form(technician, key).definition
    answers: dict[str, object] = {}
    for question in definition.questions():
        if question.kind is AnswerKind.YES_NO:
            answers[question.key] = NO
        elif question.kind is AnswerKind.CHOICE:
            answers[question.key] = question.choices[0].key
    return vault.forms.fill(technician, client_id, key, "vi", answers, _signature())


def _signature() -> bytes:
    image = Image.new("RGBA", (600, 200), (0, 0, 0, 0))
    points = [(20, 150), (90, 60), (160, 140), (240, 50), (330, 150), (420, 70), (560, 120)]
    ImageDraw.Draw(image).line(points, fill="black", width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _scanned_letter(
    vault: Vault, owner: Session, client_id: int, rng: random.Random, variant: int
) -> int:
    """A letter of one or two A4 pages of text lines on slightly grey, speckled paper, as a
    phone or a scanner gives it, added through the attachment service (so it is cleaned)."""
    pages = []
    for _ in range(1 + variant % 2):
        page = Image.new("L", (1654, 2339), 246)
        draw = ImageDraw.Draw(page)
        for y in range(260, 2100, 56):
            x = 160
            while x < 1450:
                word = rng.randint(40, 190)
                draw.rectangle((x, y, x + word, y + 22), fill=rng.randint(30, 70))
                x += word + rng.randint(18, 30)
        for _ in range(3000):  # scanner speckle
            x, y = rng.randrange(1654), rng.randrange(2339)
            draw.point((x, y), fill=rng.randint(150, 230))
        pages.append(page.convert("RGB"))
    out = io.BytesIO()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=200)
    info = vault.attachments.add(
        owner,
        client_id,
        out.getvalue(),
        f"letter-{variant}.pdf",
        "referral_letter",
        date.today() - timedelta(days=30),
    )
    return info.id


def _copy_attachment(db: Any, attachment_id: int, client_id: int) -> None:
    cursor = db.execute(
        "INSERT INTO attachments (client_id, kind, dated_on, note, source_format, page_count,"
        " stored_bytes, added_by, added_at, thumbnail) SELECT ?, kind, dated_on, note,"
        " source_format, page_count, stored_bytes, added_by, added_at, thumbnail"
        " FROM attachments WHERE id = ?",
        (client_id, attachment_id),
    )
    db.execute(
        "INSERT INTO attachment_pages (attachment_id, page_no, width, height, sha256, jpeg)"
        " SELECT ?, page_no, width, height, sha256, jpeg FROM attachment_pages"
        " WHERE attachment_id = ?",
        (int(cursor.lastrowid), attachment_id),
    )
