"""The team in the window, against a real Azurite: Settings › Team joins (each refusal in plain words) and
leaves, the window syncs in the background (periodically and soon after a shared change, back-off when the
storage is gone, the status bar's line), and claims, releases and hand-overs are checked with the team table
at once."""

from __future__ import annotations

import re

from leadinbox.core.changes import Changes
from leadinbox.store.team import desk as team_desk, outbox, state
from leadinbox.store.work.worklog import add_note
from leadinbox.ui.team.settings_page import TeamPage
from tests.team.helpers import join, make_desk, new_team, team_sas
from tests.ui.team.helpers import _customer, _same, _synced


def test_the_page_joins_after_trying_and_names_each_refusal(qtbot, window, azurite, tmp_path, samples):
    page = TeamPage(window.db, window.jobs, window.team.syncer)
    qtbot.addWidget(page)
    page.load()
    assert not page.nothing.isHidden() and page.joined_box.isHidden()
    assert window.team.status.isHidden() and not window.team.syncer.timer.isActive()   # off a team: nothing
    table, sas = new_team(azurite)
    ana = make_desk(tmp_path, "Ana")
    join(ana, sas)

    def tried(secret: str, name: str) -> str:
        page.secret.setText(secret)
        page.name.setText(name)
        page.join_button.click()
        qtbot.waitUntil(lambda: not page.busy, timeout=30000)
        return page.result.text()

    wrong_key = re.sub(r"sig=[^&]+", "sig=AAAA", sas)
    assert tried(wrong_key, "Bo").startswith("Not joined: the storage account refused the key or token")
    assert tried(team_sas(azurite, "NoTeamHere"), "Bo").startswith(
        "Not joined: there is no table “NoTeamHere”")
    assert tried(sas.replace(f":{azurite.port}/", ":9/"), "Bo").startswith("Not joined: the storage at")
    assert "cannot be reached" in page.result.text()
    assert tried(sas, "ana") == "Not joined: another desk of this team is already called “ana”; pick another name."
    assert state.membership(window.db) is None
    assert tried(sas, "Bo").startswith("Joined as “Bo”")
    assert page.secret.text() == ""
    qtbot.waitUntil(lambda: window.team.status.text().startswith("Team synced"), timeout=30000)
    assert page.desk_label.text() == "Bo" and page.table_label.text().endswith(f"/{table}")
    assert page.key_label.text() == "a file only you can read (not the database)"
    assert page.unsent_label.text() == "nothing: every change was sent"
    assert page.join_box.isHidden()                       # one team at a time: leave first
    assert page.desks_label.text() == "Ana, Bo"           # the table's desks, as the sync read them
    secret = sas.split("sig=")[1][:12]
    assert not any(secret in str(v) for (v,) in window.db.execute("SELECT value FROM settings"))
    # Leave: asked first; everything stays, the key goes, no more syncing.
    asked = []
    page.confirm = lambda name: asked.append(name) or True
    page.leave_button.click()
    assert asked == ["Bo"] and state.membership(window.db) is None
    assert page.result.text() == "Left the team. Everything stays on this desk."
    assert window.team.status.isHidden() and not window.team.syncer.timer.isActive()
    assert not page.join_box.isHidden() and page.joined_box.isHidden()
    ana.close()


def test_the_window_syncs_soon_after_a_shared_change_and_applies_the_others(qtbot, team_window):
    window, ana = team_window
    syncer = window.team.syncer
    assert syncer.timer.isActive()                    # the first sync is planned when the window opens
    _synced(qtbot, window)
    assert window.team.status.text().startswith("Team synced ")
    customer = _customer(window.db)
    add_note(window.db, customer, "Called, back on Monday")
    with qtbot.waitSignal(syncer.ran, timeout=30000):   # the change, told on the hub, is sent soon
        window.changes.emit(Changes.of(customers=[customer]))
        assert window.team.status.text() == "Team: 1 change not sent yet"
    assert outbox.unsent(window.db) == 0 and window.team.status.text().startswith("Team synced ")
    ana.sync()
    assert ana.db.execute("SELECT by_name FROM notes WHERE text = 'Called, back on Monday'").fetchone() == ("Bo",)
    # Ana's note comes in: the hub tells every view.
    add_note(ana.db, _same(window, ana, customer), "Sent the quote")
    ana.sync()
    with qtbot.waitSignal(window.changes.changed, timeout=30000) as told:
        assert syncer.sync_now()
    assert told.args[0].everything and not told.args[0].breaks_undo
    assert window.db.execute("SELECT by_name FROM notes WHERE text = 'Sent the quote'").fetchone() == ("Ana",)


