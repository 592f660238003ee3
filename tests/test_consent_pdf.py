"""The consent form PDF: every script prints, copies out as text and embeds its fonts."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from salonvault.documents.consent_form import FormData, FormItem, consent_form_pdf
from salonvault.domain.consent import Decision, Purpose, text_sha256
from salonvault.services.consent.templates import fill, shipped_text
from tests.test_consent import signature_png

CASES = {
    "vi": ("Nguyễn Thị Hoa", "Salon Hoa Mai", "12 Lý Thường Kiệt\nHà Nội"),
    "pl": ("Żaneta Łukasiewicz-Wróbel", "Salon Gęś", "ul. Źródlana 5\n00-950 Łódź"),
    "zh_CN": ("王秀英", "美发沙龙", "北京市朝阳区建国路 88 号"),
}
KEY_SENTENCES = {
    "vi": ("Tôi đồng ý", "là dữ liệu cá nhân nhạy cảm", "Chữ ký của khách hàng"),
    "pl": ("Zgadzam się", "to dane wrażliwe", "Podpis klienta"),
    "zh_CN": ("我同意", "单独征求您的同意", "客户签名"),
}


def form(language: str, signed: bool = True) -> tuple[bytes, list[FormItem]]:
    name, salon, address = CASES[language]
    items = []
    for purpose, decision in (
        (Purpose.HEALTH_DATA, Decision.GRANTED),
        (Purpose.MARKETING_SMS, Decision.REFUSED),
    ):
        text = fill(shipped_text(purpose, language), salon, address)
        items.append(FormItem(purpose, text, 1, text_sha256(text), decision if signed else None))
    data = FormData(
        salon_name=salon,
        salon_address=address,
        client_name=name,
        language=language,
        items=tuple(items),
        signature_png=signature_png() if signed else None,
        witness="Kasia Nowak" if signed else "",
        signed_at=datetime(2026, 11, 22, 9, 30, tzinfo=UTC) if signed else None,
    )
    return consent_form_pdf(data), items


def pdftotext(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode()


def pdffonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in done.stdout.splitlines()[2:]]


def flat(text: str) -> str:
    """pdftotext breaks lines where the page does; compare text without the breaks."""
    return "".join(text.split())


@pytest.mark.parametrize("language", list(CASES))
def test_names_texts_and_hashes_copy_out_exactly(language: str) -> None:
    pdf, items = form(language)
    text = pdftotext(pdf)
    name, salon, _address = CASES[language]
    assert name in text and salon in text
    for sentence in KEY_SENTENCES[language]:
        assert sentence in text
    for item in items:
        assert flat(item.text) in flat(text)  # the exact text shown, every word of it
        assert item.sha256 in text
    # The signing day as the form's language writes it (decision 0033), four-digit year.
    signed_day = {"en": "22/11/2026", "vi": "22/11/2026", "pl": "22.11.2026", "zh_CN": "2026/11/22"}
    assert signed_day[language] in text and "Kasia Nowak" in text


@pytest.mark.parametrize("language", list(CASES))
def test_every_font_is_embedded_and_subset(language: str, tmp_path: Path) -> None:
    pdf, _items = form(language)
    fonts = pdffonts(pdf, tmp_path)
    assert fonts
    for row in fonts:
        emb, sub = row[-5], row[-4]
        assert (emb, sub) == ("yes", "yes"), row
        assert row[0].split("+")[-1] not in ("Helvetica", "Times-Roman")
    if language == "zh_CN":
        assert any("DroidSansFallback" in row[0] for row in fonts)


def test_a_blank_form_has_no_decision_or_signature_and_the_same_text() -> None:
    blank, items = form("pl", signed=False)
    text = pdftotext(blank)
    assert "zaznaczyć jedno pole" in text and "Kasia Nowak" not in text
    assert flat(items[0].text) in flat(text)


def test_the_same_data_gives_the_same_bytes() -> None:
    assert form("vi")[0] == form("vi")[0]


def test_a_long_text_runs_onto_more_pages_with_the_footer_on_each() -> None:
    text = "\n\n".join(["Zażółć gęślą jaźń. " * 40] * 12)
    item = FormItem(Purpose.SERVICE_RECORDS, text, 3, text_sha256(text), Decision.GRANTED)
    pdf = consent_form_pdf(FormData("Salon", "", "Ewa Nowak", "pl", (item,)))
    pages = pdftotext(pdf).split("\f")
    assert len([p for p in pages if p.strip()]) >= 3
    assert all(item.sha256 in page for page in pages if page.strip())
