"""On a team the inbox shows Mine (what this desk claimed), Unclaimed and Anyone's, and the timeline names who
did what."""

from __future__ import annotations

from leadinbox.core.query import InboxQuery
from leadinbox.store import inbox
from leadinbox.store.importing.entry import import_path
from leadinbox.store.team import state
from leadinbox.ui.inbox.filter_bar import FilterBar
from leadinbox.ui.inbox.timeline_html import timeline_html


def _items(combo) -> list[tuple[str, object]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_alone_mine_is_every_lead_without_another_owner(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_facets({"owners": ["Jan"], "desk": None})
    assert _items(bar.owner) == [("Anyone's", None), ("Mine", ""), ("Jan", "Jan")]


def test_on_a_team_mine_is_what_this_desk_claimed_and_unclaimed_what_nobody_has(qtbot, db, samples):
    import_path(db, samples / "azure-table-marketplaceleads.csv")
    ids = [r[0] for r in db.execute("SELECT id FROM customers ORDER BY id LIMIT 3")]
    db.execute("UPDATE leads SET owner = 'Ana' WHERE customer_id = ?", (ids[0],))
    db.execute("UPDATE leads SET owner = 'Bo' WHERE customer_id = ?", (ids[1],))
    state.save_membership(db, state.Membership(desk="d1", name="Ana", salt="s", connection={}, credential="team-x",
                                               joined_at="2026-12-06T00:00:00Z"))
    facets = inbox.facets(db)
    assert facets["desk"] == "Ana"
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_facets(facets)
    assert _items(bar.owner) == [("Anyone's", None), ("Mine", "Ana"), ("Unclaimed", ""), ("Bo", "Bo")]
    total = inbox.total_customers(db)
    with qtbot.waitSignal(bar.changed):
        bar.owner.setCurrentIndex(1)
    assert bar.query().owner == "Ana"
    counts = {owner: inbox.count_matches(db, InboxQuery(view="all", owner=owner, hide_test=False))[0]
              for owner in ("Ana", "", None)}
    assert counts == {"Ana": 1, "": total - 2, None: total}


def test_the_timeline_says_who_did_it():
    events = [{"kind": "attempt", "id": 1, "at": "2026-12-06T10:14:00Z", "channel": "email", "outcome": "no_answer",
               "note": None, "leads": 1, "by": "Ana"},
              {"kind": "note", "id": 2, "at": "2026-12-06T10:15:00Z", "text": "Call after 3", "by": "Bo"},
              {"kind": "attempt", "id": 3, "at": "2026-12-06T09:00:00Z", "channel": "call", "outcome": "no_answer",
               "note": None, "leads": 1, "by": None}]
    html = timeline_html(events)
    assert "by <b>Ana</b>" in html and "by <b>Bo</b>" in html and html.count("by <b>") == 2


def test_a_call_another_desk_marked_done_says_which():
    call = {"kind": "call", "id": 4, "at": "2026-12-07T10:00:00Z", "minutes": 30, "call_kind": "call",
            "title": "Demo", "note": None, "done_at": "2026-12-07T10:40:00Z", "by": "Ana", "done_by": "Bo"}
    html = timeline_html([call])
    assert "done by <b>Bo</b>" in html and "by <b>Ana</b>" in html
    assert "done by" not in timeline_html([{**call, "done_at": None}])