def test_an_unreachable_team_backs_off_and_says_so_without_a_dialog(qtbot, team_window, azurite):
    window, _ = team_window
    syncer = window.team.syncer
    member = state.membership(window.db)
    gone = {**member.connection, "endpoint": member.connection["endpoint"].replace(f":{azurite.port}/", ":9/")}
    state.save_membership(window.db, state.Membership(**{**member.as_dict(), "connection": gone}))
    add_note(window.db, _customer(window.db), "Offline note")
    with qtbot.waitSignal(syncer.ran, timeout=30000) as ran:
        assert syncer.sync_now()
    assert ran.args == [False] and syncer.failures == 1
    assert re.fullmatch(r"Team: 1 change not sent yet · team storage not reachable since \d+:\d\d\s[AP]M",
                        window.team.status.text())
    assert syncer.timer.interval() == 60_000       # tried again after a minute, then 2, 4, … (back-off)
    with qtbot.waitSignal(syncer.ran, timeout=30000):
        assert syncer.sync_now()
    assert syncer.failures == 2 and syncer.timer.interval() == 120_000
    # A claim needs the table at that moment: nothing changes here, and the status bar says why.
    customer = _customer(window.db)
    assert window.team.change(claim=True, customer_ids=[customer])
    qtbot.waitUntil(lambda: window.team.job is None, timeout=30000)
    assert window.status.text().startswith("Nothing changed: the team's storage cannot be used (the storage at")
    assert window.db.execute("SELECT owner FROM customers WHERE id = ?", (customer,)).fetchone() == (None,)


def test_claims_are_asked_of_the_team_at_once_and_a_taken_customer_is_left_alone(qtbot, team_window):
    window, ana = team_window
    team = window.team
    _synced(qtbot, window)
    first, second = [r[0] for r in window.db.execute(
        "SELECT id FROM customers WHERE email IS NOT NULL AND dnc = 0 ORDER BY email LIMIT 2")]
    ana.claim(_same(window, ana, first))
    # The detail pane's button and the Lead menu, on the customer shown.
    window.detail.show_customer(first)
    assert team.menu.menuAction().isVisible() and window.detail.claim_button.text() == "Claim"
    with qtbot.waitSignal(window.jobs.finished, timeout=30000):
        window.detail.claim_button.click()
    qtbot.waitUntil(lambda: team.job is None, timeout=30000)
    assert re.fullmatch(r"Ana took this customer at \d+:\d\d\s[AP]M", window.status.text())
    assert window.db.execute("SELECT owner FROM customers WHERE id = ?", (first,)).fetchone() == (None,)
    # Two at once: one taken, one claimed.
    assert team.change(claim=True, customer_ids=[first, second])
    qtbot.waitUntil(lambda: team.job is None, timeout=30000)
    assert window.status.text().startswith("You work 1 customer now; Ana took this customer at ")
    assert window.db.execute("SELECT owner FROM customers WHERE id = ?", (second,)).fetchone() == ("Bo",)
    window.detail.show_customer(second)
    assert window.detail.claim_button.text() == "Release"
    # Handed to Ana, whom this desk knows from the team's events.
    assert team_desk.other_desks(window.db) == {state.membership(ana.db).desk: "Ana"}
    assert team.change(claim=False, hand_to=(state.membership(ana.db).desk, "Ana"), customer_ids=[second])
    qtbot.waitUntil(lambda: team.job is None, timeout=30000)
    assert window.status.text() == "1 customer handed to Ana"
    assert window.db.execute("SELECT owner FROM customers WHERE id = ?", (second,)).fetchone() == ("Ana",)
    # The hand-over's event goes out soon by itself (the claim was asked of the table at once).
    qtbot.waitUntil(lambda: outbox.unsent(window.db) == 0 and not team.syncer.busy, timeout=30000)
    ana.sync()
    assert ana.db.execute("SELECT owner FROM customers WHERE id = ?",
                          (_same(window, ana, second),)).fetchone() == ("Ana",)
    # Releasing what another desk holds changes nothing.
    assert team.change(claim=False, customer_ids=[first])
    qtbot.waitUntil(lambda: team.job is None, timeout=30000)
    assert window.status.text() == "Ana works this customer, not you"


