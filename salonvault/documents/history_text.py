"""Earlier versions of changed records (decision 0031) in the data report's words, in each
report language, and each version as lines to print (the rest is in data_report_text.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from salonvault.documents.formats import paper_date
from salonvault.domain.formula_input import formula_from_dict
from salonvault.domain.versions import ChangeKind, RecordVersion


@dataclass(frozen=True, slots=True)
class HistoryWords:
    heading: str
    intro: str
    kinds: dict[str, str]  # visit, health_item, patch_test, client
    changed: str  # "{kind}", "{number}", "{date}", "{role}"
    removed: str  # "{kind}", "{number}", "{date}", "{role}"
    fields: dict[str, str]  # the stored fields' names (see the *_values functions in services)
    yes: str
    no: str


_FIELDS_EN = {
    "visited_on": "date", "service_name": "service", "products": "products",
    "formula": "formula", "notes": "notes", "price_minor": "price", "payment_method": "payment",
    "kind": "kind", "text": "description", "severity": "severity", "tested_on": "tested on",
    "product": "product", "batch": "batch", "result": "result", "valid_until": "valid until",
    "birth_date": "date of birth", "is_minor": "under 18", "guardian": "parent or guardian",
}  # fmt: skip

HISTORY_WORDS: dict[str, HistoryWords] = {
    "en": HistoryWords(
        heading="Earlier versions of changed records",
        intro="When a visit, a health item, a patch test or your date of birth, minor status or"
        " guardian is changed, the earlier version is kept. These are the versions held.",
        kinds={
            "visit": "Visit",
            "health_item": "Health item",
            "patch_test": "Patch test",
            "client": "Your details",
        },
        changed="{kind}, version {number}: changed on {date} by the {role}",
        removed="{kind}, version {number}: removed on {date} by the {role}",
        fields=_FIELDS_EN,
        yes="yes",
        no="no",
    ),
    "vi": HistoryWords(
        heading="Các phiên bản trước của hồ sơ đã sửa",
        intro="Khi một lần làm dịch vụ, một mục sức khỏe, một lần thử phản ứng hoặc ngày sinh,"
        " tình trạng chưa thành niên hay người giám hộ của bạn được sửa, phiên bản trước được"
        " giữ lại. Đây là các phiên bản đang được lưu.",
        kinds={
            "visit": "Lần làm dịch vụ",
            "health_item": "Mục sức khỏe",
            "patch_test": "Thử phản ứng",
            "client": "Thông tin của bạn",
        },
        changed="{kind}, phiên bản {number}: sửa ngày {date} bởi {role}",
        removed="{kind}, phiên bản {number}: gỡ ngày {date} bởi {role}",
        fields={
            "visited_on": "ngày",
            "service_name": "dịch vụ",
            "products": "sản phẩm",
            "formula": "công thức màu",
            "notes": "ghi chú",
            "price_minor": "giá",
            "payment_method": "thanh toán",
            "kind": "loại",
            "text": "mô tả",
            "severity": "mức độ",
            "tested_on": "ngày thử",
            "product": "sản phẩm",
            "batch": "lô",
            "result": "kết quả",
            "valid_until": "hiệu lực đến",
            "birth_date": "ngày sinh",
            "is_minor": "dưới 18 tuổi",
            "guardian": "cha mẹ hoặc người giám hộ",
        },
        yes="có",
        no="không",
    ),
    "pl": HistoryWords(
        heading="Wcześniejsze wersje zmienionych danych",
        intro="Gdy zmienia się wizytę, informację o zdrowiu, test uczuleniowy albo datę"
        " urodzenia, niepełnoletność lub opiekuna, wcześniejsza wersja zostaje zachowana. Oto"
        " przechowywane wersje.",
        kinds={
            "visit": "Wizyta",
            "health_item": "Informacja o zdrowiu",
            "patch_test": "Test uczuleniowy",
            "client": "Dane osobowe",
        },
        changed="{kind}, wersja {number}: zmieniono {date} ({role})",
        removed="{kind}, wersja {number}: usunięto {date} ({role})",
        fields={
            "visited_on": "data",
            "service_name": "usługa",
            "products": "produkty",
            "formula": "receptura koloru",
            "notes": "uwagi",
            "price_minor": "cena",
            "payment_method": "płatność",
            "kind": "rodzaj",
            "text": "opis",
            "severity": "nasilenie",
            "tested_on": "data testu",
            "product": "produkt",
            "batch": "partia",
            "result": "wynik",
            "valid_until": "ważny do",
            "birth_date": "data urodzenia",
            "is_minor": "poniżej 18 lat",
            "guardian": "rodzic lub opiekun",
        },
        yes="tak",
        no="nie",
    ),
    "zh_CN": HistoryWords(
        heading="已修改记录的早期版本",
        intro="修改服务记录、健康信息、皮肤测试，或您的出生日期、未成年状态、监护人时，早期版本会被保留。"
        "以下是保存的版本。",
        kinds={
            "visit": "服务记录",
            "health_item": "健康信息",
            "patch_test": "皮肤测试",
            "client": "您的资料",
        },
        changed="{kind}，第 {number} 版：{date} 由{role}修改",
        removed="{kind}，第 {number} 版：{date} 由{role}删除",
        fields={
            "visited_on": "日期",
            "service_name": "服务",
            "products": "产品",
            "formula": "配色",
            "notes": "备注",
            "price_minor": "价格",
            "payment_method": "付款方式",
            "kind": "类别",
            "text": "描述",
            "severity": "程度",
            "tested_on": "测试日期",
            "product": "产品",
            "batch": "批号",
            "result": "结果",
            "valid_until": "有效期至",
            "birth_date": "出生日期",
            "is_minor": "未满 18 岁",
            "guardian": "父母或监护人",
        },
        yes="是",
        no="否",
    ),
}


def version_heading(version: RecordVersion, words: HistoryWords, role: str, language: str) -> str:
    """ "Visit, version 1: changed on 06/12/2026 by the owner" (the language's date)."""
    pattern = words.removed if version.change is ChangeKind.REMOVE else words.changed
    return pattern.format(
        kind=words.kinds[version.kind.value],
        number=version.number,
        date=paper_date(version.changed_at.astimezone().date(), language),
        role=role,
    )


def version_lines(
    version: RecordVersion,
    words: HistoryWords,
    value_words: dict[str, str] | None = None,
    money: Callable[[int, str], str] | None = None,
) -> list[str]:
    """The earlier values, "field: value" one a line (fields without a value left out).
    `value_words` turns stored codes (severity, result …) into the report's words; `money`
    writes a price in minor units with its currency."""
    values = version.values
    lines = []
    for name, label in words.fields.items():
        if name not in values or values[name] in (None, "", {}):
            continue
        if name == "formula" and not formula_text(values[name]):
            continue
        value = _value(name, values, words, value_words or {}, money)
        lines.append(f"{label}: {value}")
    return lines


def formula_text(value: object) -> str:
    """A stored formula (its versioned JSON object) as one line: its bowls, "/" between."""
    formula = formula_from_dict(value) if isinstance(value, dict) else None
    return " / ".join(b.one_line() for b in formula.bowls if not b.empty) if formula else ""


def _value(
    name: str,
    values: dict[str, Any],
    words: HistoryWords,
    codes: dict[str, str],
    money: Callable[[int, str], str] | None,
) -> str:
    value = values[name]
    if name == "formula":
        return formula_text(value)
    if name == "price_minor" and isinstance(value, int):
        currency = str(values.get("currency", ""))
        return money(value, currency) if money else f"{value} {currency}".strip()
    if isinstance(value, bool):
        return words.yes if value else words.no
    return codes.get(str(value), str(value))
