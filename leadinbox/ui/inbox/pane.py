"""The inbox as the window shows it: the filter bar over the views, the list (or the empty state) and the detail
pane, kept in step: the filters query the list, a reset keeps the customer shown, the current row is shown."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from leadinbox.ui.inbox.columns import COL_FOLLOWUP, CUSTOMER_ID_ROLE
from leadinbox.ui.inbox.detail_pane import DetailPane
from leadinbox.ui.inbox.empty_state import EmptyState
from leadinbox.ui.inbox.filter_bar import FilterBar
from leadinbox.ui.inbox.view import InboxView
from leadinbox.ui.inbox.views_panel import ViewsPanel
from leadinbox.ui.jobs import Job, Latest
from leadinbox.ui.widgets.typing_keys import keep_typing_in
from leadinbox.ui.window.splitter import InboxSplitter

log = logging.getLogger("leadinbox.inbox")
INBOX_MIN_WIDTH = 460        # the name, the follow-up and the first badge with its "+N" (inbox_view._shrink)
DETAIL_WIDTH = 340           # its buttons and contact rows set its minimum


class InboxPane(QWidget):
    current_settled = Signal()       # the customer acted on may have changed (the Lead menu follows)

    def __init__(self, model, source, parent=None) -> None:
        super().__init__(parent)
        self.model, self.source = model, source
        self.filters = FilterBar()
        self.views = ViewsPanel()
        self.tree = InboxView()
        self.tree.setModel(model)
        self.tree.set_default_widths()
        # Urgency is the default order (Qt would otherwise sort by the first column, the name).
        self.tree.sortByColumn(COL_FOLLOWUP, Qt.SortOrder.AscendingOrder)
        self.empty = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tree)
        self.detail = DetailPane(source, clock=model.now)     # the list's moment: the same countdown
        for typing in (self.filters, self.views):
            keep_typing_in(typing)
        self.splitter = InboxSplitter()
        for w in (self.views, self.stack, self.detail):
            self.splitter.addWidget(w)
        # The inbox takes the space: it alone grows with the window, and it keeps room for who, what is due
        # and the badges, so on a narrow screen the views and the detail pane give way.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setCollapsible(1, False)
        self.stack.setMinimumWidth(INBOX_MIN_WIDTH)
        self.splitter.setSizes([self.views.sizeHint().width(), 1000, DETAIL_WIDTH])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        self.filters.changed.connect(self._query_changed)
        self.tree.search_requested.connect(self.filters.focus_search)
        self.filters.to_list.connect(self.focus_list)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.tree.opened.connect(lambda index: self.detail.show_customer(index.data(CUSTOMER_ID_ROLE)))
        model.modelReset.connect(self._after_reset)
        # The quick filters' choices are read beside the window, on a connection of their own: naming the
        # offers by what most of their leads call them reads every lead (2-3 s at a million, when the window
        # opens and after every import). Only the newest request's answer is shown.
        self.facets = Latest(self, lambda question: Job(
            self, lambda task: source.facets_on(task.db, hide_test=question[0]),
            connect=lambda: source.reader(question[1]), name="facets"), cancel_older=True)
        self.facets.answered.connect(self._facets_read)

    def focus_list(self) -> None:
        """From the search box to the list, on its first row (the search stays)."""
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))

    def clear_search(self) -> None:
        self.filters.search.clear()
        self.tree.setFocus()

    def load_facets(self) -> None:
        # Offers and countries only test leads have are offered while test leads show (store.inbox.facets).
        hide_test = self.filters.query().hide_test
        file = self.source.file()        # asked here: the source's connection is the GUI thread's
        if file is None:                 # a database in memory: nothing else can open it
            self.filters.set_facets(self.source.facets(hide_test=hide_test))
            return
        self.facets.ask((hide_test, file))

    def stop(self) -> None:
        """The window closes: the reads beside it stop now (the offers' names take seconds at a million
        leads, and the process would wait for them to end)."""
        self.facets.stop()
        self.model.counting.stop()

    def _facets_read(self, question, outcome) -> None:
        # A busy or vanished file: the choices stay as they were (the next change reads them again).
        if outcome.error is not None:
            log.warning("reading the quick filters' choices failed", exc_info=outcome.error)
        if outcome.ok and question[0] == self.filters.query().hide_test:
            self.filters.set_facets(outcome.value)

    def _query_changed(self, query) -> None:
        # The filter bar owns search and filters; the header owns the sort.
        test_shown_changed = query.hide_test != self.model.query.hide_test
        query = replace(query, sort=self.model.query.sort, descending=self.model.query.descending)
        self.model.set_query(query)
        QTimer.singleShot(0, self.model.recount)  # the first page paints before the count runs
        if test_shown_changed:
            QTimer.singleShot(0, self.load_facets)

    def _after_reset(self) -> None:
        self.tree.empty_text = self.tree.empty_text_for(self.model.query)
        has_data = self.source.has_customers()   # after every keystroke: no count
        self.stack.setCurrentWidget(self.tree if has_data else self.empty)
        self.detail.setVisible(has_data)
        shown = self.detail.customer_id
        if shown is not None:
            # The customer beside the list stays only while the list holds them, selected again: keys and
            # menu actions act on the customer shown, and must never reach one the list no longer shows.
            row = self.model.row_of(shown) if has_data else None
            if row is None:
                self.detail.show_customer(None)
            else:
                self.tree.setCurrentIndex(self.model.index(row, 0))
                self.detail.show_customer(shown)
        self.current_settled.emit()

    def _current_changed(self, current, _previous) -> None:
        self.detail.show_customer(current.data(CUSTOMER_ID_ROLE) if current.isValid() else None)
        self.current_settled.emit()
