"""The privacy notice's words in each language, and the notice put together from the settings.

What is collected follows the fields the salon switched on (ClientService.collected_fields), each
with what it is for, and the consent purposes it asks for; who sees what follows the role matrix
(domain/roles.py). Every sentence states what the program does, nothing more: the retention
periods are the owner's rules (services/retention.py), and the rights say how to ask, not that
the program answers by itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from salonvault.documents.health_basis_text import NOTICE_BASIS
from salonvault.documents.jurisdiction_text import authority, country_name
from salonvault.documents.privacy_notice_legal_text import NOTICE_LEGAL, NoticeLegalWords
from salonvault.domain.consent import MARKETING_CHANNELS, Purpose
from salonvault.domain.health_basis import DEFAULT_HEALTH_BASIS, HealthBasis
from salonvault.domain.recipients import Recipient, transfers_abroad
from salonvault.domain.retention import RetentionRules
from salonvault.domain.roles import PERMISSION_MATRIX, Permission, Role

# What the notice says is held, in its order: field or group → the permission that reads it.
_OPTIONAL = ("phone", "email", "birth_date", "address", "guardian")
_SEEN_BY: tuple[tuple[str, Permission], ...] = (
    ("contact", Permission.CONTACT_READ),
    ("health", Permission.HEALTH_READ),
    ("treatments", Permission.TREATMENT_READ),
    ("visits", Permission.TREATMENT_SUMMARY_READ),
    ("patch_tests", Permission.PATCH_TEST_READ),
    ("photos", Permission.PHOTOS),
    ("consents", Permission.CONSENT_RECORD),
    ("activity", Permission.AUDIT_READ),
)


@dataclass(frozen=True, slots=True)
class NoticeText:
    title: str
    intro: str  # "{salon}": the salon's name and address
    headings: tuple[str, str, str, str, str, str]  # collected, why, consent, how long, who, rights
    always: str  # names, language, preferences, notes
    fields: dict[str, str]  # the optional fields
    field_uses: dict[str, str]  # what each optional field is for (data minimisation)
    health: str
    visits: str
    photos: str
    consents: str
    consent_intro: str
    marketing: str
    how_long: tuple[str, ...]  # after NOTICE_LEGAL's keep_while_client
    retention: tuple[str, str, str]  # "{years}": inactive clients, health data, photos
    year_words: tuple[str, str, str]  # one, few (Polish 2-4), many
    storage: str
    groups: dict[str, str]  # the keys of _SEEN_BY
    roles: dict[Role, str]
    masked: str  # "{roles}": who sees contact details partly hidden
    how_to_ask: str  # "{salon}"
    generated: str  # "{date}"


ENGLISH = NoticeText(
    title="Privacy notice",
    intro="{salon} keeps records about its clients. This notice says what is kept, why, for how"
    " long, who sees it and what you can ask for.",
    headings=(
        "What we keep",
        "Why",
        "What we ask your consent for",
        "How long",
        "Who sees it",
        "Your rights and how to use them",
    ),
    always="Your name, preferred language, your preferences for hair, skin and lashes, and notes"
    " about your treatments",
    fields={
        "phone": "Phone number",
        "email": "E-mail address",
        "birth_date": "Date of birth",
        "address": "Postal address",
        "guardian": "For a client under 18: the parent or guardian's name and contact",
    },
    field_uses={
        "phone": "to reach you about your appointments; offers only if you agree",
        "email": "to send you what you ask for, such as a copy of your data; offers only if you"
        " agree",
        "birth_date": "to tell clients with the same name apart, and to check your age where a"
        " treatment needs it",
        "address": "for letters and invoices you ask for",
        "guardian": "to ask them for consent on your behalf and to reach them",
    },
    health="Health information you give us for your safety: allergies, conditions, medicines",
    visits="Your visits: date, service, who treated you, products and colour formulas, patch"
    " tests and their results",
    photos="Before and after photos, only while you agree to them",
    consents="What you agreed to or refused, the exact text you were shown, and your signature",
    consent_intro="We ask for your consent, which you may refuse or withdraw, for:",
    marketing="We contact you with offers only by the channels you agreed to, and stop as soon as"
    " you withdraw.",
    how_long=(
        "If you withdraw consent to photos, your photos are deleted at once. The record of"
        " what you agreed to and when is kept as proof.",
    ),
    retention=(
        "If you have not visited for {years}, your records are deleted (only anonymous visit"
        " counts stay).",
        "Health information and patch tests are deleted {years} after your last treatment.",
        "Photos are deleted {years} after they were taken.",
    ),
    year_words=("year", "years", "years"),
    storage="Your records are kept encrypted on the salon's computer. The program does not send"
    " them anywhere.",
    groups={
        "contact": "Contact details",
        "health": "Health information",
        "treatments": "Treatment details and colour formulas",
        "visits": "Dates and services of visits",
        "patch_tests": "Patch tests",
        "photos": "Photos",
        "consents": "Your consent decisions",
        "activity": "The log of who looked at or changed your record",
    },
    roles={Role.OWNER: "the owner", Role.RECEPTIONIST: "reception", Role.TECHNICIAN: "technicians"},
    masked="{roles} see your contact details partly hidden.",
    how_to_ask="Ask at the reception desk or write to {salon}. We answer without charge.",
    generated="Printed {date}",
)

VIETNAMESE = NoticeText(
    title="Thông báo về quyền riêng tư",
    intro="{salon} lưu hồ sơ về khách hàng. Thông báo này cho Quý khách biết những gì được"
    " lưu, vì sao, trong bao lâu, ai được xem và Quý khách có thể yêu cầu những gì.",
    headings=(
        "Chúng tôi lưu gì",
        "Vì sao và căn cứ pháp lý",
        "Những gì chúng tôi xin Quý khách đồng ý",
        "Trong bao lâu",
        "Ai được xem",
        "Quyền của Quý khách và cách thực hiện",
    ),
    always="Họ tên, ngôn ngữ Quý khách dùng, sở thích về tóc, da và mi, và ghi chú về các lần"
    " làm dịch vụ",
    fields={
        "phone": "Số điện thoại",
        "email": "Địa chỉ e-mail",
        "birth_date": "Ngày sinh",
        "address": "Địa chỉ bưu điện",
        "guardian": "Với khách hàng dưới 18 tuổi: tên và liên lạc của cha mẹ hoặc người giám hộ",
    },
    field_uses={
        "phone": "để liên hệ với Quý khách về lịch hẹn; chỉ gửi ưu đãi khi Quý khách đồng ý",
        "email": "để gửi những gì Quý khách yêu cầu, như bản sao dữ liệu; chỉ gửi ưu đãi khi"
        " Quý khách đồng ý",
        "birth_date": "để phân biệt những khách hàng trùng tên, và để kiểm tra tuổi khi dịch vụ"
        " cần",
        "address": "để gửi thư và hóa đơn Quý khách yêu cầu",
        "guardian": "để xin cha mẹ hoặc người giám hộ đồng ý thay cho Quý khách và để liên lạc",
    },
    health="Dữ liệu sức khỏe Quý khách cho chúng tôi biết vì an toàn của Quý khách: dị ứng,"
    " bệnh lý, thuốc",
    visits="Các lần làm dịch vụ: ngày, dịch vụ, người làm, sản phẩm và công thức màu, thử dị"
    " ứng và kết quả",
    photos="Ảnh trước và sau, chỉ khi Quý khách đồng ý",
    consents="Những gì Quý khách đồng ý hoặc từ chối, đúng văn bản đã đọc, và chữ ký",
    consent_intro="Chúng tôi xin Quý khách đồng ý (Quý khách có thể từ chối hoặc rút lại sự"
    " đồng ý) cho:",
    marketing="Chúng tôi chỉ gửi ưu đãi qua các kênh Quý khách đã đồng ý và dừng ngay khi Quý"
    " khách rút lại sự đồng ý.",
    how_long=(
        "Nếu Quý khách rút lại sự đồng ý về ảnh, ảnh bị xóa ngay. Bản ghi Quý khách đã đồng ý"
        " gì và khi nào được giữ làm bằng chứng.",
    ),
    retention=(
        "Nếu Quý khách không đến salon trong {years}, hồ sơ bị xóa (chỉ giữ số lượt đến ẩn danh).",
        "Dữ liệu sức khỏe và thử dị ứng bị xóa {years} sau lần làm dịch vụ cuối.",
        "Ảnh bị xóa {years} sau khi chụp.",
    ),
    year_words=("năm", "năm", "năm"),
    storage="Hồ sơ được mã hóa trên máy tính của salon. Chương trình không gửi đi đâu cả.",
    groups={
        "contact": "Thông tin liên lạc",
        "health": "Dữ liệu sức khỏe",
        "treatments": "Chi tiết dịch vụ và công thức màu",
        "visits": "Ngày và dịch vụ của các lần đến",
        "patch_tests": "Thử dị ứng",
        "photos": "Ảnh",
        "consents": "Các quyết định đồng ý của Quý khách",
        "activity": "Nhật ký hoạt động: ai đã xem hoặc sửa hồ sơ",
    },
    roles={Role.OWNER: "chủ salon", Role.RECEPTIONIST: "lễ tân", Role.TECHNICIAN: "kỹ thuật viên"},
    masked="{roles} thấy thông tin liên lạc của Quý khách bị che một phần.",
    how_to_ask="Xin hỏi tại quầy lễ tân hoặc viết thư cho {salon}. Chúng tôi trả lời miễn phí.",
    generated="In ngày {date}",
)

POLISH = NoticeText(
    title="Informacja o prywatności",
    intro="{salon} prowadzi dokumentację swoich klientów. Ta informacja mówi, co jest"
    " przechowywane, po co, jak długo, kto to widzi i o co może Pani/Pan poprosić.",
    headings=(
        "Co przechowujemy",
        "Po co i na jakiej podstawie",
        "Na co prosimy o zgodę",
        "Jak długo",
        "Kto to widzi",
        "Pani/Pana prawa i jak z nich skorzystać",
    ),
    always="Imię i nazwisko, preferowany język, preferencje dotyczące włosów, skóry i rzęs oraz"
    " notatki o usługach",
    fields={
        "phone": "Numer telefonu",
        "email": "Adres e-mail",
        "birth_date": "Data urodzenia",
        "address": "Adres pocztowy",
        "guardian": "U klienta poniżej 18 lat: imię i kontakt rodzica lub opiekuna",
    },
    field_uses={
        "phone": "aby kontaktować się z Panią/Panem w sprawie wizyt; oferty tylko za zgodą",
        "email": "aby wysłać to, o co Pani/Pan prosi, np. kopię danych; oferty tylko za zgodą",
        "birth_date": "aby odróżnić klientów o tym samym nazwisku i sprawdzić wiek, gdy wymaga"
        " tego usługa",
        "address": "do listów i faktur, o które Pani/Pan prosi",
        "guardian": "aby poprosić rodzica lub opiekuna o zgodę i móc się z nim skontaktować",
    },
    health="Dane o zdrowiu podane dla Pani/Pana bezpieczeństwa: alergie, choroby, leki",
    visits="Wizyty: data, usługa, kto ją wykonał, produkty i receptury koloru, testy"
    " uczuleniowe i ich wyniki",
    photos="Zdjęcia przed i po, tylko dopóki obowiązuje zgoda na nie",
    consents="Decyzje o zgodach (udzielone i odmówione), dokładny pokazany tekst i podpis",
    consent_intro="Prosimy o zgodę, której można odmówić lub którą można wycofać, na:",
    marketing="Oferty wysyłamy tylko kanałami, na które wyrażono zgodę, i przestajemy od razu po"
    " wycofaniu zgody.",
    how_long=(
        "Po wycofaniu zgody na zdjęcia zdjęcia są od razu usuwane. Zapis tego, na co i kiedy"
        " wyrażono zgodę, zostaje jako dowód.",
    ),
    retention=(
        "Dokumentacja klienta, który nie odwiedza nas przez {years}, jest usuwana (zostają"
        " tylko anonimowe liczby wizyt).",
        "Dane o zdrowiu i testy uczuleniowe są usuwane {years} po ostatniej usłudze.",
        "Zdjęcia są usuwane {years} po ich wykonaniu.",
    ),
    year_words=("rok", "lata", "lat"),
    storage="Dokumentacja jest zaszyfrowana na komputerze salonu. Program nigdzie jej nie wysyła.",
    groups={
        "contact": "Dane kontaktowe",
        "health": "Dane o zdrowiu",
        "treatments": "Szczegóły usług i receptury koloru",
        "visits": "Daty i usługi wizyt",
        "patch_tests": "Testy uczuleniowe",
        "photos": "Zdjęcia",
        "consents": "Decyzje o zgodach",
        "activity": "Dziennik zdarzeń: kto przeglądał lub zmieniał kartę klienta",
    },
    roles={
        Role.OWNER: "właściciel",
        Role.RECEPTIONIST: "recepcja",
        Role.TECHNICIAN: "technicy",
    },
    masked="{roles} widzą dane kontaktowe częściowo ukryte.",
    how_to_ask="Prosimy zapytać w recepcji lub napisać do: {salon}. Odpowiadamy bezpłatnie.",
    generated="Wydrukowano {date}",
)

CHINESE = NoticeText(
    title="隐私告知",
    intro="{salon}保存客户的记录。本告知说明保存哪些信息、为什么、保存多久、谁可以查看，以及您可以提出哪些要求。",
    headings=("我们保存什么", "为什么", "我们请您同意的事项", "保存多久", "谁可以查看",
              "您的权利及如何行使"),
    always="您的姓名、常用语言、对头发、皮肤和睫毛的偏好，以及服务记录备注",
    fields={"phone": "电话号码", "email": "电子邮箱", "birth_date": "出生日期",
            "address": "通信地址", "guardian": "未满18岁的客户：父母或监护人的姓名和联系方式"},
    field_uses={"phone": "用于就预约联系您；仅在您同意时发送优惠信息",
                "email": "用于发送您要求的内容，例如您的数据副本；仅在您同意时发送优惠信息",
                "birth_date": "用于区分同名客户，并在服务需要时核对年龄",
                "address": "用于寄送您要求的信件和发票", "guardian": "用于代您征求同意并与其联系"},
    health="为您的安全而提供的健康信息：过敏、疾病、用药",
    visits="您的到店记录：日期、服务、服务人员、产品和染发配方、皮肤测试及结果",
    photos="服务前后照片，仅在您同意期间保存",
    consents="您同意或拒绝的事项、您看到的原文以及您的签名",
    consent_intro="以下事项我们会征求您的同意，您可以拒绝或随时撤回：",
    marketing="我们只通过您同意的渠道发送优惠信息，您撤回后立即停止。",
    how_long=("撤回照片同意后，您的照片会立即删除。您同意了什么以及何时同意的记录会作为证明保留。",),
    retention=(
        "如果您 {years}没有到店，您的记录将被删除（只保留匿名的到店次数）。",
        "健康信息和皮肤测试记录在您最后一次服务 {years}后删除。",
        "照片在拍摄 {years}后删除。",
    ),
    year_words=("年", "年", "年"),
    storage="您的记录加密保存在本店的电脑上，程序不会将其发送到任何地方。",
    groups={"contact": "联系方式", "health": "健康信息",
            "treatments": "服务详情和染发配方", "visits": "到店日期和服务",
            "patch_tests": "皮肤测试", "photos": "照片", "consents": "您的同意决定",
            "activity": "谁查看或修改过您的记录的日志"},
    roles={Role.OWNER: "店主", Role.RECEPTIONIST: "前台", Role.TECHNICIAN: "技师"},
    masked="{roles}看到的联系方式是部分隐藏的。",
    how_to_ask="请在前台提出，或写信至：{salon}。我们免费答复。",
    generated="打印于 {date}",
)  # fmt: skip

NOTICE_TEXTS: dict[str, NoticeText] = {
    "en": ENGLISH,
    "vi": VIETNAMESE,
    "pl": POLISH,
    "zh_CN": CHINESE,
}


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    items: tuple[str, ...]  # a bulleted list
    lead: str = ""  # a sentence before the list
    notes: tuple[str, ...] = ()  # sentences after it


@dataclass(frozen=True, slots=True)
class Notice:
    """The notice ready to lay out: a title, an introduction, the sections, a footer line."""

    title: str
    intro: str
    sections: tuple[Section, ...]
    footer: str


def build_notice(
    language: str,
    salon_name: str,
    salon_address: str,
    collected: frozenset[str],
    purposes_on: frozenset[Purpose],
    printed: str,
    retention: RetentionRules,
    health_basis: HealthBasis = DEFAULT_HEALTH_BASIS,
    country: str = "",
    recipients: tuple[Recipient, ...] = (),
) -> Notice:
    """The notice for this salon: only the fields it collects and the purposes it asks for, and
    the legal basis it chose for health data (under professional secrecy health data is not
    among the consents asked for); the recipients the owner listed, and the rights with the
    complaint to the authority of the salon's `country` (decision 0041)."""
    text = NOTICE_TEXTS[language]
    legal = NOTICE_LEGAL[language]
    address = ", ".join(line.strip() for line in salon_address.splitlines() if line.strip())
    salon = f"{salon_name}, {address}" if address else salon_name
    held = [text.always]
    held += [f"{text.fields[f]} — {text.field_uses[f]}" for f in _OPTIONAL if f in collected]
    held += [text.health, text.visits]
    if Purpose.PHOTOS in purposes_on:
        held.append(text.photos)
    held.append(text.consents)
    labels = legal.purposes
    if health_basis is HealthBasis.PROFESSIONAL_SECRECY:
        purposes_on = purposes_on - {Purpose.HEALTH_DATA}
    # Visit records are information, not a consent (decision 0042): named under "Why".
    asked = tuple(labels[p] for p in Purpose if p in purposes_on and not p.information_only)
    marketing = (text.marketing,) if any(p in purposes_on for p in MARKETING_CHANNELS) else ()
    seen = []
    for group, permission in _SEEN_BY:
        if group == "photos" and Purpose.PHOTOS not in purposes_on:
            continue
        if group == "contact" and not ({"phone", "email", "address"} & collected):
            continue
        roles = ", ".join(text.roles[r] for r in Role if r in PERMISSION_MATRIX[permission])
        seen.append(f"{text.groups[group]}: {roles}")
    masked = [
        r for r in Role
        if r in PERMISSION_MATRIX[Permission.CONTACT_READ_MASKED]
        and r not in PERMISSION_MATRIX[Permission.CONTACT_READ]
    ]  # fmt: skip
    who_notes: tuple[str, ...] = (text.storage,)
    if masked and ({"phone", "email"} & collected):
        names = ", ".join(text.roles[r] for r in masked)
        who_notes = (text.masked.format(roles=names[:1].upper() + names[1:]), text.storage)
    how_long = (legal.keep_while_client, *text.how_long, *_retention(text, retention))
    rights = tuple(line.format(authority=authority(country, language)) for line in legal.rights)
    sections = (
        Section(text.headings[0], tuple(held)),
        Section(text.headings[1], legal.why, notes=(NOTICE_BASIS[language][health_basis],)),
        Section(legal.required_heading, legal.required),
        Section(text.headings[2], asked, lead=text.consent_intro, notes=marketing),
        Section(text.headings[3], (), notes=how_long),
        Section(text.headings[4], tuple(seen), notes=who_notes),
        _recipients_section(legal, recipients, country, language),
        Section(text.headings[5], rights, notes=(text.how_to_ask.format(salon=salon),)),
    )
    return Notice(
        title=text.title,
        intro=text.intro.format(salon=salon),
        sections=sections,
        footer=text.generated.format(date=printed),
    )


