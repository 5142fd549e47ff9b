"""Issue 15, one customer per person: a row without an email joins the one customer with an email and that name
and company, in whatever order they come; undoing the import that joined them splits them back exactly."""

from leadinbox.store.batches import undo_batch
from leadinbox.store.importing.entry import import_path
from leadinbox.store.people import tags as tag_store
from leadinbox.store.work import attempts, worklog
from tests.store.helpers import snapshot

HEADER = "Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Offer ID,Lead source,Call to action\n"


def write(tmp_path, name, rows):
    path = tmp_path / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


NAME_ONLY = "n1,2026-10-01T10:00:00Z,John Smith,Contoso Ltd,,o.first,AppSource,Contact me\n"
WITH_EMAIL = "e1,2026-10-05T10:00:00Z,John Smith,Contoso,john@contoso.example,o.second,AppSource,Free trial\n"


def customers(db):
    return db.execute("SELECT key, lead_count FROM customers ORDER BY id").fetchall()


def test_a_name_only_row_joins_the_email_customer_already_there(db, tmp_path):
    import_path(db, write(tmp_path, "a.csv", [WITH_EMAIL]))
    result = import_path(db, write(tmp_path, "b.csv", [NAME_ONLY]))
    assert customers(db) == [("e:john@contoso.example", 2)]
    assert result.joined_customers == 1
    [warning] = result.warnings
    assert warning.row == 2 and "John Smith" in warning.reason and "joined" in warning.reason


def test_both_in_one_file_in_either_order_are_one_customer(db, tmp_path):
    result = import_path(db, write(tmp_path, "a.csv", [NAME_ONLY, WITH_EMAIL]))
    assert customers(db) == [("e:john@contoso.example", 2)] and result.joined_customers == 1
    other = tmp_path / "other"
    other.mkdir()
    from leadinbox.store.db import open_database
    fresh = open_database(":memory:")
    import_path(fresh, write(other, "b.csv", [WITH_EMAIL, NAME_ONLY]))
    assert customers(fresh) == [("e:john@contoso.example", 2)]
    fresh.close()


def test_the_email_customer_arriving_later_takes_everything_and_undo_splits_them_back_exactly(db, tmp_path):
    first = import_path(db, write(tmp_path, "a.csv", [NAME_ONLY]))
    [(john,)] = db.execute("SELECT id FROM customers").fetchall()
    [(lead,)] = db.execute("SELECT id FROM leads").fetchall()
    # Work on the name-only customer: an attempt (a status change with it), a note, a tag, an owner.
    attempts.log_attempt(db, john, "call", "no_answer", lead_ids=[lead])
    worklog.add_note(db, john, "called the switchboard")
    tag_store.add_tag(db, [john], "trade show")
    db.execute("UPDATE customers SET owner = 'Ann' WHERE id = ?", (john,))
    before = {**snapshot(db), "tags": db.execute("SELECT * FROM tags").fetchall(),
              "aliases": db.execute("SELECT * FROM customer_aliases").fetchall()}
    second = import_path(db, write(tmp_path, "b.csv", [WITH_EMAIL]))
    assert second.joined_customers == 1
    [(into, key, owner)] = db.execute("SELECT id, key, owner FROM customers").fetchall()
    assert key == "e:john@contoso.example" and owner == "Ann"
    for table in ("leads", "attempts", "notes"):
        assert db.execute(f"SELECT DISTINCT customer_id FROM {table}").fetchall() == [(into,)], table
    assert db.execute("SELECT customer_id FROM tags").fetchall() == [(into,)]
    assert db.execute("SELECT count(*) FROM status_changes WHERE lead_id = ?", (lead,)).fetchone()[0] >= 1
    # A third file with the name only joins at once (the name is now one the customer is known by).
    third = import_path(db, write(tmp_path, "c.csv", ["n2,2026-10-09T10:00:00Z,John Smith,Contoso Ltd,,o.third,"
                                                      "AppSource,Contact me\n"]))
    assert third.new_customers == 0 and customers(db) == [("e:john@contoso.example", 3)]
    undo_batch(db, third.batch_id)
    undo_batch(db, second.batch_id)
    after = {**snapshot(db), "tags": db.execute("SELECT * FROM tags").fetchall(),
             "aliases": db.execute("SELECT * FROM customer_aliases").fetchall()}
    assert {k: v for k, v in after.items() if k != "batches"} == {k: v for k, v in before.items() if k != "batches"}
    assert first.batch_id is not None


