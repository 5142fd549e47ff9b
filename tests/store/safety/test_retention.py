"""Retention: the preview says what would go; applying erases old leads, and customers left without any."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from leadinbox.store.safety import retention
from leadinbox.store.importing.entry import import_path
from leadinbox.store.work.worklog import add_note

NOW = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)
HEADER = "Email,Name,Call to action,Offer name,Created date\n"


@pytest.mark.parametrize("now, months, expected", [
    (datetime(2026, 11, 23, 12, tzinfo=timezone.utc), 6, "2026-05-23T12:00:00Z"),
    (datetime(2026, 3, 31, 8, tzinfo=timezone.utc), 1, "2026-02-28T08:00:00Z"),
    (datetime(2028, 3, 31, 8, tzinfo=timezone.utc), 1, "2028-02-29T08:00:00Z"),
    (datetime(2026, 1, 15, tzinfo=timezone.utc), 13, "2024-12-15T00:00:00Z"),
])
def test_cutoff_is_whole_calendar_months(now, months, expected):
    assert retention.cutoff(now, months) == expected


@pytest.mark.parametrize("months", [0, -1, 121])
def test_months_out_of_range_are_refused(months):
    with pytest.raises(ValueError):
        retention.cutoff(NOW, months)


@pytest.fixture
def mixed(db, tmp_path):
    """Ann: one old and one recent lead. Bob: only old leads (and a note). Cy: recent only."""
    path = tmp_path / "mixed.csv"
    path.write_text(HEADER + "ann@x.example,Ann,Contact me,Offer A,2026-01-10\n"
                    "ann@x.example,Ann,Test drive,Offer A,2026-10-01\n"
                    "bob@x.example,Bob Old,Contact me,Offer A,2026-02-01\n"
                    "bob@x.example,Bob Old,Test drive,Offer B,2026-03-01\n"
                    "cy@x.example,Cy,Contact me,Offer A,2026-11-01\n", encoding="utf-8")
    assert import_path(db, path).new_leads == 5
    bob = db.execute("SELECT id FROM customers WHERE email = 'bob@x.example'").fetchone()[0]
    add_note(db, bob, "Met at the fair")
    return db


def names(db) -> dict[str, int]:
    return dict(db.execute("SELECT email, lead_count FROM customers ORDER BY email").fetchall())


def test_preview_changes_nothing_and_apply_does_what_it_said(mixed):
    db = mixed
    seen = retention.preview(db, 6, now=NOW)
    assert (seen.leads, seen.customers, seen.oldest[:10]) == (3, 1, "2026-01-10")
    assert names(db) == {"ann@x.example": 2, "bob@x.example": 2, "cy@x.example": 1}
    done = retention.apply(db, 6, now=NOW)
    assert (done.leads, done.customers) == (seen.leads, seen.customers)
    assert names(db) == {"ann@x.example": 1, "cy@x.example": 1}
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM lead_raw").fetchone()[0] == 2
    assert db.execute("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'Bob'").fetchone()[0] == 0
    assert db.execute("SELECT actions FROM customers WHERE email = 'ann@x.example'").fetchone()[0] == "StartTestDrive"
    assert retention.preview(db, 6, now=NOW).leads == 0
    assert retention.apply(db, 6, now=NOW).leads == 0


def test_setting_round_trip(db):
    assert retention.load_months(db) is None
    retention.save_months(db, 6)
    assert retention.load_months(db) == 6
    retention.save_months(db, None)
    assert retention.load_months(db) is None
    with pytest.raises(ValueError):
        retention.save_months(db, 0)
    db.execute("INSERT INTO settings (key, value) VALUES ('retention_months', '\"six\"')")
    assert retention.load_months(db) is None          # a hand-edited value: off, not a crash
