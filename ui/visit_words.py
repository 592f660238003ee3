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


def _tr(text: str) -> str:
    return QCoreApplication.translate("VisitWords", text)


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
        "roots": _tr("roots"),
        "mid-lengths and ends": _tr("mid-lengths and ends"),
        "lengths": _tr("lengths"),
        "ends": _tr("ends"),
        "toner": _tr("toner"),
        "highlights": _tr("highlights"),
        "lowlights": _tr("lowlights"),
        "gloss": _tr("gloss"),
        "full head": _tr("full head"),
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
        PaymentMethod.CASH: _tr("Cash"),
        PaymentMethod.CARD: _tr("Card"),
        PaymentMethod.TRANSFER: _tr("Bank transfer"),
        PaymentMethod.VOUCHER: _tr("Voucher"),
        PaymentMethod.OTHER: _tr("Other"),
    }
    return names[method]


def edit_refusal_text(refusal: EditRefusal, until_text: str) -> str:
    """Why Edit is off, next to it. `until_text`: when the 24 hours ended (local time)."""
    if refusal is EditRefusal.ROLE:
        return _tr(
            "Receptionists see the date and service only; treatments are not theirs to edit."
        )
    if refusal is EditRefusal.NOT_OWN:
        return _tr(
            "Someone else recorded this treatment: only they (for 24 hours) or the owner may"
            " edit it. Add a correction instead."
        )
    return fill(
        _tr(
            "Locked: treatments can be edited for 24 hours after recording, and that ended on"
            " %1. Add a correction instead; the original stays in the history."
        ),
        until_text,
    )


def editable_until_text(until: datetime | None) -> str:
    """For a technician's own entry: how long it stays editable (empty for the owner)."""
    return fill(_tr("You may edit it until %1."), local_time(until)) if until else ""


def _rule_templates() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each rule's sentence and which of its limits fill %1, %2 …"""
    return {
        FormulaRule.TOO_MANY_BOWLS: (_tr("A formula has at most %1 bowls."), ("maximum",)),
        FormulaRule.TOO_MANY_COMPONENTS: (_tr("A bowl has at most %1 shades."), ("maximum",)),
        FormulaRule.GRAMS: (
            _tr("Grams of a shade: more than 0 and at most %1 g, in steps of 0.1 g."),
            ("maximum",),
        ),
        FormulaRule.BOWL_GRAMS: (
            _tr("Colour and developer together are %1 g; a bowl holds at most %2 g."),
            ("total", "maximum"),
        ),
        FormulaRule.DEVELOPER_GRAMS: (
            _tr("Developer grams: more than 0 and at most %1 g, in steps of 0.1 g."),
            ("maximum",),
        ),
        FormulaRule.RATIO: (
            _tr("The mixing ratio is 1:x with x from %1 to %2."),
            ("minimum", "maximum"),
        ),
        FormulaRule.RATIO_MISMATCH: (
            _tr("%1 g of colour at 1:%2 needs %3 g of developer, not %4 g."),
            ("colour", "ratio", "expected", "written"),
        ),
        FormulaRule.PERCENT: (
            _tr("The developer's strength is %1% to %2%."),
            ("minimum", "maximum"),
        ),
        FormulaRule.VOLUME: (
            _tr("The developer's strength is a whole number from %1 to %2 vol."),
            ("minimum", "maximum"),
        ),
        FormulaRule.STRENGTH_MISMATCH: (
            _tr("%1% developer is %2 vol, not %3 vol."),
            ("percent", "expected", "volume"),
        ),
        FormulaRule.MINUTES: (
            _tr("The processing time is %1 to %2 minutes."),
            ("minimum", "maximum"),
        ),
        FormulaRule.DEVELOPER_TEXT: (_tr("Write the developer as 6%, 20 vol or 6% / 20 vol."), ()),
        FormulaRule.RATIO_TEXT: (_tr("Write the mixing ratio as 1:1, 1:1.5 or 1:2."), ()),
        FormulaRule.GRAMS_TEXT: (_tr("Write grams as a number, like 30 or 7.5."), ()),
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
        return fill(_tr("Shade %1: %2"), error.component + 1, text)
    return text
