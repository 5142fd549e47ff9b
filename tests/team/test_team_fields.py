"""Qualification ticks and contact edits travel as team events between two desks on a real Azurite: applied
twice = once, attributed to the desk, per field the later clock wins on both desks alike, an undo is shared,
and an edit about a customer a desk does not have yet waits for the lead."""

from __future__ import annotations

import json

import pytest

from leadinbox.store.importing.entry import import_path
from leadinbox.store.people.edits import edit_contact, edits, undo_edit
from leadinbox.store.team import state
from leadinbox.store.work.worklog import qualification, set_qualification
from tests.team.helpers import join, make_desk, new_team

PC = "partner-center-leads-export.csv"
AZ = "azure-table-marketplaceleads.csv"


@pytest.fixture
def team(azurite, tmp_path, samples):
    _, sas = new_team(azurite)
    ana = make_desk(tmp_path, "Ana", [samples / PC])
    bo = make_desk(tmp_path, "Bo", [samples / AZ])
    join(ana, sas)
    join(bo, sas)
    yield ana, bo
    ana.close()
    bo.close()


def _shared(ana, bo) -> str:
    emails = {r[0] for r in ana.db.execute("SELECT email FROM customers WHERE email IS NOT NULL AND dnc = 0")}
    return sorted(e for (e,) in bo.db.execute("SELECT email FROM customers") if e in emails)[0]


def _lead_of(d, email: str) -> int:
    return d.db.execute("SELECT id FROM leads WHERE customer_id = ? ORDER BY id LIMIT 1",
                        (d.customer(email),)).fetchone()[0]


def _contact(d, email: str) -> tuple:
    return d.db.execute("SELECT phone, company, job_title FROM customers WHERE id = ?",
                        (d.customer(email),)).fetchone()


def _snapshot(d) -> dict:
    return {t: d.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("leads", "customers", "customer_edits", "team_fields")}


def test_a_qualification_travels_once_and_an_undo_travels_too(team):
    ana, bo = team
    email = _shared(ana, bo)
    ana_lead, bo_lead = _lead_of(ana, email), _lead_of(bo, email)
    before = set_qualification(ana.db, ana_lead, ["Budget", "Need"])
    ana.sync()
    assert bo.sync().pulled >= 1
    assert qualification(bo.db, bo_lead) == ["Budget", "Need"]
    assert bo.db.execute("SELECT by_name FROM team_fields WHERE field = 'qualification'").fetchone() == ("Ana",)
    # Replayed: the cursors forgotten, everything read again, nothing changes.
    seen = _snapshot(bo)
    bo.db.execute("DELETE FROM team_cursors")
    bo.sync()
    assert _snapshot(bo) == seen
    set_qualification(ana.db, ana_lead, before)          # Ana's undo
    ana.sync()
    bo.sync()
    assert qualification(bo.db, bo_lead) == []


def test_a_contact_edit_travels_attributed_and_stays_over_a_later_import(team, samples):
    ana, bo = team
    email = _shared(ana, bo)
    edit_contact(ana.db, ana.customer(email), {"phone": "+31 20 555 0101", "title": "Head of IT"})
    ana.sync()
    bo.sync()
    assert _contact(bo, email)[0] == "+31 20 555 0101" and _contact(bo, email)[2] == "Head of IT"
    said = edits(bo.db, bo.customer(email))[0]
    assert said["by"] == "Ana" and set(said["changes"]) == {"phone", "title"}
    assert edits(ana.db, ana.customer(email))[0]["by"] == "Ana"
    import_path(bo.db, samples / AZ)                      # the file says otherwise: the edit is kept
    assert _contact(bo, email)[0] == "+31 20 555 0101"


