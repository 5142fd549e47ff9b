"""The inbox as a lazy two-level Qt model: customers paged from SQLite, their leads loaded on expand."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from leadinbox.core.leadsource import INTENT
from leadinbox.core.query import InboxQuery
from leadinbox.ui.badges import FOLLOWUP_COLOURS, NEUTRAL, SOURCE_LABELS, action_badge, action_label
from leadinbox.ui.due_text import due_label
from leadinbox.ui.i18n import Labels, Texts, format_date, format_datetime, format_day_month

# Enum lookups cost microseconds each in data(); keep them in module names (perf-floors.md).
DISPLAY, TOOLTIP, FOREGROUND, FONT, BACKGROUND = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                                  Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                                                  Qt.ItemDataRole.BackgroundRole)
BADGES_ROLE = Qt.ItemDataRole.UserRole + 1      #: list of (text, colour or NEUTRAL) chips
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 2  #: the customer's id, on customer and lead rows
LEAD_ROLE = Qt.ItemDataRole.UserRole + 3         #: the lead's row dict, on lead rows

# Who, what is due, what they did first: the columns a laptop screen always shows.
(COL_NAME, COL_FOLLOWUP, COL_ACTIVITY, COL_COMPANY, COL_STATUS, COL_ATTEMPTS, COL_COUNTRY, COL_LATEST,
 COL_LEADS) = range(9)
HEADERS = Texts("Inbox", (QT_TRANSLATE_NOOP("Inbox", "Customer"), QT_TRANSLATE_NOOP("Inbox", "Follow-up"),
                          QT_TRANSLATE_NOOP("Inbox", "Activity"), QT_TRANSLATE_NOOP("Inbox", "Company"),
                          QT_TRANSLATE_NOOP("Inbox", "Status"), QT_TRANSLATE_NOOP("Inbox", "Attempts"),
                          QT_TRANSLATE_NOOP("Inbox", "Country"), QT_TRANSLATE_NOOP("Inbox", "Latest"),
                          QT_TRANSLATE_NOOP("Inbox", "Leads")))
SORT_FOR_COLUMN = {COL_NAME: "name", COL_COMPANY: "company", COL_ACTIVITY: "urgency", COL_COUNTRY: "country",
                   COL_LATEST: "latest", COL_LEADS: "leads", COL_FOLLOWUP: "urgency", COL_STATUS: "status",
                   COL_ATTEMPTS: "attempts"}
STATUS_LABELS = Labels("Status", {
    "new": QT_TRANSLATE_NOOP("Status", "New"), "contacted": QT_TRANSLATE_NOOP("Status", "Contacted"),
    "nurturing": QT_TRANSLATE_NOOP("Status", "Nurturing"),
    "qualified": QT_TRANSLATE_NOOP("Status", "Qualified"),
    "won": QT_TRANSLATE_NOOP("Status", "Won"), "lost": QT_TRANSLATE_NOOP("Status", "Lost"),
    "no_response": QT_TRANSLATE_NOOP("Status", "Closed – no response"),
    "dnc": QT_TRANSLATE_NOOP("Status", "Do not contact"), "test": QT_TRANSLATE_NOOP("Status", "Test lead")})


def attempts_text(count: int | None, last: str | None) -> str:
    """'2 · 21 Nov' (how many attempts, and the day of the last one)."""
    if not count:
        return ""
    day = format_day_month(_local(datetime.fromisoformat(last.replace("Z", "+00:00")))) if last else ""
    return f"{count} · {day}" if day else str(count)
PAGE = 200
_TOP = 0  # internalId of customer rows; lead rows carry their customer's row + 1


def _local(moment: datetime) -> datetime:
    """Stored times are UTC; a time at exactly 00:00 UTC is a date without a time and stays that day."""
    if moment.tzinfo is None or not (moment.hour or moment.minute):
        return moment
    return moment.astimezone()


def short_date(iso: str | None) -> str:
    """'23 Nov 2026 14:05' in the locale's words and clock, local time; a bare date without the time."""
    if not iso:
        return ""
    moment = _local(datetime.fromisoformat(iso.replace("Z", "+00:00")))
    return format_datetime(moment) if moment.hour or moment.minute else format_date(moment)


