"""The privacy notice's words in each language, and the notice put together from the settings.

What is collected follows the fields the salon switched on (ClientService.collected_fields), each
with what it is for, and the consent purposes it asks for; who sees what follows the role matrix
(domain/roles.py). Every sentence states what the program does, nothing more: the retention
periods are the owner's rules (services/retention.py), and the rights say how to ask, not that
the program answers by itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from salonvault.documents.consent_form_text import FORM_TEXTS
from salonvault.documents.health_basis_text import NOTICE_BASIS
from salonvault.domain.consent import MARKETING_CHANNELS, Purpose
from salonvault.domain.health_basis import DEFAULT_HEALTH_BASIS, HealthBasis
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
    why: tuple[str, ...]
    consent_intro: str
    marketing: str
    how_long: tuple[str, ...]
    retention: tuple[str, str, str]  # "{years}": inactive clients, health data, photos
    year_words: tuple[str, str, str]  # one, few (Polish 2-4), many
    storage: str
    groups: dict[str, str]  # the keys of _SEEN_BY
    roles: dict[Role, str]
    masked: str  # "{roles}": who sees contact details partly hidden
    rights: tuple[str, ...]
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
    why=(
        "To treat you safely: allergies and patch tests are checked before a treatment.",
        "To repeat or adjust a treatment: colour formulas and products are kept with each visit.",
        "To show what you agreed to, if you or an inspector asks.",
    ),
    consent_intro="We ask for your consent, which you may refuse or withdraw, for:",
    marketing="We contact you with offers only by the channels you agreed to, and stop as soon as"
    " you withdraw.",
    how_long=(
        "We keep your records while you are our client. Ask us and we delete them.",
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
    rights=(
        "See everything we hold about you.",
        "Have anything wrong corrected.",
        "Withdraw any consent at any time; it takes effect at once.",
        "Have your records deleted.",
        "Complain to the data protection authority.",
    ),
    how_to_ask="Ask at the reception desk or write to {salon}. We answer without charge.",
    generated="Printed {date}",
)

VIETNAMESE = NoticeText(
    title="Thông báo về quyền riêng tư",
    intro="{salon} lưu hồ sơ về khách hàng. Thông báo này cho biết những gì được lưu, vì sao,"
    " trong bao lâu, ai được xem và bạn có thể yêu cầu những gì.",
    headings=(
        "Chúng tôi lưu gì",
        "Vì sao",
        "Những gì chúng tôi xin bạn đồng ý",
        "Trong bao lâu",
        "Ai được xem",
        "Quyền của bạn và cách thực hiện",
    ),
    always="Họ tên, ngôn ngữ bạn dùng, sở thích về tóc, da và mi, và ghi chú về các lần làm dịch"
    " vụ",
    fields={
        "phone": "Số điện thoại",
        "email": "Địa chỉ e-mail",
        "birth_date": "Ngày sinh",
        "address": "Địa chỉ bưu điện",
        "guardian": "Với khách dưới 18 tuổi: tên và liên lạc của cha mẹ hoặc người giám hộ",
    },
    field_uses={
        "phone": "để liên hệ với bạn về lịch hẹn; chỉ gửi ưu đãi khi bạn đồng ý",
        "email": "để gửi những gì bạn yêu cầu, như bản sao dữ liệu của bạn; chỉ gửi ưu đãi khi"
        " bạn đồng ý",
        "birth_date": "để phân biệt những khách trùng tên, và để kiểm tra tuổi khi dịch vụ cần",
        "address": "để gửi thư và hóa đơn bạn yêu cầu",
        "guardian": "để xin họ đồng ý thay cho bạn và để liên lạc với họ",
    },
    health="Thông tin sức khỏe bạn cho chúng tôi biết vì an toàn của bạn: dị ứng, bệnh lý, thuốc",
    visits="Các lần bạn đến: ngày, dịch vụ, người làm, sản phẩm và công thức màu, thử phản ứng"
    " da và kết quả",
    photos="Ảnh trước và sau, chỉ khi bạn đồng ý",
    consents="Những gì bạn đồng ý hoặc từ chối, đúng văn bản bạn đã đọc, và chữ ký của bạn",
    why=(
        "Để làm dịch vụ an toàn: dị ứng và thử phản ứng da được kiểm tra trước khi làm.",
        "Để làm lại hoặc điều chỉnh dịch vụ: công thức màu và sản phẩm được lưu theo từng lần.",
        "Để chứng minh bạn đã đồng ý những gì, khi bạn hoặc cơ quan kiểm tra hỏi.",
    ),
    consent_intro="Chúng tôi xin bạn đồng ý (bạn có thể từ chối hoặc rút lại) cho:",
    marketing="Chúng tôi chỉ gửi ưu đãi qua các kênh bạn đã đồng ý và dừng ngay khi bạn rút lại.",
    how_long=(
        "Chúng tôi lưu hồ sơ khi bạn còn là khách của tiệm. Bạn yêu cầu thì chúng tôi xóa.",
        "Nếu bạn rút lại đồng ý về ảnh, ảnh của bạn bị xóa ngay. Bản ghi bạn đã đồng ý gì"
        " và khi nào được giữ làm bằng chứng.",
    ),
    retention=(
        "Nếu bạn không đến tiệm trong {years}, hồ sơ của bạn bị xóa (chỉ giữ số lượt đến ẩn danh).",
        "Thông tin sức khỏe và thử dị ứng bị xóa {years} sau lần làm dịch vụ cuối.",
        "Ảnh bị xóa {years} sau khi chụp.",
    ),
    year_words=("năm", "năm", "năm"),
    storage="Hồ sơ của bạn được mã hóa trên máy tính của tiệm. Chương trình không gửi đi đâu cả.",
    groups={
        "contact": "Thông tin liên lạc",
        "health": "Thông tin sức khỏe",
        "treatments": "Chi tiết dịch vụ và công thức màu",
        "visits": "Ngày và dịch vụ của các lần đến",
        "patch_tests": "Thử phản ứng da",
        "photos": "Ảnh",
        "consents": "Các quyết định đồng ý của bạn",
        "activity": "Nhật ký ai đã xem hoặc sửa hồ sơ của bạn",
    },
    roles={Role.OWNER: "chủ tiệm", Role.RECEPTIONIST: "lễ tân", Role.TECHNICIAN: "kỹ thuật viên"},
    masked="{roles} thấy thông tin liên lạc của bạn bị che một phần.",
    rights=(
        "Xem mọi thông tin chúng tôi lưu về bạn.",
        "Yêu cầu sửa thông tin sai.",
        "Rút lại bất kỳ sự đồng ý nào, bất cứ lúc nào; có hiệu lực ngay.",
        "Yêu cầu xóa hồ sơ của bạn.",
        "Khiếu nại với cơ quan bảo vệ dữ liệu cá nhân.",
    ),
    how_to_ask="Hỏi tại quầy lễ tân hoặc viết thư cho {salon}. Chúng tôi trả lời miễn phí.",
    generated="In ngày {date}",
)

POLISH = NoticeText(
    title="Informacja o prywatności",
    intro="{salon} prowadzi dokumentację swoich klientów. Ta informacja mówi, co jest"
    " przechowywane, po co, jak długo, kto to widzi i o co możesz poprosić.",
    headings=(
        "Co przechowujemy",
        "Po co",
        "Na co prosimy o zgodę",
        "Jak długo",
        "Kto to widzi",
        "Twoje prawa i jak z nich skorzystać",
    ),
    always="Imię i nazwisko, preferowany język, preferencje dotyczące włosów, skóry i rzęs oraz"
    " notatki o zabiegach",
    fields={
        "phone": "Numer telefonu",
        "email": "Adres e-mail",
        "birth_date": "Data urodzenia",
        "address": "Adres pocztowy",
        "guardian": "U klienta poniżej 18 lat: imię i kontakt rodzica lub opiekuna",
    },
    field_uses={
        "phone": "aby kontaktować się z Tobą w sprawie wizyt; oferty tylko za Twoją zgodą",
        "email": "aby wysłać to, o co prosisz, np. kopię Twoich danych; oferty tylko za Twoją"
        " zgodą",
        "birth_date": "aby odróżnić klientów o tym samym nazwisku i sprawdzić wiek, gdy wymaga"
        " tego zabieg",
        "address": "do listów i faktur, o które prosisz",
        "guardian": "aby poprosić go o zgodę w Twoim imieniu i móc się z nim skontaktować",
    },
    health="Informacje o zdrowiu podane dla Twojego bezpieczeństwa: alergie, schorzenia, leki",
    visits="Twoje wizyty: data, usługa, kto wykonał zabieg, produkty i receptury koloru, testy"
    " uczuleniowe i ich wyniki",
    photos="Zdjęcia przed i po, tylko dopóki się na nie zgadzasz",
    consents="Na co się zgodziłeś lub czego odmówiłeś, dokładny pokazany tekst i Twój podpis",
    why=(
        "Aby wykonać zabieg bezpiecznie: alergie i testy uczuleniowe są sprawdzane przed"
        " zabiegiem.",
        "Aby powtórzyć lub poprawić zabieg: receptury i produkty są zapisane przy każdej wizycie.",
        "Aby wykazać, na co się zgodziłeś, gdy zapytasz Ty lub kontrola.",
    ),
    consent_intro="Prosimy o zgodę, której możesz odmówić lub ją wycofać, na:",
    marketing="Oferty wysyłamy tylko kanałami, na które się zgodziłeś, i przestajemy od razu po"
    " wycofaniu zgody.",
    how_long=(
        "Przechowujemy dokumentację, dopóki jesteś naszym klientem. Na Twoją prośbę ją usuwamy.",
        "Po wycofaniu zgody na zdjęcia Twoje zdjęcia są od razu usuwane. Zapis tego, na co"
        " i kiedy się zgodziłeś, zostaje jako dowód.",
    ),
    retention=(
        "Jeśli nie odwiedzisz nas przez {years}, Twoja dokumentacja zostanie usunięta (zostaną"
        " tylko anonimowe liczby wizyt).",
        "Informacje o zdrowiu i próby uczuleniowe są usuwane {years} po ostatnim zabiegu.",
        "Zdjęcia są usuwane {years} po ich wykonaniu.",
    ),
    year_words=("rok", "lata", "lat"),
    storage="Twoja dokumentacja jest zaszyfrowana na komputerze salonu. Program nigdzie jej nie"
    " wysyła.",
    groups={
        "contact": "Dane kontaktowe",
        "health": "Informacje o zdrowiu",
        "treatments": "Szczegóły zabiegów i receptury koloru",
        "visits": "Daty i usługi wizyt",
        "patch_tests": "Testy uczuleniowe",
        "photos": "Zdjęcia",
        "consents": "Twoje decyzje o zgodach",
        "activity": "Rejestr, kto przeglądał lub zmieniał Twoją kartę",
    },
    roles={
        Role.OWNER: "właściciel",
        Role.RECEPTIONIST: "recepcja",
        Role.TECHNICIAN: "styliści i kosmetyczki",
    },
    masked="{roles} widzą Twoje dane kontaktowe częściowo ukryte.",
    rights=(
        "Wgląd we wszystko, co o Tobie przechowujemy.",
        "Poprawienie błędnych danych.",
        "Wycofanie każdej zgody w dowolnej chwili; działa od razu.",
        "Usunięcie Twojej dokumentacji.",
        "Skarga do organu ochrony danych osobowych (PUODO).",
    ),
    how_to_ask="Zapytaj w recepcji lub napisz do: {salon}. Odpowiadamy bezpłatnie.",
    generated="Wydrukowano {date}",
)

CHINESE = NoticeText(
    title="隐私告知",
    intro="{salon}保存顾客的记录。本告知说明保存哪些信息、为什么、保存多久、谁可以查看，以及您可以提出哪些要求。",
    headings=("我们保存什么", "为什么", "我们请您同意的事项", "保存多久", "谁可以查看",
              "您的权利及如何行使"),
    always="您的姓名、常用语言、对头发、皮肤和睫毛的偏好，以及护理记录备注",
    fields={"phone": "电话号码", "email": "电子邮箱", "birth_date": "出生日期",
            "address": "通信地址", "guardian": "未满18岁的顾客：父母或监护人的姓名和联系方式"},
    field_uses={"phone": "用于就预约联系您；仅在您同意时发送优惠信息",
                "email": "用于发送您要求的内容，例如您的数据副本；仅在您同意时发送优惠信息",
                "birth_date": "用于区分同名顾客，并在护理需要时核对年龄",
                "address": "用于寄送您要求的信件和发票", "guardian": "用于代您征求同意并与其联系"},
    health="为您的安全而提供的健康信息：过敏、疾病、用药",
    visits="您的到店记录：日期、服务、服务人员、产品和染发配方、皮肤测试及结果",
    photos="护理前后照片，仅在您同意期间保存",
    consents="您同意或拒绝的事项、您看到的原文以及您的签名",
    why=("为了安全服务：护理前会核对过敏情况和皮肤测试。",
         "为了重复或调整护理：每次到店的染发配方和产品都会记录。",
         "在您或检查人员询问时，证明您同意了什么。"),
    consent_intro="以下事项我们会征求您的同意，您可以拒绝或随时撤回：",
    marketing="我们只通过您同意的渠道发送优惠信息，您撤回后立即停止。",
    how_long=("在您是本店顾客期间，我们保存您的记录。您提出要求，我们即予删除。",
              "撤回照片同意后，您的照片会立即删除。您同意了什么以及何时同意的记录会作为证明保留。"),
    retention=(
        "如果您 {years}没有到店，您的记录将被删除（只保留匿名的到店次数）。",
        "健康信息和皮肤测试记录在您最后一次服务 {years}后删除。",
        "照片在拍摄 {years}后删除。",
    ),
    year_words=("年", "年", "年"),
    storage="您的记录加密保存在本店的电脑上，程序不会将其发送到任何地方。",
    groups={"contact": "联系方式", "health": "健康信息",
            "treatments": "护理详情和染发配方", "visits": "到店日期和服务",
            "patch_tests": "皮肤测试", "photos": "照片", "consents": "您的同意决定",
            "activity": "谁查看或修改过您的记录的日志"},
    roles={Role.OWNER: "店主", Role.RECEPTIONIST: "前台", Role.TECHNICIAN: "技师"},
    masked="{roles}看到的联系方式是部分隐藏的。",
    rights=("查看我们保存的关于您的全部信息。",
            "更正错误的信息。",
            "随时撤回任何同意，立即生效。",
            "删除您的记录。",
            "向个人信息保护主管部门投诉。"),
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
) -> Notice:
    """The notice for this salon: only the fields it collects and the purposes it asks for, and
    the legal basis it chose for health data (under professional secrecy health data is not
    among the consents asked for)."""
    text = NOTICE_TEXTS[language]
    address = ", ".join(line.strip() for line in salon_address.splitlines() if line.strip())
    salon = f"{salon_name}, {address}" if address else salon_name
    held = [text.always]
    held += [f"{text.fields[f]} — {text.field_uses[f]}" for f in _OPTIONAL if f in collected]
    held += [text.health, text.visits]
    if Purpose.PHOTOS in purposes_on:
        held.append(text.photos)
    held.append(text.consents)
    labels = FORM_TEXTS[language].purposes
    if health_basis is HealthBasis.PROFESSIONAL_SECRECY:
        purposes_on = purposes_on - {Purpose.HEALTH_DATA}
    asked = tuple(labels[p] for p in Purpose if p in purposes_on)
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
    sections = (
        Section(text.headings[0], tuple(held)),
        Section(text.headings[1], text.why, notes=(NOTICE_BASIS[language][health_basis],)),
        Section(text.headings[2], asked, lead=text.consent_intro, notes=marketing),
        Section(text.headings[3], (), notes=text.how_long + _retention(text, retention)),
        Section(text.headings[4], tuple(seen), notes=who_notes),
        Section(text.headings[5], text.rights, notes=(text.how_to_ask.format(salon=salon),)),
    )
    return Notice(
        title=text.title,
        intro=text.intro.format(salon=salon),
        sections=sections,
        footer=text.generated.format(date=printed),
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
