"""The set-up wizard's page for what the salon does: its kinds of business, and the starter
services to begin with (ticked, renamed or left out here; changed any time on the Services
page). Without at least one service no treatment can be recorded, so the page says so."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from salonvault.domain.catalogue import BusinessKind, ServiceInput
from salonvault.services.catalogue import starter_services
from ui.labels import business_kind_label

_STARTER_ROLE = Qt.ItemDataRole.UserRole  # the ServiceInput the item started from


class _StarterList(QListWidget):
    """Space ticks or unticks (Qt's own), Enter edits the highlighted name: the list works
    from the keyboard alone, as the wizard's other pages do."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing and item:
            self.editItem(item)
            return
        super().keyPressEvent(event)


class BusinessPage(QWizardPage):
    def __init__(self, language: Callable[[], str]) -> None:
        super().__init__()
        self.setObjectName("businessPage")
        self._language = language
        self.kinds_label = QLabel(self)
        self.kind_boxes: dict[BusinessKind, QCheckBox] = {}
        kinds = QHBoxLayout()
        for kind in BusinessKind:
            box = QCheckBox(self)
            box.setObjectName(f"kind-{kind.value}")
            box.toggled.connect(self._kinds_changed)
            self.kind_boxes[kind] = box
            kinds.addWidget(box)
        kinds.addStretch()
        self.services_label = QLabel(self)
        self.services_label.setWordWrap(True)
        self.services = _StarterList(self)
        self.services.setObjectName("starterServices")
        self.services.setEditTriggers(
            QListWidget.EditTrigger.DoubleClicked
            | QListWidget.EditTrigger.EditKeyPressed
            | QListWidget.EditTrigger.SelectedClicked
        )
        self.services.itemChanged.connect(lambda _item: self._update_hint())
        self.hint = QLabel(self)
        self.hint.setObjectName("businessHint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kinds_label)
        layout.addLayout(kinds)
        layout.addWidget(self.services_label)
        layout.addWidget(self.services, 1)
        layout.addWidget(self.hint)
        self._shown_for: tuple[tuple[BusinessKind, ...], str] | None = None

    def initializePage(self) -> None:
        """Each time the page is reached: the list in the language chosen on the first page."""
        if not self.chosen_kinds():
            self.kind_boxes[BusinessKind.HAIR].setChecked(True)  # the program's first kind
        self._fill()
        self.retranslate()

    def chosen_kinds(self) -> list[BusinessKind]:
        return [kind for kind, box in self.kind_boxes.items() if box.isChecked()]

    def chosen_services(self) -> list[ServiceInput]:
        """The ticked services, with the names as edited here."""
        chosen = []
        for row in range(self.services.count()):
            item = self.services.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                starter: ServiceInput = item.data(_STARTER_ROLE)
                chosen.append(replace(starter, name=item.text().strip()))
        return chosen

    def _kinds_changed(self) -> None:
        if self._shown_for is not None:  # not while the page is being built
            self._fill()
        self.completeChanged.emit()

    def _fill(self) -> None:
        """The starter list for the ticked kinds; names already edited or unticked are kept."""
        key = (tuple(self.chosen_kinds()), self._language())
        if key == self._shown_for:
            return
        edited = {}
        for row in range(self.services.count()):
            item = self.services.item(row)
            starter: ServiceInput = item.data(_STARTER_ROLE)
            edited[starter.name] = (item.text(), item.checkState())
        self.services.blockSignals(True)
        self.services.clear()
        for starter in starter_services(list(key[0]), key[1]):
            text, state = edited.get(starter.name, (starter.name, Qt.CheckState.Checked))
            item = QListWidgetItem(text, self.services)
            item.setData(_STARTER_ROLE, starter)
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
            )
            item.setCheckState(state)
        self.services.blockSignals(False)
        self._shown_for = key
        self._update_hint()

    def _update_hint(self) -> None:
        if not self.chosen_kinds():
            self.hint.setText(self.tr("Tick at least one kind of business to go on."))
        elif not self.chosen_services():
            self.hint.setText(
                self.tr(
                    "With no service ticked, no treatment can be recorded until the owner adds"
                    " one on the Services page."
                )
            )
        else:
            self.hint.setText(
                self.tr("You can rename, add or switch off services later on the Services page.")
            )

    def isComplete(self) -> bool:
        return bool(self.chosen_kinds())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("What the salon does"))
        self.setSubTitle(
            self.tr("This decides the services to start with; a mixed salon ticks several.")
        )
        self.kinds_label.setText(self.tr("Kind of business"))
        for kind, box in self.kind_boxes.items():
            box.setText(business_kind_label(kind))
        self.services_label.setText(
            self.tr(
                "Services to start with. Untick what you do not offer (Space ticks or unticks"
                " the highlighted one); to change a name, press Enter or double-click it:"
            )
        )
        self._update_hint()
