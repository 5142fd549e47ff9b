"""The store facade the inbox model reads through, so the model never holds SQL."""

from __future__ import annotations

from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.core.query import InboxQuery
from leadinbox.store import inbox, offers
from leadinbox.store.people import companies, tags
from leadinbox.store.work import deals
from leadinbox.store.reader import database_file, open_reader
from leadinbox.store.timeline import customer_timeline, original_row


class InboxSource:
    def __init__(self, db: Database, clock=None) -> None:
        self.db = db
        self.clock = clock or (lambda: datetime.now(timezone.utc))   # "due now" is relative to it

    def page(self, query: InboxQuery, offset: int, limit: int) -> list[dict]:
        return inbox.customer_page(self.db, query, offset, limit, self.clock())

    def count(self, query: InboxQuery) -> tuple[int, int]:
        return inbox.count_matches(self.db, query, self.clock())

    def file(self) -> str | None:
        """The database file, for a reader; None for a database in memory (nothing else can open that)."""
        return database_file(self.db)

    @staticmethod
    def reader(file: str) -> Database:
        """A read-only connection of its own to `file` (from file(), asked on the thread that owns this
        source's connection), for work in another thread: it never touches this source's connection."""
        return open_reader(file)

    def count_on(self, db: Database, query: InboxQuery) -> tuple[int, int]:
        """As count(), on `db` (a reader)."""
        return inbox.count_matches(db, query, self.clock())

    def leads(self, customer_id: int, *, include_test: bool = True) -> list[dict]:
        # The window's lead rows and dialogs name an offer the lead's file gave only by id, as the timeline does.
        return offers.name_unnamed(self.db, inbox.customer_leads(self.db, customer_id, include_test=include_test))

    def customer(self, customer_id: int) -> dict | None:
        return inbox.customer(self.db, customer_id)

    def batch_files(self, batch_ids: set[int]) -> dict[int, str]:
        return inbox.batch_files(self.db, batch_ids)

    def facets(self, *, hide_test: bool = True) -> dict:
        return inbox.facets(self.db, hide_test=hide_test)

    @staticmethod
    def facets_on(db: Database, *, hide_test: bool = True) -> dict:
        """As facets(), on `db` (a reader): naming the offers reads every lead (seconds at a million)."""
        return inbox.facets(db, hide_test=hide_test)

    def count_all(self) -> int:
        return inbox.total_customers(self.db)

    def has_customers(self) -> bool:
        """Whether there is anyone at all (one row read; count_all reads every customer: 15-80 ms at 1M)."""
        return inbox.has_customers(self.db)

    def due_now(self) -> int:
        return inbox.due_now(self.db, self.clock())

    def timeline(self, customer_id: int) -> list[dict]:
        return customer_timeline(self.db, customer_id)

    def original_row(self, lead_id: int) -> dict | None:
        return original_row(self.db, lead_id)

    # Tags and companies (issue 20) -------------------------------------------------------------------
    def tags(self, customer_id: int) -> list[str]:
        return tags.tags_of(self.db, [customer_id]).get(customer_id, [])

    def all_tags(self) -> list[tuple[str, int]]:
        return tags.all_tags(self.db)

    def company_of(self, customer_id: int) -> str | None:
        return companies.company_of(self.db, customer_id)

    def company(self, value: str) -> tuple[str, list[dict]]:
        """The company's name as most of its customers write it, and its customers."""
        return companies.name_of(self.db, value), companies.members(self.db, value)

    def deal(self, lead_id: int) -> tuple[float, str] | None:
        return deals.deal_of(self.db, lead_id)
