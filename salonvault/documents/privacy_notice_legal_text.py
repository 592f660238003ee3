"""The privacy notice's legal content in each language (issue 21 item 4, decision 0041): the
legal basis of each purpose, whether giving data is required and what follows if not, the
recipients the owner listed, the full list of rights with the complaint to the authority of the
salon's country, and deletion "unless the law requires us to keep it".

Written in the we/you voice of the glossaries (docs/glossary-*.md): "Quý khách" in Vietnamese,
"Pani/Pan" in Polish, 您 in Chinese; purposes named in that voice, never a form's first-person
label ("my photos").
"""

from __future__ import annotations

from dataclasses import dataclass

from salonvault.domain.consent import Purpose


@dataclass(frozen=True, slots=True)
class NoticeLegalWords:
    purposes: dict[Purpose, str]  # what we ask consent for, in the we/you voice
    why: tuple[str, ...]  # each purpose with its legal basis
    required_heading: str
    required: tuple[str, ...]
    recipients_heading: str
    recipients_none: str
    recipients_lead: str
    abroad_lead: str
    fill_safeguard: str
    program_sends_nothing: str
    rights: tuple[str, ...]  # the last one: "{authority}"
    keep_while_client: str  # replaces the old "ask us and we delete them"


ENGLISH = NoticeLegalWords(
    purposes={
        Purpose.SERVICE_RECORDS: "Records of your visits",
        Purpose.HEALTH_DATA: "Your health data (allergies, conditions, medicines)",
        Purpose.PHOTOS: "Before and after photos of your treatments",
        Purpose.PHOTOS_MARKETING: "Using your photos in the salon's marketing",
        Purpose.MARKETING_SMS: "Offers and news by text message",
        Purpose.MARKETING_EMAIL: "Offers and news by e-mail",
        Purpose.MARKETING_PHONE: "Offers and news by phone",
        Purpose.MARKETING_MESSAGING: "Offers and news by messaging apps",
        Purpose.REMINDERS: "Appointment and patch-test reminders",
    },
    why=(
        "To provide the service you ask for and keep records of your visits (service, products,"
        " colour formulas): needed to perform our agreement with you.",
        "To treat you safely: allergies and patch tests are checked before a service (the basis"
        " for health data is below).",
        "To show what you agreed to, if you or an inspector asks: our legal duty to prove consent.",
        "Photos, offers and reminders: only with your consent, which you may refuse or withdraw.",
    ),
    required_heading="Must you give us this data?",
    required=(
        "Your name and a way to reach you are needed to book and serve you; without them we"
        " cannot keep your appointments.",
        "Without your health data we cannot offer the services for which it must be checked"
        " first, such as colouring after a patch test.",
        "Everything we ask your consent for is optional: refusing it changes nothing about your"
        " service.",
    ),
    recipients_heading="Who receives your data",
    recipients_none="We pass your data to no one and send nothing abroad.",
    recipients_lead="We pass the data needed for the purpose named to:",
    abroad_lead="Of these, outside our country:",
    fill_safeguard="what protects this transfer",
    program_sends_nothing="The program the salon keeps its records in sends nothing by itself.",
    rights=(
        "Access: see everything we hold about you and receive a copy.",
        "Rectification: have anything wrong corrected.",
        "Erasure: have your data deleted, unless the law requires us to keep it.",
        "Restriction: have the use of your data paused while a question about it is settled.",
        "Objection: object to a use based on our interests, and at any time to offers (direct"
        " marketing), which then stop.",
        "Portability: receive the data you gave us in a machine-readable file.",
        "Withdrawal: withdraw any consent at any time; this does not affect what was done with"
        " it before.",
        "Complaint: complain to {authority}.",
    ),
    keep_while_client="We keep your records while you are our client. Ask us and we delete"
    " them, unless the law requires us to keep them.",
)