class InboxModel(QAbstractItemModel):
    """Customers in the order of the query; `source` is the store facade (see InboxSource)."""

    counts_changed = Signal(int, int)

    def __init__(self, source, parent=None, *, clock=None) -> None:
        super().__init__(parent)
        self._source = source
        self._clock = clock or (lambda: datetime.now(timezone.utc))   # tests inject time
        self._query = InboxQuery()
        self._rows: list[dict] = []          # loaded customer pages
        self._more = False                   # the last page was full
        self._leads: dict[int, list[dict]] = {}  # customer id -> leads, filled on expand
        self._highlight: set[int] = set()    # batch ids whose leads are shown as new
        self._now = self._clock()

    # Query -----------------------------------------------------------------
    @property
    def query(self) -> InboxQuery:
        return self._query

    def set_query(self, query: InboxQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._now = self._clock()
        self._rows = self._source.page(self._query, 0, PAGE)
        self._more = len(self._rows) == PAGE
        self._leads.clear()
        self.endResetModel()

    def recount(self) -> None:
        self.counts_changed.emit(*self._source.count(self._query))

    def highlight_batches(self, batch_ids: set[int]) -> None:
        self._highlight = set(batch_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1))

    def tick(self) -> None:
        """Advance the clock so 'due in' labels count down."""
        self._now = self._clock()
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_FOLLOWUP), self.index(len(self._rows) - 1, COL_FOLLOWUP))

    def reload_customer(self, customer_id: int) -> None:
        """Fresh data for one customer after the user worked on them. The row stays where it is, even if
        it no longer matches the view, until the next refresh: a row that jumps away under the keyboard
        would make the next keystroke act on someone else."""
        row = next((i for i, c in enumerate(self._rows) if c["id"] == customer_id), None)
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

    def customer_at(self, index: QModelIndex) -> dict | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _TOP else index.internalId() - 1
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_FOR_COLUMN.get(column, "urgency")
        descending = order == Qt.SortOrder.DescendingOrder
        if key == "urgency":
            descending = False  # overdue first, then due soonest, then newest
        self.set_query(replace(self._query, sort=key, descending=descending))

    # Structure ---------------------------------------------------------------
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
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
        return len(self._leads_of(self._rows[parent.row()]))

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(HEADERS)

    def hasChildren(self, parent=QModelIndex()) -> bool:
        if not parent.isValid():
            return bool(self._rows)
        return parent.internalId() == _TOP and parent.column() == 0 and self._rows[parent.row()]["lead_count"] > 0

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

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
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

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
            return self._customer_data(self._rows[index.row()], index.column(), role)
        customer = self._rows[index.internalId() - 1]
        leads = self._leads_of(customer)
        if index.row() >= len(leads):
            return None
        return self._lead_data(customer, leads[index.row()], index.column(), role)

    def _customer_data(self, c: dict, col: int, role):
        if role == DISPLAY:
            if col == COL_NAME:
                return c["full_name"] or c["email"] or QCoreApplication.translate("Inbox", "(no name)")
            if col == COL_COMPANY:
                return c["company"] or ""
            if col == COL_COUNTRY:
                return c["country_code"] or ""
            if col == COL_LATEST:
                return short_date(c["latest_at"])
            if col == COL_LEADS:
                return c["lead_count"]
            if col == COL_FOLLOWUP:
                return due_label(c["next_due_at"], self._now, dnc=bool(c["dnc"]), kind=c["next_due_kind"])[0]
            if col == COL_STATUS:
                return STATUS_LABELS.get(c["status"] or "", c["status"] or "")
            if col == COL_ATTEMPTS:
                return attempts_text(c["attempt_count"], c["last_attempt_at"])
            if col == COL_ACTIVITY:
                return ", ".join(action_label(a) for a in (c["actions"] or "").split())
            return None
        if role == BADGES_ROLE and col == COL_ACTIVITY:
            chips = [action_badge(a) for a in sorted((c["actions"] or "").split(), key=lambda a: INTENT.get(a, 99))]
            if c["is_test"]:
                chips.append((QCoreApplication.translate("Inbox", "TEST"), NEUTRAL))
            if c["missing"] and "email" in c["missing"]:
                chips.append((QCoreApplication.translate("Inbox", "no email"), NEUTRAL))
            return chips
        if role == FOREGROUND and col == COL_FOLLOWUP:
            level = due_label(c["next_due_at"], self._now, dnc=bool(c["dnc"]), kind=c["next_due_kind"])[1]
            colour = FOLLOWUP_COLOURS.get(level) or (FOLLOWUP_COLOURS["overdue"] if c["dnc"] else None)
            return QBrush(QColor(colour)) if colour else None
        if role == FONT and col == COL_NAME and c["open_leads"]:
            font = QFont()
            font.setBold(True)
            return font
        if role == CUSTOMER_ID_ROLE:
            return c["id"]
        if role == BACKGROUND and c["created_batch"] in self._highlight:     # a customer the import brought
            return QBrush(QColor(255, 214, 0, 60))
        if role == TOOLTIP and col == COL_NAME:
            return "\n".join(filter(None, (c["full_name"], c["job_title"], c["email"], c["phone"])))
        if role == TOOLTIP and col == COL_ATTEMPTS and c["last_attempt_at"]:
            return QCoreApplication.translate("Inbox", "%n attempt(s); the last on %1", "", c["attempt_count"]
                                              ).replace("%1", short_date(c["last_attempt_at"]))
        return None

    def _lead_data(self, c: dict, lead: dict, col: int, role):
        if role == DISPLAY:
            if col == COL_NAME:
                return short_date(lead["created_at"] or lead["sort_at"])
            if col == COL_COMPANY:
                return lead["offer_name"] or lead["offer_id"] or ""
            if col == COL_ACTIVITY:
                return action_label(lead["action"])
            if col == COL_STATUS:
                return STATUS_LABELS.get(lead["status"], lead["status"])
            if col == COL_FOLLOWUP:
                return due_label(lead["next_due_at"], self._now, kind=lead["next_due_kind"])[0]
            if col == COL_ATTEMPTS:
                return attempts_text(lead["attempt_count"], lead["last_attempt_at"])
            return None
        if role == FOREGROUND and col == COL_FOLLOWUP:
            colour = FOLLOWUP_COLOURS.get(due_label(lead["next_due_at"], self._now, kind=lead["next_due_kind"])[1])
            return QBrush(QColor(colour)) if colour else None
        if role == BADGES_ROLE and col == COL_ACTIVITY:
            chips = [action_badge(lead["action"])]
            if lead["source"]:
                chips.append((SOURCE_LABELS.get(lead["source"], lead["source"]), NEUTRAL))
            if lead["is_test"]:
                chips.append((QCoreApplication.translate("Inbox", "TEST"), NEUTRAL))
            return chips
        if role == BACKGROUND and lead["batch_id"] in self._highlight:
            return QBrush(QColor(255, 214, 0, 60))
        if role == CUSTOMER_ID_ROLE:
            return c["id"]
        if role == LEAD_ROLE:
            return lead
        if role == TOOLTIP and col == COL_NAME and lead["description"]:
            return lead["description"]
        return None

