"""Demo service records (decision 0029): an optician's and a beauty clinic's, on a few demo
clients, written through the record service as the technicians would write them.

The values are what a professional would find plausible: a low myope with a little
astigmatism whose prescription moved a quarter dioptre in a year and who was then fitted with a
soft toric lens on the eye with the cylinder; a presbyope with a reading addition and a small
base-in prism; a Fitzpatrick IV client's Nd:YAG hair-removal course with the fluence raised
step by step; IPL for pigmentation after a skin analysis; a classic lash set and a hybrid infill.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from salonvault.domain.catalogue import ServiceInput
from salonvault.domain.consent import Decision, Method, Purpose
from salonvault.domain.errors import RuleViolation
from salonvault.domain.records import RecordInput
from salonvault.domain.roles import Permission
from salonvault.domain.treatments import VisitInput
from salonvault.services.access.clock import local_today

if TYPE_CHECKING:
    from salonvault.domain.session import Session
    from salonvault.services.vault.opening import Vault

# Services the records hang on, and the visit template each offers.
_SERVICES = {
    "eye_test": ("Eye examination", None),
    "lens_fitting": ("Contact-lens fitting", "contact_lens"),
    "laser": ("Laser hair removal", "laser_ipl"),
    "ipl": ("IPL photorejuvenation", "laser_ipl"),
    "facial": ("Skin consultation", "skin_analysis"),
    "lashes": ("Lash extensions", "lash_map"),
}
DEMO_RECORD_CLIENTS = 4


def add_demo_records(
    vault: Vault, owner: Session, optician: Session, therapist: Session, today: date | None = None
) -> int:
    """Records for the last DEMO_RECORD_CLIENTS demo clients (none when there are fewer);
    returns how many were written. `optician` and `therapist` are the technicians who write
    them; the owner sets up the services and records the clients' consent to health data."""
    vault.guard.require(owner, Permission.STAFF_MANAGE)
    if not vault.settings.is_demo():
        raise RuleViolation("vault.demo_records_go_only_into")
    ids = [
        int(r[0])
        for r in vault.database.query(
            "SELECT id FROM clients ORDER BY id DESC LIMIT ?", (DEMO_RECORD_CLIENTS,)
        )
    ]
    if len(ids) < DEMO_RECORD_CLIENTS:
        return 0
    today = today or local_today(vault.clock)
    services = _services(vault, owner)
    for client in ids:
        vault.consent.record_many(
            owner,
            client,
            {Purpose.SERVICE_RECORDS: Decision.GRANTED, Purpose.HEALTH_DATA: Decision.GRANTED},
            vault.settings.language(),
            Method.PAPER,
            paper_reference=f"DEMO-{client}",
        )
    myope, presbyope, laser_client, lash_client = ids
    writer = _Writer(vault, today, services)
    writer.myope(optician, myope)
    writer.presbyope(optician, presbyope)
    writer.laser_course(therapist, laser_client)
    writer.skin_and_lashes(therapist, lash_client)
    return writer.written


def _services(vault: Vault, owner: Session) -> dict[str, int]:
    ids = {}
    for key, (name, template) in _SERVICES.items():
        ids[key] = vault.catalogue.add(owner, ServiceInput(name))
        if template is not None:
            offered = [ids[k] for k, (_n, t) in _SERVICES.items() if t == template and k in ids]
            vault.record_templates.set_services(owner, template, offered)
    return ids


