"""Mine and Unclaimed follow a claim, a release and a hand-over at once (the list under a filter by owner is read
again); so does a list filtered by owner after Assign owner, its undo and its redo. Elsewhere a row stays where
it is."""

from __future__ import annotations

from dataclasses import replace

from leadinbox.store.team import state
from tests.ui.team.helpers import _synced


def _listed(window) -> set[int]:
    model = window.model
    return {(model.customer_at(model.index(r, 0)) or {}).get("id") for r in range(model.rowCount())} - {None}


def _filter_owner(qtbot, window, owner: str) -> None:
    window.views.select("all")
    window.filters.set_query(replace(window.filters.query(), owner=owner))
    qtbot.waitUntil(lambda: window.model.query.owner == owner, timeout=5000)


def test_mine_and_unclaimed_follow_a_claim_a_release_and_a_hand_over(qtbot, team_window):
    window, ana = team_window
    team = window.team
    _synced(qtbot, window)
    customer = window.db.execute("SELECT id FROM customers WHERE email IS NOT NULL AND dnc = 0 AND open_leads > 0 "
                                 "ORDER BY email").fetchone()[0]
    _filter_owner(qtbot, window, "Bo")                 # Mine: what this desk claimed
    assert _listed(window) == set()
    assert team.change(claim=True, customer_ids=[customer])
    qtbot.waitUntil(lambda: customer in _listed(window), timeout=30000)
    assert team.job is None and _listed(window) == {customer}
    assert team.change(claim=False, customer_ids=[customer])
    qtbot.waitUntil(lambda: customer not in _listed(window), timeout=30000)
    _filter_owner(qtbot, window, "")                   # Unclaimed: what nobody works
    assert customer in _listed(window)
    assert team.change(claim=True, customer_ids=[customer])
    qtbot.waitUntil(lambda: customer not in _listed(window), timeout=30000)
    _filter_owner(qtbot, window, "Bo")
    assert _listed(window) == {customer}
    assert team.change(claim=False, hand_to=(state.membership(ana.db).desk, "Ana"), customer_ids=[customer])
    qtbot.waitUntil(lambda: customer not in _listed(window), timeout=30000)


def test_a_list_filtered_by_owner_follows_assign_owner_its_undo_and_redo(qtbot, window, monkeypatch):
    from leadinbox.store.importing.entry import import_path
    from leadinbox.ui.followup import owner_dialog
    from leadinbox.ui.importing.controller import SAMPLES
    import_path(window.db, SAMPLES / "azure-table-marketplaceleads.csv")
    window.refresh()
    customer = window.db.execute("SELECT id FROM customers WHERE dnc = 0 AND open_leads > 0 ORDER BY id").fetchone()[0]
    _filter_owner(qtbot, window, "")                   # alone, Mine: the leads without another owner
    assert customer in _listed(window)
    monkeypatch.setattr(owner_dialog.AssignOwnerDialog, "owner", lambda self: "Dana")
    actions = window.followup.actions
    actions.run = lambda dialog: owner_dialog.QDialog.DialogCode.Accepted
    assert actions.assign_owner(customer)
    assert customer not in _listed(window)
    window.followup.undo_stack.undo()
    assert customer in _listed(window)
    window.followup.undo_stack.redo()
    assert customer not in _listed(window)
    # Under Anyone's the row stays where it is: who works them changed, not whether they are listed.
    _filter_owner(qtbot, window, None)
    window.followup.undo_stack.undo()
    assert customer in _listed(window)
