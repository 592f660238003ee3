"""The window's words for visits and colour formulas: bowl names, payment methods, why a visit
cannot be edited, and the colourist's rules (FormulaError keys, decision 0021) in the user's
language. Formulas are shown with the bowl names translated; units (g, %, vol, min) stay as
colourists write them everywhere."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from salonvault.domain import formulas
from salonvault.domain.errors import FormulaError
from salonvault.domain.formulas import Bowl, Formula, FormulaRule
from salonvault.domain.treatments import EditRefusal, PaymentMethod
from ui.labels import fill, local_time


def ui_language() -> str:
    """The language the window speaks now, as the core's documents and prices name it."""
    name = QLocale().name()
    if name.startswith("zh"):
        return "zh_CN"
    short = name.split("_")[0]
    return short if short in ("vi", "pl") else "en"


def bowl_label_names() -> dict[str, str]:
    """The suggested bowl names (codes stored as typed, decision 0021), in the user's language."""
    names = {
        "roots": QCoreApplication.translate("VisitWords", "roots"),
        "mid-lengths and ends": QCoreApplication.translate("VisitWords", "mid-lengths and ends"),
        "lengths": QCoreApplication.translate("VisitWords", "lengths"),
        "ends": QCoreApplication.translate("VisitWords", "ends"),
        "toner": QCoreApplication.translate("VisitWords", "toner"),
        "highlights": QCoreApplication.translate("VisitWords", "highlights"),
        "lowlights": QCoreApplication.translate("VisitWords", "lowlights"),
        "gloss": QCoreApplication.translate("VisitWords", "gloss"),
        "full head": QCoreApplication.translate("VisitWords", "full head"),
    }
    return {code: names[code] for code in formulas.BOWL_LABEL_SUGGESTIONS}


def bowl_label_text(label: str) -> str:
    """A stored bowl name as shown: a suggested one translated, anything else as typed."""
    return bowl_label_names().get(label, label)


def bowl_line(bowl: Bowl) -> str:
    return replace(bowl, label=bowl_label_text(bowl.label)).one_line()


def formula_lines(formula: Formula) -> list[str]:
    """One line per bowl, bowl names in the user's language."""
    return [bowl_line(bowl) for bowl in formula.bowls if not bowl.empty]


def formula_text(formula: Formula) -> str:
    """The whole formula on one line (lists): bowls joined as the core joins them."""
    return " | ".join(formula_lines(formula))


def payment_label(method: PaymentMethod) -> str:
    names = {
        PaymentMethod.CASH: QCoreApplication.translate("VisitWords", "Cash"),
        PaymentMethod.CARD: QCoreApplication.translate("VisitWords", "Card"),
        PaymentMethod.TRANSFER: QCoreApplication.translate("VisitWords", "Bank transfer"),
        PaymentMethod.VOUCHER: QCoreApplication.translate("VisitWords", "Voucher"),
        PaymentMethod.OTHER: QCoreApplication.translate("VisitWords", "Other"),
    }
    return names[method]


def edit_refusal_text(refusal: EditRefusal, until_text: str) -> str:
    """Why Edit is off, next to it. `until_text`: when the 24 hours ended (local time)."""
    if refusal is EditRefusal.ROLE:
        return QCoreApplication.translate(
            "VisitWords",
            "Receptionists see the date and service only; treatments are not theirs to edit.",
        )
    if refusal is EditRefusal.NOT_OWN:
        return QCoreApplication.translate(
            "VisitWords",
            "Someone else recorded this treatment: only they (for 24 hours) or the owner may"
            " edit it. Add a correction instead.",
        )
    return fill(
        QCoreApplication.translate(
            "VisitWords",
            "Locked: treatments can be edited for 24 hours after recording, and that ended on"
            " %1. Add a correction instead; the original stays in the history.",
        ),
        until_text,
    )


