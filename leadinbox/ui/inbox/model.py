"""The inbox as a lazy two-level Qt model: customers paged from SQLite, their leads loaded on expand."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timezone

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal

from leadinbox.core.changes import Changes
from leadinbox.core.query import InboxQuery
from leadinbox.ui.inbox.cells import customer_cell, lead_cell
from leadinbox.ui.inbox.columns import COL_FOLLOWUP, DISPLAY, HEADERS, SORT_FOR_COLUMN
from leadinbox.ui.jobs import Job, Latest, Outcome

PAGE = 200
# Up to this many customers the list holds a row for each once counted (a true scrollbar, End at the end).
# Qt's tree view visits every top-level row each time it lays the list out, about 3.5 µs a row here: 35 ms
# at 10,000, but 220 ms at 63,000 and 2 s at 580,000 on every refresh. Longer lists grow by pages as they
# are scrolled (fetchMore), as before.
FULL_LIST_MAX = 10_000
log = logging.getLogger("leadinbox.inbox")
_TOP = 0  # internalId of customer rows; lead rows carry their customer's row + 1
_COLUMNS = len(HEADERS)
# Flags are asked of every row at each layout of the list: built once (each enum `|` costs microseconds).
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class InboxModel(QAbstractItemModel):
    """Customers in the order of the query; `source` is the store facade (see InboxSource)."""

    counts_changed = Signal(int, int)

    def __init__(self, source, parent=None, *, clock=None) -> None:
        super().__init__(parent)
        self._source = source
        self._clock = clock or (lambda: datetime.now(timezone.utc))   # tests inject time
        self._query = InboxQuery()
        # Customer rows in list order: a dict once its page is loaded, None until then (the list is as long
        # as the count says, so the scrollbar spans every customer), {} for a row the database no longer has.
        self._rows: list[dict | None] = []
        self._more = False                   # the last page was full and the count has not come yet
        self._resets = 0                     # which reset a count belongs to
        self._leads: dict[int, list[dict]] = {}  # customer id -> leads, filled on expand
        self._highlight: set[int] = set()    # batch ids whose leads are shown as new
        self._now = self._clock()
        self._held = False                   # hold(): the window is being built, nothing is read yet
        self.laying_out = False              # the view lays the list out: no page is read for it (InboxView)
        # One count at a time; a newer question (the user typed on) stops the older one, whose answer would
        # be dropped anyway.
        self.counting = Latest(self, lambda question: Job(
            self, lambda task: source.count_on(task.db, question[0]),
            connect=lambda: source.reader(question[2]), name="count"), cancel_older=True)
        self.counting.answered.connect(self._counted)

    # Query -----------------------------------------------------------------
    @property
    def query(self) -> InboxQuery:
        return self._query

    def set_query(self, query: InboxQuery) -> None:
        self._query = query
        self.refresh()

    def hold(self) -> None:
        """Read nothing until release(): the window sets the sort, the view and the widths one after the
        other while it is built, and each read the first page again (five reads, 0.7 s at a million leads)."""
        self._held = True

    def release(self) -> None:
        """Reads again; the caller refreshes (the window's first refresh reads the page and counts once)."""
        self._held = False

    def refresh(self) -> None:
        if self._held:
            return
        self.beginResetModel()
        self._resets += 1
        self._now = self._clock()
        self._rows = self._source.page(self._query, 0, PAGE)
        self._more = len(self._rows) == PAGE
        self._leads.clear()
        self.endResetModel()

    def recount(self) -> None:
        """Count the customers and leads the query matches; counts_changed tells them. A filter on leads
        counts every matching lead (0.1-0.2 s at 100k, seconds at a million): off the GUI thread, on a
        connection of its own; only the newest request's answer is told."""
        if self._held:
            return
        file = self._source.file()       # here: the source's connection is the GUI thread's
        if file is None:
            self._told(self._resets, *self._source.count(self._query))
            return
        self.counting.ask((self._query, self._resets, file))

    def _counted(self, question, outcome: Outcome) -> None:
        if outcome.error is not None:   # a busy or vanished file: the shown count stays as it was
            log.warning("counting in the background failed", exc_info=outcome.error)
        if outcome.ok:
            self._told(question[1], *outcome.value)

    def _told(self, resets: int, customers: int, leads: int) -> None:
        if resets == self._resets:
            self._extend_to(customers)
        self.counts_changed.emit(customers, leads)

    def apply(self, changes: Changes) -> None:
        """A write changed data: which customers are listed may have changed (everything, imports, new
        rules; owners under a filter by owner): the list is read again; else the customers it changed are, in place (see reload_customer).
        The counts are counted again either way."""
        if changes.rows or (changes.owners and self._query.owner is not None):    # Mine, Unclaimed, an owner
            self.refresh()
        else:
            for customer_id in changes.customers:
                self.reload_customer(customer_id)
        self.recount()

    def _extend_to(self, total: int) -> None:
        """The count has come: the list gets a row for every customer (up to FULL_LIST_MAX), loaded a page at
        a time when shown (the scrollbar then spans the whole list, and End goes to its real end)."""
        if not self._more or total <= len(self._rows) or total > FULL_LIST_MAX:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), total - 1)
        self._rows.extend([None] * (total - len(self._rows)))
        self._more = False
        self.endInsertRows()

    def _customer(self, row: int) -> dict | None:
        """The customer at a top-level row, its page read when first needed; None for a gone row."""
        customer = self._rows[row]
        if customer is None:
            start = row - row % PAGE       # pages start at multiples of PAGE, as fetchMore reads them
            end = min(start + PAGE, len(self._rows))
            page = self._source.page(self._query, start, end - start)
            for i in range(start, end):
                if self._rows[i] is None:
                    # Fewer rows than counted: customers went away since; the next refresh drops the rows.
                    self._rows[i] = page[i - start] if i - start < len(page) else {}
            customer = self._rows[row]
        return customer or None

    def highlight_batches(self, batch_ids: set[int]) -> None:
        self._highlight = set(batch_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1))

    def now(self) -> datetime:
        """The moment the Follow-up column counts from (advanced by tick); the detail pane uses it too, so
        both say the same "next attempt in 2 d"."""
        return self._now

    def tick(self) -> None:
        """Advance the clock so 'due in' labels count down."""
        self._now = self._clock()
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_FOLLOWUP), self.index(len(self._rows) - 1, COL_FOLLOWUP))

    def reload_customer(self, customer_id: int) -> None:
        """Fresh data for one customer after the user worked on them. The row stays where it is, even if
        it no longer matches the view, until the next refresh: a row that jumps away under the keyboard
        would make the next keystroke act on someone else."""
        row = self.row_of(customer_id)
        fresh = self._source.customer(customer_id)
        if row is None or fresh is None:
            return
        self._rows[row] = {k: fresh.get(k) for k in self._rows[row]}
        parent = self.index(row, 0)
        if customer_id in self._leads:
            old = len(self._leads[customer_id])
            leads = self._source.leads(customer_id, include_test=not self._query.hide_test)
            if len(leads) != old:        # never by a follow-up action; rebuild the children to be safe
                if old:
                    self.beginRemoveRows(parent, 0, old - 1)
                    del self._leads[customer_id]
                    self.endRemoveRows()
                if leads:
                    self.beginInsertRows(parent, 0, len(leads) - 1)
                    self._leads[customer_id] = leads
                    self.endInsertRows()
            else:
                self._leads[customer_id] = leads
                if leads:
                    self.dataChanged.emit(self.index(0, 0, parent), self.index(len(leads) - 1, len(HEADERS) - 1, parent))
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def row_of(self, customer_id: int) -> int | None:
        """The row of a customer among the pages loaded so far; None when not (or not yet) in the list."""
        return next((i for i, c in enumerate(self._rows) if c and c["id"] == customer_id), None)

    def customer_at(self, index: QModelIndex) -> dict | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _TOP else index.internalId() - 1
        return self._customer(row) if 0 <= row < len(self._rows) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_FOR_COLUMN.get(column, "urgency")
        descending = order == Qt.SortOrder.DescendingOrder
        if key == "urgency":
            descending = False  # overdue first, then due soonest, then newest
        self.set_query(replace(self._query, sort=key, descending=descending))
        self.recount()      # the same number, but the new order's rows beyond the first page need it

    # Structure ---------------------------------------------------------------
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        # The tree view asks for every customer row each time it lays the list out: the top level is checked
        # here in Python, without hasIndex's call back into rowCount/columnCount.
        if not parent.isValid():
            if 0 <= row < len(self._rows) and 0 <= column < _COLUMNS:
                return self.createIndex(row, column, _TOP)
            return QModelIndex()
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId() != _TOP or parent.column() != 0:
            return 0
        customer = self._customer(parent.row())
        return len(self._leads_of(customer)) if customer else 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(HEADERS)

    def hasChildren(self, parent=QModelIndex()) -> bool:
        if not parent.isValid():
            return bool(self._rows)
        if parent.internalId() != _TOP or parent.column() != 0:
            return False
        customer = self._rows[parent.row()]
        if customer is None:
            # Not read yet: every customer in the list has a lead. The tree view asks this of every row when it
            # lays the list out; reading each row's page for it would read the whole list.
            return True
        return bool(customer and customer["lead_count"] > 0)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self.laying_out

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or not self._more:
            return
        page = self._source.page(self._query, len(self._rows), PAGE)
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def headerData(self, section: int, orientation, role=DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def flags(self, index: QModelIndex):
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def _leads_of(self, customer: dict) -> list[dict]:
        leads = self._leads.get(customer["id"])
        if leads is None:
            leads = self._source.leads(customer["id"], include_test=not self._query.hide_test)
            self._leads[customer["id"]] = leads
        return leads

    # Data ---------------------------------------------------------------------
    def data(self, index: QModelIndex, role=DISPLAY):
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            customer = self._customer(index.row())
            return customer_cell(customer, index.column(), role, self._now, self._highlight) if customer else None
        customer = self._customer(index.internalId() - 1)
        if not customer:
            return None
        leads = self._leads_of(customer)
        if index.row() >= len(leads):
            return None
        return lead_cell(customer, leads[index.row()], index.column(), role, self._now, self._highlight)
