"""Screenshots of scanned papers (issue 23 item 2) in Vietnamese and Polish: the card's Papers
tab and the viewer with a doctor's letter, on the demo salon's showcase client.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tools.screenshots papers
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from salonvault.documents.fonts import BODY_FONT, BOLD_FONT, register_fonts
from salonvault.domain.attachments import AttachmentKind
from salonvault.domain.consent import Decision, Method, Purpose
from ui.dialogs.client_card import ClientCard
from ui.pages.clients_page import ClientsPage
from ui.shell import ShellWindow

Grab = Callable[[QWidget, str], None]
Settle = Callable[..., None]
SignIn = Callable[[ShellWindow, dict[str, str]], None]


def letter_pdf() -> bytes:
    """A two-page dermatologist's letter, as a scanner's PDF would hold it."""
    register_fonts()
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    lines = [
        "Phòng khám Da liễu Sài Gòn — BS. Phạm Minh Tuấn",
        "",
        "Kính gửi: Salon Hoa Mai",
        "",
        "Bệnh nhân Nguyễn Thị Ánh đang điều trị bằng isotretinoin 20 mg/ngày",
        "từ tháng 8/2026. Không lột da hóa học, không tẩy lông bằng sáp và không",
        "laser trong thời gian điều trị và 6 tháng sau khi ngừng thuốc.",
        "",
        "Nhuộm tóc được phép nếu thử da (patch test) âm tính.",
    ]
    for number in (1, 2):
        page.setFont(BOLD_FONT, 16)
        page.drawString(60, 780, "GIẤY CHUYỂN / REFERRAL")
        page.setFont(BODY_FONT, 12)
        y = 740
        for line in lines if number == 1 else ["Trang 2: chữ ký và con dấu của bác sĩ.", ""]:
            page.drawString(60, y, line)
            y -= 20
        page.setStrokeColorRGB(0.7, 0.1, 0.1)
        page.circle(440, 160, 50)
        page.drawString(60, 120, "Ngày 12/10/2026")
        page.showPage()
    page.save()
    return out.getvalue()


def papers_shots(
    shell: ShellWindow,
    staff: list[dict[str, str]],
    grab: Grab,
    settle: Settle,
    sign_in: SignIn,
) -> None:
    vault = shell.vault
    owner = staff[0]
    session = vault.auth.sign_in(owner["name"], owner["pin"])
    client = next(iter(vault.clients.search(session, "Nguyễn Thị Ánh"))).id
    record = vault.consent.record(
        session, client, Purpose.SERVICE_RECORDS, Decision.GRANTED, "vi", Method.PAPER,
        paper_reference="binder 2019/14",
    )  # fmt: skip
    if not vault.health_basis.may_store(session, client):  # a letter is health data
        vault.consent.record(
            session, client, Purpose.HEALTH_DATA, Decision.GRANTED, "vi", Method.PAPER,
            paper_reference="binder 2019/14",
        )  # fmt: skip
    add = vault.attachments.add
    add(session, client, letter_pdf(), "giay-chuyen.pdf", AttachmentKind.REFERRAL_LETTER,
        date(2026, 10, 12), "BS. Phạm Minh Tuấn")  # fmt: skip
    add(session, client, letter_pdf(), "consent.pdf", AttachmentKind.PAPER_CONSENT,
        date(2019, 3, 4), "binder 2019/14", record.id)  # fmt: skip
    vault.auth.sign_out(session)
    for lang in ("vi", "pl"):
        shell.switch_language(lang)
        sign_in(shell, owner)
        card = _open_card(shell, client)
        card.resize(980, 640)
        card.show_tab(card.attachments_tab)
        settle()
        tab = card.attachments_tab
        row = next(i for i, info in enumerate(tab._shown) if info.kind.is_health)
        tab.table.selectRow(row)
        grab(card, f"client-card-papers-{lang}")
        viewer = tab.open_selected()
        assert viewer is not None
        viewer.move(120, 20)
        viewer.resize(820, 760)
        settle()
        viewer.zoom_by(1.25)
        grab(viewer, f"attachment-viewer-{lang}")
        viewer.close()
        card.close()
        shell.switch_user()


def _open_card(shell: ShellWindow, client_id: int) -> ClientCard:
    workspace = shell.workspace
    assert workspace is not None
    workspace.show_page("clients")
    page = workspace.pages.currentWidget()
    assert isinstance(page, ClientsPage)
    card = page.open_client(client_id)
    assert isinstance(card, ClientCard)
    card.move(60, 40)
    return card