def test_off_a_team_the_team_entries_are_hidden(window):
    assert not window.team.menu.menuAction().isVisible()
    assert window.detail.claim_button.isHidden()
    assert not window.team.change(claim=True, customer_ids=[1])


def test_backups_and_privacy_says_what_is_connected(qtbot, team_window):
    from leadinbox.ui.safety.privacy_page import PrivacyPage
    window, _ = team_window
    page = PrivacyPage(window.db, window.db_path)
    qtbot.addWidget(page)
    member = state.membership(window.db)
    text = page.network.text()
    assert "opens no network connection" not in text
    assert f"sends and fetches the team's work through {member.connection['endpoint']}/" in text
    state.leave(window.db)
    page.load()
    assert "LeadInbox opens no network connection" in page.network.text()


def _rows(window) -> list[int]:
    from leadinbox.ui.inbox.columns import CUSTOMER_ID_ROLE
    return [window.model.index(r, 0).data(CUSTOMER_ID_ROLE) for r in range(window.model.rowCount())]


def test_the_lead_menu_claims_the_selection_and_hands_it_on_through_a_choice_of_desks(qtbot, team_window,
                                                                                      monkeypatch):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QInputDialog
    window, ana = team_window
    team = window.team
    _synced(qtbot, window)                             # Ana's desk row is known from the table
    window.views.select("all")
    qtbot.waitUntil(lambda: window.model.rowCount() > 2, timeout=5000)
    ids = _rows(window)[:2]
    window.tree.setCurrentIndex(window.model.index(0, 0))
    window.tree.selectionModel().select(window.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
                                        | QItemSelectionModel.SelectionFlag.Rows)
    assert team.targets() == ids and team.claim_action.isEnabled()
    assert team.claim_action.shortcut().toString() == "M"
    team.claim_action.trigger()
    qtbot.waitUntil(lambda: team.job is None, timeout=30000)
    assert window.status.text() == "You work 2 customers now"
    assert {window.db.execute("SELECT owner FROM customers WHERE id = ?", (i,)).fetchone()[0] for i in ids} == {"Bo"}
    asked = []
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
        lambda parent, title, label, items, *rest: asked.append(items) or ("Ana", True)))
    team.hand_action.trigger()
    qtbot.waitUntil(lambda: team.job is None, timeout=30000)
    assert asked == [["Ana"]] and window.status.text() == "2 customers handed to Ana"
    team.release_action.trigger()                      # no longer this desk's: refused, each said once
    qtbot.waitUntil(lambda: team.job is None, timeout=30000)
    assert window.status.text() == "Ana works this customer, not you; 1 more not changed"


def test_f5_syncs_with_the_team_too(qtbot, team_window):
    window, _ = team_window
    with qtbot.waitSignal(window.team.syncer.ran, timeout=30000):
        window.f5.trigger()
    assert window.team.status.text().startswith("Team synced ")


def test_a_change_that_lost_is_said_in_the_status_bar(qtbot, team_window):
    from leadinbox.store.people.edits import edit_contact
    window, ana = team_window
    _synced(qtbot, window)
    customer = _customer(window.db)
    edit_contact(window.db, customer, {"phone": "+31 6 1111 1111"})
    state.observe_clock(ana.db, state.next_clock(window.db) + 60_000)
    edit_contact(ana.db, _same(window, ana, customer), {"phone": "+31 6 2222 2222"})
    ana.sync()
    _synced(qtbot, window)
    assert window.status.text() == "Team: 1 change made at the same time on two desks; the later was kept (Ana's)"
    assert window.db.execute("SELECT phone FROM customers WHERE id = ?", (customer,)).fetchone() == ("+31 6 2222 2222",)


def test_how_often_to_sync_is_a_setting_of_the_page(qtbot, team_window):
    window, _ = team_window
    page = TeamPage(window.db, window.jobs, window.team.syncer)
    qtbot.addWidget(page)
    page.load()
    assert page.minutes.value() == 2
    page.minutes.setValue(10)
    assert page.save() and state.sync_minutes(window.db) == 10
    _synced(qtbot, window)
    assert window.team.syncer.timer.interval() == 10 * 60_000
