"""The Recovery Kit's wording in each language the salon may print it in.

Kept apart from the layout so a translator reads plain sentences, not reportlab code. Words in
{braces} are file names and labels set in the mono font by the layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

LANGUAGES = ("en", "vi", "pl", "zh_CN")

# Shown in the mono font, never translated: the owner types them exactly.
KEY_FILE = "recovery-key.txt"
BACKUP_FILE = "BACKUP.svbak"
DATABASE_FILE = "salon.sqlite"
AGE_COMMAND = f"age -d -i {KEY_FILE} {BACKUP_FILE} > {DATABASE_FILE}"


@dataclass(frozen=True, slots=True)
class Step:
    text: str
    command: str = ""  # shown under the text, in the mono font


@dataclass(frozen=True, slots=True)
class KitText:
    title: str
    salon_label: str
    address_label: str
    created_label: str
    purpose_heading: str
    purpose: str
    storage_heading: str
    storage_rules: tuple[str, ...]
    key_heading: str
    key_intro: str
    groups_intro: str
    qr_caption: str
    public_key_heading: str
    public_key_note: str
    restore_heading: str
    with_app_heading: str
    with_app_steps: tuple[Step, ...]
    without_app_heading: str
    without_app_steps: tuple[Step, ...]
    footer: str
    page: str  # "{number}" is replaced by the page number
    months: tuple[str, ...]  # twelve names, or empty for a numeric date
    date_pattern: str  # str.format with day, month (name or number) and year


ENGLISH = KitText(
    title="Recovery Kit",
    salon_label="Salon",
    address_label="Address",
    created_label="Created",
    purpose_heading="What this key is for",
    purpose=(
        "This recovery key opens the salon's SalonVault if this PC is lost, stolen or broken,"
        " and it decrypts every backup. Whoever holds it can read all client records, so guard"
        " it like the key to the safe."
    ),
    storage_heading="Where to keep it",
    storage_rules=(
        "Keep this sheet in the salon's safe.",
        "Never keep it in the same place as the backup stick.",
        "Never photograph it, scan it, email it or send it in a chat.",
    ),
    key_heading="Recovery key",
    key_intro="Type this line exactly as printed:",
    groups_intro="The same key in groups of four, for reading aloud:",
    qr_caption="The recovery key as a QR code",
    public_key_heading="Backup public key (not secret)",
    public_key_note=(
        "Backups are encrypted with this key. It opens nothing, so whoever runs the backups"
        " may see it."
    ),
    restore_heading="How to restore",
    with_app_heading="With SalonVault",
    with_app_steps=(
        Step("Install SalonVault on the new PC."),
        Step("In the first-run setup, choose “Restore from backup”."),
        Step("Choose the backup file ({backup}) and type or scan the recovery key above."),
    ),
    without_app_heading="Without SalonVault (with the free age tool, age-encryption.org)",
    without_app_steps=(
        Step("Save the recovery key line, exactly, in a text file named {key_file}."),
        Step(
            "Run this command, putting the backup file's name in place of {backup_file}:",
            AGE_COMMAND,
        ),
        Step("Open {database} with any SQLite tool, e.g. DB Browser for SQLite."),
        Step("{database} holds every client record unencrypted: delete it when you are done."),
    ),
    footer="SalonVault Recovery Kit",
    page="Page {number}",
    months=(
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ),
    date_pattern="{day} {month} {year}",
)  # fmt: skip

VIETNAMESE = KitText(
    title="Bộ khôi phục",
    salon_label="Tiệm",
    address_label="Địa chỉ",
    created_label="Ngày tạo",
    purpose_heading="Khóa khôi phục dùng để làm gì",
    purpose=(
        "Khóa khôi phục này mở được SalonVault của tiệm nếu máy tính này bị mất, bị đánh cắp"
        " hoặc bị hỏng, và giải mã được mọi bản sao lưu. Ai giữ khóa này đều đọc được toàn bộ"
        " hồ sơ khách hàng, vì vậy hãy giữ nó cẩn thận như chìa khóa két sắt."
    ),
    storage_heading="Cất giữ ở đâu",
    storage_rules=(
        "Cất tờ giấy này trong két sắt của tiệm.",
        "Không bao giờ để chung một chỗ với USB sao lưu.",
        "Không bao giờ chụp ảnh, quét, gửi email hay gửi qua tin nhắn.",
    ),
    key_heading="Khóa khôi phục",
    key_intro="Gõ dòng này chính xác như đã in:",
    groups_intro="Cùng khóa này, chia thành từng nhóm 4 ký tự để đọc to:",
    qr_caption="Mã QR của khóa khôi phục",
    public_key_heading="Khóa công khai dùng để sao lưu (không bí mật)",
    public_key_note=(
        "Các bản sao lưu được mã hóa bằng khóa này. Nó không mở được gì, nên người làm sao lưu"
        " có thể xem nó."
    ),
    restore_heading="Cách khôi phục",
    with_app_heading="Bằng SalonVault",
    with_app_steps=(
        Step("Cài SalonVault trên máy tính mới."),
        Step("Trong phần thiết lập lần đầu, chọn “Khôi phục từ bản sao lưu”."),
        Step("Chọn tệp sao lưu ({backup}) rồi gõ hoặc quét khóa khôi phục ở trên."),
    ),
    without_app_heading="Không cần SalonVault (dùng công cụ miễn phí age, age-encryption.org)",
    without_app_steps=(
        Step("Lưu chính xác dòng khóa khôi phục vào một tệp văn bản tên là {key_file}."),
        Step("Chạy lệnh này, thay {backup_file} bằng tên tệp sao lưu:", AGE_COMMAND),
        Step("Mở {database} bằng bất kỳ công cụ SQLite nào, ví dụ DB Browser for SQLite."),
        Step(
            "{database} chứa mọi hồ sơ khách hàng ở dạng không mã hóa: hãy xóa tệp này khi"
            " dùng xong."
        ),
    ),
    footer="Bộ khôi phục SalonVault",
    page="Trang {number}",
    months=(),
    date_pattern="ngày {day} tháng {month} năm {year}",
)

POLISH = KitText(
    title="Zestaw odzyskiwania",
    salon_label="Salon",
    address_label="Adres",
    created_label="Data utworzenia",
    purpose_heading="Do czego służy ten klucz",
    purpose=(
        "Ten klucz odzyskiwania otwiera SalonVault salonu, gdy ten komputer zaginie, zostanie"
        " skradziony lub się zepsuje, i odszyfrowuje wszystkie kopie zapasowe. Kto go ma, może"
        " odczytać całą kartotekę klientów, dlatego strzeż go jak klucza do sejfu."
    ),
    storage_heading="Gdzie go przechowywać",
    storage_rules=(
        "Trzymaj tę kartkę w sejfie salonu.",
        "Nigdy nie trzymaj jej w tym samym miejscu co pendrive z kopią zapasową.",
        "Nigdy jej nie fotografuj, nie skanuj, nie wysyłaj e-mailem ani przez komunikator.",
    ),
    key_heading="Klucz odzyskiwania",
    key_intro="Przepisz ten wiersz dokładnie tak, jak jest wydrukowany:",
    groups_intro="Ten sam klucz w grupach po 4 znaki, do odczytania na głos:",
    qr_caption="Klucz odzyskiwania jako kod QR",
    public_key_heading="Klucz publiczny kopii zapasowych (nie jest tajny)",
    public_key_note=(
        "Kopie zapasowe są szyfrowane tym kluczem. Niczego nie otwiera, więc może go widzieć"
        " każdy, kto robi kopie."
    ),
    restore_heading="Jak przywrócić dane",
    with_app_heading="Za pomocą SalonVault",
    with_app_steps=(
        Step("Zainstaluj SalonVault na nowym komputerze."),
        Step(
            "Podczas konfiguracji przy pierwszym uruchomieniu wybierz"
            " „Przywróć z kopii zapasowej”."
        ),
        Step("Wskaż plik kopii ({backup}) i wpisz lub zeskanuj klucz odzyskiwania z tej kartki."),
    ),
    without_app_heading="Bez SalonVault (darmowym narzędziem age, age-encryption.org)",
    without_app_steps=(
        Step("Zapisz dokładnie wiersz z kluczem odzyskiwania w pliku tekstowym {key_file}."),
        Step(
            "Uruchom to polecenie, wpisując nazwę pliku kopii zamiast {backup_file}:", AGE_COMMAND
        ),
        Step("Otwórz {database} dowolnym narzędziem do SQLite, np. DB Browser for SQLite."),
        Step(
            "{database} zawiera wszystkie dane klientów bez szyfrowania: usuń go, gdy skończysz."
        ),
    ),
    footer="Zestaw odzyskiwania SalonVault",
    page="Strona {number}",
    months=(
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
        "sierpnia", "września", "października", "listopada", "grudnia",
    ),
    date_pattern="{day} {month} {year}",
)  # fmt: skip

CHINESE = KitText(
    title="恢复套件",
    salon_label="店名",
    address_label="地址",
    created_label="创建日期",
    purpose_heading="恢复密钥的用途",
    purpose=(
        "如果这台电脑丢失、被盗或损坏，可以用这个恢复密钥打开本店的 SalonVault，"
        "它还能解密所有备份。任何持有它的人都能读取全部客户记录，请像保管保险柜钥匙一样保管它。"
    ),
    storage_heading="保管方法",
    storage_rules=(
        "把这张纸放在店里的保险柜中。",
        "切勿与备份 U 盘放在同一个地方。",
        "切勿拍照、扫描、用电子邮件或聊天软件发送。",
    ),
    key_heading="恢复密钥",
    key_intro="请严格按打印内容输入这一行：",
    groups_intro="同一密钥按每组 4 个字符分开，便于朗读：",
    qr_caption="恢复密钥的二维码",
    public_key_heading="备份公钥（非机密）",
    public_key_note="备份用这个公钥加密。它打不开任何东西，负责备份的人可以看到它。",
    restore_heading="如何恢复",
    with_app_heading="使用 SalonVault",
    with_app_steps=(
        Step("在新电脑上安装 SalonVault。"),
        Step("在首次运行的设置中选择“从备份恢复”。"),
        Step("选择备份文件（{backup}），然后输入或扫描上面的恢复密钥。"),
    ),
    without_app_heading="不使用 SalonVault（使用免费工具 age，age-encryption.org）",
    without_app_steps=(
        Step("把恢复密钥这一行原样保存到名为 {key_file} 的文本文件中。"),
        Step("运行以下命令，把 {backup_file} 换成备份文件的名称：", AGE_COMMAND),
        Step("用任意 SQLite 工具（例如 DB Browser for SQLite）打开 {database}。"),
        Step("{database} 中的全部客户记录都没有加密：用完后请删除该文件。"),
    ),
    footer="SalonVault 恢复套件",
    page="第 {number} 页",
    months=(),
    date_pattern="{year}年{month}月{day}日",
)

TEXTS = {"en": ENGLISH, "vi": VIETNAMESE, "pl": POLISH, "zh_CN": CHINESE}


def format_date(text: KitText, day: date) -> str:
    """The date the way people write it in that language (no locale database needed)."""
    month = text.months[day.month - 1] if text.months else str(day.month)
    return text.date_pattern.format(day=day.day, month=month, year=day.year)
