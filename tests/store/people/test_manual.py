"""A lead added by hand goes through the importer: same clock, cadence, duplicate checks, undo."""

from datetime import datetime, timedelta, timezone

import pytest

from leadinbox.store import inbox
from leadinbox.store.batches import undo_batch
from leadinbox.store.people.manual import add_lead
from leadinbox.store.work.attempts import NotAllowed
from tests.store.people.conftest import cid


def test_a_hand_added_lead_gets_the_first_response_clock(db):
    added = add_lead(db, {"name": "Eva Trade", "company": "Show BV", "phone": "+31 6 5555 1234",
                          "action": "Contact me", "offer": "Lead Router SaaS", "message": "Met at the booth",
                          "date": "2026-11-03T09:00:00Z"})
    assert added.new and added.new_customer
    lead = inbox.customer_leads(db, added.customer_id)[0]
    assert lead["action"] == "PLT" and lead["source_system"] == "manual" and lead["status"] == "new"
    assert lead["first_response_due_at"] == "2026-11-04T09:00:00Z" and lead["next_due_kind"] == "reply"
    customer = inbox.customer(db, added.customer_id)
    assert customer["phone_e164"] == "+31655551234" and customer["next_due_at"] == "2026-11-04T09:00:00Z"
    batch = db.execute("SELECT file_name, file_path, file_sha256 FROM batches WHERE id = ?",
                       (added.batch_id,)).fetchone()
    assert batch == ("Added by hand", "by hand", None)


def test_the_same_lead_twice_is_found_as_known_and_a_known_email_joins_its_customer(loaded):
    values = {"email": "sanne.devries@fabrikam.example", "action": "INS", "offer": "Lead Router SaaS",
              "date": "2026-11-05T10:00:00Z"}
    first = add_lead(loaded, values)
    assert first.new and not first.new_customer and first.customer_id == cid(loaded, values["email"])
    again = add_lead(loaded, values)
    assert not again.new and again.lead_id == first.lead_id and again.batch_id is None


def test_refusals_write_nothing(db):
    with pytest.raises(NotAllowed):
        add_lead(db, {"name": "Nobody"})                                    # neither email nor phone
    with pytest.raises(NotAllowed):
        add_lead(db, {"email": "a@b.example", "date": "the day after tomorrow"})
    with pytest.raises(NotAllowed):
        add_lead(db, {"email": "not-an-email", "phone": "+31 6 1"})
    assert db.execute("SELECT count(*) FROM leads").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM batches").fetchone()[0] == 0


def test_undoing_a_hand_added_lead_as_an_import(db):
    added = add_lead(db, {"email": "x@y.example", "action": "PLT",
                          "date": (datetime.now(timezone.utc) - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")})
    undo_batch(db, added.batch_id)
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == 0