VIETNAMESE = NoticeLegalWords(
    purposes={
        Purpose.SERVICE_RECORDS: "Hồ sơ các lần làm dịch vụ của Quý khách",
        Purpose.HEALTH_DATA: "Dữ liệu sức khỏe của Quý khách (dị ứng, bệnh lý, thuốc)",
        Purpose.PHOTOS: "Ảnh trước và sau khi làm dịch vụ",
        Purpose.PHOTOS_MARKETING: "Dùng ảnh của Quý khách để quảng bá cho salon",
        Purpose.MARKETING_SMS: "Ưu đãi và tin tức qua tin nhắn SMS",
        Purpose.MARKETING_EMAIL: "Ưu đãi và tin tức qua e-mail",
        Purpose.MARKETING_PHONE: "Ưu đãi và tin tức qua điện thoại",
        Purpose.MARKETING_MESSAGING: "Ưu đãi và tin tức qua ứng dụng nhắn tin",
        Purpose.REMINDERS: "Nhắc lịch hẹn và lịch thử dị ứng",
    },
    why=(
        "Để cung cấp dịch vụ Quý khách yêu cầu và lưu hồ sơ dịch vụ (dịch vụ, sản phẩm, công"
        " thức màu): căn cứ pháp lý là để thực hiện hợp đồng với Quý khách.",
        "Để làm dịch vụ an toàn: dị ứng và thử dị ứng được kiểm tra trước khi làm (căn cứ pháp"
        " lý cho dữ liệu sức khỏe ở dưới).",
        "Để chứng minh Quý khách đã đồng ý những gì, khi Quý khách hoặc cơ quan kiểm tra hỏi:"
        " nghĩa vụ pháp lý của chúng tôi.",
        "Ảnh, ưu đãi và nhắc lịch: chỉ khi có sự đồng ý của Quý khách; Quý khách có thể từ chối"
        " hoặc rút lại sự đồng ý.",
    ),
    required_heading="Quý khách có bắt buộc cung cấp dữ liệu này không?",
    required=(
        "Họ tên và một cách liên lạc là cần thiết để đặt lịch và phục vụ Quý khách; thiếu chúng,"
        " chúng tôi không thể giữ lịch hẹn.",
        "Thiếu dữ liệu sức khỏe, chúng tôi không thể làm những dịch vụ cần kiểm tra trước, như"
        " nhuộm màu sau khi thử dị ứng.",
        "Mọi điều chúng tôi xin Quý khách đồng ý đều không bắt buộc: từ chối không làm thay đổi"
        " dịch vụ của Quý khách.",
    ),
    recipients_heading="Ai nhận dữ liệu của Quý khách",
    recipients_none="Chúng tôi không chuyển dữ liệu của Quý khách cho ai và không gửi ra nước"
    " ngoài.",
    recipients_lead="Chúng tôi chuyển dữ liệu cần cho mục đích đã nêu cho:",
    abroad_lead="Trong số đó, ở ngoài nước:",
    fill_safeguard="biện pháp bảo vệ cho việc chuyển dữ liệu này",
    program_sends_nothing="Chương trình salon dùng để lưu hồ sơ tự nó không gửi gì đi.",
    rights=(
        "Truy cập: xem mọi dữ liệu chúng tôi lưu về Quý khách và nhận bản sao.",
        "Chỉnh sửa: yêu cầu sửa dữ liệu sai.",
        "Xóa: yêu cầu xóa dữ liệu của Quý khách, trừ khi pháp luật yêu cầu lưu giữ.",
        "Hạn chế: yêu cầu tạm ngừng sử dụng dữ liệu trong khi một thắc mắc được giải quyết.",
        "Phản đối: phản đối việc sử dụng dựa trên lợi ích của chúng tôi, và bất cứ lúc nào phản"
        " đối việc gửi ưu đãi (tiếp thị trực tiếp); khi đó chúng tôi dừng ngay.",
        "Chuyển dữ liệu: nhận dữ liệu Quý khách đã cung cấp dưới dạng tệp máy đọc được.",
        "Rút lại sự đồng ý bất cứ lúc nào; việc này không ảnh hưởng đến việc xử lý trước đó.",
        "Khiếu nại: gửi khiếu nại đến {authority}.",
    ),
    keep_while_client="Chúng tôi lưu hồ sơ khi Quý khách còn là khách hàng của salon. Quý"
    " khách yêu cầu thì chúng tôi xóa, trừ khi pháp luật yêu cầu lưu giữ.",
)

