"""The client data report's words in each language (layout is in data_report.py).

Purpose names, the reasons for keeping data and the rights come from the consent form and the
privacy notice, so the three documents say the same thing in the same words.
"""

from __future__ import annotations

from dataclasses import dataclass

from salonvault.documents.consent_form_text import FORM_TEXTS
from salonvault.documents.jurisdiction_text import authority, country_name
from salonvault.documents.privacy_notice_legal_text import NOTICE_LEGAL
from salonvault.documents.privacy_notice_text import NOTICE_TEXTS
from salonvault.domain.recipients import Recipient, transfers_abroad


@dataclass(frozen=True, slots=True)
class ReportText:
    title: str
    intro: str  # "{salon}", "{date}"
    headings: dict[str, str]  # client, health, visits, patch_tests, photos, consents, access, about
    fields: dict[str, str]  # the client record's field names
    yes: str
    no: str
    nothing: str  # a section with no entries
    roles: dict[str, str]  # owner, receptionist, technician, and "" for an unknown one
    health_kinds: dict[str, str]
    severities: dict[str, str]
    recorded: str  # "{date}", "{role}"
    removed: str  # "{date}"
    visit_columns: tuple[str, str, str, str]  # date, service, by whom, details
    formula: str
    products: str
    notes: str
    price: str
    payments: dict[str, str]
    corrects: str  # "{id}"
    patch_line: str  # "{product}", "{batch}", "{result}", "{until}", "{role}"
    results: dict[str, str]
    photo_note: str
    photo_kinds: dict[str, str]
    decisions: dict[str, str]
    on_screen: str
    consent_recorded: str  # "{date}", "{method}", "{role}"
    text_version: str  # "{version}", "{language}"
    withdrawn: str  # "{date}", "{role}"
    reason: str  # "{reason}"
    text_shown: str
    access_note: str
    access_columns: tuple[str, str, str, str]  # when, who, what, result
    actions: dict[str, str]
    outcomes: dict[str, str]
    purposes_heading: str
    retention_heading: str
    retention: dict[str, str]  # "{years}" is `years` filled in; "off": a rule switched off
    years: tuple[str, str]  # "{n}": one year, more years
    source: str
    automated: str
    rights_heading: str
    footer: str  # "{salon}", "{date}", "{page}"


