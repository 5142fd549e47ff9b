"""The inbox tree: badges delegate, j/k navigation, Enter opens a customer, '/' jumps to search."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from leadinbox.ui.badge_delegate import BadgeDelegate
from leadinbox.ui.due_text import sample_labels
from leadinbox.ui.inbox_columns import (COL_ACTIVITY, COL_ATTEMPTS, COL_COMPANY, COL_COUNTRY, COL_FOLLOWUP,
                                      COL_LATEST, COL_LEADS, COL_NAME, COL_STATUS)


class InboxView(QTreeView):
    search_requested = Signal()
    opened = Signal(object)   # the QModelIndex Enter was pressed on

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setUniformRowHeights(True)       # lets Qt skip measuring every row of a long list
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # bulk assign
        self.setSortingEnabled(True)
        self.setAllColumnsShowFocus(True)
        self.setItemDelegateForColumn(COL_ACTIVITY, BadgeDelegate(self))
        self.header().setSortIndicatorShown(True)
        self.empty_text = ""       # said in the middle of the list when it shows nobody

    def empty_text_for(self, query) -> str:
        """What an empty list means in this view, and how to get out of it."""
        if query.search.strip():
            return self.tr("No customer matches “%1”. Esc clears the search.").replace("%1", query.search.strip())
        return {"due": self.tr("Nothing is due right now."),
                "needs_reply": self.tr("Every lead has had its first reply."),
                "due_today": self.tr("Nothing more is due today."),
                "nurturing": self.tr("No conversation in progress: a reply or a booked meeting brings a lead "
                                     "here."),
                "closed": self.tr("No closed leads yet: won, lost and no-response leads are listed here."),
                "dnc": self.tr("Nobody asked not to be contacted."),
                }.get(query.view, self.tr("No customer matches these filters. Reset clears them."))

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            painter.end()

    def set_default_widths(self) -> None:
        # The follow-up labels are longest in Dutch ("volgende poging over 47 u"): wide enough for them.
        follow_up = max([150] + [self.fontMetrics().horizontalAdvance(t) + 16 for t in sample_labels()])
        for col, width in ((COL_NAME, 180), (COL_COMPANY, 145), (COL_ACTIVITY, 240), (COL_FOLLOWUP, follow_up),
                           (COL_STATUS, 90), (COL_ATTEMPTS, 80), (COL_COUNTRY, 55), (COL_LATEST, 118),
                           (COL_LEADS, 50)):
            self.setColumnWidth(col, width)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if text == "/" and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self.search_requested.emit()
            return
        if text in ("j", "k") and not event.modifiers():
            step = Qt.Key.Key_Down if text == "j" else Qt.Key.Key_Up
            super().keyPressEvent(QKeyEvent(event.type(), step, Qt.KeyboardModifier.NoModifier))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            index = self.currentIndex().siblingAtColumn(0)
            self.setExpanded(index, True)
            self.opened.emit(index)
            return
        super().keyPressEvent(event)
