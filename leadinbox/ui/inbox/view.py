"""The inbox tree: badges delegate, j/k navigation, Enter opens a customer, '/' jumps to search."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from leadinbox.ui.inbox.badge_delegate import BadgeDelegate, chips_width, first_and_more_width
from leadinbox.ui.inbox.badges import ACTION_WORDS
from leadinbox.ui.inbox.column_fit import fit_columns
from leadinbox.ui.inbox.due_text import sample_labels
from leadinbox.ui.inbox.columns import (COL_ACTIVITY, COL_ATTEMPTS, COL_COMPANY, COL_COUNTRY, COL_FOLLOWUP,
                                      COL_LATEST, COL_LEADS, COL_NAME, COL_OFFER, COL_STATUS,
                                      short_date)

# When the list is narrow these columns hide, the least important first; who, what is due and the badges
# stay, the badges narrowing to their first chip and a "+N" before a name is cut (never below a lead's date).
# The attempts give way before the offer: a lead row tells its leads apart by offer, and the detail pane
# counts the attempts ("no attempt yet"); a new customer's Attempts cell is blank.
# Before the Status hides, the offer and the company narrow to about a dozen letters (their tooltips say them
# whole): at 1400 px in Dutch the Status hid for want of 50 px that these two held for the ends of long names.
GIVE_WAY = (COL_LEADS, COL_COUNTRY, COL_LATEST, COL_ATTEMPTS, {COL_OFFER: 100, COL_COMPANY: 100}, COL_STATUS,
            COL_OFFER, COL_COMPANY)
CUT_LETTERS = 12    # how many letters of an offer or company are left when the Status needs their room
# Width the columns' text does not need goes to these, the ones whose text is long: who, what, where.
GROW = (COL_NAME, COL_OFFER, COL_COMPANY)
# Columns whose text has no bound start at their default width (or less, when the rows in view need less);
# the others (a follow-up, a status, a count) are as wide as the rows in view need, no wider: blank width
# in them is what cut names and hid the Offer column.
CAPPED = GROW + (COL_ACTIVITY,)
NAME_MIN = 110
HEADER_PAD = 28     # the header's margins and its sort arrow
USUAL = ("INS", "PLT", "StartTestDrive")  # i18n: not UI (action codes: the usual strongest three)


class InboxView(QTreeView):
    search_requested = Signal()
    opened = Signal(object)   # the QModelIndex Enter was pressed on
    menu_requested = Signal(QPoint)   # right-click, the Menu key or Shift+F10 on a row (now current); global

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
        self.header().setStretchLastSection(False)     # fit_columns gives the last column the spare width
        # fit_columns keeps every column inside the list's width: a sideways scroll bar would only flash in
        # while a reset's new rows are measured, each time taking the list's height away and giving it back,
        # two more fits (8-16 ms each) in the window's pause after a pull's commit.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().sectionResized.connect(self._user_resized)
        # Connected after setSortingEnabled's own connection: runs once the model has sorted.
        self.header().sortIndicatorChanged.connect(self._sorted)
        self.empty_text = ""       # said in the middle of the list when it shows nobody
        self._wanted: dict[int, int] = {}   # column widths as set by default or by the user, before fitting
        self._dragged: set[int] = set()      # columns the user sized: their width is their need
        self._shrink = {COL_ACTIVITY: 110, COL_NAME: NAME_MIN}     # in this language's words: set_default_widths
        self._give_way = GIVE_WAY                                  # its narrowing step in this font, too
        self._fitting = False
        # The rows in view tell what the columns need: refit when they change (once per burst of changes);
        # not on scrolling, where columns that jump under the mouse would be worse than a cut name.
        self._refit = QTimer(self, singleShot=True, interval=0, timeout=self.fit_columns)
        self.header().setResizeContentsPrecision(0)     # sizeHintForColumn: the rows in view, no more
        self.expanded.connect(self._refit.start)
        self.collapsed.connect(self._refit.start)

    def setModel(self, model) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._refit.start)

    def doItemsLayout(self) -> None:
        # Qt's tree view reads the next page each time it lays the list out (QTreeViewPrivate::layout calls
        # fetchMore before anything else): after every keystroke a second page nobody scrolled to, as costly
        # as the first (0.15 s for a one-letter search at a million leads). The first page fills any screen;
        # the next is read when the list is scrolled to its end (QAbstractItemView asks then).
        model = self.model()
        if not hasattr(model, "laying_out"):
            super().doItemsLayout()
            return
        model.laying_out = True
        try:
            super().doItemsLayout()
        finally:
            model.laying_out = False

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        """The urgency order (Follow-up, Activity) only goes one way (overdue first): the arrow must not say
        it flipped when the list did not."""
        query = getattr(self.model(), "query", None)
        if query is None or query.descending == (order == Qt.SortOrder.DescendingOrder):
            return
        header = self.header()
        header.blockSignals(True)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if query.descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        header.viewport().update()

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
        # This language's longest follow-up label ("volgende poging over 47 u"): its width once the user drags it.
        follow_up = max(self.fontMetrics().horizontalAdvance(t) + 16 for t in sample_labels())
        # Room for the usual strongest three (Get it now, Contact me, Test drive) in this language's words.
        words = [ACTION_WORDS[code] for code in USUAL]
        activity = max(200, chips_width(self.font(), words))
        self._shrink[COL_ACTIVITY] = first_and_more_width(self.font(), words)
        # A wide date and time in this language's format ("2026/12/28 下午11:58" is wider than "28 Dec 2026 23:58").
        date = max(self.fontMetrics().horizontalAdvance(short_date(f"2026-12-2{d}T{h}:58:00Z"))
                   for d in range(8) for h in (10, 13, 23))
        latest = max(118, date + 16)
        # A lead row's first column is its date, one level in: a name may be cut to that, the date never.
        self._shrink[COL_NAME] = max(NAME_MIN, 2 * self.indentation() + date + 12)
        cut = self.fontMetrics().averageCharWidth() * CUT_LETTERS + 8
        self._give_way = tuple({col: max(cut, self._header_need(col)) for col in step} if isinstance(step, dict)
                               else step for step in GIVE_WAY)
        self._dragged.clear()
        for col, width in ((COL_NAME, max(170, self._shrink[COL_NAME])), (COL_COMPANY, 140), (COL_ACTIVITY, activity), (COL_FOLLOWUP, follow_up),
                           (COL_OFFER, 140), (COL_STATUS, 90), (COL_ATTEMPTS, 80), (COL_COUNTRY, 55),
                           (COL_LATEST, latest), (COL_LEADS, 50)):
            self._wanted[col] = width
        self.fit_columns()

    def adopt_header_widths(self) -> None:
        """After a restored header state: keep its column order and sort, but fit the widths to this
        window and these rows. The saved widths are the last window's fit (a name cut at 880 px, the spare
        width of a wide one), not what the user asked for."""
        self.header().setStretchLastSection(False)           # an old saved state may turn it back on
        self.fit_columns()

    def _needs(self, columns) -> dict[int, int]:
        """The width each column's header and the rows in view need; a column the user sized needs that."""
        metrics = self.header().fontMetrics()
        needs = {}
        for col in columns:
            if col in self._dragged:
                needs[col] = self._wanted[col]
                continue
            needs[col] = max(self._header_need(col, metrics), self.sizeHintForColumn(col) + 8)
        if COL_NAME in needs and COL_NAME not in self._dragged:
            needs[COL_NAME] = max(needs[COL_NAME], self._shrink[COL_NAME])
        if COL_LATEST in needs:      # any date and time whole, not only those in view
            needs[COL_LATEST] = max(needs[COL_LATEST], self._wanted[COL_LATEST])
        return needs

    def _header_need(self, col: int, metrics=None) -> int:
        """The width the column's title needs, with the sort arrow."""
        title = str(self.model().headerData(col, Qt.Orientation.Horizontal) or "") if self.model() else ""
        return (metrics or self.header().fontMetrics()).horizontalAdvance(title) + HEADER_PAD

    def fit_columns(self) -> None:
        """Show the columns that fit the list's width (column_fit): no sideways scrolling, no cut badges."""
        header = self.header()
        if not self._wanted or self.model() is None:
            return
        order = [header.logicalIndex(v) for v in range(header.count())]
        needs = self._needs([col for col in order if col in self._wanted])
        wanted = {col: self._wanted[col] if col in CAPPED or col in self._dragged else need
                  for col, need in needs.items()}
        widths = fit_columns(wanted, self._give_way, self._shrink, self.viewport().width(), needs, GROW)
        self._fitting = True
        try:
            for col, width in widths.items():
                header.setSectionHidden(col, width is None)
                if width is not None:
                    header.resizeSection(col, width)
        finally:
            self._fitting = False

    def _user_resized(self, col: int, _old: int, new: int) -> None:
        if self._fitting or not new:
            return
        self._wanted[col] = new
        self._dragged.add(col)
        self.fit_columns()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def contextMenuEvent(self, event) -> None:
        if event.reason() == event.Reason.Mouse:
            index = self.indexAt(self.viewport().mapFromGlobal(event.globalPos()))
            if not index.isValid():
                return
            self.setCurrentIndex(index)
        self._request_menu()

    def _request_menu(self) -> None:
        """The menu opens under the current row (from the keyboard, or the row just clicked)."""
        index = self.currentIndex()
        if index.isValid():
            rect = self.visualRect(index.siblingAtColumn(0))
            self.menu_requested.emit(self.viewport().mapToGlobal(rect.bottomLeft()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10
                                      and event.modifiers() == Qt.KeyboardModifier.ShiftModifier):
            self._request_menu()
            return
        if text == "/" and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self.search_requested.emit()
            return
        if text.lower() in ("j", "k") and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            # J and K too (Caps Lock, or Shift held): Help lists them as "J K".
            step = Qt.Key.Key_Down if text.lower() == "j" else Qt.Key.Key_Up
            super().keyPressEvent(QKeyEvent(event.type(), step, Qt.KeyboardModifier.NoModifier))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            index = self.currentIndex().siblingAtColumn(0)
            self.setExpanded(index, True)
            self.opened.emit(index)
            return
        super().keyPressEvent(event)
