"""The legal documents under the salon's country's law (issue 21 item 4, decision 0041) rendered
to PNG: salons made the way set-up makes one (no demo) in Vietnam, Poland, China and Britain,
each with its recipients listed in Settings and one incident in the register.

    .venv/bin/python -m tools.screenshots legal   # needs pdftoppm (poppler-utils)

Writes to docs/screenshots/: privacy-notice-vi, record-of-processing-pl,
incident-authority-notice-{en,vi,zh_CN}, incident-client-letter-vi and
impact-assessment-{vi,zh_CN} (the first page of each, 70 dpi). Add a name to WANTED to look at
another paper (privacy-notice-pl, record-of-processing-zh_CN were looked at this way).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from salonvault.domain.incidents import AffectedScope, DataCategory, IncidentInput, ScopeKind
from salonvault.domain.recipients import Recipient
from salonvault.domain.session import Session
from salonvault.security.device_store import DeviceKeyStore
from salonvault.services.vault.opening import SalonDetails, Vault, create_vault

SALONS = {
    "VN": (SalonDetails("Salon Hoa Mai", "12 Lý Thường Kiệt\nHà Nội", "vi"), "Mai Anh"),
    "PL": (SalonDetails("Salon Gęś", "ul. Źródlana 5\n00-950 Łódź", "pl"), "Ewa Gęś"),
    "CN": (SalonDetails("美发沙龙", "北京市朝阳区建国路 88 号", "zh_CN"), "王芳"),
    "GB": (SalonDetails("Hair by Rosie", "3 Mill Lane\nLeeds", "en"), "Rosie Hart"),
}
RECIPIENTS = {
    "VN": [
        Recipient("Zalo", "nhắc lịch hẹn khi khách hàng đồng ý", "VN"),
        Recipient("Facebook Messenger", "trả lời tin nhắn khách hàng gửi", "US", ""),
        Recipient("Kế toán Minh An", "hóa đơn", "VN"),
    ],
    "PL": [
        Recipient("SMSAPI", "przypomnienia SMS o wizytach", "PL"),
        Recipient("WhatsApp", "wiadomości, o które prosi klient", "IE", "umowa powierzenia"),
        Recipient("Biuro rachunkowe Nowak", "faktury", "PL"),
    ],
    "CN": [
        Recipient("微信", "预约提醒（经客户同意）", "CN"),
        Recipient("阿里云短信", "短信提醒", "CN"),
    ],
    "GB": [Recipient("Twilio", "appointment reminders by text", "US", "UK IDTA")],
}
PIN = "482913"


def legal_shots(out: Path, root: Path) -> None:
    for country, (salon, owner) in SALONS.items():
        keys = DeviceKeyStore(fallback_dir=root / f"keys-{country}", use_os_store=False)
        vault = create_vault(root / country, salon, owner, PIN, root / f"{country}.txt", keys)
        try:
            session = vault.auth.sign_in(owner, PIN)
            vault.settings.set_phone_region(session, country)
            vault.settings.set_recipients(session, RECIPIENTS[country])
            found = vault.clock.now() - timedelta(hours=20)
            incident = vault.incidents.record(
                session,
                IncidentInput(
                    summary=SUMMARIES[salon.language],
                    discovered_at=found,
                    occurred_at=found - timedelta(hours=30),
                    categories=frozenset({DataCategory.CONTACT, DataCategory.HEALTH}),
                    scope=AffectedScope(ScopeKind.ALL_CLIENTS),
                ),
            )
            render_papers(vault, session, incident.id, country, out, root)
        finally:
            vault.close()


def render_papers(
    vault: Vault, session: Session, incident_id: int, country: str, out: Path, root: Path
) -> None:
    """This salon's papers that docs/screenshots keeps, in the salon's language."""
    language = vault.settings.language()
    papers = {
        "privacy-notice": lambda: vault.consent.privacy_notice_pdf(session, language),
        "record-of-processing": lambda: vault.processing_record.ropa_pdf(session),
        "incident-authority-notice": lambda: vault.incidents.authority_notice_pdf(
            session, incident_id
        ),
        "incident-client-letter": lambda: vault.incidents.client_notice_pdf(session, incident_id),
        "impact-assessment": lambda: vault.processing_record.impact_assessment_pdf(session),
    }
    for name, make in papers.items():
        if f"{name}-{language}" in WANTED:
            render(make(), out / f"{name}-{language}", root)


WANTED = {
    "privacy-notice-vi", "record-of-processing-pl", "incident-authority-notice-en",
    "incident-authority-notice-vi",
    "incident-authority-notice-zh_CN", "incident-client-letter-vi", "impact-assessment-vi",
    "impact-assessment-zh_CN",
}  # fmt: skip
SUMMARIES = {
    "en": "The reception laptop was stolen from the salon overnight.",
    "vi": "Máy tính xách tay ở quầy lễ tân bị lấy trộm khỏi salon trong đêm.",
    "pl": "W nocy skradziono z salonu laptop z recepcji.",
    "zh_CN": "前台笔记本电脑夜间在店内被盗。",
}


def render(pdf: bytes, target: Path, root: Path) -> None:
    source = root / f"{target.name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(source),
         str(target)],
        check=True,
    )  # fmt: skip
    print(f"{target}.png", file=sys.stderr)