ENGLISH = ReportText(
    title="Your personal data",
    intro="Everything {salon} holds about you in its client records, as of {date}.",
    headings={
        "client": "Your record",
        "health": "Health information",
        "visits": "Visits and treatments",
        "patch_tests": "Patch tests",
        "photos": "Photos",
        "consents": "Your consent decisions",
        "access": "Who opened or changed your record",
        "about": "Why we keep it, how long, who receives it",
    },
    fields={
        "client_number": "Client number",
        "family_name": "Family name",
        "given_name": "Given name",
        "phone": "Phone",
        "email": "E-mail",
        "birth_date": "Date of birth",
        "address": "Address",
        "language": "Language",
        "is_minor": "Under 18",
        "guardian": "Parent or guardian",
        "hair": "Hair preferences",
        "skin": "Skin preferences",
        "lash": "Lash preferences",
        "tags": "Tags",
        "notes": "Notes",
        "archived": "Archived",
    },
    yes="yes",
    no="no",
    nothing="Nothing recorded.",
    roles={
        "owner": "owner",
        "receptionist": "receptionist",
        "technician": "technician",
        "": "staff",
    },
    health_kinds={
        "allergy": "Allergy",
        "condition": "Condition",
        "medication": "Medication",
        "contraindication": "Contraindication",
    },
    severities={"low": "low", "moderate": "moderate", "severe": "severe"},
    recorded="recorded {date} by the {role}",
    removed="taken off your card on {date}, still stored",
    visit_columns=("Date", "Service", "By", "Details"),
    formula="Formula",
    products="Products",
    notes="Notes",
    price="Price",
    payments={
        "cash": "cash",
        "card": "card",
        "transfer": "transfer",
        "voucher": "voucher",
        "other": "other",
    },
    corrects="corrects entry no. {id}",
    patch_line="{product} (batch {batch}): {result}, valid until {until}, by the {role}",
    results={"pending": "result pending", "pass": "passed", "fail": "reaction (failed)"},
    photo_note="Shown small here; the machine-readable copy holds each photo in full.",
    photo_kinds={"before": "before", "after": "after"},
    decisions={"granted": "Agreed", "refused": "Refused"},
    on_screen="signed on screen",
    consent_recorded="{date}, {method}, witness: the {role}",
    text_version="text version {version}, in {language}",
    withdrawn="Withdrawn {date} (recorded by the {role})",
    reason="Reason given: {reason}",
    text_shown="The text you were shown:",
    access_note="The program logs every opening, change and print of your record. Staff are"
    " named by role only.",
    access_columns=("When", "Who", "What", "Result"),
    actions={
        "client.create": "Record created",
        "client.open": "Record opened",
        "client.update": "Record changed",
        "client.archive": "Record archived",
        "client.unarchive": "Record taken out of the archive",
        "client.data_report": "Data report made",
        "health.add": "Health information added",
        "health.remove": "Health information removed",
        "visit.add": "Visit recorded",
        "visit.edit": "Visit changed",
        "visit.correct": "Visit corrected",
        "visit.open": "Visit opened",
        "formula.repeat": "Colour formula copied into a new visit",
        "client.print_card": "Client card printed or saved",
        "client.print_day": "Listed on a day sheet of clients, printed or saved",
        "visit.patch_test_override": "Treated without a valid patch test (confirmed by staff)",
        "visit.contraindication_override": "Treated despite a contraindication on the health"
        " record (checked and confirmed by staff)",
        "visit.safety_shown": "Health alerts shown before a treatment",
        "patch_test.add": "Patch test recorded",
        "patch_test.result": "Patch test result recorded",
        "photo.add": "Photo added",
        "photo.remove": "Photo deleted",
        "photo.list": "Photos shown (small)",
        "photo.view": "Photo opened",
        "consent.record": "Consent decision recorded",
        "consent.withdraw": "Consent withdrawn",
        "consent.form": "Consent form printed or saved",
        "permission.denied": "Access refused",
    },
    outcomes={"ok": "done", "refused": "refused", "failed": "failed"},
    purposes_heading="Why we keep your data",
    retention_heading="How long",
    retention={
        "client": "Your whole record: due for deletion {years} after your last visit.",
        "health": "Health information and patch tests: due for deletion {years} after"
        " your last treatment.",
        "photos": "Photos: due for deletion {years} after they were taken.",
        "off": "Otherwise kept while you are our client, until you ask us to delete it, unless"
        " the law requires us to keep it.",
    },
    years=("1 year", "{n} years"),
    source="Where the data comes from: from you, at the salon.",
    automated="No decisions about you are made automatically.",
    rights_heading="Your rights",
    footer="{salon} · made {date} with SalonVault · page {page}",
)