POLISH = NoticeLegalWords(
    purposes={
        Purpose.SERVICE_RECORDS: "Zapisy Pani/Pana wizyt",
        Purpose.HEALTH_DATA: "Pani/Pana dane o zdrowiu (alergie, choroby, leki)",
        Purpose.PHOTOS: "Zdjęcia przed i po usłudze",
        Purpose.PHOTOS_MARKETING: "Wykorzystanie Pani/Pana zdjęć w promocji salonu",
        Purpose.MARKETING_SMS: "Oferty i nowości SMS-em",
        Purpose.MARKETING_EMAIL: "Oferty i nowości e-mailem",
        Purpose.MARKETING_PHONE: "Oferty i nowości telefonicznie",
        Purpose.MARKETING_MESSAGING: "Oferty i nowości przez komunikatory",
        Purpose.REMINDERS: "Przypomnienia o wizytach i testach uczuleniowych",
    },
    why=(
        "Aby wykonać usługę, o którą Pani/Pan prosi, i prowadzić zapisy wizyt (usługa, produkty,"
        " receptury koloru): podstawą jest wykonanie umowy.",
        "Aby wykonać usługę bezpiecznie: alergie i testy uczuleniowe są sprawdzane przed"
        " usługą (podstawa dla danych o zdrowiu jest podana niżej).",
        "Aby wykazać, na co wyrażono zgodę, gdy zapyta Pani/Pan lub kontrola: nasz obowiązek"
        " prawny.",
        "Zdjęcia, oferty i przypomnienia: tylko za Pani/Pana zgodą, której można odmówić lub"
        " którą można wycofać.",
    ),
    required_heading="Czy podanie danych jest obowiązkowe?",
    required=(
        "Imię i nazwisko oraz sposób kontaktu są potrzebne, aby umówić i obsłużyć wizytę; bez"
        " nich nie możemy prowadzić rezerwacji.",
        "Bez danych o zdrowiu nie możemy wykonać usług, przed którymi trzeba je sprawdzić, np."
        " koloryzacji po teście uczuleniowym.",
        "Wszystko, o co prosimy za zgodą, jest dobrowolne: odmowa nie zmienia usługi.",
    ),
    recipients_heading="Kto otrzymuje Pani/Pana dane",
    recipients_none="Nie przekazujemy Pani/Pana danych nikomu i nie wysyłamy ich za granicę.",
    recipients_lead="Dane potrzebne do wskazanego celu przekazujemy:",
    abroad_lead="Spośród nich poza naszym krajem:",
    fill_safeguard="co zabezpiecza to przekazanie",
    program_sends_nothing="Program, w którym salon prowadzi dokumentację, sam niczego nie wysyła.",
    rights=(
        "Dostęp: wgląd we wszystkie dane, które o Pani/Panu przechowujemy, i ich kopia.",
        "Sprostowanie: poprawienie błędnych danych.",
        "Usunięcie: usunięcie danych, chyba że prawo wymaga ich przechowywania.",
        "Ograniczenie: wstrzymanie wykorzystania danych do czasu wyjaśnienia sprawy.",
        "Sprzeciw: sprzeciw wobec wykorzystania opartego na naszym interesie, a w każdej chwili"
        " wobec ofert (marketingu bezpośredniego), które wtedy ustają.",
        "Przenoszenie: otrzymanie podanych danych w pliku do odczytu maszynowego.",
        "Wycofanie zgody w dowolnej chwili; nie wpływa to na to, co zrobiono wcześniej.",
        "Skarga do: {authority}.",
    ),
    keep_while_client="Przechowujemy dokumentację, dopóki jest Pani/Pan naszym klientem. Na"
    " prośbę ją usuwamy, chyba że prawo wymaga jej przechowywania.",
)

CHINESE = NoticeLegalWords(
    purposes={
        Purpose.SERVICE_RECORDS: "您的到店服务记录",
        Purpose.HEALTH_DATA: "您的健康信息（过敏、健康状况、药物）",
        Purpose.PHOTOS: "服务前后照片",
        Purpose.PHOTOS_MARKETING: "在本店宣传中使用您的照片",
        Purpose.MARKETING_SMS: "通过短信发送优惠和新闻",
        Purpose.MARKETING_EMAIL: "通过电子邮件发送优惠和新闻",
        Purpose.MARKETING_PHONE: "通过电话告知优惠和新闻",
        Purpose.MARKETING_MESSAGING: "通过即时通讯应用发送优惠和新闻",
        Purpose.REMINDERS: "预约和皮肤测试提醒",
    },
    why=(
        "为提供您要求的服务并保存服务记录（服务、产品、染发配方）：为履行与您的合同所必需。",
        "为安全服务：服务前核对过敏情况和皮肤测试（健康信息的处理依据见下文）。",
        "在您或检查人员询问时证明您同意了什么：本店的法定义务。",
        "照片、优惠和提醒：仅在取得您的同意后进行，您可以拒绝或撤回同意。",
    ),
    required_heading="您是否必须提供这些信息？",
    required=(
        "姓名和一种联系方式是预约和为您服务所必需的；没有这些信息，我们无法为您保留预约。",
        "没有您的健康信息，我们无法提供需要事先核对的服务，例如皮肤测试后的染发。",
        "凡是征求您同意的事项都不是必需的：拒绝不影响为您提供的服务。",
    ),
    recipients_heading="谁会收到您的信息",
    recipients_none="我们不会将您的信息提供给任何人，也不会传输到境外。",
    recipients_lead="我们将所述目的所需的信息提供给：",
    abroad_lead="其中位于境外的：",
    fill_safeguard="此项传输的保护措施",
    program_sends_nothing="本店用来保存记录的程序本身不会发送任何信息。",
    rights=(
        "查阅、复制：查看我们保存的关于您的全部信息并获得副本。",
        "更正：更正错误的信息。",
        "删除：删除您的信息，法律、行政法规另有规定的除外。",
        "限制：在有关问题澄清前暂停使用您的信息。",
        "拒绝：拒绝基于本店利益的处理，并可随时拒绝接收优惠信息（直接营销），我们随即停止。",
        "转移：以机器可读的文件获取您提供的信息。",
        "随时撤回同意；撤回不影响撤回前已进行的处理。",
        "投诉：向{authority}投诉。",
    ),
    keep_while_client="在您是本店客户期间，我们保存您的记录。您提出要求，我们即予删除，法律、"
    "行政法规另有规定的除外。",
)

NOTICE_LEGAL: dict[str, NoticeLegalWords] = {
    "en": ENGLISH,
    "vi": VIETNAMESE,
    "pl": POLISH,
    "zh_CN": CHINESE,
}