def test_per_field_the_later_change_wins_on_both_desks_and_the_loser_is_told(team):
    ana, bo = team
    email = _shared(ana, bo)
    original_title = _contact(bo, email)[2]
    edit_contact(bo.db, bo.customer(email), {"phone": "+31 6 1111 1111", "company": "Bo's spelling BV"})
    state.observe_clock(ana.db, state.next_clock(bo.db) + 60_000)       # Ana's change is the later one
    edit_contact(ana.db, ana.customer(email), {"phone": "+31 6 2222 2222"})
    bo.sync()
    ana_result = ana.sync()
    bo_result = bo.sync()
    for d in (ana, bo):
        phone, company, title = _contact(d, email)
        assert phone == "+31 6 2222 2222"                 # both edited it: the later wins
        assert company == "Bo's spelling BV"              # only Bo edited it: Bo's stays
    assert _contact(bo, email)[2] == original_title
    told = bo_result.conflicts
    assert told == [{"customer": email, "lead": None, "offer": None, "yours": "phone: +31 6 1111 1111",
                     "theirs": "phone: +31 6 2222 2222", "by": "Ana", "at": told[0]["at"], "kept": "theirs"}]
    assert [c["kept"] for c in ana_result.conflicts] == ["yours"]


def test_an_undone_edit_sends_the_value_it_went_back_to(team):
    ana, bo = team
    email = _shared(ana, bo)
    first = _contact(bo, email)[1]
    done = edit_contact(ana.db, ana.customer(email), {"company": "Wrong Company Ltd"})
    ana.sync()
    bo.sync()
    assert _contact(bo, email)[1] == "Wrong Company Ltd"
    undo_edit(ana.db, done.edit_id)
    ana.sync()
    bo.sync()
    assert _contact(bo, email)[1] == _contact(ana, email)[1] == first


def test_an_edit_of_a_customer_a_desk_does_not_have_yet_waits_for_the_lead(azurite, tmp_path, samples):
    _, sas = new_team(azurite)
    ana = make_desk(tmp_path, "Ana", [samples / PC])
    late = make_desk(tmp_path, "Late")
    join(ana, sas)
    join(late, sas)
    email = ana.db.execute("SELECT email FROM customers WHERE email IS NOT NULL ORDER BY email").fetchone()[0]
    edit_contact(ana.db, ana.customer(email), {"title": "CTO"})
    ana.sync()
    late.sync()
    waiting = late.db.execute("SELECT applied, body FROM team_events WHERE kind = 'contact'").fetchone()
    assert waiting[0] == 0 and json.loads(waiting[1])["fields"] == {"title": "CTO"}
    import_path(late.db, samples / PC)
    late.sync()
    assert _contact(late, email)[2] == "CTO"
    ana.close()
    late.close()


def test_tags_and_deal_values_travel_and_the_later_wins(team):
    from leadinbox.store.people.tags import add_tag, remove_tag, tags_of
    from leadinbox.store.work.attempts import set_status
    from leadinbox.store.work.deals import deal_of, restore_deals, set_deal
    ana, bo = team
    email = _shared(ana, bo)
    ana_lead, bo_lead = _lead_of(ana, email), _lead_of(bo, email)
    add_tag(ana.db, [ana.customer(email)], "VIP")
    set_status(ana.db, [ana_lead], "won")
    before = set_deal(ana.db, [ana_lead], 1200.0, "EUR")
    ana.sync()
    bo.sync()
    assert tags_of(bo.db, [bo.customer(email)]) == {bo.customer(email): ["VIP"]}
    assert deal_of(bo.db, bo_lead) == (1200.0, "EUR")
    # Bo removes the tag, then Ana (later) tags again: tagged on both; Ana's undone deal goes on both.
    remove_tag(bo.db, [bo.customer(email)], "VIP")
    state.observe_clock(ana.db, state.next_clock(bo.db) + 60_000)
    remove_tag(ana.db, [ana.customer(email)], "VIP")
    add_tag(ana.db, [ana.customer(email)], "VIP")
    restore_deals(ana.db, before)
    bo.sync()
    ana.sync()
    bo.sync()
    for d in (ana, bo):
        assert tags_of(d.db, [d.customer(email)]) == {d.customer(email): ["VIP"]}
    assert deal_of(bo.db, bo_lead) is None and deal_of(ana.db, ana_lead) is None