VIETNAMESE = ReportText(
    title="Dữ liệu cá nhân của Quý khách",
    intro="Tất cả những gì {salon} lưu về Quý khách trong hồ sơ khách hàng, tính đến ngày {date}.",
    headings={
        "client": "Hồ sơ của Quý khách",
        "health": "Thông tin sức khỏe",
        "visits": "Các lần đến và dịch vụ",
        "patch_tests": "Thử phản ứng da",
        "photos": "Ảnh",
        "consents": "Các quyết định đồng ý của Quý khách",
        "access": "Ai đã mở hoặc sửa hồ sơ của Quý khách",
        "about": "Vì sao lưu, lưu bao lâu, ai nhận",
    },
    fields={
        "client_number": "Mã khách hàng",
        "family_name": "Họ",
        "given_name": "Tên",
        "phone": "Điện thoại",
        "email": "E-mail",
        "birth_date": "Ngày sinh",
        "address": "Địa chỉ",
        "language": "Ngôn ngữ",
        "is_minor": "Dưới 18 tuổi",
        "guardian": "Cha mẹ hoặc người giám hộ",
        "hair": "Sở thích về tóc",
        "skin": "Sở thích về da",
        "lash": "Sở thích về mi",
        "tags": "Nhãn",
        "notes": "Ghi chú",
        "archived": "Đã lưu trữ",
    },
    yes="có",
    no="không",
    nothing="Không có gì được ghi.",
    roles={
        "owner": "chủ salon",
        "receptionist": "lễ tân",
        "technician": "kỹ thuật viên",
        "": "nhân viên",
    },
    health_kinds={
        "allergy": "Dị ứng",
        "condition": "Bệnh lý",
        "medication": "Thuốc đang dùng",
        "contraindication": "Chống chỉ định",
    },
    severities={"low": "nhẹ", "moderate": "vừa", "severe": "nặng"},
    recorded="ghi ngày {date} bởi {role}",
    removed="đã gỡ khỏi hồ sơ ngày {date}, vẫn còn lưu",
    visit_columns=("Ngày", "Dịch vụ", "Người làm", "Chi tiết"),
    formula="Công thức màu",
    products="Sản phẩm",
    notes="Ghi chú",
    price="Giá",
    payments={
        "cash": "tiền mặt",
        "card": "thẻ",
        "transfer": "chuyển khoản",
        "voucher": "phiếu quà tặng",
        "other": "khác",
    },
    corrects="sửa cho mục số {id}",
    patch_line="{product} (lô {batch}): {result}, hiệu lực đến {until}, do {role} làm",
    results={"pending": "chưa có kết quả", "pass": "đạt", "fail": "có phản ứng (không đạt)"},
    photo_note="Ảnh ở đây được thu nhỏ; bản sao dạng máy đọc chứa ảnh đầy đủ.",
    photo_kinds={"before": "trước", "after": "sau"},
    decisions={"granted": "Đồng ý", "refused": "Từ chối"},
    on_screen="ký trên màn hình",
    consent_recorded="{date}, {method}, người chứng kiến: {role}",
    text_version="văn bản phiên bản {version}, bằng {language}",
    withdrawn="Đã rút lại ngày {date} (do {role} ghi)",
    reason="Lý do: {reason}",
    text_shown="Văn bản Quý khách đã được xem:",
    access_note="Chương trình ghi lại mỗi lần hồ sơ của Quý khách được mở, sửa hoặc in. Nhân"
    " viên chỉ được ghi theo vai trò.",
    access_columns=("Khi nào", "Ai", "Việc gì", "Kết quả"),
    actions={
        "client.create": "Tạo hồ sơ",
        "client.open": "Mở hồ sơ",
        "client.update": "Sửa hồ sơ",
        "client.archive": "Lưu trữ hồ sơ",
        "client.unarchive": "Đưa hồ sơ ra khỏi lưu trữ",
        "client.data_report": "Lập báo cáo dữ liệu",
        "health.add": "Thêm thông tin sức khỏe",
        "health.remove": "Gỡ thông tin sức khỏe",
        "visit.add": "Ghi lần làm dịch vụ",
        "visit.edit": "Sửa lần làm dịch vụ",
        "visit.correct": "Đính chính lần làm dịch vụ",
        "visit.open": "Mở chi tiết lần làm dịch vụ",
        "formula.repeat": "Chép công thức màu sang lần làm mới",
        "client.print_card": "In hoặc lưu hồ sơ khách hàng",
        "client.print_day": "Có tên trong danh sách khách trong ngày được in hoặc lưu",
        "visit.patch_test_override": "Làm dịch vụ khi không có kết quả thử dị ứng còn hiệu"
        " lực (nhân viên xác nhận)",
        "visit.contraindication_override": "Làm dịch vụ dù hồ sơ sức khỏe có chống chỉ định"
        " (nhân viên đã kiểm tra và xác nhận)",
        "visit.safety_shown": "Hiển thị cảnh báo sức khỏe trước khi làm dịch vụ",
        "patch_test.add": "Ghi lần thử dị ứng",
        "patch_test.result": "Ghi kết quả thử dị ứng",
        "photo.add": "Thêm ảnh",
        "photo.remove": "Xóa ảnh",
        "photo.list": "Xem ảnh thu nhỏ",
        "photo.view": "Mở ảnh",
        "consent.record": "Ghi quyết định đồng ý",
        "consent.withdraw": "Rút lại đồng ý",
        "consent.form": "In hoặc lưu phiếu đồng ý",
        "permission.denied": "Bị từ chối truy cập",
    },
    outcomes={"ok": "xong", "refused": "bị từ chối", "failed": "lỗi"},
    purposes_heading="Vì sao chúng tôi lưu dữ liệu của Quý khách",
    retention_heading="Lưu trong bao lâu",
    retention={
        "client": "Toàn bộ hồ sơ: đến hạn xóa {years} sau lần đến cuối cùng của Quý khách.",
        "health": "Thông tin sức khỏe và thử dị ứng: đến hạn xóa {years} sau lần làm"
        " dịch vụ cuối cùng.",
        "photos": "Ảnh: đến hạn xóa {years} sau ngày chụp.",
        "off": "Ngoài ra được lưu khi Quý khách còn là khách hàng của salon, cho đến khi Quý"
        " khách yêu cầu xóa, trừ khi pháp luật yêu cầu lưu giữ.",
    },
    years=("1 năm", "{n} năm"),
    source="Nguồn dữ liệu: do Quý khách cung cấp tại salon.",
    automated="Không có quyết định nào về Quý khách được đưa ra tự động.",
    rights_heading="Quyền của Quý khách",
    footer="{salon} · lập ngày {date} bằng SalonVault · trang {page}",
)

