"""The printouts' own words in each language (layout in card_printout.py). Field names, health
kinds, payments, roles and consent purposes come from the data report's words, so the papers
say the same things in the same words."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PrintoutText:
    card_title: str
    day_title: str  # "{date}"
    printed: str  # "{moment}", "{role}": whose view of the card this is
    day_note: str  # what "today's clients" means on the sheet
    confidential: str
    headings: dict[str, str]  # details, pinned, health, patch, treatments(_plain), consents
    alerts_flag: str  # the receptionist's view of health
    severe_flag: str
    no_alerts: str
    summary_only: str  # the receptionist's view of treatments
    patch_status: str  # "{status}"
    patch_statuses: dict[str, str]  # valid, expired, pending, failed, none
    standings: dict[str, str]  # granted, refused, withdrawn, not_asked
    bowl: str  # "{n}": a bowl with no name
    bowl_labels: dict[str, str]  # the suggested bowl names (domain/formulas.py)
    pinned_by: str  # "{name}", "{date}"
    day_columns: tuple[str, str, str, str, str]  # client, health, patch test, pinned, today
    client_number: str  # "{id}"
    correction: str  # "{date}": a correction of the entry for that day
    empty_day: str
    footer: str  # "{salon}", "{page}"


ENGLISH = PrintoutText(
    card_title="Client card",
    day_title="Today's clients, {date}",
    printed="Printed {moment} as the card shows it to the {role}.",
    day_note="The clients picked for today at the counter, and those with a treatment recorded"
    " for today.",
    confidential="Confidential client record: keep it out of sight of other clients and shred it"
    " when it is no longer needed.",
    headings={
        "details": "Details",
        "pinned": "Pinned notes",
        "health": "Health",
        "patch": "Patch tests",
        "treatments": "Treatments and colour formulas",
        "treatments_plain": "Treatments",
        "consents": "Consent",
    },
    alerts_flag="Has health alerts: the details are for the owner and the technicians.",
    severe_flag="Severe health alert: the details are for the owner and the technicians.",
    no_alerts="No health alerts.",
    summary_only="Dates and services only: treatment details are for the owner and the"
    " technicians.",
    patch_status="Patch test: {status}",
    patch_statuses={
        "valid": "valid",
        "expired": "expired",
        "pending": "result pending",
        "failed": "failed (reaction)",
        "none": "none on file",
    },
    standings={
        "granted": "agreed",
        "refused": "refused",
        "withdrawn": "withdrawn",
        "not_asked": "not asked yet",
    },
    bowl="Bowl {n}",
    bowl_labels={
        "roots": "roots",
        "mid-lengths and ends": "mid-lengths and ends",
        "lengths": "lengths",
        "ends": "ends",
        "toner": "toner",
        "highlights": "highlights",
        "lowlights": "lowlights",
        "gloss": "gloss",
        "full head": "full head",
    },
    pinned_by="{name}, {date}",
    day_columns=("Client", "Health", "Patch test", "Pinned notes", "Today"),
    client_number="no. {id}",
    correction="correction of the entry for {date}",
    empty_day="No clients on this list.",
    footer="{salon} · SalonVault · page {page}",
)

VIETNAMESE = PrintoutText(
    card_title="Hồ sơ khách hàng",
    day_title="Khách hôm nay, {date}",
    printed="In lúc {moment}, đúng như hồ sơ hiển thị cho {role}.",
    day_note="Những khách lễ tân đã chọn cho hôm nay và những khách đã được ghi dịch vụ trong"
    " ngày.",
    confidential="Hồ sơ khách hàng bảo mật: không để khách khác nhìn thấy và hủy (cắt vụn) khi"
    " không còn cần.",
    headings={
        "details": "Thông tin",
        "pinned": "Ghi chú ghim",
        "health": "Sức khỏe",
        "patch": "Thử phản ứng da",
        "treatments": "Dịch vụ và công thức màu",
        "treatments_plain": "Dịch vụ",
        "consents": "Đồng ý",
    },
    alerts_flag="Có cảnh báo sức khỏe: chi tiết chỉ dành cho chủ tiệm và kỹ thuật viên.",
    severe_flag="Cảnh báo sức khỏe nghiêm trọng: chi tiết chỉ dành cho chủ tiệm và kỹ thuật viên.",
    no_alerts="Không có cảnh báo sức khỏe.",
    summary_only="Chỉ có ngày và tên dịch vụ: chi tiết dịch vụ dành cho chủ tiệm và kỹ thuật viên.",
    patch_status="Thử phản ứng da: {status}",
    patch_statuses={
        "valid": "còn hiệu lực",
        "expired": "hết hạn",
        "pending": "chưa có kết quả",
        "failed": "có phản ứng (không đạt)",
        "none": "chưa có",
    },
    standings={
        "granted": "đồng ý",
        "refused": "từ chối",
        "withdrawn": "đã rút lại",
        "not_asked": "chưa hỏi",
    },
    bowl="Bát {n}",
    bowl_labels={
        "roots": "chân tóc",
        "mid-lengths and ends": "thân và ngọn tóc",
        "lengths": "thân tóc",
        "ends": "ngọn tóc",
        "toner": "toner (phủ bóng màu)",
        "highlights": "highlight",
        "lowlights": "lowlight",
        "gloss": "phủ bóng",
        "full head": "toàn bộ tóc",
    },
    pinned_by="{name}, {date}",
    day_columns=("Khách", "Sức khỏe", "Thử phản ứng da", "Ghi chú ghim", "Hôm nay"),
    client_number="mã {id}",
    correction="đính chính cho mục ngày {date}",
    empty_day="Danh sách trống.",
    footer="{salon} · SalonVault · trang {page}",
)

POLISH = PrintoutText(
    card_title="Karta klienta",
    day_title="Dzisiejsi klienci, {date}",
    printed="Wydrukowano {moment}, tak jak karta wygląda dla roli: {role}.",
    day_note="Klienci wybrani na dziś w recepcji oraz ci, którym zapisano dziś zabieg.",
    confidential="Poufna dokumentacja klienta: nie zostawiaj jej na widoku innych klientów i"
    " zniszcz w niszczarce, gdy nie jest już potrzebna.",
    headings={
        "details": "Dane",
        "pinned": "Przypięte notatki",
        "health": "Zdrowie",
        "patch": "Próby uczuleniowe",
        "treatments": "Zabiegi i receptury koloru",
        "treatments_plain": "Zabiegi",
        "consents": "Zgody",
    },
    alerts_flag="Ma ostrzeżenia zdrowotne: szczegóły widzą właściciel oraz styliści i kosmetyczki.",
    severe_flag="Poważne ostrzeżenie zdrowotne: szczegóły widzą właściciel oraz styliści i"
    " kosmetyczki.",
    no_alerts="Brak ostrzeżeń zdrowotnych.",
    summary_only="Tylko daty i nazwy usług: szczegóły zabiegów widzą właściciel oraz styliści i"
    " kosmetyczki.",
    patch_status="Próba uczuleniowa: {status}",
    patch_statuses={
        "valid": "ważna",
        "expired": "nieważna (po terminie)",
        "pending": "czeka na wynik",
        "failed": "reakcja (negatywna)",
        "none": "brak",
    },
    standings={
        "granted": "wyrażona",
        "refused": "odmowa",
        "withdrawn": "wycofana",
        "not_asked": "jeszcze nie pytano",
    },
    bowl="Miseczka {n}",
    bowl_labels={
        "roots": "odrosty",
        "mid-lengths and ends": "długości i końce",
        "lengths": "długości",
        "ends": "końce",
        "toner": "toner",
        "highlights": "pasemka jasne",
        "lowlights": "pasemka ciemne",
        "gloss": "glossing",
        "full head": "całe włosy",
    },
    pinned_by="{name}, {date}",
    day_columns=("Klient", "Zdrowie", "Próba uczuleniowa", "Przypięte notatki", "Dziś"),
    client_number="nr {id}",
    correction="korekta wpisu z {date}",
    empty_day="Lista jest pusta.",
    footer="{salon} · SalonVault · strona {page}",
)

CHINESE = PrintoutText(
    card_title="客户档案",
    day_title="今日客户，{date}",
    printed="打印于 {moment}，内容与档案向{role}显示的一致。",
    day_note="前台为今天选出的客户，以及今天已记录护理的客户。",
    confidential="保密客户档案：请勿让其他客户看到，不再需要时请用碎纸机销毁。",
    headings={
        "details": "资料",
        "pinned": "置顶备注",
        "health": "健康",
        "patch": "皮肤测试",
        "treatments": "护理记录与染发配方",
        "treatments_plain": "护理记录",
        "consents": "同意",
    },
    alerts_flag="有健康提醒：详情仅店主和技师可见。",
    severe_flag="有严重健康提醒：详情仅店主和技师可见。",
    no_alerts="无健康提醒。",
    summary_only="仅显示日期和项目名称：护理详情仅店主和技师可见。",
    patch_status="皮肤测试：{status}",
    patch_statuses={
        "valid": "有效",
        "expired": "已过期",
        "pending": "等待结果",
        "failed": "有反应（未通过）",
        "none": "无记录",
    },
    standings={
        "granted": "已同意",
        "refused": "已拒绝",
        "withdrawn": "已撤回",
        "not_asked": "尚未询问",
    },
    bowl="第 {n} 碗",
    bowl_labels={
        "roots": "发根",
        "mid-lengths and ends": "发中和发尾",
        "lengths": "发中",
        "ends": "发尾",
        "toner": "调色",
        "highlights": "挑染（浅）",
        "lowlights": "挑染（深）",
        "gloss": "光泽护色",
        "full head": "全头",
    },
    pinned_by="{name}，{date}",
    day_columns=("客户", "健康", "皮肤测试", "置顶备注", "今天"),
    client_number="编号 {id}",
    correction="更正 {date} 的记录",
    empty_day="名单为空。",
    footer="{salon} · SalonVault · 第 {page} 页",
)

PRINTOUT_TEXTS: dict[str, PrintoutText] = {
    "en": ENGLISH,
    "vi": VIETNAMESE,
    "pl": POLISH,
    "zh_CN": CHINESE,
}
