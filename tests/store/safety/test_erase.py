"""Erasing a person: everything of theirs goes (also from the file's bytes and from backups), their key goes
on the suppression list, and importing an old file does not bring them back."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

import pytest

from leadinbox.core.leadfile import open_lead_file
from leadinbox.store.safety import backups
from leadinbox.store.safety import suppression
from leadinbox.store.db import open_database
from leadinbox.store.safety.erase import apply_suppressions, customer_for_email, describe, erase_customer, erase_email
from leadinbox.store.work.attempts import log_attempt, open_leads, set_status
from leadinbox.store.importing.entry import import_path
from leadinbox.store.work.worklog import add_note, schedule_call

AT = datetime(2026, 11, 3, 10, tzinfo=timezone.utc)
CHLOE = "chloe.lefevre@adatum.example"


def load(db, samples):
    return [import_path(db, path) for path in sorted(samples.iterdir())]


def rows_in_files(samples, key) -> int:
    return sum(getattr(r, "customer_key", None) == key
               for path in sorted(samples.iterdir()) for r in open_lead_file(path).records())


def worked_on(db, email):
    """Give the customer every kind of record: note, attempt, planned call, status change."""
    cid = customer_for_email(db, email)
    add_note(db, cid, "Wants the Frankfurt region", at=AT)
    log_attempt(db, cid, "email", "no_answer", at=AT, lead_ids=open_leads(db, cid))
    schedule_call(db, cid, datetime(2026, 11, 10, 9, tzinfo=timezone.utc), title="Demo", now=AT)
    set_status(db, open_leads(db, cid)[:1], "qualified", now=AT)
    return cid


def rows_of(db, cid) -> dict[str, int]:
    what = describe(db, cid)
    counts = what.as_dict() if what else {}
    counts["fts"] = db.execute("SELECT count(*) FROM customer_fts WHERE rowid = ?", (cid,)).fetchone()[0]
    counts["customers"] = db.execute("SELECT count(*) FROM customers WHERE id = ?", (cid,)).fetchone()[0]
    return counts


def test_erase_removes_everything_and_reimport_is_suppressed(db, samples):
    load(db, samples)
    cid = worked_on(db, CHLOE)
    before = rows_of(db, cid)
    assert all(before[k] > 0 for k in ("leads", "raw_rows", "attempts", "notes", "calls", "status_changes", "fts"))
    others = db.execute("SELECT count(*) FROM leads WHERE customer_id != ?", (cid,)).fetchone()[0]
    gone = erase_email(db, " Chloe.Lefevre@ADATUM.example ")
    assert (gone.customer_id, gone.name, gone.leads) == (cid, "Chloé Lefèvre", before["leads"])
    assert describe(db, cid) is None
    for table, column in (("leads", "customer_id"), ("attempts", "customer_id"), ("notes", "customer_id"),
                          ("appointments", "customer_id")):
        assert db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (cid,)).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM lead_raw WHERE raw LIKE '%adatum%'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM status_changes WHERE lead_id NOT IN (SELECT id FROM leads)").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'Lefevre'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM leads").fetchone()[0] == others
    results = load(db, samples)
    assert sum(r.suppressed_rows for r in results) == rows_in_files(samples, "e:" + CHLOE) > before["leads"]
    assert all(r.as_dict()["suppressed_rows"] == r.suppressed_rows for r in results)
    assert customer_for_email(db, CHLOE) is None
    assert db.execute("SELECT count(*) FROM leads").fetchone()[0] == others


def test_suppressed_rows_are_counted_in_a_file_that_brings_only_them(db, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("Email,Name,Call to action,Offer name,Created date\n"
                    "ann@x.example,Ann,Contact me,Offer A,2026-10-01\nann@x.example,Ann,Test drive,Offer A,2026-10-02\n"
                    "bob@x.example,Bob,Contact me,Offer A,2026-10-01\n", encoding="utf-8")
    erase_email(db, "ANN@x.example")          # not in the database yet: suppressed all the same
    result = import_path(db, path)
    assert (result.rows, result.suppressed_rows, result.new_leads) == (3, 2, 1)
    assert db.execute("SELECT email FROM customers").fetchall() == [("bob@x.example",)]
    assert db.execute("SELECT count(*) FROM lead_raw").fetchone()[0] == 1


def test_a_customer_without_email_is_suppressed_by_name_and_company(db, samples):
    load(db, samples)
    cid = db.execute("SELECT id FROM customers WHERE key LIKE 'n:%'").fetchone()[0]
    erase_customer(db, cid)
    results = load(db, samples)
    assert sum(r.suppressed_rows for r in results) >= 1
    assert db.execute("SELECT count(*) FROM customers WHERE key LIKE 'n:%'").fetchone()[0] == 0


def test_not_an_email_is_refused(db):
    with pytest.raises(ValueError):
        erase_email(db, "not an address")
    assert suppression.entries(db) == []


def test_suppression_list_holds_no_address(db, samples):
    load(db, samples)
    erase_email(db, CHLOE)
    [(salt, digest, erased)] = suppression.entries(db)
    assert CHLOE not in digest and "adatum" not in digest and len(digest) == 64
    assert suppression.is_suppressed(db, "e:" + CHLOE) and not suppression.is_suppressed(db, "e:x@y.example")


def test_every_table_pointing_at_customers_or_leads_is_erased_by_cascade(db):
    """A table added later with a foreign key to customers or leads must cascade, or erase leaves rows (or
    fails): this fails until erase handles it."""
    handled = {("leads", "customers")}     # erase deletes leads itself before the customer
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for fk in db.execute(f"PRAGMA foreign_key_list('{table}')").fetchall():
            parent, on_delete = fk[2], fk[6]
            if parent in ("customers", "leads") and (table, parent) not in handled:
                assert on_delete in ("CASCADE", "SET NULL"), (table, parent, on_delete)


def test_erased_bytes_leave_the_file(db_path, samples):
    """Not only unlinked: the address is no longer anywhere in the database file or its log."""
    db = open_database(db_path)
    load(db, samples)
    worked_on(db, CHLOE)

    def on_disk() -> bytes:
        return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if p.is_file())
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert CHLOE.encode() in on_disk() and "Lefèvre".encode() in on_disk()
    erase_email(db, CHLOE)
    assert CHLOE.encode() not in on_disk()
    assert "Lefèvre".encode() not in on_disk()
    db.close()


def test_erased_phone_numbers_leave_the_file_and_the_index(db_path, samples):
    """Her number is indexed for search in forms stored nowhere else ('0155550102', national with the trunk
    0; '33155550102', E.164 without the '+'): none is left in the file, and no search finds her by it."""
    db = open_database(db_path)
    load(db, samples)
    forms = [b"0155550102", b"33155550102", b"155550102"]     # '+33 1 55 55 01 02'

    def on_disk() -> bytes:
        return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if p.is_file())
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert all(form in on_disk() for form in forms)
    erase_email(db, CHLOE)
    assert [form for form in forms if form in on_disk()] == []
    assert db.execute("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'phone : 0155550102*'"
                      ).fetchone()[0] == 0
    db.close()


def test_erase_reaches_the_backups_in_the_data_folder(db_path, samples):
    db = open_database(db_path)
    load(db, samples)
    old = backups.make_backup(db, db_path, "daily", now=datetime(2026, 11, 1, tzinfo=timezone.utc))
    assert CHLOE.encode() in old.path.read_bytes()
    gone = erase_email(db, CHLOE, backups=backups.folder_for(db_path))
    assert gone.backups == 1
    assert CHLOE.encode() not in old.path.read_bytes()
    copy = sqlite3.connect(old.path)
    assert copy.execute("SELECT count(*) FROM customers WHERE key = ?", ("e:" + CHLOE,)).fetchone()[0] == 0
    assert copy.execute("SELECT count(*) FROM suppressions").fetchone()[0] == 1
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    assert backups.inspect(old, check=True).problem is None
    db.close()


def test_apply_suppressions_erases_who_came_back_with_an_older_copy(db, samples):
    load(db, samples)
    cid = customer_for_email(db, CHLOE)
    with db.atomic():
        suppression.suppress_key(db, "e:" + CHLOE)
    assert describe(db, cid) is not None
    assert apply_suppressions(db) == 1
    assert describe(db, cid) is None and apply_suppressions(db) == 0


def test_bytes_left_behind_by_an_earlier_edit_leave_the_file_too(db_path, samples):
    """A row that grew was moved within its page when it was edited, long before the erase, and its old bytes
    stayed in the page's free space; secure_delete during the erase alone never sees them."""
    from leadinbox.store.people.edits import edit_contact
    db = open_database(db_path)
    load(db, samples)
    cid = customer_for_email(db, CHLOE)
    edit_contact(db, cid, {"title": "Head of Cloud Platform Engineering and Procurement, EMEA region",
                           "company": "Adatum Corporation International Holdings"})
    edit_contact(db, cid, {"phone": "+33 1 99 88 77 66"})

    def on_disk() -> bytes:
        return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if p.is_file())
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    erase_email(db, CHLOE)
    left = on_disk()
    assert CHLOE.encode() not in left and "Lefèvre".encode() not in left and b"Procurement, EMEA" not in left
    db.close()