POLISH = ReportText(
    title="Pani/Pana dane osobowe",
    intro="Wszystko, co {salon} przechowuje o Pani/Panu w swojej dokumentacji klientów, według"
    " stanu na {date}.",
    headings={
        "client": "Karta klienta",
        "health": "Informacje o zdrowiu",
        "visits": "Wizyty i zabiegi",
        "patch_tests": "Testy uczuleniowe",
        "photos": "Zdjęcia",
        "consents": "Decyzje o zgodach",
        "access": "Kto otwierał lub zmieniał kartę",
        "about": "Po co, jak długo i komu przekazujemy",
    },
    fields={
        "client_number": "Numer klienta",
        "family_name": "Nazwisko",
        "given_name": "Imię",
        "phone": "Telefon",
        "email": "E-mail",
        "birth_date": "Data urodzenia",
        "address": "Adres",
        "language": "Język",
        "is_minor": "Poniżej 18 lat",
        "guardian": "Rodzic lub opiekun",
        "hair": "Preferencje: włosy",
        "skin": "Preferencje: skóra",
        "lash": "Preferencje: rzęsy",
        "tags": "Etykiety",
        "notes": "Notatki",
        "archived": "W archiwum",
    },
    yes="tak",
    no="nie",
    nothing="Nic nie zapisano.",
    roles={
        "owner": "właściciel",
        "receptionist": "recepcja",
        "technician": "stylista lub kosmetyczka",
        "": "pracownik",
    },
    health_kinds={
        "allergy": "Alergia",
        "condition": "Schorzenie",
        "medication": "Lek",
        "contraindication": "Przeciwwskazanie",
    },
    severities={"low": "łagodne", "moderate": "umiarkowane", "severe": "ciężkie"},
    recorded="zapisano {date} ({role})",
    removed="usunięto z karty {date}, nadal przechowywane",
    visit_columns=("Data", "Usługa", "Kto", "Szczegóły"),
    formula="Receptura",
    products="Produkty",
    notes="Notatki",
    price="Cena",
    payments={
        "cash": "gotówka",
        "card": "karta",
        "transfer": "przelew",
        "voucher": "bon",
        "other": "inne",
    },
    corrects="korekta wpisu nr {id}",
    patch_line="{product} (partia {batch}): {result}, ważny do {until} ({role})",
    results={"pending": "czeka na wynik", "pass": "bez reakcji", "fail": "wystąpiła reakcja"},
    photo_note="Tu w pomniejszeniu; kopia do odczytu maszynowego zawiera każde zdjęcie w całości.",
    photo_kinds={"before": "przed", "after": "po"},
    decisions={"granted": "Zgoda", "refused": "Odmowa"},
    on_screen="podpisano na ekranie",
    consent_recorded="{date}, {method}, świadek: {role}",
    text_version="wersja tekstu {version}, język: {language}",
    withdrawn="Wycofano {date} ({role})",
    reason="Podany powód: {reason}",
    text_shown="Pokazany tekst:",
    access_note="Program zapisuje każde otwarcie, zmianę i wydruk karty. Zamiast nazwisk"
    " pracowników podajemy tylko ich role.",
    access_columns=("Kiedy", "Kto", "Co", "Wynik"),
    actions={
        "client.create": "Założenie karty",
        "client.open": "Otwarcie karty",
        "client.update": "Zmiana karty",
        "client.archive": "Przeniesienie karty do archiwum",
        "client.unarchive": "Wyjęcie karty z archiwum",
        "client.data_report": "Sporządzenie raportu o danych",
        "health.add": "Dodanie informacji o zdrowiu",
        "health.remove": "Usunięcie informacji o zdrowiu",
        "visit.add": "Zapis wizyty",
        "visit.edit": "Zmiana wizyty",
        "visit.correct": "Korekta wizyty",
        "visit.open": "Otwarcie wizyty",
        "formula.repeat": "Skopiowanie receptury do nowej wizyty",
        "client.print_card": "Wydruk lub zapis karty klienta",
        "client.print_day": "Umieszczenie na wydrukowanej lub zapisanej liście klientów dnia",
        "visit.patch_test_override": "Zabieg bez ważnego testu uczuleniowego (potwierdzony przez"
        " pracownika)",
        "visit.contraindication_override": "Zabieg mimo przeciwwskazania w danych o zdrowiu"
        " (sprawdzony i potwierdzony przez pracownika)",
        "visit.safety_shown": "Wyświetlenie ostrzeżeń zdrowotnych przed zabiegiem",
        "patch_test.add": "Zapis testu uczuleniowego",
        "patch_test.result": "Zapis wyniku testu uczuleniowego",
        "photo.add": "Dodanie zdjęcia",
        "photo.remove": "Usunięcie zdjęcia",
        "photo.list": "Wyświetlenie miniatur zdjęć",
        "photo.view": "Otwarcie zdjęcia",
        "consent.record": "Zapis decyzji o zgodzie",
        "consent.withdraw": "Wycofanie zgody",
        "consent.form": "Wydruk lub zapis formularza zgody",
        "permission.denied": "Odmowa dostępu",
    },
    outcomes={"ok": "wykonano", "refused": "odmówiono", "failed": "błąd"},
    purposes_heading="Po co przechowujemy dane",
    retention_heading="Jak długo",
    retention={
        "client": "Cała karta: do usunięcia po {years} od ostatniej wizyty.",
        "health": "Informacje o zdrowiu i testy uczuleniowe: do usunięcia po {years} od"
        " ostatniego zabiegu.",
        "photos": "Zdjęcia: do usunięcia po {years} od ich wykonania.",
        "off": "Poza tym przechowywane, dopóki jest Pani/Pan naszym klientem, do prośby o"
        " usunięcie, chyba że prawo wymaga ich przechowywania.",
    },
    years=("roku", "{n} latach"),
    source="Skąd pochodzą dane: od Pani/Pana, w salonie.",
    automated="Żadne decyzje w Pani/Pana sprawie nie są podejmowane automatycznie.",
    rights_heading="Pani/Pana prawa",
    footer="{salon} · sporządzono {date} w SalonVault · strona {page}",
)

