"""Editing contact details: recorded, undoable, kept over later imports (which still fill what is empty)."""

from datetime import datetime, timezone

import pytest

from leadinbox.core.manual import manual_lead_file
from leadinbox.store import inbox
from leadinbox.store.importing.writer import import_lead_file
from leadinbox.store.people import edits
from leadinbox.store.people.merge import merge_customers, unmerge
from leadinbox.store.timeline import customer_timeline
from leadinbox.store.work.attempts import NotAllowed
from tests.store.people.conftest import cid

SANNE = "sanne.devries@fabrikam.example"
T0 = datetime(2026, 11, 1, 9, tzinfo=timezone.utc)
LATER = datetime(2099, 1, 1, tzinfo=timezone.utc)      # after the samples' import (today)


def _reimport(db, samples, name="partner-center-leads-export.csv"):
    from leadinbox.store.importing.entry import import_path
    return import_path(db, samples / name)


def test_an_edit_changes_the_customer_is_in_the_timeline_and_undoes(loaded):
    c = cid(loaded, SANNE)
    was = inbox.customer(loaded, c)
    done = edits.edit_contact(loaded, c, {"name": "Sanne de Vries-Bakker", "title": "CTO", "company": "Fabrikam"},
                              now=T0)
    assert done.fields == ["name", "company", "title"]
    row = inbox.customer(loaded, c)
    assert (row["full_name"], row["job_title"], row["company"]) == ("Sanne de Vries-Bakker", "CTO", "Fabrikam")
    assert row["first_name"] == "Sanne"
    event = next(e for e in customer_timeline(loaded, c) if e["kind"] == "edit")
    assert event["changes"]["name"] == ("Sanne de Vries", "Sanne de Vries-Bakker")
    # Searchable under the new name.
    from leadinbox.core.query import InboxQuery
    assert c in [r["id"] for r in inbox.customer_page(loaded, InboxQuery(search="vries-bakker"), 0, 10)]
    edits.undo_edit(loaded, done.edit_id)
    row = inbox.customer(loaded, c)
    assert (row["full_name"], row["job_title"], row["company"]) == (was["full_name"], was["job_title"], was["company"])
    assert not [e for e in customer_timeline(loaded, c) if e["kind"] == "edit"]


def test_nothing_changed_records_nothing_and_bad_values_are_refused(loaded):
    c = cid(loaded, SANNE)
    assert edits.edit_contact(loaded, c, {"name": "Sanne de Vries"}).edit_id is None
    with pytest.raises(NotAllowed):
        edits.edit_contact(loaded, c, {"email": "not an email"})
    with pytest.raises(NotAllowed):
        edits.edit_contact(loaded, c, {"country": "Atlantis"})
    assert loaded.execute("SELECT count(*) FROM customer_edits").fetchone()[0] == 0


def test_a_later_import_never_overwrites_an_edit_but_fills_what_is_empty(loaded, samples):
    c = cid(loaded, SANNE)
    edits.edit_contact(loaded, c, {"phone": "+31 6 1234 5678", "title": None}, now=LATER)
    edits.edit_contact(loaded, c, {"company": None}, now=LATER)        # cleared: a newer file fills it again
    assert inbox.customer(loaded, c)["company"] is None
    # A newer file about her, imported after the edits.
    lead_file = manual_lead_file({"email": SANNE, "name": "S. de Vries", "phone": "+31 20 000 0000",
                                  "company": "Fabrikam Holding", "action": "INS", "offer": "Lead Router SaaS",
                                  "date": "2026-11-20T10:00:00Z"})
    import_lead_file(loaded, lead_file, now="2099-01-02T00:00:00Z")
    row = inbox.customer(loaded, c)
    assert row["phone"] == "+31 6 1234 5678" and row["phone_e164"] == "+31612345678"   # the edit wins
    assert row["company"] == "Fabrikam Holding"              # emptied by the user, filled by the newer file
    assert row["full_name"] == "S. de Vries"                 # not edited: follows the newest lead as before


def test_an_edited_email_joins_later_files_to_the_customer_and_an_existing_one_offers_a_merge(loaded):
    c = cid(loaded, SANNE)
    edits.edit_contact(loaded, c, {"email": "sanne@fabrikam.example"}, now=T0)
    import_lead_file(loaded, manual_lead_file({"email": "sanne@fabrikam.example", "name": "Sanne",
                                               "action": "PLT", "date": "2026-11-20T10:00:00Z"}))
    assert loaded.execute("SELECT count(*) FROM customers WHERE email LIKE 'sanne%'").fetchone()[0] == 1
    other = cid(loaded, "jsmith@contoso.example")
    with pytest.raises(edits.SameEmail) as refused:
        edits.edit_contact(loaded, c, {"email": "jsmith@contoso.example"})
    assert refused.value.other_id == other


def test_merge_moves_everything_and_undo_gives_it_back(loaded):
    keep, other = cid(loaded, SANNE), cid(loaded, "jsmith@contoso.example")
    before = {t: loaded.execute(f"SELECT count(*) FROM leads WHERE customer_id = ?", (t,)).fetchone()[0]
              for t in (keep, other)}
    from leadinbox.store.people import tags
    tags.add_tag(loaded, [other], "vip")
    merged = merge_customers(loaded, keep, other)
    assert inbox.customer(loaded, other) is None
    assert inbox.customer(loaded, keep)["lead_count"] == before[keep] + before[other]
    assert tags.tags_of(loaded, [keep]) == {keep: ["vip"]}
    unmerge(loaded, merged)
    assert inbox.customer(loaded, other)["lead_count"] == before[other]
    assert inbox.customer(loaded, keep)["lead_count"] == before[keep]
    assert tags.tags_of(loaded, [keep, other]) == {other: ["vip"]}
