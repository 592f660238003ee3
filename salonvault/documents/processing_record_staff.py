"""The record of processing's part on staff briefing and training (issue 21 item 3, decision
0040), in each language: an organisational measure, with the evidence the vault keeps: which
version of the privacy briefing each person confirmed and when, and the training sessions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from salonvault.documents.sectioned import Part
from salonvault.domain.roles import Role


@dataclass(frozen=True, slots=True)
class BriefedPerson:
    name: str
    role: Role
    version: int | None  # the newest version they confirmed; None: never
    confirmed_on: date | None
    up_to_date: bool


@dataclass(frozen=True, slots=True)
class Training:
    held_on: date
    topic: str
    attendees: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StaffTraining:
    """What the part is made from (read by the service from the vault); active staff only."""

    version: int
    version_since: date
    people: tuple[BriefedPerson, ...]
    trainings: tuple[Training, ...]


@dataclass(frozen=True, slots=True)
class _Words:
    heading: str
    measure: str  # "{version}", "{since}"
    roles: dict[Role, str]
    confirmed: str  # "{name}", "{role}", "{version}", "{date}"
    due_again: str  # appended when they are asked again at the next sign-in
    never: str  # "{name}", "{role}"
    training: str  # "{date}", "{topic}", "{names}"
    no_training: str


_WORDS: dict[str, _Words] = {
    "en": _Words(
        heading="8a. Organisational measures: staff privacy briefing and training",
        measure="Every staff member, the owner included, reads and confirms the staff privacy"
        " briefing in SalonVault at their first sign-in, whenever its text changes and once a"
        " year; nobody works in the program before confirming. Current version: {version}"
        " (since {since}). Each confirmation keeps the version, the language and a SHA-256 hash"
        " of the exact text read.",
        roles={
            Role.OWNER: "owner",
            Role.RECEPTIONIST: "receptionist",
            Role.TECHNICIAN: "technician",
        },
        confirmed="{name} ({role}): version {version} confirmed on {date}",
        due_again="; asked again at the next sign-in",
        never="{name} ({role}): not confirmed yet; asked at the next sign-in",
        training="Training on {date}: {topic}. Attended: {names}",
        no_training="No other training session is recorded.",
    ),
    "vi": _Words(
        heading="8a. Biện pháp tổ chức: hướng dẫn bảo mật và đào tạo nhân viên",
        measure="Mỗi nhân viên, kể cả chủ salon, đọc và xác nhận hướng dẫn bảo mật dành cho nhân"
        " viên trong SalonVault ở lần đăng nhập đầu tiên, mỗi khi nội dung thay đổi và mỗi năm"
        " một lần; không ai làm việc trong chương trình trước khi xác nhận. Phiên bản hiện tại:"
        " {version} (từ {since}). Mỗi lần xác nhận lưu phiên bản, ngôn ngữ và mã băm SHA-256"
        " của đúng văn bản đã đọc.",
        roles={
            Role.OWNER: "chủ salon",
            Role.RECEPTIONIST: "lễ tân",
            Role.TECHNICIAN: "kỹ thuật viên",
        },
        confirmed="{name} ({role}): đã xác nhận phiên bản {version} ngày {date}",
        due_again="; sẽ được hỏi lại ở lần đăng nhập tới",
        never="{name} ({role}): chưa xác nhận; sẽ được hỏi ở lần đăng nhập tới",
        training="Buổi đào tạo ngày {date}: {topic}. Người tham dự: {names}",
        no_training="Chưa ghi nhận buổi đào tạo nào khác.",
    ),
    "pl": _Words(
        heading="8a. Środki organizacyjne: zasady ochrony danych i szkolenia pracowników",
        measure="Każdy pracownik, także właściciel, czyta i potwierdza w SalonVault zasady"
        " ochrony danych osobowych dla pracowników przy pierwszym logowaniu, po każdej zmianie"
        " ich treści i raz w roku; nikt nie pracuje w programie przed potwierdzeniem. Aktualna"
        " wersja: {version} (od {since}). Każde potwierdzenie zapisuje wersję, język i skrót"
        " SHA-256 dokładnie przeczytanego tekstu.",
        roles={
            Role.OWNER: "właściciel",
            Role.RECEPTIONIST: "recepcja",
            Role.TECHNICIAN: "technik",
        },
        confirmed="{name} ({role}): wersja {version} potwierdzona {date}",
        due_again="; ponowne potwierdzenie przy następnym logowaniu",
        never="{name} ({role}): jeszcze nie potwierdzono; pytanie przy następnym logowaniu",
        training="Szkolenie {date}: {topic}. Uczestnicy: {names}",
        no_training="Nie zapisano innych szkoleń.",
    ),
    "zh_CN": _Words(
        heading="8a. 组织措施：员工隐私须知与培训",
        measure="每位员工（包括店主）在首次登录时、须知内容更改时以及每年一次，在 SalonVault"
        " 中阅读并确认员工隐私须知；确认之前任何人不能使用本程序。当前版本：{version}"
        "（自 {since} 起）。每次确认都保存版本、语言以及所读文本的 SHA-256 哈希值。",
        roles={
            Role.OWNER: "店主",
            Role.RECEPTIONIST: "前台",
            Role.TECHNICIAN: "技师",
        },
        confirmed="{name}（{role}）：已于 {date} 确认第 {version} 版",
        due_again="；下次登录时须再次确认",
        never="{name}（{role}）：尚未确认；下次登录时须确认",
        training="{date} 培训：{topic}。参加人员：{names}",
        no_training="未记录其他培训。",
    ),
}


def staff_training_part(facts: StaffTraining, language: str) -> Part:
    words = _WORDS[language]
    items: list[str] = []
    for person in facts.people:
        role = words.roles[person.role]
        if person.version is None or person.confirmed_on is None:
            items.append(words.never.format(name=person.name, role=role))
            continue
        line = words.confirmed.format(
            name=person.name,
            role=role,
            version=person.version,
            date=person.confirmed_on.isoformat(),
        )
        items.append(line if person.up_to_date else line + words.due_again)
    separator = "、" if language == "zh_CN" else ", "
    items += [
        words.training.format(
            date=t.held_on.isoformat(), topic=t.topic, names=separator.join(t.attendees)
        )
        for t in facts.trainings
    ]
    lead = words.measure.format(version=facts.version, since=facts.version_since.isoformat())
    notes = () if facts.trainings else (words.no_training,)
    return Part(words.heading, lead=lead, items=tuple(items), notes=notes)