CHINESE = ReportText(
    title="您的个人信息",
    intro="截至 {date}，{salon}在客户记录中保存的关于您的全部信息。",
    headings={
        "client": "您的档案",
        "health": "健康信息",
        "visits": "到店和护理记录",
        "patch_tests": "皮肤测试",
        "photos": "照片",
        "consents": "您的同意决定",
        "access": "谁打开或修改过您的档案",
        "about": "为什么保存、保存多久、提供给谁",
    },
    fields={
        "client_number": "客户编号",
        "family_name": "姓",
        "given_name": "名",
        "phone": "电话",
        "email": "电子邮箱",
        "birth_date": "出生日期",
        "address": "地址",
        "language": "语言",
        "is_minor": "未满18岁",
        "guardian": "父母或监护人",
        "hair": "头发偏好",
        "skin": "皮肤偏好",
        "lash": "睫毛偏好",
        "tags": "标签",
        "notes": "备注",
        "archived": "已归档",
    },
    yes="是",
    no="否",
    nothing="没有记录。",
    roles={"owner": "店主", "receptionist": "前台", "technician": "技师", "": "员工"},
    health_kinds={
        "allergy": "过敏",
        "condition": "病症",
        "medication": "用药",
        "contraindication": "禁忌",
    },
    severities={"low": "轻度", "moderate": "中度", "severe": "重度"},
    recorded="{date} 由{role}记录",
    removed="{date} 已从档案中移除，但仍有保存",
    visit_columns=("日期", "服务", "服务人员", "详情"),
    formula="染发配方",
    products="产品",
    notes="备注",
    price="价格",
    payments={
        "cash": "现金",
        "card": "银行卡",
        "transfer": "转账",
        "voucher": "代金券",
        "other": "其他",
    },
    corrects="更正第 {id} 条记录",
    patch_line="{product}（批号 {batch}）：{result}，有效期至 {until}，由{role}操作",
    results={"pending": "结果待定", "pass": "无反应（通过）", "fail": "有反应（未通过）"},
    photo_note="此处为缩小图；机器可读的副本中包含每张照片的完整原图。",
    photo_kinds={"before": "护理前", "after": "护理后"},
    decisions={"granted": "同意", "refused": "拒绝"},
    on_screen="在屏幕上签名",
    consent_recorded="{date}，{method}，见证人：{role}",
    text_version="文本版本 {version}，语言：{language}",
    withdrawn="已于 {date} 撤回（由{role}记录）",
    reason="撤回理由：{reason}",
    text_shown="当时向您展示的文本：",
    access_note="程序会记录您的档案每一次被打开、修改或打印。员工只以岗位显示。",
    access_columns=("时间", "人员", "操作", "结果"),
    actions={
        "client.create": "建立档案",
        "client.open": "打开档案",
        "client.update": "修改档案",
        "client.archive": "档案归档",
        "client.unarchive": "档案取消归档",
        "client.data_report": "生成个人信息报告",
        "health.add": "添加健康信息",
        "health.remove": "移除健康信息",
        "visit.add": "记录到店护理",
        "visit.edit": "修改护理记录",
        "visit.correct": "更正护理记录",
        "visit.open": "查看护理记录",
        "formula.repeat": "复制染发配方到新的护理记录",
        "client.print_card": "打印或保存客户档案",
        "client.print_day": "列入已打印或保存的当日客户名单",
        "visit.patch_test_override": "在没有有效皮肤测试的情况下护理（员工已确认）",
        "visit.contraindication_override": "健康记录中有禁忌症仍进行护理（员工已核实并确认）",
        "visit.safety_shown": "护理前显示健康提醒",
        "patch_test.add": "记录皮肤测试",
        "patch_test.result": "记录皮肤测试结果",
        "photo.add": "添加照片",
        "photo.remove": "删除照片",
        "photo.list": "查看照片缩略图",
        "photo.view": "打开照片",
        "consent.record": "记录同意决定",
        "consent.withdraw": "撤回同意",
        "consent.form": "打印或保存同意书",
        "permission.denied": "访问被拒绝",
    },
    outcomes={"ok": "完成", "refused": "被拒绝", "failed": "失败"},
    purposes_heading="我们为什么保存您的信息",
    retention_heading="保存多久",
    retention={
        "client": "整个档案：在您最后一次到店{years}后到期删除。",
        "health": "健康信息和皮肤测试：在最后一次护理{years}后到期删除。",
        "photos": "照片：拍摄{years}后到期删除。",
        "off": "其他信息在您是本店客户期间保存，直到您要求删除，法律、行政法规另有规定的除外。",
    },
    years=("1年", "{n}年"),
    source="信息来源：您本人在店内提供。",
    automated="不会对您作出任何自动化决策。",
    rights_heading="您的权利",
    footer="{salon} · {date} 由 SalonVault 生成 · 第 {page} 页",
)