def _recipients_section(
    legal: NoticeLegalWords, recipients: tuple[Recipient, ...], country: str, language: str
) -> Section:
    """The recipients the owner listed in Settings, and which of them are abroad."""
    if not recipients:
        return Section(
            legal.recipients_heading, (), notes=(legal.recipients_none, legal.program_sends_nothing)
        )
    items = tuple(
        f"{r.name}: {r.purpose} ({country_name(r.country, language)})" for r in recipients
    )
    abroad = transfers_abroad(recipients, country)
    notes: tuple[str, ...] = ()
    if abroad:
        fill = f"[{legal.fill_safeguard}]"
        lines = [
            f"{r.name}, {country_name(r.country, language)}: {r.safeguard or fill}" for r in abroad
        ]
        notes = (f"{legal.abroad_lead} " + "; ".join(lines),)
    return Section(
        legal.recipients_heading,
        items,
        lead=legal.recipients_lead,
        notes=(*notes, legal.program_sends_nothing),
    )


def _retention(text: NoticeText, rules: RetentionRules) -> tuple[str, ...]:
    """The owner's retention rules, one sentence each rule that is switched on."""
    periods = (rules.inactive_client_years, rules.health_years, rules.photo_years)
    return tuple(
        sentence.format(years=f"{years} {_year_word(text, years)}")
        for sentence, years in zip(text.retention, periods, strict=True)
        if years is not None
    )


def _year_word(text: NoticeText, years: int) -> str:
    one, few, many = text.year_words
    if years == 1:
        return one
    if 2 <= years % 10 <= 4 and not 12 <= years % 100 <= 14:
        return few  # Polish "2 lata"; the other languages give the same word for both
    return many
