"""The card's History tab: earlier versions of the client's changed records (decision 0031),
with who changed each (and in which role) and when, and the values it held before.

Every role gets the tab with only what it may see of the record itself (HistoryService hands a
receptionist the consent-relevant details only, never a formula or a health item)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTableWidgetItem, QVBoxLayout, QWidget

from salonvault.domain.changes import RecordKind
from salonvault.domain.clients import HealthKind, Severity
from salonvault.domain.errors import SalonVaultError
from salonvault.domain.formula_input import formula_from_dict
from salonvault.domain.session import Session
from salonvault.domain.treatments import PatchResult, PaymentMethod
from salonvault.domain.versions import ChangeKind, RecordVersion, VersionedKind
from salonvault.services.money import format_price
from salonvault.services.vault import Vault
from ui.changes import ChangeFollower
from ui.dialogs.card_tabs.base import CardTab
from ui.error_text import error_text
from ui.formats import date_text
from ui.labels import (
    fill,
    health_kind_label,
    local_time,
    patch_result_label,
    role_label,
    severity_label,
)
from ui.visit_words import payment_label, ui_language


class HistoryTab(CardTab):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        client_id: int,
        staff_names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, session, client_id, staff_names, "history", parent)
        self.versions: list[RecordVersion] = []
        self.intro = QLabel(
            self.tr(
                "When a treatment, a health item, a patch test or a client's birth date, minor"
                " status or guardian is changed, the earlier version is kept here."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.table = self._list_table(
            "historyTable",
            [self.tr("Record"), self.tr("Change"), self.tr("Changed by"), self.tr("On")],
            stretch=0,
        )
        self.table.setAccessibleName(self.tr("Earlier versions"))
        self.empty = QLabel(self.tr("Nothing has been changed."), self)
        self.earlier_label = QLabel(self.tr("Earlier values"), self)
        self.earlier = QPlainTextEdit(self)
        self.earlier.setObjectName("earlierValues")
        self.earlier.setReadOnly(True)
        self.earlier.setAccessibleName(self.tr("Earlier values"))
        self.earlier_label.setBuddy(self.earlier)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.earlier_label)
        layout.addWidget(self.earlier, 1)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.load()
        shows = (RecordKind.VISITS, RecordKind.HEALTH, RecordKind.PATCH_TESTS, RecordKind.CLIENTS)
        self.changes = ChangeFollower(self, vault, shows, self.load)

    def load(self) -> None:
        try:
            found = self._vault.history.earlier_versions(self._session, self._client_id)
        except SalonVaultError as error:
            self.earlier.setPlainText(error_text(error))
            return
        self.versions = sorted(found, key=lambda v: v.changed_at, reverse=True)  # newest first
        self.table.setRowCount(len(self.versions))
        for row, version in enumerate(self.versions):
            cells = [
                self.record_words(version),
                self.change_words(version),
                fill(
                    self.tr("%1 (%2)"),
                    self._staff_names.get(version.changed_by, "—"),
                    role_label(version.changed_by_role),
                ),
                local_time(version.changed_at),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty.setVisible(not self.versions)
        self.table.setVisible(bool(self.versions))
        self.earlier.setVisible(bool(self.versions))
        self.earlier_label.setVisible(bool(self.versions))
        if self.versions:
            self.table.selectRow(0)
        self._show_selected()

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.versions):
            self.earlier.clear()
            return
        version = self.versions[rows[0].row()]
        heading = fill(
            self.tr("Version %1, changed by %2 on %3. Before the change:"),
            version.number,
            role_label(version.changed_by_role),
            local_time(version.changed_at),
        )
        self.earlier.setPlainText("\n".join([heading, *self.value_lines(version)]))

    # -- words -------------------------------------------------------------------------------

    def record_words(self, version: RecordVersion) -> str:
        values = version.values
        if version.kind is VersionedKind.VISIT:
            return fill(
                self.tr("Treatment of %1: %2"),
                _day(values.get("visited_on")),
                values.get("service_name", ""),
            )
        if version.kind is VersionedKind.HEALTH_ITEM:
            return fill(
                self.tr("Health item: %1"), _choice(values, "kind", HealthKind, health_kind_label)
            )
        if version.kind is VersionedKind.PATCH_TEST:
            return fill(
                self.tr("Patch test of %1: %2"),
                _day(values.get("tested_on")),
                values.get("product", ""),
            )
        return self.tr("Birth date, minor status and guardian")

    def change_words(self, version: RecordVersion) -> str:
        if version.change is ChangeKind.REMOVE:
            return self.tr("removed")
        return fill(self.tr("changed (version %1 kept)"), version.number)

    def value_lines(self, version: RecordVersion) -> list[str]:
        labels = {
            "visited_on": self.tr("Date"),
            "service_name": self.tr("Service"),
            "products": self.tr("Products"),
            "formula": self.tr("Formula"),
            "notes": self.tr("Notes"),
            "price_minor": self.tr("Price"),
            "payment_method": self.tr("Payment"),
            "kind": self.tr("Kind"),
            "text": self.tr("Description"),
            "severity": self.tr("Severity"),
            "tested_on": self.tr("Tested on"),
            "product": self.tr("Product"),
            "batch": self.tr("Batch"),
            "result": self.tr("Result"),
            "valid_until": self.tr("Valid until"),
            "birth_date": self.tr("Birth date"),
            "is_minor": self.tr("Under 18"),
            "guardian": self.tr("Parent or guardian"),
        }
        lines = []
        for name, label in labels.items():
            shown = self._value(name, version.values)
            if shown:
                lines.append(fill(self.tr("%1: %2"), label, shown))
        return lines

    def _value(self, name: str, values: dict[str, Any]) -> str:
        value = values.get(name)
        if name == "is_minor" and name in values:
            return self.tr("yes") if value else self.tr("no")
        if value in (None, "", {}):
            return ""
        codes: dict[str, tuple[Any, Any]] = {
            "payment_method": (PaymentMethod, payment_label),
            "kind": (HealthKind, health_kind_label),
            "severity": (Severity, severity_label),
            "result": (PatchResult, patch_result_label),
        }
        if name in codes:
            return _choice(values, name, *codes[name])
        written: dict[str, Callable[[Any], str]] = {
            "formula": _formula_line,
            **dict.fromkeys(DAY_FIELDS, _day),
        }
        if name in written:
            return written[name](value)
        if name == "price_minor" and isinstance(value, int):
            return format_price(value, str(values.get("currency") or "EUR"), ui_language())
        return str(value)


# Stored as ISO days; shown the way the screen language writes dates, as the "When" column is.
DAY_FIELDS = ("visited_on", "tested_on", "valid_until", "birth_date")


def _formula_line(value: Any) -> str:
    return formula_from_dict(value).one_line() if isinstance(value, dict) else ""


def _day(value: Any) -> str:
    try:
        return date_text(date.fromisoformat(str(value)))
    except ValueError:
        return str(value or "")


def _choice(values: dict[str, Any], name: str, kind: Any, words: Any) -> str:
    """A stored code in the window's words (the code itself if this program does not know it)."""
    code = values.get(name)
    try:
        return str(words(kind(code)))
    except ValueError:
        return str(code)