class _Writer:
    def __init__(self, vault: Vault, today: date, services: dict[str, int]) -> None:
        self._vault = vault
        self._today = today
        self._services = services
        self.written = 0

    def _visit(self, session: Session, client: int, service: str, days_ago: int) -> int:
        day = self._today - timedelta(days=days_ago)
        return self._vault.treatments.add_visit(
            session, client, VisitInput(visited_on=day, service_id=self._services[service])
        )

    def _add(
        self, session: Session, client: int, template: str, values: dict[str, Any], **where: Any
    ) -> int:
        self.written += 1
        return self._vault.records.add_record(
            session, client, RecordInput(template, values, **where)
        )

    def _day(self, days_ago: int) -> str:
        return (self._today - timedelta(days=days_ago)).isoformat()

    def myope(self, optician: Session, client: int) -> None:
        """Two eye tests a year apart (the right sphere and the left axis moved), then a soft
        toric lens on the right eye and a spherical one on the left."""
        for days_ago, right_sphere, left_sphere, left_axis, acuity in (
            (400, "-2.25", "-2.00", 175, ("6/6", "6/6")),
            (30, "-2.50", "-2.25", 170, ("6/6", "6/7.5")),
        ):
            visit = self._visit(optician, client, "eye_test", days_ago)
            rx = {
                "rx": {
                    "right": {
                        "sphere": right_sphere,
                        "cylinder": "-0.75",
                        "axis": 180,
                        "acuity": acuity[0],
                        "pd": "31.5",
                    },
                    "left": {
                        "sphere": left_sphere,
                        "cylinder": "-0.50",
                        "axis": left_axis,
                        "acuity": acuity[1],
                        "pd": "31.0",
                    },
                },
                "examiner": optician.staff_name,
                "examined_on": self._day(days_ago),
                "valid_until": self._day(days_ago - 730),
                "notes": "Screen work all day; anti-reflective coating advised.",
            }
            self._add(optician, client, "spectacle_rx", rx, visit_id=visit)
        fitting = self._visit(optician, client, "lens_fitting", 10)
        lens = {
            "lens": {
                # The right eye's -0.75 cylinder needs a toric lens; the left eye's -0.50 is
                # left to a spherical lens at the spherical equivalent (-2.25 - 0.25).
                "right": {
                    "design": "toric",
                    "base_curve": "8.6",
                    "diameter": "14.5",
                    "power": "-2.50",
                    "cylinder": "-0.75",
                    "axis": 180,
                },
                "left": {
                    "design": "spherical",
                    "base_curve": "8.5",
                    "diameter": "14.2",
                    "power": "-2.50",
                },
            },
            "brand": "Acuvue Oasys 1-Day (for Astigmatism on the right)",
            "replacement": "daily",
            "fitted_on": self._day(10),
            "aftercare_due": self._day(-20),  # a month after fitting
            "notes": "Good centration and movement; no staining. Handling taught.",
        }
        self._add(optician, client, "contact_lens", lens, visit_id=fitting)

    def presbyope(self, optician: Session, client: int) -> None:
        """A low hyperope with a reading addition and a small base-in prism for near work."""
        visit = self._visit(optician, client, "eye_test", 60)
        rx = {
            "rx": {
                "right": {
                    "sphere": "+1.25",
                    "cylinder": "-0.50",
                    "axis": 90,
                    "add": "+2.00",
                    "prism_h": "1.00",
                    "base_h": "in",
                    "acuity": "0.8",
                },
                "left": {
                    "sphere": "+1.50",
                    "add": "+2.00",
                    "prism_h": "1.00",
                    "base_h": "in",
                    "acuity": "0.8",
                },
            },
            "pd_binocular": "64",
            "examiner": optician.staff_name,
            "examined_on": self._day(60),
            "valid_until": self._day(60 - 365),
            "notes": "Convergence insufficiency at near; progressive lenses.",
        }
        self._add(optician, client, "spectacle_rx", rx, visit_id=visit)

    def laser_course(self, therapist: Session, client: int) -> None:
        """Nd:YAG 1064 nm hair removal for skin type IV, six weeks apart, fluence raised as the
        skin tolerated it; a test patch a week before the first session."""
        for session_number, (days_ago, underarms, legs) in enumerate(
            ((126, "35", "30"), (84, "38", "32"), (42, "40", "35"))
        ):
            visit = self._visit(therapist, client, "laser", days_ago)
            first = session_number == 0
            values: dict[str, Any] = {
                "device": "Candela GentleMax Pro (Nd:YAG)",
                "wavelength": 1064,
                "areas": {
                    "underarms": {
                        "fluence": underarms,
                        "spot_size": 12,
                        "pulse_ms": 20,
                        "passes": 1,
                    },
                    "legs": {"fluence": legs, "spot_size": 15, "pulse_ms": 20, "passes": 1},
                },
                "fitzpatrick": "IV",
                "test_patch": "no_reaction" if first else "not_done",
                "eye_protection": True,
                "skin_response": "Perifollicular erythema and oedema, settled within 2 hours.",
            }
            if first:
                values["test_patch_days"] = 7  # darker skin: a week's wait
            self._add(therapist, client, "laser_ipl", values, visit_id=visit)

    def skin_and_lashes(self, therapist: Session, client: int) -> None:
        """A skin analysis, IPL for the pigmentation it found, and lash extensions with an
        infill three weeks later."""
        facial = self._visit(therapist, client, "facial", 70)
        self._add(
            therapist,
            client,
            "skin_analysis",
            {
                "fitzpatrick": "III",
                "skin_type": "combination",
                "concerns": ["pigmentation", "enlarged_pores"],
                "products_used": "Gel cleanser; vitamin C serum; SPF 50 daily",
                "notes": "Sun spots on both cheeks; no retinoids in the last month.",
            },
            visit_id=facial,
        )
        ipl = self._visit(therapist, client, "ipl", 56)
        self._add(
            therapist,
            client,
            "laser_ipl",
            {
                "device": "Lumenis M22 (IPL, 560 nm filter)",
                "wavelength": 560,
                "areas": {"face": {"fluence": "14", "spot_size": 15, "pulse_ms": 4, "passes": 2}},
                "fitzpatrick": "III",
                "test_patch": "no_reaction",
                "test_patch_days": 2,
                "eye_protection": True,
                "skin_response": "Spots darkened as expected; mild redness.",
                "notes": "Light guide 15 x 35 mm, cooled. SPF 50 for two weeks.",
            },
            visit_id=ipl,
        )
        for days_ago, technique, style, lengths, curl, thickness in (
            (35, "classic", "natural", (8, 9, 10, 11, 10), "C", "0.15"),
            (14, "hybrid", "cat_eye", (8, 9, 11, 12, 13), "CC", "0.07"),
        ):
            visit = self._visit(therapist, client, "lashes", days_ago)
            zones = ("inner", "inner_middle", "middle", "outer_middle", "outer")
            values = {
                "technique": technique,
                "style": style,
                "zones": {
                    zone: {"length": length, "curl": curl, "thickness": thickness}
                    for zone, length in zip(zones, lengths, strict=True)
                },
                "glue": "Sky S+ (1-2 s), batch 2409",
                "removal_notes": "Cream remover only; no oil-based cleanser near the eyes.",
            }
            self._add(therapist, client, "lash_map", values, visit_id=visit)
