"""One consent form PDF: time to build it and its size, per language (target ≤ 150 ms, ≤ 200 KB).

Each form carries every purpose's text (the largest form the dialog makes) and a signature drawn
at the pad's size. Also renders page 1 of each language to docs/screenshots/consent-form-<lang>.png.

.venv/bin/python -m bench.consent_pdf [--runs 9]     (also part of `python -m bench`)
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from bench.report import write_section
from bench.salon import Salon
from bench.stats import plural, summary
from bench.targets import limit
from salonvault.documents.consent_form import FormData, FormItem, consent_form_pdf
from salonvault.domain.consent import CONSENT_LANGUAGES, Decision, Purpose, text_sha256
from salonvault.services.consent.templates import clean_signature, fill, shipped_text

SCREENSHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SECTION = "Consent form PDF"
TIME_LIMIT_MS = limit("consent_pdf_ms")
SIZE_LIMIT = limit("consent_pdf_kb") * 1024
CLIENTS = {
    "en": ("Taylor Morgan", "Salon Hoa Mai", "12 Lê Lợi\nHà Nội"),
    "vi": ("Nguyễn Thị Hoa", "Salon Hoa Mai", "12 Lý Thường Kiệt\nHà Nội"),
    "pl": ("Żaneta Łukasiewicz-Wróbel", "Salon Gęś", "ul. Źródlana 5\n00-950 Łódź"),
    "zh_CN": ("王秀英", "美发沙龙", "北京市朝阳区建国路 88 号"),
}


def signature() -> bytes:
    """A signature as the pad makes it: strokes on transparent, 640 x 220."""
    image = Image.new("RGBA", (640, 220), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = [(30 + i * 9, 120 + int(50 * ((i * 37) % 11 - 5) / 5)) for i in range(60)]
    draw.line(points, fill="black", width=3, joint="curve")
    out = io.BytesIO()
    image.save(out, "PNG")
    return clean_signature(out.getvalue())


def form(language: str, png: bytes) -> FormData:
    name, salon, address = CLIENTS[language]
    items = []
    for index, purpose in enumerate(Purpose):
        text = fill(shipped_text(purpose, language), salon, address)
        refused = index % 3 == 1 and not purpose.information_only  # information is only read
        decision = Decision.REFUSED if refused else Decision.GRANTED
        items.append(FormItem(purpose, text, 1, text_sha256(text), decision))
    return FormData(
        salon, address, name, language, tuple(items), png, "", "Kasia Nowak",
        datetime(2026, 11, 22, 9, 30, tzinfo=UTC),
    )  # fmt: skip


def measure(salon: Salon | None, runs: int) -> dict[str, Any]:
    """`runs` forms per language, after a first form has registered the fonts (as after the
    first form of a session). The salon does not matter: the form is the largest one."""
    return forms_timed(runs)[0]


def forms_timed(runs: int) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The measure, and the last form of each language."""
    png = signature()
    consent_form_pdf(form("zh_CN", png))
    pooled: list[float] = []
    languages: dict[str, dict[str, float]] = {}
    pdfs: dict[str, bytes] = {}
    for language in CONSENT_LANGUAGES:
        data = form(language, png)
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            pdfs[language] = consent_form_pdf(data)
            samples.append((time.perf_counter() - start) * 1000)
        pooled += samples
        languages[language] = {
            "median_ms": round(statistics.median(samples), 1),
            "max_ms": round(max(samples), 1),
            "bytes": len(pdfs[language]),
        }
    sizes = [float(r["bytes"]) / 1024 for r in languages.values()]
    result = {
        "measures": {
            "consent_pdf_ms": summary(pooled, "ms"),
            "consent_pdf_kb": summary(sizes, "KB"),
        },
        "details": {"runs": runs, "languages": languages},
    }
    return result, pdfs


def section(result: dict[str, Any], machine: str = "") -> str:
    languages = result["details"]["languages"]
    ok = all(r["max_ms"] <= TIME_LIMIT_MS and r["bytes"] <= SIZE_LIMIT for r in languages.values())
    rows = "\n".join(
        f"| {lang} | {r['median_ms']} ms | {r['max_ms']} ms | {r['bytes'] // 1024} KB |"
        for lang, r in languages.items()
    )
    peak = result["measures"]["consent_pdf_ms"].get("peak_rss_mb")
    memory = f" Peak memory of the measuring process: {peak:.0f} MB." if peak else ""
    return f"""
`bench/consent_pdf.py`: one signed form with all nine purposes' texts, a signature image and
the footer of versions and hashes, built in memory ({plural(result["details"]["runs"], "run")} each,
fonts already registered as they are after the first form of a session). Target: ≤ 150 ms and
≤ 200 KB per form.

| language | median | slowest | size |
|---|---|---|---|
{rows}

Within target (slowest form and size): {"yes" if ok else "NO"}.{memory} Page 1 of each is in
`docs/screenshots/consent-form-<language>.png` (`python -m bench.consent_pdf` renders them).
{machine}
"""


def main() -> None:
    """The forms alone (no salon needed), with page 1 of each rendered for the docs."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    result, pdfs = forms_timed(parser.parse_args().runs)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for language, pdf in pdfs.items():
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", "-",
             str(SCREENSHOTS / f"consent-form-{language}")],
            input=pdf, check=True,
        )  # fmt: skip
    print(json.dumps(result, indent=2))
    write_section(SECTION, section(result))


if __name__ == "__main__":
    main()