def editable_until_text(until: datetime | None) -> str:
    """For a technician's own entry: how long it stays editable (empty for the owner)."""
    return (
        fill(
            QCoreApplication.translate("VisitWords", "You may edit it until %1."), local_time(until)
        )
        if until
        else ""
    )


def _rule_templates() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each rule's sentence and which of its limits fill %1, %2 …"""
    return {
        FormulaRule.TOO_MANY_BOWLS: (
            QCoreApplication.translate("VisitWords", "A formula has at most %1 bowls."),
            ("maximum",),
        ),
        FormulaRule.TOO_MANY_COMPONENTS: (
            QCoreApplication.translate("VisitWords", "A bowl has at most %1 shades."),
            ("maximum",),
        ),
        FormulaRule.GRAMS: (
            QCoreApplication.translate(
                "VisitWords", "Grams of a shade: more than 0 and at most %1 g, in steps of 0.1 g."
            ),
            ("maximum",),
        ),
        FormulaRule.BOWL_GRAMS: (
            QCoreApplication.translate(
                "VisitWords", "Colour and developer together are %1 g; a bowl holds at most %2 g."
            ),
            ("total", "maximum"),
        ),
        FormulaRule.DEVELOPER_GRAMS: (
            QCoreApplication.translate(
                "VisitWords", "Developer grams: more than 0 and at most %1 g, in steps of 0.1 g."
            ),
            ("maximum",),
        ),
        FormulaRule.RATIO: (
            QCoreApplication.translate(
                "VisitWords", "The mixing ratio is 1:x with x from %1 to %2."
            ),
            ("minimum", "maximum"),
        ),
        FormulaRule.RATIO_MISMATCH: (
            QCoreApplication.translate(
                "VisitWords", "%1 g of colour at 1:%2 needs %3 g of developer, not %4 g."
            ),
            ("colour", "ratio", "expected", "written"),
        ),
        FormulaRule.PERCENT: (
            QCoreApplication.translate("VisitWords", "The developer's strength is %1% to %2%."),
            ("minimum", "maximum"),
        ),
        FormulaRule.VOLUME: (
            QCoreApplication.translate(
                "VisitWords", "The developer's strength is a whole number from %1 to %2 vol."
            ),
            ("minimum", "maximum"),
        ),
        FormulaRule.STRENGTH_MISMATCH: (
            QCoreApplication.translate("VisitWords", "%1% developer is %2 vol, not %3 vol."),
            ("percent", "expected", "volume"),
        ),
        FormulaRule.MINUTES: (
            QCoreApplication.translate("VisitWords", "The processing time is %1 to %2 minutes."),
            ("minimum", "maximum"),
        ),
        FormulaRule.DEVELOPER_TEXT: (
            QCoreApplication.translate(
                "VisitWords", "Write the developer as 6%, 20 vol or 6% / 20 vol."
            ),
            (),
        ),
        FormulaRule.RATIO_TEXT: (
            QCoreApplication.translate(
                "VisitWords", "Write the mixing ratio as 1:1, 1:1.5 or 1:2."
            ),
            (),
        ),
        FormulaRule.GRAMS_TEXT: (
            QCoreApplication.translate("VisitWords", "Write grams as a number, like 30 or 7.5."),
            (),
        ),
    }


def formula_rule_text(error: FormulaError) -> str:
    """The broken rule in the user's words, with the numbers the rule allows; the bowl is
    where the message shows, so only the shade is named."""
    values = dict(error.limits)
    if error.rule == FormulaRule.VOLUME and "maximum" not in values:  # "20.5 vol" as typed
        values |= {"minimum": str(formulas.VOLUME_MIN), "maximum": str(formulas.VOLUME_MAX)}
    found = _rule_templates().get(error.rule)
    if found is None:
        text = str(error)  # a rule this window does not know yet: the core's own sentence
    else:
        template, names = found
        text = fill(template, *(values.get(name, "") for name in names))
    if error.component is not None:
        return fill(
            QCoreApplication.translate("VisitWords", "Shade %1: %2"), error.component + 1, text
        )
    return text
