"""One consent form PDF: time to build it and its size, per language (target ≤ 150 ms, ≤ 200 KB).

Each form carries every purpose's text (the largest form the dialog makes) and a signature drawn
at the pad's size. Also renders page 1 of each language to docs/screenshots/consent-form-<lang>.png.

.venv/bin/python -m bench.consent_pdf [--runs 9]
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

from PIL import Image, ImageDraw

from bench.report import write_section
from salonvault.documents.consent_form import FormData, FormItem, consent_form_pdf
from salonvault.domain.consent import CONSENT_LANGUAGES, Decision, Purpose, text_sha256
from salonvault.services.consent_templates import clean_signature, fill, shipped_text

SCREENSHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
TIME_LIMIT_S = 0.150
SIZE_LIMIT = 200 * 1024
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
        decision = Decision.GRANTED if index % 3 else Decision.REFUSED
        items.append(FormItem(purpose, text, 1, text_sha256(text), decision))
    return FormData(
        salon, address, name, language, tuple(items), png, "", "Kasia Nowak",
        datetime(2026, 11, 22, 9, 30, tzinfo=UTC),
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    png = signature()
    consent_form_pdf(form("zh_CN", png))  # fonts registered once per process, as in the app
    results = {}
    for language in CONSENT_LANGUAGES:
        data = form(language, png)
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            pdf = consent_form_pdf(data)
            samples.append(time.perf_counter() - start)
        results[language] = {
            "median_ms": round(statistics.median(samples) * 1000, 1),
            "max_ms": round(max(samples) * 1000, 1),
            "bytes": len(pdf),
        }
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", "-",
             str(SCREENSHOTS / f"consent-form-{language}")],
            input=pdf, check=True,
        )  # fmt: skip
    print(json.dumps(results, indent=2))
    ok = all(
        r["median_ms"] <= TIME_LIMIT_S * 1000 and r["bytes"] <= SIZE_LIMIT for r in results.values()
    )
    rows = "\n".join(
        f"| {lang} | {r['median_ms']} ms | {r['max_ms']} ms | {r['bytes'] // 1024} KB |"
        for lang, r in results.items()
    )
    write_section(
        "Consent form PDF",
        f"""
`bench/consent_pdf.py`: one signed form with all nine purposes' texts, a signature image and
the footer of versions and hashes, built in memory ({runs} runs each, fonts already registered
as they are after the first form of a session). Target: ≤ 150 ms and ≤ 200 KB per form.

| language | median | slowest | size |
|---|---|---|---|
{rows}

Within target: {"yes" if ok else "NO"}. Page 1 of each is in
`docs/screenshots/consent-form-<language>.png`.
""",
    )


if __name__ == "__main__":
    main()