def test_a_name_shared_by_several_email_customers_stays_apart_and_says_why(db, tmp_path):
    import_path(db, write(tmp_path, "a.csv", [
        WITH_EMAIL, "e2,2026-10-06T10:00:00Z,John Smith,Contoso,j.smith@contoso.example,o.p,AppSource,Contact me\n"]))
    result = import_path(db, write(tmp_path, "b.csv", [NAME_ONLY]))
    assert result.joined_customers == 0
    assert len(customers(db)) == 3
    [warning] = result.warnings
    assert "2 customers with an email" in warning.reason and "kept as a customer of its own" in warning.reason


def test_another_company_is_another_person(db, tmp_path):
    import_path(db, write(tmp_path, "a.csv", [WITH_EMAIL]))
    result = import_path(db, write(tmp_path, "b.csv", [
        "n1,2026-10-01T10:00:00Z,John Smith,Fabrikam,,o.first,AppSource,Contact me\n"]))
    assert result.joined_customers == 0 and result.warnings == [] and len(customers(db)) == 2


def test_a_few_name_only_rows_among_many_customers_are_asked_of_the_index_and_many_found_in_one_pass(
        db, tmp_path, monkeypatch):
    # Both ways of finding the customer with an email give the same joins: the index asked once per name-only
    # customer (a few, among many customers with an email), or one pass over the customers with an email.
    from leadinbox.store.importing import identity
    others = [f"x{n},2026-09-01T10:00:00Z,Person {n},Fabrikam,p{n}@fabrikam.example,o.x,AppSource,Contact me\n"
              for n in range(60)]
    import_path(db, write(tmp_path, "many.csv", [WITH_EMAIL] + others))
    ways = []
    real = identity._email_name_ids

    def passes(db_, wanted, source):          # the passes over every customer with an email, and what they found
        found = real(db_, wanted, source)
        if source == "customers":
            ways.append(set(found))
        return found
    monkeypatch.setattr(identity, "_email_name_ids", passes)
    result = import_path(db, write(tmp_path, "one.csv", [NAME_ONLY]))
    assert ways == [] and result.joined_customers == 1            # 1 name-only against 61: asked of the index
    assert ("e:john@contoso.example", 2) in customers(db) and not any(k.startswith("n:") for k, _ in customers(db))
    ways.clear()
    rows = [f"m{n},2026-10-02T10:00:00Z,Person {n},Fabrikam,,o.y,AppSource,Contact me\n" for n in range(5)]
    rows.append("m9,2026-10-02T10:00:00Z,Nobody Known,Fabrikam,,o.y,AppSource,Contact me\n")
    result = import_path(db, write(tmp_path, "some.csv", rows))
    assert ways and "n:nobodyknown|fabrikam" not in ways[0]      # found in one pass
    assert result.joined_customers == 5
    assert [k for k, _ in customers(db) if k.startswith("n:")] == ["n:nobodyknown|fabrikam"]
    # A name whose fold keeps a '|' ('n:<person>|<company>' then splits twice): found in the pass all the same.
    import_path(db, write(tmp_path, "bar.csv", [
        "b1,2026-09-01T10:00:00Z,Ana|Lee,Fabrikam,ana@fabrikam.example,o.x,AppSource,Contact me\n"]))
    ways.clear()
    rows = [f"k{n},2026-10-03T10:00:00Z,Zed {n},Fabrikam,,o.y,AppSource,Contact me\n" for n in range(3)]
    rows.append("k9,2026-10-03T10:00:00Z,Ana|Lee,Fabrikam,,o.y,AppSource,Contact me\n")
    result = import_path(db, write(tmp_path, "bar-only.csv", rows))
    assert ways and ways[0] == {"n:ana|lee|fabrikam"} and result.joined_customers == 1
