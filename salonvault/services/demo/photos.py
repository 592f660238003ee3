"""A few demo photos: for a handful of demo clients with a colour visit, photo consent (recorded
as signed on paper) and a before/after pair drawn from the visit's formula.

The pictures are synthetic (strands of hair as wavy lines, coloured from the shade's level and
tone, with a label), drawn with Pillow here: no real person, no copyrighted picture, no network.
They go through the same cleaning as an imported photo. Only a demo salon accepts them.
The benchmarks ask for thousands (one photo for every 20 clients); `variety` then limits how
many different pictures are drawn, since drawing and cleaning one takes about 50 ms.
"""

from __future__ import annotations

import colorsys
import io
import math
import random
from datetime import date
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw, ImageFont

from salonvault.domain.audit import AuditEvent
from salonvault.domain.consent import Decision, Method, Purpose
from salonvault.domain.errors import RuleViolation
from salonvault.domain.photos import PhotoKind
from salonvault.domain.roles import Permission
from salonvault.resources import resource_path
from salonvault.services.photos.image import PreparedPhoto, prepare_photo
from salonvault.storage.photos_repo import NewPhoto, PhotosRepository
from salonvault.storage.treatments_repo import formula_from_json

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.vault.opening import Vault

DEMO_PHOTO_CLIENTS = 5
_SIZE = (600, 800)
_CANDIDATES = 400  # clients looked at to find those with a colour visit (stays fast at 100k)
_CANDIDATES_PER_WANTED = 4  # about 4 in 5 demo clients have a colour visit
# Tone digit of a shade (7/1, 6.4 …) → hue and how strong it shows.
_TONES = {
    "0": (0.08, 0.35),  # natural
    "1": (0.58, 0.12),  # ash
    "3": (0.11, 0.55),  # gold
    "4": (0.04, 0.70),  # copper
    "6": (0.80, 0.35),  # violet
    "8": (0.60, 0.20),  # pearl
}


def add_demo_photos(
    vault: Vault,
    session: Session,
    clients: int = DEMO_PHOTO_CLIENTS,
    seed: int = 2026,
    variety: int | None = None,
) -> int:
    """Before/after pairs for up to `clients` demo clients; returns how many photos were added.

    With `variety`, at most that many pictures are drawn per kind and shade and then reused
    (each is still stored as its own photo); without it every picture is drawn anew."""
    live = vault.guard.require(session, Permission.STAFF_MANAGE)
    if not vault.settings.is_demo():
        raise RuleViolation("vault.demo_photos_go_only_into")
    rng = random.Random(seed)  # noqa: S311 - seeded, reproducible demo pictures
    db = vault.database
    repo = PhotosRepository(db)
    now = vault.clock.now()
    added = 0
    drawn: dict[tuple[PhotoKind, str, int], PreparedPhoto] = {}
    with db.transaction():
        chosen = _colour_visits(vault, clients)
        for number, (client_id, visit_id, visited_on, shade) in enumerate(chosen):
            language = vault.settings.language()
            vault.consent.record(
                session, client_id, Purpose.PHOTOS, Decision.GRANTED, language, Method.PAPER,
                paper_reference=f"DEMO-{client_id}",
            )  # fmt: skip
            for kind in PhotoKind:
                key = (kind, shade, number % variety if variety else number)
                prepared = drawn.get(key) or prepare_photo(_picture(rng, kind, shade))
                if variety:
                    drawn[key] = prepared
                photo = NewPhoto(
                    client_id,
                    visit_id,
                    kind,
                    visited_on,
                    prepared.width,
                    prepared.height,
                    prepared.thumbnail,
                    prepared.jpeg,
                )
                repo.insert(photo, live.staff_id, now)
                added += 1
        vault.log.record_for(
            live, AuditEvent("demo.photos", detail=f"clients={len(chosen)} photos={added}")
        )
    return added


def _colour_visits(vault: Vault, wanted: int) -> list[tuple[int, int, date, str]]:
    """The newest colour visit of the first clients that have one: (client, visit, date, shade)."""
    found: list[tuple[int, int, date, str]] = []
    db = vault.database
    candidates = max(_CANDIDATES, wanted * _CANDIDATES_PER_WANTED)
    ids = [r[0] for r in db.query("SELECT id FROM clients ORDER BY id LIMIT ?", (candidates,))]
    for client_id in ids:
        rows = db.query(
            "SELECT id, visited_on, formula FROM visits WHERE client_id = ?"
            " ORDER BY visited_on DESC, id DESC",
            (client_id,),
        )
        for visit_id, visited_on, formula_json in rows:
            shades = [c.shade for b in formula_from_json(formula_json).bowls for c in b.components]
            if shades:
                found.append((client_id, visit_id, date.fromisoformat(visited_on), shades[0]))
                break
        if len(found) == wanted:
            break
    return found


def _shade_colour(shade: str) -> tuple[float, float, float]:
    """Hue, lightness, saturation for a shade like '7/1' or '6.4' (level 1-10, then the tone)."""
    level_text, _sep, tone_text = shade.replace(".", "/").partition("/")
    level = int(level_text) if level_text.isdigit() else 6
    hue, saturation = _TONES.get(tone_text[:1], _TONES["0"])
    return hue, 0.05 + 0.06 * min(10, max(1, level)), saturation


def _picture(rng: random.Random, kind: PhotoKind, shade: str) -> bytes:
    """Strands of hair: the 'before' a dull dark brown with grey, the 'after' the shade."""
    hue, light, saturation = (
        (0.07, 0.22, 0.30) if kind is PhotoKind.BEFORE else _shade_colour(shade)
    )
    image = Image.new("RGB", _SIZE, (236, 232, 226))
    draw = ImageDraw.Draw(image)
    width, height = _SIZE
    for _ in range(260):
        x0 = rng.uniform(-40, width + 40)
        phase = rng.uniform(0, math.tau)
        amplitude = rng.uniform(6, 22)
        grey = kind is PhotoKind.BEFORE and rng.random() < 0.12
        strand_light = min(0.95, max(0.03, light + rng.uniform(-0.07, 0.07)))
        r, g, b = colorsys.hls_to_rgb(
            hue, 0.78 if grey else strand_light, 0 if grey else saturation
        )
        points = [
            (x0 + amplitude * math.sin(phase + y / 90), y) for y in range(-10, height + 20, 20)
        ]
        draw.line(points, fill=(int(r * 255), int(g * 255), int(b * 255)), width=rng.randint(3, 7))
    font = ImageFont.truetype(str(resource_path("fonts", "NotoSans-Bold.ttf")), 40)
    label = "BEFORE" if kind is PhotoKind.BEFORE else f"AFTER  {shade}"
    draw.rectangle((0, height - 80, width, height), fill=(20, 20, 20))
    draw.text((24, height - 66), f"{label}   (demo)", font=font, fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()
