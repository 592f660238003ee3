"""The window's words for the core's "formula.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class FormulaErrors(QObject):
    """Methods are named after the key's second part."""

    def too_many_bowls(self, p: Params) -> str:
        return fill(
            self.tr("A formula has at most %1 bowls."),
            p.text("maximum"),
        )

    def too_many_components(self, p: Params) -> str:
        return fill(
            self.tr("A bowl has at most %1 shades."),
            p.text("maximum"),
        )

    def grams(self, p: Params) -> str:
        return fill(
            self.tr("A shade's amount is more than 0 g and at most %1 g, in steps of 0.1 g."),
            p.text("maximum"),
        )

    def bowl_grams(self, p: Params) -> str:
        return fill(
            self.tr("Colour and developer together are %1 g; a bowl holds at most %2 g."),
            p.text("total"),
            p.text("maximum"),
        )

    def developer_grams(self, p: Params) -> str:
        return fill(
            self.tr("The developer's amount is more than 0 g and at most %1 g, in steps of 0.1 g."),
            p.text("maximum"),
        )

    def ratio(self, p: Params) -> str:
        return fill(
            self.tr("The mixing ratio is 1:x with x from %1 to %2."),
            p.text("minimum"),
            p.text("maximum"),
        )

    def ratio_mismatch(self, p: Params) -> str:
        return fill(
            self.tr("%1 g of colour at 1:%2 needs %3 g of developer, not %4 g."),
            p.text("colour"),
            p.text("ratio"),
            p.text("expected"),
            p.text("written"),
        )

    def developer_percent(self, p: Params) -> str:
        return fill(
            self.tr("The developer's strength is %1% to %2%."),
            p.text("minimum"),
            p.text("maximum"),
        )

    def developer_volume(self, p: Params) -> str:
        return fill(
            self.tr("The developer's strength is %1 to %2 vol."),
            p.text("minimum"),
            p.text("maximum"),
        )

    def developer_mismatch(self, p: Params) -> str:
        return fill(
            self.tr("%1% developer is %2 vol, not %3 vol."),
            p.text("percent"),
            p.text("expected"),
            p.text("volume"),
        )

    def processing_minutes(self, p: Params) -> str:
        return fill(
            self.tr("The processing time is %1 to %2 minutes."),
            p.text("minimum"),
            p.text("maximum"),
        )

    def developer_text(self, p: Params) -> str:
        return self.tr("Write the developer as 6%, 20 vol or 6% / 20 vol.")

    def ratio_text(self, p: Params) -> str:
        return self.tr("Write the mixing ratio as 1:1, 1:1.5 or 1:2.")

    def grams_text(self, p: Params) -> str:
        return self.tr("Write a shade's amount in grams, like 7/1 30 g.")

    def in_bowl(self, p: Params) -> str:
        return fill(
            self.tr("Bowl %1: %2"),
            p.text("bowl_number"),
            p.text("rule_message"),
        )

    def in_bowl_shade(self, p: Params) -> str:
        return fill(
            self.tr("Bowl %1, shade %2: %3"),
            p.text("bowl_number"),
            p.text("shade_number"),
            p.text("rule_message"),
        )

    def in_shade(self, p: Params) -> str:
        return fill(
            self.tr("shade %1: %2"),
            p.text("shade_number"),
            p.text("rule_message"),
        )

    def shade_missing(self, p: Params) -> str:
        return self.tr("A shade has grams but no name.")

    def grams_not_number(self, p: Params) -> str:
        return self.tr("Write grams as a number.")
