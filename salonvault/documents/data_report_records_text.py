"""The data report's words for service records (decision 0029), in each report language.

Field labels are the template's own (the built-ins' are English, the owner's as typed): the
report prints the form as it was filled in, and the JSON copy carries the stable field keys.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RecordWords:
    heading: str
    note: str  # under the heading
    form: str  # "{name}", "{version}"
    recorded: str  # "{date}", "{role}"
    corrects: str  # "{id}"
    earlier: str  # "{revision}", "{date}", "{role}": a version an edit replaced
    eyes: dict[str, str]  # right, left


RECORD_WORDS: dict[str, RecordWords] = {
    "en": RecordWords(
        heading="Service records",
        note="Records written on the salon's forms (for example a prescription, a skin analysis"
        " or a lash map), with every earlier version kept when one was changed.",
        form="form “{name}”, version {version}",
        recorded="recorded {date} by the {role}",
        corrects="corrects record {id}",
        earlier="Earlier version {revision}, replaced {date} by the {role}",
        eyes={"right": "right eye", "left": "left eye"},
    ),
    "vi": RecordWords(
        heading="Hồ sơ dịch vụ",
        note="Các hồ sơ ghi theo mẫu của cơ sở (ví dụ đơn kính, phân tích da, sơ đồ nối mi),"
        " kèm mọi phiên bản trước đó khi hồ sơ được sửa.",
        form="mẫu “{name}”, phiên bản {version}",
        recorded="ghi ngày {date} bởi {role}",
        corrects="sửa hồ sơ số {id}",
        earlier="Phiên bản trước {revision}, được thay ngày {date} bởi {role}",
        eyes={"right": "mắt phải", "left": "mắt trái"},
    ),
    "pl": RecordWords(
        heading="Karty zabiegowe",
        note="Zapisy na formularzach salonu (np. recepta, analiza skóry, mapa rzęs) wraz ze"
        " wszystkimi wcześniejszymi wersjami, jeśli zapis zmieniono.",
        form="formularz „{name}”, wersja {version}",
        recorded="zapisano {date} ({role})",
        corrects="poprawia zapis nr {id}",
        earlier="Wcześniejsza wersja {revision}, zastąpiona {date} ({role})",
        eyes={"right": "oko prawe", "left": "oko lewe"},
    ),
    "zh_CN": RecordWords(
        heading="服务记录",
        note="按本店表单填写的记录（例如配镜处方、皮肤分析、睫毛图），记录被修改时保留所有旧版本。",
        form="表单“{name}”，第 {version} 版",
        recorded="{date} 由{role}记录",
        corrects="更正第 {id} 号记录",
        earlier="旧版本 {revision}，{date} 由{role}替换",
        eyes={"right": "右眼", "left": "左眼"},
    ),
}