REPORT_TEXTS: dict[str, ReportText] = {
    "en": ENGLISH,
    "vi": VIETNAMESE,
    "pl": POLISH,
    "zh_CN": CHINESE,
}

LANGUAGE_NAMES = {"en": "English", "vi": "Tiếng Việt", "pl": "polski", "zh_CN": "中文（简体）"}


def purpose_label(language: str, purpose: str) -> str:
    labels = {p.value: text for p, text in FORM_TEXTS[language].purposes.items()}
    return labels.get(purpose, purpose)


def why_lines(language: str) -> tuple[str, ...]:
    return NOTICE_LEGAL[language].why


def storage_line(language: str) -> str:
    return NOTICE_TEXTS[language].storage


def rights_lines(language: str, country: str) -> tuple[str, ...]:
    """The privacy notice's rights, the complaint going to the salon's country's authority."""
    where = authority(country, language)
    return tuple(line.format(authority=where) for line in NOTICE_LEGAL[language].rights)


def recipient_lines(language: str, country: str, recipients: tuple[Recipient, ...]) -> list[str]:
    """The recipients the owner listed (the privacy notice's words), or that there are none;
    and that the program itself sends nothing."""
    legal = NOTICE_LEGAL[language]
    if not recipients:
        return [legal.recipients_none, legal.program_sends_nothing]
    names = "; ".join(
        f"{r.name}: {r.purpose} ({country_name(r.country, language)})" for r in recipients
    )
    lines = [f"{legal.recipients_lead} {names}"]
    abroad = transfers_abroad(recipients, country)
    if abroad:
        where = ", ".join(f"{r.name} ({country_name(r.country, language)})" for r in abroad)
        lines.append(f"{legal.abroad_lead} {where}")
    return [*lines, legal.program_sends_nothing]


def how_to_ask(language: str, salon: str) -> str:
    return NOTICE_TEXTS[language].how_to_ask.format(salon=salon)
