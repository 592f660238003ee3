"""What the visit dialog shows before anything else (issue 22 item 3): the client's health
alerts named (severe first, moderate too) for a role that may read them, and, when the chosen
service declares a contraindication that the client's record matches, a loud warning naming
the match with a box to tick: the acknowledgement the services log.

A role that may not read health details is told that there is an alert, and whom to ask.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from salonvault.domain.contraindications import VisitSafety, find_matches
from salonvault.domain.treatments import SalonService
from ui.health_alert_words import hidden_alert, hidden_match, match_words, named_alerts
from ui.labels import fill
from ui.palette import acknowledgement_panel_style, alert_banner_style


class HealthAlertsLine(QLabel):
    """The client's alerts, as the card's banner says them."""

    def __init__(self, safety: VisitSafety, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitHealthAlerts")
        self.setWordWrap(True)
        self.use(safety)

    def use(self, safety: VisitSafety) -> None:
        if safety.items is None:
            text = hidden_alert(safety.has_severe_alert, safety.ask)
        else:
            text = "\n".join(named_alerts(safety.items))
        self.setText("⚠ " + text)
        self.setStyleSheet(alert_banner_style(severe=safety.has_severe_alert))
        self.setVisible(safety.has_alerts)


class ContraindicationBox(QFrame):
    """The chosen service's matches, loud, and the acknowledgement. Hidden when the service
    declares nothing this client's record matches."""

    def __init__(self, safety: VisitSafety, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contraindicationBox")
        self._safety = safety
        self.setStyleSheet(alert_banner_style(severe=True))
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        self.heading = QLabel(self)
        self.heading.setObjectName("contraindicationHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.matches = QLabel(self)
        self.matches.setObjectName("contraindicationMatches")
        self.matches.setWordWrap(True)
        # The box to tick stands on a light panel of its own (acknowledgement_panel_style).
        panel = QFrame(self)
        panel.setObjectName("acknowledgePanel")
        panel.setStyleSheet(acknowledgement_panel_style("QFrame#acknowledgePanel"))
        self.acknowledge = FramedCheckBox(panel)
        self.acknowledge.setObjectName("acknowledgeContraindication")
        self.acknowledge.setText(
            self.tr("I have &checked this with the client: go ahead (this is recorded)")
        )
        inside = QVBoxLayout(panel)
        inside.setContentsMargins(2, 2, 2, 2)
        inside.addWidget(self.acknowledge)
        column.addWidget(self.heading)
        column.addWidget(self.matches)
        column.addWidget(panel)
        self.hide()

    def use(self, safety: VisitSafety) -> None:
        """What the services said now (read again after a refusal)."""
        self._safety = safety

    def show_for(self, service: SalonService | None) -> None:
        """The warning for this service; a new choice of service asks again."""
        self.acknowledge.setChecked(False)
        if service is None or service.id not in self._safety.contraindicated_services:
            self.hide()
            return
        self.heading.setText(
            "⚠ " + fill(self.tr("Contraindication for %1 on this client's record"), service.name)
        )
        if self._safety.items is None:
            self.matches.setText(hidden_match(self._safety.ask))
        else:
            found = find_matches(self._safety.items, service.contraindications)
            self.matches.setText("\n".join("• " + match_words(m) for m in found))
        self.show()

    @property
    def needs_acknowledgement(self) -> bool:
        return not self.isHidden()

    @property
    def acknowledged(self) -> bool:
        return self.needs_acknowledgement and self.acknowledge.isChecked()


class FramedCheckBox(QCheckBox):
    """A check box whose box is outlined in the text colour, 2 px: the styles draw it in a
    shade of the background (Fusion: a light grey on white, 1.7:1), too faint for the one box
    that must be seen to be ticked. With the focus, the whole line is ringed in the highlight
    colour (the outline drawn here covers the style's own focus mark on the box)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        option = QStyleOptionButton()
        option.initFrom(self)
        option.text = self.text()
        box = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        painter = QPainter(self)
        pen = QPen(self.palette().text().color())
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRect(box.adjusted(1, 1, -1, -1))
        if self.hasFocus():
            pen.setColor(self.palette().highlight().color())
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()
