"""Fill unfinished entries of salonvault/resources/translations/salonvault_*.ts
(after `dev.py i18n`).

    python -m tools.i18n_fill words.json      {"vi": {"Context|source": "bản dịch" or [forms]}}
    python -m tools.i18n_fill --from OTHER_DIR  copy finished entries from another checkout's
                                                .ts files (same context and source text)

Only entries still marked unfinished are touched; the script says which remain unfinished.
"""

from __future__ import annotations

import argparse
import json
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "salonvault" / "resources" / "translations"
LANGUAGES = ("en", "vi", "pl", "zh_CN")


def entries(tree: ET.ElementTree) -> dict[str, ET.Element]:
    found: dict[str, ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[f"{name}|{message.findtext('source', '')}"] = message
    return found


def finished(message: ET.Element) -> str | list[str] | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else (translation.text or "")


def fill(message: ET.Element, value: str | list[str]) -> None:
    translation = message.find("translation")
    assert translation is not None
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = list(translation.iter("numerusform"))
        values = value if isinstance(value, list) else [value]
        for index, form in enumerate(forms):
            form.text = values[min(index, len(values) - 1)]
    else:
        translation.text = value if isinstance(value, str) else value[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("words", nargs="?", type=Path)
    parser.add_argument("--from", dest="other", type=Path)
    options = parser.parse_args()
    for language in LANGUAGES:
        path = FOLDER / f"salonvault_{language}.ts"
        tree = ET.parse(path)
        ours = entries(tree)
        wanted: dict[str, str | list[str]] = {}
        if options.other:
            theirs = entries(ET.parse(options.other / path.relative_to(FOLDER.parents[1])))
            wanted = {k: v for k, m in theirs.items() if (v := finished(m)) is not None}
        if options.words:
            wanted |= json.loads(options.words.read_text()).get(language, {})
        filled = 0
        for key, message in ours.items():
            if finished(message) is None and key in wanted:
                fill(message, wanted[key])
                filled += 1
        if filled:  # run `dev.py i18n` afterwards: lupdate lays the file out its own way again
            tree.write(path, encoding="utf-8", xml_declaration=True)
        left = [k for k, m in ours.items() if finished(m) is None]
        if language != "en":  # English shows the source text; only its plurals need forms
            print(f"{language}: {len(left)} unfinished", *left[:20], sep="\n  ")


if __name__ == "__main__":
    main()
