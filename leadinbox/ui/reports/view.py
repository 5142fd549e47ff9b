"""The Reports window: period and filters (following the inbox's where that makes sense), and the cards."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QMainWindow, QPushButton,
                               QScrollArea, QSizePolicy, QStyle, QStyleOptionComboBox, QVBoxLayout,
                               QWidget)

from leadinbox.core.query import InboxQuery
from leadinbox.core.reports import ReportSet, monday
from leadinbox.ui.inbox.badges import SOURCE_LABELS, action_label
from leadinbox.ui.language.i18n import format_date
from leadinbox.ui.reports.cards import ReportCards
from leadinbox.store.db import open_database
from leadinbox.store.reports import report_set
from leadinbox.ui.jobs import Job, Latest, Outcome
from leadinbox.ui.window.screen_fit import resize_to_screen

INBOX = "inbox"        # combo value: as the inbox's filter says


def _day(iso: str | None) -> str | None:
    """A query's 'YYYY-MM-DD' as the tables and charts write dates; as given when it is not one."""
    try:
        return format_date(date.fromisoformat(iso)) if iso else iso
    except ValueError:
        return iso


class ReportsView(QWidget):
    def __init__(self, db_path: Path, settings: QSettings | None = None, parent=None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.today = today
        self.inbox = InboxQuery()
        self.shown: InboxQuery | None = None          # the query of the reports on screen
        # Computed off the GUI thread on a connection of its own; a newer request replaces a waiting one
        # (typing in the inbox's search does not queue a dozen runs).
        self.counting = Latest(self, lambda query: Job(
            self, lambda task: report_set(task.db, query), connect=lambda: open_database(db_path, create=False),
            name="reports"))
        self.counting.answered.connect(self._ready)
        self.counting.busy_changed.connect(lambda busy: busy and self.status.setText(self.tr("Counting…")))
        self.cards = ReportCards(settings)
        self._controls()
        column = QVBoxLayout()
        for card in self.cards.all:          # one per row: the charts get the width, the tables fit theirs
            column.addWidget(card)
        self.body = body = QWidget()
        body.setLayout(column)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

    def _controls(self) -> None:
        self.period = QComboBox(accessibleName=self.tr("Period"))
        for value, text in ((INBOX, self.tr("Dates as in the inbox")), (4, self.tr("Last 4 weeks")),
                            (13, self.tr("Last 13 weeks")), (26, self.tr("Last 26 weeks")),
                            (52, self.tr("Last 52 weeks")), ("all", self.tr("All dates"))):
            self.period.addItem(text, value)
        self.offer = QComboBox(accessibleName=self.tr("Offer"))
        self.source = QComboBox(accessibleName=self.tr("Source"))
        self.source.addItem(self.tr("Source as in the inbox"), INBOX)
        self.source.addItem(self.tr("Any source"), None)
        for value, text in SOURCE_LABELS.items():
            self.source.addItem(text, value)
        self.set_facets({})
        self.follow = QCheckBox(self.tr("Inbox's other filters too"), checked=True)
        self.follow.setToolTip(self.tr("Count only the leads the inbox's action, country, owner, test-lead and "
                                       "do-not-contact filters let through"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.status = QLabel()
        self.summary = QLabel(wordWrap=True)
        self.bar = QHBoxLayout()
        for w in (QLabel(self.tr("&Period:"), buddy=self.period), self.period, self.offer, self.source,
                  self.follow, self.refresh_button):
            self.bar.addWidget(w)
        self.bar.addWidget(self.status, 1, Qt.AlignmentFlag.AlignRight)
        for combo in (self.period, self.offer, self.source):
            combo.currentIndexChanged.connect(self.refresh)
            # As wide as its own choices ("Dates as in the inbox" was cut to "Dates as in the inbo"), but not
            # the offers' names, which can be any length: the window must fit a 1024-px screen. The open list
            # still shows whole names, the tooltip the one chosen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(1)
            combo.setMinimumWidth(self._width_for(combo, self._own_choices(combo)))
            combo.view().setMinimumWidth(280)
            combo.currentTextChanged.connect(combo.setToolTip)
        # The status ("Counted in 0.4 s") gives way rather than widen the window.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.follow.toggled.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)

    def _own_choices(self, combo: QComboBox) -> list[str]:
        """The texts of the combo's fixed choices (the offer list's first two; every period and source)."""
        count = 2 if combo is self.offer else combo.count()
        return [combo.itemText(i) for i in range(count)]

    @staticmethod
    def _width_for(combo: QComboBox, texts: list[str]) -> int:
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        metrics = combo.fontMetrics()
        text = QSize(max(metrics.horizontalAdvance(t) for t in texts), metrics.height())
        return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width()

    def set_facets(self, facets: dict) -> None:
        """The offers the database knows (store.inbox.facets), for the offer filter."""
        current = self.offer.currentData() if self.offer.count() else INBOX
        self.offer.blockSignals(True)
        self.offer.clear()
        self.offer.addItem(self.tr("Offer as in the inbox"), INBOX)
        self.offer.addItem(self.tr("Any offer"), None)
        for value, label in facets.get("offers", []):
            self.offer.addItem(label, value)
        self.offer.setCurrentIndex(max(self.offer.findData(current), 0))
        self.offer.blockSignals(False)

    def set_inbox_query(self, query: InboxQuery) -> None:
        """The inbox's filters changed: reports that follow them are recounted."""
        self.inbox = query
        if self.isVisible() and self.query() != self.shown:
            self.refresh()

    def query(self) -> InboxQuery:
        """What the reports count: the report's own choices, the inbox's filters for the rest."""
        base = self.inbox if self.follow.isChecked() else InboxQuery()
        period = self.period.currentData()
        if period == INBOX:
            date_from, date_to = self.inbox.date_from, self.inbox.date_to
        elif period == "all":
            date_from = date_to = None
        else:
            # Up to today, so the weeks since the last lead show as empty weeks, not as missing ones.
            today = self.today()
            date_from, date_to = (monday(today) - timedelta(weeks=period - 1)).isoformat(), today.isoformat()
        offer, source = self.offer.currentData(), self.source.currentData()
        return InboxQuery(action=base.action, country=base.country, owner=base.owner,
                          hide_test=base.hide_test, hide_dnc=base.hide_dnc, date_from=date_from,
                          date_to=date_to,
                          offer=self.inbox.offer if offer == INBOX else offer,
                          source=self.inbox.source if source == INBOX else source)

    def refresh(self, *_args) -> None:
        query = self.query()
        self.summary.setText(self.describe(query))
        self.counting.ask(query)

    def describe(self, q: InboxQuery) -> str:
        if q.date_from or q.date_to:
            parts = [self.tr("Leads from %s to %s") % (_day(q.date_from) or self.tr("the first"),
                                                       _day(q.date_to) or self.tr("today"))]
        else:
            parts = [self.tr("Leads of all dates")]
        if q.offer:
            parts.append(self.tr("offer %s") % (self.offer.itemText(self.offer.findData(q.offer)) or q.offer))
        if q.source:
            parts.append(self.tr("source %s") % SOURCE_LABELS.get(q.source, q.source))
        if q.action:
            parts.append(self.tr("action %s") % action_label(q.action))
        if q.country:
            parts.append(self.tr("country %s") % q.country)
        if q.owner is not None:
            parts.append(self.tr("owner %s") % (q.owner or self.tr("me")))
        parts.append(self.tr("test leads hidden") if q.hide_test else self.tr("test leads included"))
        if q.hide_dnc:
            parts.append(self.tr("do-not-contact customers hidden"))
        return " · ".join(parts) + self.tr(". Weeks start on Monday (UTC).")

    def _ready(self, query: InboxQuery, outcome: Outcome) -> None:
        if outcome.cancelled:
            return
        if outcome.error is not None:           # shown in the window, never a crash
            error = outcome.error
            self.status.setText(self.tr("The reports could not be counted: %s") % f"{type(error).__name__}: {error}")
            return
        result = outcome.value
        self.shown = query
        self.cards.show(result)
        self.status.setText(self.tr("Up to date"))
        self.last: ReportSet = result


class ReportsWindow(QMainWindow):
    """View › Reports (Ctrl+R): a window of its own, so the inbox stays in sight beside it."""

    def __init__(self, db_path: Path, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("LeadInbox – Reports"))
        self.view = ReportsView(db_path, settings, self)
        self.setCentralWidget(self.view)
        for keys, slot in (((QKeySequence.StandardKey.Close, "Esc"), self.close),
                           ((QKeySequence.StandardKey.Refresh,), self.view.refresh)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            self.addAction(action)
        if settings.value("reports/geometry"):
            self.restoreGeometry(settings.value("reports/geometry"))
        else:
            resize_to_screen(self, 1300, 900)

    def open_with(self, inbox: InboxQuery, facets: dict) -> None:
        self.view.set_facets(facets)
        self.show()
        self.raise_()
        self.activateWindow()
        self.view.inbox = inbox
        self.view.refresh()

    def closeEvent(self, event) -> None:
        self.settings.setValue("reports/geometry", self.saveGeometry())
        self.view.counting.wait()
        super().closeEvent(event)
