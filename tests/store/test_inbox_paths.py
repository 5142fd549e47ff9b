"""The inbox's read paths: by the urgency or status index, or sorting the matches of a narrow search."""

from datetime import datetime, timezone

import pytest

from leadinbox.store.work import attempts as f
from leadinbox.store.importing.entry import import_path

NOW = datetime(2026, 10, 20, 9, 0, tzinfo=timezone.utc)


def cid(db, email):
    return db.execute("SELECT id FROM customers WHERE email = ?", (email,)).fetchone()[0]


@pytest.mark.parametrize("search", ["", "a", "jan", "contoso", "zzz", "lead router", "+31", "020 555 01"])
@pytest.mark.parametrize("view", ["all", "needs_reply", "nurturing", "due"])
def test_every_read_path_gives_the_same_page(db, samples, monkeypatch, search, view):
    """The inbox reads customers by index or sorts the matches, as the search is broad or narrow: the page
    must not depend on which."""
    from leadinbox.core.query import InboxQuery
    from leadinbox.store import inbox
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    f.log_attempt(db, cid(db, "jsmith@contoso.example"), "email", "no_answer", at=NOW, now=NOW)
    q = InboxQuery(search=search, view=view)
    pages = []

    def read() -> list[list[int]]:    # the first page, and small pages that need more than one walk
        return [[c["id"] for c in inbox.customer_page(db, q, offset, limit, NOW)]
                for offset, limit in ((0, 200), (0, 1), (2, 3), (5, 2))]
    for limit in (0, 10_000):
        monkeypatch.setattr(inbox, "SPARSE_MATCHES", limit)
        monkeypatch.setattr(inbox, "SORT_FACTOR", 0)
        pages.append(read())
    # Walking the customers in the inbox's order, asking the index for matches among them (_walk_page).
    monkeypatch.setattr(inbox, "SPARSE_MATCHES", 0)
    monkeypatch.setattr(inbox, "WALK_SHARE", 0)
    monkeypatch.setattr(inbox, "WALK_MATCHES", -1)
    pages.append(read())
    monkeypatch.setattr(inbox, "_access", lambda db, q: ("", None, None))
    pages.append(read())
    assert pages[0] == pages[1] == pages[2] == pages[3]


@pytest.mark.parametrize("view", ["all", "needs_reply", "due", "dnc"])
@pytest.mark.parametrize("hide_test", [True, False])
def test_counts_agree_with_counting_the_leads_one_by_one(db, samples, view, hide_test):
    from leadinbox.core.query import InboxQuery
    from leadinbox.store import inbox
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    # A test lead inside a real customer's history, so "hide test leads" must subtract exactly it.
    db.execute("UPDATE leads SET is_test = 1 WHERE id = (SELECT min(id) FROM leads WHERE customer_id = ?)",
               (cid(db, "yichun.chen@tailspin.example"),))
    q = InboxQuery(view=view, hide_test=hide_test)
    shown = inbox.customer_page(db, q, 0, 1000, NOW)
    expected = sum(len(inbox.customer_leads(db, c["id"], include_test=not hide_test)) for c in shown)
    assert inbox.count_matches(db, q, NOW) == (len(shown), expected)
