"""m007: replies become incoming rows; what R logged before it is read as a reply, answered attempts stay."""

from datetime import datetime, timedelta, timezone

from leadinbox.store.work import attempts as f
from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path
from leadinbox.store.migrations import legacy_replies_incoming
from leadinbox.store.work.plan import replan
from tests.store.helpers import snapshot

NOW = datetime(2026, 10, 20, 9, 0, tzinfo=timezone.utc)


def hours(n):
    return NOW + timedelta(hours=n)


def test_what_r_logged_becomes_a_reply_and_answered_attempts_stay(db, samples):
    import_path(db, samples / "partner-center-leads-export.csv")
    cid = dict(db.execute("SELECT email, id FROM customers"))
    chen, smith, sanne, jansen, aiko = (cid[e] for e in (
        "yichun.chen@tailspin.example", "jsmith@contoso.example", "sanne.devries@fabrikam.example",
        "p.jansen@northwind.example", "aiko@woodgrove.example"))

    def legacy(customer, channel, outcome, when, lead_ids=None):
        # How the app before m007 stored both R and an attempt logged as replied: an outgoing row.
        return f.log_attempt(db, customer, channel, outcome, at=hours(when), lead_ids=lead_ids, now=NOW).attempt_id

    legacy(chen, "email", "no_answer", 0)
    legacy(chen, "call", "no_answer", 2)
    r_chen = legacy(chen, "email", "replied", 5)                 # the tester's A, C, R
    first_contact = legacy(smith, "email", "replied", 1)          # the only contact: an answered email
    sanne_plt = min(i for (i,) in db.execute("SELECT id FROM leads WHERE customer_id = ?", (sanne,)))
    legacy(sanne, "email", "no_answer", 0, [sanne_plt])
    both = legacy(sanne, "email", "replied", 3)                  # the test-drive lead had no attempt yet
    legacy(jansen, "call", "no_answer", 0)
    answered_call = legacy(jansen, "call", "replied", 4)
    legacy(aiko, "email", "no_answer", 0)
    r_aiko = [legacy(aiko, "email", "replied", 6), legacy(aiko, "email", "replied", 30)]
    kept = db.execute("SELECT id, replied_at, next_due_at, next_due_kind, first_response_at, status FROM leads "
                      "ORDER BY id").fetchall()

    assert sorted(legacy_replies_incoming(db)) == sorted([r_chen, *r_aiko])
    direction = dict(db.execute("SELECT id, direction FROM attempts"))
    assert {direction[i] for i in (first_contact, both, answered_call)} == {"out"}
    assert db.execute("SELECT attempt_count, last_attempt_at FROM customers WHERE id = ?", (chen,)).fetchone() \
        == (2, "2026-10-20T11:00:00Z")
    assert {r for (r,) in db.execute("SELECT attempt_count FROM leads WHERE customer_id = ?", (chen,))} == {2}
    assert db.execute("SELECT attempt_count FROM customers WHERE id = ?", (aiko,)).fetchone()[0] == 1
    assert db.execute("SELECT attempt_count FROM customers WHERE id = ?", (smith,)).fetchone()[0] == 1
    assert db.execute("SELECT id, replied_at, next_due_at, next_due_kind, first_response_at, status FROM leads "
                      "ORDER BY id").fetchall() == kept
    assert {r for (r,) in db.execute("SELECT reason FROM status_changes WHERE attempt_id = ?", (r_chen,))} == \
        {"reply"}
    # The migrated rows read exactly as rows logged with R now: planning them again changes nothing.
    after = snapshot(db)
    with db.atomic():
        replan(db, [i for (i,) in db.execute("SELECT id FROM leads")])
    assert snapshot(db) == after
    f.undo_reply(db, r_chen)                                     # and undo works on them as on any reply
    assert db.execute("SELECT status FROM customers WHERE id = ?", (chen,)).fetchone()[0] == "contacted"


def test_upgrading_a_database_from_before_m007(db_path):
    from leadinbox.store import migrations
    later = [m for m in migrations.MIGRATIONS._migrations if m.name == "m007_reply_direction"]
    migrations.MIGRATIONS._migrations[:] = [m for m in migrations.MIGRATIONS._migrations if m not in later]
    try:
        old = open_database(db_path)
        old.execute("INSERT INTO batches (id, file_name, imported_at) VALUES (1, 'a.csv', '2026-10-01')")
        old.execute("""INSERT INTO customers (id, key, attempt_count, last_attempt_at, status)
                       VALUES (1, 'e:a@x.example', 2, '2026-10-03T10:00:00Z', 'nurturing')""")
        old.execute("""INSERT INTO leads (id, customer_id, batch_id, source_system, received_at, sort_at, status,
                       attempt_count, last_attempt_at, first_response_at, replied_at)
                       VALUES (1, 1, 1, 'pc', 'x', '2026-10-01', 'nurturing', 2, '2026-10-03T10:00:00Z',
                               '2026-10-02T10:00:00Z', '2026-10-03T10:00:00Z')""")
        for attempt_id, at, outcome in ((1, "2026-10-02T10:00:00Z", "no_answer"),
                                        (2, "2026-10-03T10:00:00Z", "replied")):
            old.execute("""INSERT INTO attempts (id, customer_id, at, channel, outcome, logged_at)
                           VALUES (?, 1, ?, 'email', ?, ?)""", (attempt_id, at, outcome, at))
            old.execute("INSERT INTO attempt_leads VALUES (?, 1)", (attempt_id,))
        old.execute("""INSERT INTO status_changes (lead_id, at, from_status, to_status, reason, attempt_id)
                       VALUES (1, '2026-10-03T10:00:00Z', 'contacted', 'nurturing', 'attempt: replied', 2)""")
        old.close()
    finally:
        migrations.MIGRATIONS._migrations.extend(later)
    db = open_database(db_path)
    assert list((db_path.parent / "backups").glob("*before-m007_reply_direction*"))
    assert db.execute("SELECT id, direction FROM attempts ORDER BY id").fetchall() == [(1, "out"), (2, "in")]
    assert db.execute("SELECT attempt_count, last_attempt_at, replied_at FROM leads").fetchone() == \
        (1, "2026-10-02T10:00:00Z", "2026-10-03T10:00:00Z")
    assert db.execute("SELECT attempt_count, last_attempt_at FROM customers").fetchone() == \
        (1, "2026-10-02T10:00:00Z")
    db.close()
