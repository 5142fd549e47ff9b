"""A big import's search entries written after its commit: the same index in the end, and the same joins."""

import sqlite3

import pytest

from leadinbox.core.query import InboxQuery
from leadinbox.store import search_pending
from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_files, import_path
from tests.store.helpers import fail_second_search_step, run_import, snapshot

HEADER = "Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Offer ID,Lead source,Call to action\n"


def write(tmp_path, name, rows):
    path = tmp_path / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def people(start, n, company="Contoso"):
    return [f"r{i},2026-10-01T10:00:00Z,Person{i} Lastname,{company},p{i}@x.example,o.a,AppSource,Contact me\n"
            for i in range(start, start + n)]


@pytest.fixture
def later(monkeypatch):
    """Every file counts as big: its search entries are written after the commit."""
    monkeypatch.setattr(search_pending, "LATER_BYTES", 0)


@pytest.fixture(params=["one pass", "the index"])
def join_way(request, monkeypatch):
    """Both ways the name join finds customers with an email: one pass over all of them, or the index for the
    indexed ones and a pass over those waiting for their entries (store/importing/identity.py)."""
    from leadinbox.store.importing import identity
    monkeypatch.setattr(identity, "PASS_SHARE", 0 if request.param == "one pass" else 10**9)


def same(db) -> dict:
    """What two databases built from the same files hold alike (not the time of an import, nor the salt each
    database draws for itself)."""
    tables = snapshot(db)
    del tables["settings"]
    tables["batches"] = db.execute("SELECT id, file_name, rows, new_leads, new_customers, known_leads FROM batches "
                                   "ORDER BY id").fetchall()
    return tables


def found(db, text):
    from leadinbox.store.inbox import customer_page
    return sorted(c["email"] or c["full_name"] for c in customer_page(db, InboxQuery(search=text), 0, 100))


def test_the_leads_are_committed_first_and_found_once_the_search_step_ran(db, tmp_path, later):
    path = write(tmp_path, "a.csv", people(0, 5))
    result = import_path(db, path, search_later=True)
    assert result.new_leads == 5 and search_pending.count(db) == 5
    assert found(db, "person3") == []                              # shown in the list, not yet searchable
    assert search_pending.finish(db) == 5
    assert search_pending.count(db) == 0
    assert found(db, "person3") == ["p3@x.example"]


def test_the_index_in_the_end_is_the_one_written_in_the_import(tmp_path, later, join_way):
    files = [write(tmp_path, "a.csv", people(0, 30)),
             write(tmp_path, "b.csv", people(20, 30, company="Fabrikam")),       # known people, new leads
             write(tmp_path, "c.csv", ["n1,2026-10-02T10:00:00Z,Person3 Lastname,Contoso,,o.b,AppSource,"
                                       "Contact me\n"])]                        # name only: joined
    now_db, later_db = open_database(tmp_path / "now.sqlite"), open_database(tmp_path / "later.sqlite")
    for path in files:         # at one moment: the leads' times come from it
        run_import(now_db, path, now="2026-12-06T10:00:00Z")
        run_import(later_db, path, now="2026-12-06T10:00:00Z", search_later=True)
    assert search_pending.count(later_db) > 0
    search_pending.finish(later_db)
    assert same(later_db) == same(now_db)
    assert later_db.execute("SELECT count(*) FROM customers WHERE key LIKE 'n:%'").fetchone()[0] == 0


def test_a_name_only_customer_joins_one_whose_entry_is_not_written_yet(db, tmp_path, later, join_way):
    # The customer with the email waits for their entry: the join finds them without the index, both ways
    # round (the name-only row in a later file, and a name-only customer known before the file with the email).
    import_path(db, write(tmp_path, "early.csv", ["n0,2026-09-01T10:00:00Z,Ann Early,Northwind,,o.a,AppSource,"
                                                  "Contact me\n"]))
    import_path(db, write(tmp_path, "a.csv", people(0, 3) + [
        "e0,2026-10-01T10:00:00Z,Ann Early,Northwind,ann@northwind.example,o.a,AppSource,Contact me\n"]),
        search_later=True)
    assert search_pending.count(db) >= 4
    result = import_path(db, write(tmp_path, "b.csv", ["n1,2026-10-02T10:00:00Z,Person1 Lastname,Contoso,,o.b,"
                                                       "AppSource,Contact me\n"]), search_later=True)
    assert result.joined_customers == 1
    keys = [k for (k,) in db.execute("SELECT key FROM customers ORDER BY id")]
    assert not [k for k in keys if k.startswith("n:")]                 # Ann Early joined by the first, too
    search_pending.finish(db)
    assert found(db, "early") == ["ann@northwind.example"]


def test_a_small_file_is_indexed_in_its_import(db, tmp_path):
    result = import_path(db, write(tmp_path, "a.csv", people(0, 3)), search_later=True)
    assert result.new_leads == 3 and search_pending.count(db) == 0
    assert found(db, "person2") == ["p2@x.example"]


