"""A search matching most customers walks them in the inbox's order (store/inbox._walk_page): the page is the
same whatever the candidates' ids, near the first matches or far from them."""

from datetime import datetime, timezone

import pytest

from leadinbox.core.query import InboxQuery
from leadinbox.store import inbox

NOW = datetime(2026, 10, 20, 9, 0, tzinfo=timezone.utc)
# Ids in the inbox's order: mostly in turn, with old customers due first among them (far from the rest).
ORDER = [100_000, *range(1, 400), 250_000, 250_001, *range(400, 700), 90_000]


@pytest.fixture
def walked(db):
    for n, i in enumerate(ORDER):
        db.execute("INSERT INTO customers (id, key, full_name, lead_count, latest_at, next_due_at) "
                   "VALUES (?, ?, ?, 1, '2026-10-01T00:00:00Z', ?)",
                   (i, f"e:{i}@x", f"Anna {i}", f"2026-10-02T{n // 60:02d}:{n % 60:02d}:00Z"))
        db.execute("INSERT INTO customer_fts (rowid, name, email, company, offers, notes, phone) "
                   "VALUES (?, ?, ?, '', '', '', '')",
                   (i, f"Anna {'Smithson' if i % 3 else 'Jones'}", f"anna{i}@example.test"))
    return db


@pytest.mark.parametrize("search", ["a", "anna", "smithson", "smit", "jones", "example.test", "zzz"])
def test_the_walk_reads_the_pages_that_sorting_every_match_reads(walked, monkeypatch, search):
    q = InboxQuery(search=search, view="all")

    def read() -> list[list[int]]:    # the first page, and small pages that need more than one walk
        return [[c["id"] for c in inbox.customer_page(walked, q, offset, limit, NOW)]
                for offset, limit in ((0, 200), (0, 1), (2, 3), (398, 5), (700, 10))]
    monkeypatch.setattr(inbox, "_access", lambda db, q: ("", None, None))     # every match, sorted
    expected = read()
    monkeypatch.undo()
    for first in (0, 1, 50, 10_000):      # how many first matches _access reads: the walk's known ids
        for probe in (0, 10_000):         # the others asked of the search index in ranges, or of a small one
            monkeypatch.setattr(inbox, "SPARSE_MATCHES", first)
            monkeypatch.setattr(inbox, "SPARSE_MAX", first)
            monkeypatch.setattr(inbox, "SORT_FACTOR", 0)
            monkeypatch.setattr(inbox, "WALK_SHARE", 0)
            monkeypatch.setattr(inbox, "WALK_MATCHES", -1)
            monkeypatch.setattr(inbox, "PROBE_MAX", probe)
            assert read() == expected
    with walked.atomic():                 # inside a transaction (where nothing can be attached) too
        assert read() == expected
    assert expected[0] == [i for i in ORDER if search in ("a", "anna", "example.test") or
                           (search in ("smithson", "smit")) == bool(i % 3)][:200] or search == "zzz"


def test_a_walk_inside_a_transaction_asks_the_search_index_itself(walked, monkeypatch):
    for name, value in (("SPARSE_MATCHES", 1), ("SPARSE_MAX", 1), ("SORT_FACTOR", 0), ("WALK_SHARE", 0),
                        ("WALK_MATCHES", -1)):
        monkeypatch.setattr(inbox, name, value)
    q = InboxQuery(search="smit", view="all")
    with walked.atomic():                 # SQLite attaches no database inside a transaction
        inside = [c["id"] for c in inbox.customer_page(walked, q, 0, 200, NOW)]
    assert not any(row[1] == inbox._PROBE for row in walked.execute("PRAGMA database_list"))
    assert inside == [c["id"] for c in inbox.customer_page(walked, q, 0, 200, NOW)] and len(inside) == 200


def test_the_small_index_asked_about_a_few_customers_keeps_nobody_after_the_answer(db):
    db.execute("INSERT INTO customer_fts (rowid, name, email, company, offers, notes, phone) "
               "VALUES (7, 'Anna Smithson', 'anna@example.test', '', '', '', '')")
    assert inbox.probe_matches(db, '"smith"*', [7, 8]) == [7]
    assert inbox.probe_matches(db, '"jones"*', [7]) == []
    assert db.execute(f"SELECT count(*) FROM {inbox._PROBE}.words").fetchone()[0] == 0
    file = [row[2] for row in db.execute("PRAGMA database_list") if row[1] == inbox._PROBE]
    assert file == [""]                   # in memory: names never reach a temporary file


def test_candidates_far_apart_in_id_are_read_in_ranges_of_their_own():
    assert inbox.id_ranges([1, 2, 3, 840, 287_357], 1024) == [(1, 840), (287_357, 287_357)]
    assert inbox.id_ranges([1, 2, 3, 840, 287_357], 300_000) == [(1, 287_357)]
    assert inbox.id_ranges([5], 10) == [(5, 5)]
    far = [1, 2, 300, 5_000, 5_001, 60_000]            # at most three ranges: cut at the two widest gaps
    assert inbox.id_ranges(far, 100, most=3) == [(1, 300), (5_000, 5_001), (60_000, 60_000)]
