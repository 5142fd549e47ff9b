"""Planned calls and notes on a team, two desks on one Azurite: marking a call done (and its undo) travels as an
event, attributed, applied twice = once, the later mark winning on every desk whatever order the desks are read
in; deleting a planned call or a note is undone on every desk."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from leadinbox.store.team import desk as team_desk, state
from leadinbox.store.timeline import customer_timeline
from leadinbox.store.work.attempts import log_attempt
from leadinbox.store.work.worklog import add_note, delete_call, delete_note, schedule_call, set_call_done
from leadinbox.team.events import Event
from leadinbox.team.sync import pull_partition
from tests.team.helpers import join, make_desk, new_team

AZ = "azure-table-marketplaceleads.csv"
EMAIL = "yichun.chen@tailspin.example"


@pytest.fixture
def team(azurite, tmp_path, samples):
    _, sas = new_team(azurite)
    ana = make_desk(tmp_path, "Ana", [samples / AZ])
    bo = make_desk(tmp_path, "Bo", [samples / AZ])
    join(ana, sas)
    join(bo, sas)
    yield sas, ana, bo
    ana.close()
    bo.close()


def _call(d) -> tuple:
    return d.db.execute("""SELECT a.done_at, a.by_name, c.next_due_at, c.next_due_kind FROM appointments AS a
                           JOIN customers AS c ON c.id = a.customer_id WHERE c.key = ?""", ("e:" + EMAIL,)).fetchone()


def _events(d, of) -> list[Event]:
    table = team_desk.open_table(state.membership(d.db), d.credentials)
    try:
        return [Event.from_entity(e) for e in pull_partition(table, state.membership(of.db).desk, 0)]
    finally:
        table.close()


def test_a_planned_call_marked_done_on_one_desk_is_done_on_the_other_and_its_undo_too(team):
    _, ana, bo = team
    starts = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(hours=1)
    log_attempt(ana.db, ana.customer(EMAIL), "email", "no_answer")      # answered: the call is what is due next
    schedule_call(ana.db, ana.customer(EMAIL), starts, title="Demo")
    ana.sync()
    bo.sync()
    planned = _call(bo)
    assert planned[:2] == (None, "Ana") and planned[3] == "call"
    call = bo.db.execute("SELECT id FROM appointments").fetchone()[0]
    done_at = datetime(2026, 12, 6, 10, 14, tzinfo=timezone.utc)
    set_call_done(bo.db, call, True, at=done_at)
    assert bo.sync().pushed == 1
    assert ana.sync().pulled == 1
    assert _call(ana)[0] == "2026-12-06T10:14:00Z"
    assert _call(ana)[2:] == _call(bo)[2:] and _call(ana)[3] != "call"        # the due follows on both desks
    shown = next(e for e in customer_timeline(ana.db, ana.customer(EMAIL)) if e["kind"] == "call")
    assert (shown["by"], shown["done_by"]) == ("Ana", "Bo")                  # planned by Ana, done by Bo
    # Replayed: nothing changes.
    before = ana.db.execute("SELECT * FROM appointments").fetchall()
    again = _events(ana, bo)
    local = team_desk.LocalDesk(ana.db, state.membership(ana.db))
    local.apply(again, {})
    local.apply(again, {})
    assert ana.db.execute("SELECT * FROM appointments").fetchall() == before
    # Bo's undo is shared as the later mark.
    set_call_done(bo.db, call, False)
    bo.sync()
    ana.sync()
    assert _call(ana)[0] is None and _call(ana)[2:] == _call(bo)[2:] == planned[2:]


def test_the_later_mark_wins_on_every_desk_and_a_desk_reading_the_mark_first_keeps_it(team, tmp_path, samples):
    sas, ana, bo = team
    schedule_call(ana.db, ana.customer(EMAIL), datetime.now(timezone.utc) + timedelta(days=1))
    ana.sync()
    bo.sync()
    ana_call = ana.db.execute("SELECT id FROM appointments").fetchone()[0]
    bo_call = bo.db.execute("SELECT id FROM appointments").fetchone()[0]
    set_call_done(ana.db, ana_call, True)
    set_call_done(bo.db, bo_call, True)
    set_call_done(bo.db, bo_call, False)            # later: not done
    ana.sync()
    got = bo.sync()
    ana.sync()
    assert _call(ana)[0] is None and _call(bo)[0] is None
    # Bo's later "not done" stays, and Bo is told that Ana's mark lost.
    assert [(c["yours"], c["theirs"][:8], c["by"], c["kept"]) for c in got.conflicts] == [
        ("done: –", "done: 20", "Ana", "yours")]
    # A desk that reads Bo's events before Ana's (the call after its mark) ends the same.
    cy = make_desk(tmp_path, "Cy", [samples / AZ])
    join(cy, sas)
    set_call_done(ana.db, ana_call, True, at=datetime(2026, 12, 6, 11, 0, tzinfo=timezone.utc))
    ana.sync()
    local = team_desk.LocalDesk(cy.db, state.membership(cy.db))
    local.apply([e for e in _events(cy, ana) if e.kind == "call-done"], {})
    local.apply(_events(cy, bo), {})
    local.apply(_events(cy, ana), {})
    assert _call(cy)[0] == "2026-12-06T11:00:00Z"
    bo.sync()
    assert _call(bo)[0] == "2026-12-06T11:00:00Z" and _call(cy)[2:] == _call(bo)[2:]
    cy.close()


def test_a_deleted_planned_call_and_a_deleted_note_go_from_every_desk(team):
    _, ana, bo = team
    call = schedule_call(ana.db, ana.customer(EMAIL), datetime.now(timezone.utc) + timedelta(days=1))
    note = add_note(ana.db, ana.customer(EMAIL), "Wants the price list")
    ana.sync()
    bo.sync()
    assert bo.db.execute("SELECT count(*) FROM appointments").fetchone()[0] == 1
    assert bo.db.execute("SELECT by_name FROM notes").fetchall() == [("Ana",)]
    delete_call(ana.db, call)
    delete_note(ana.db, note)
    assert ana.sync().pushed == 2
    assert bo.sync().pulled == 2
    assert bo.db.execute("SELECT count(*) FROM appointments").fetchone()[0] == 0
    assert bo.db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    assert _call(ana) is None and bo.db.execute("SELECT next_due_kind FROM customers WHERE key = ?",
                                                ("e:" + EMAIL,)).fetchone()[0] != "call"