def test_the_search_step_goes_in_steps_and_stops_between_them(db, tmp_path, later, monkeypatch):
    monkeypatch.setattr(search_pending, "STEP", 4)
    import_path(db, write(tmp_path, "a.csv", people(0, 10)), search_later=True)
    told = []
    written = search_pending.finish(db, progress=lambda done, total: told.append((done, total)),
                                    cancelled=lambda: len(told) == 2)
    assert written == 8 and told == [(4, 10), (8, 10)] and search_pending.count(db) == 2
    assert found(db, "person1") == ["p1@x.example"]          # the lowest ids first
    assert search_pending.finish(db) == 2 and search_pending.count(db) == 0
    assert len(found(db, "lastname")) == 10


def test_a_step_that_fails_keeps_what_it_had_left(tmp_path, later, monkeypatch):
    db = open_database(tmp_path / "a.sqlite")
    import_path(db, write(tmp_path, "a.csv", people(0, 6)), search_later=True)
    monkeypatch.setattr(search_pending, "STEP", 4)
    fail_second_search_step(monkeypatch)
    with pytest.raises(sqlite3.OperationalError):
        search_pending.finish(db)
    assert search_pending.count(db) == 2                       # the first step kept, the second rolled back
    assert db.execute("SELECT count(*) FROM customer_fts").fetchone()[0] == 4
    monkeypatch.undo()
    assert search_pending.finish(db) == 2


def test_a_drop_of_several_files_leaves_them_all_to_the_search_step(db, tmp_path, later):
    outcome = import_files(db, [write(tmp_path, "a.csv", people(0, 4)), write(tmp_path, "b.csv", people(4, 4))],
                           search_later=True)
    assert [r.new_leads for r in outcome.results] == [4, 4] and search_pending.count(db) == 8
    search_pending.finish(db)
    assert len(found(db, "lastname")) == 8


def test_a_dry_run_or_a_cancel_leaves_nothing_to_do(db, tmp_path, later):
    path = write(tmp_path, "a.csv", people(0, 4))
    assert import_files(db, [path], dry_run=True, search_later=True).results[0].new_leads == 4
    assert import_files(db, [path], cancelled=lambda: True, search_later=True).cancelled
    assert search_pending.count(db) == 0 and db.execute("SELECT count(*) FROM leads").fetchone()[0] == 0


def test_the_log_is_copied_into_the_database_after_the_search_entries(tmp_path, later):
    # The import's commit leaves its pages in the write-ahead log (readers find them there); the search step
    # copies them into the database file once, at its end.
    db = open_database(tmp_path / "a.sqlite")
    import_path(db, write(tmp_path, "a.csv", people(0, 200)), search_later=True)
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    reader = open_database(tmp_path / "a.sqlite")
    assert reader.execute("SELECT count(*) FROM leads").fetchone()[0] == 200      # committed, seen elsewhere
    reader.close()
    search_pending.finish(db)
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == search_pending.AUTOCHECKPOINT
    _busy, log, copied = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert log == copied                                          # nothing left in the log to copy


def test_a_step_waits_for_another_writer_instead_of_failing(tmp_path, later):
    import threading
    import time
    db = open_database(tmp_path / "a.sqlite")
    import_path(db, write(tmp_path, "a.csv", people(0, 5)), search_later=True)
    other = sqlite3.connect(tmp_path / "a.sqlite", check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")              # another program writing when the step begins
    other.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
    release = threading.Timer(0.3, other.commit)
    release.start()
    started = time.perf_counter()
    assert search_pending.finish(db) == 5          # waited for the lock, then wrote
    assert time.perf_counter() - started >= 0.25 and search_pending.count(db) == 0
    release.join()
    other.close()


@pytest.mark.parametrize("search_later", [False, True], ids=["indexed in the import", "indexed after"])
@pytest.mark.parametrize("emails, name_only, joined_to", [
    ([("Mary-Ann Lee", "Contoso")], ("Maryann Lee", "Contoso"), None),        # one key, other words
    ([("陳 怡君", "Contoso")], ("陳怡君", "Contoso"), None),
    ([("Ann Lee", "Tail Spin")], ("Ann Lee", "Tailspin"), None),
    ([("Mary-Ann Lee", "Contoso"), ("Maryann Lee", "Contoso")], ("Maryann Lee", "Contoso"), "p1@x.example"),
    ([("Ann Lee", "Contoso Ltd")], ("ann lee", "Contoso"), "p0@x.example"),
])
def test_a_name_only_customer_is_joined_alike_whichever_way_the_other_is_found(
        db, tmp_path, later, join_way, search_later, emails, name_only, joined_to):
    rows = [f"e{n},2026-10-01T10:00:00Z,{name},{company},p{n}@x.example,o.a,AppSource,Contact me\n"
            for n, (name, company) in enumerate(emails)]
    import_path(db, write(tmp_path, "a.csv", rows), search_later=search_later)
    result = import_path(db, write(tmp_path, "b.csv", [f"n1,2026-10-02T10:00:00Z,{name_only[0]},{name_only[1]},,"
                                                       "o.b,AppSource,Contact me\n"]), search_later=search_later)
    assert result.joined_customers == (joined_to is not None)
    if joined_to:
        assert db.execute("SELECT email FROM customers WHERE lead_count = 2").fetchone()[0] == joined_to
