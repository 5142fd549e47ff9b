"""Two and three desks (separate data folders and databases) on one team table in a real Azurite."""

from __future__ import annotations

import json
import threading

import pytest

from leadinbox.store.safety.erase import erase_email
from leadinbox.store.importing.entry import import_path
from leadinbox.store.team import desk as team_desk, outbox, state
from leadinbox.store.work.attempts import log_attempt, set_status, undo_attempt
from leadinbox.store.work.worklog import add_note
from leadinbox.team import protocol
from leadinbox.team.table import AzureTeamTable, Unreachable
from leadinbox.sources.azure_connection import AzureTableConnection
from tests.team.helpers import join, make_desk, new_team

PC = "partner-center-leads-export.csv"
AZ = "azure-table-marketplaceleads.csv"


@pytest.fixture
def team(azurite, tmp_path, samples):
    """Ana imported Partner Center's export, Bo pulled the same leads as the Azure Table's CSV."""
    _, sas = new_team(azurite)
    ana = make_desk(tmp_path, "Ana", [samples / PC])
    bo = make_desk(tmp_path, "Bo", [samples / AZ])
    join(ana, sas)
    join(bo, sas)
    yield sas, ana, bo
    ana.close()
    bo.close()


def _first_shared(ana, bo) -> str:
    emails = {r[0] for r in ana.db.execute("SELECT email FROM customers WHERE email IS NOT NULL AND dnc = 0")}
    shared = sorted(e for (e,) in bo.db.execute("SELECT email FROM customers") if e in emails)
    return shared[0]


def _snapshot(d) -> dict:
    tables = ("leads", "customers", "attempts", "attempt_leads", "notes", "status_changes", "team_status",
              "team_claims", "appointments")
    return {t: d.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def test_a_desk_name_is_unique_in_the_team(team, tmp_path):
    sas, ana, bo = team
    again = make_desk(tmp_path, "ana")
    with pytest.raises(protocol.NameTaken):
        join(again, sas)
    assert state.membership(again.db) is None
    assert state.membership(ana.db).salt == state.membership(bo.db).salt       # one salt for the team
    again.close()


def test_fifty_simultaneous_claims_of_one_customer_end_with_exactly_one_owner(team, azurite):
    sas, ana, _ = team
    ck = "c" * 64
    barrier = threading.Barrier(50)
    won, lost = [], []

    def claim(i: int) -> None:
        table = AzureTeamTable(AzureTableConnection.from_sas_url(sas))
        barrier.wait()
        try:
            won.append(protocol.set_owner(table, ck, by=f"desk{i}", to=f"desk{i}", to_name=f"Desk {i}"))
        except protocol.Taken as exc:
            lost.append(exc.claim)
        finally:
            table.close()

    threads = [threading.Thread(target=claim, args=(i,)) for i in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(won) == 1 and len(lost) == 49
    assert {c.owner for c in lost} == {won[0].owner}          # every loser is told who won
    table = AzureTeamTable(AzureTableConnection.from_sas_url(sas))
    assert protocol.current(table, ck).owner == won[0].owner
    table.close()


def test_a_claim_is_refused_with_who_holds_it_and_every_desk_learns_the_owner(team):
    _, ana, bo = team
    email = _first_shared(ana, bo)
    got = ana.claim(ana.customer(email))
    assert got.owner == "Ana"
    with pytest.raises(protocol.Taken) as taken:
        bo.claim(bo.customer(email))
    assert taken.value.claim.owner == "Ana" and taken.value.claim.at == got.at
    ana.sync()
    bo.sync()
    assert bo.db.execute("SELECT owner FROM customers WHERE id = ?", (bo.customer(email),)).fetchone()[0] == "Ana"
    with pytest.raises(protocol.NotYours):
        bo.claim(bo.customer(email), claim=False)
    ana.claim(ana.customer(email), claim=False)
    assert bo.claim(bo.customer(email)).owner == "Bo"
    ana.sync()
    bo.sync()
    ana.sync()
    assert ana.db.execute("SELECT owner FROM customers WHERE id = ?", (ana.customer(email),)).fetchone()[0] == "Bo"
    assert {r[0] for r in ana.db.execute("SELECT owner FROM leads WHERE customer_id = ?",
                                         (ana.customer(email),))} == {"Bo"}


def test_work_travels_attributed_and_events_replayed_twice_change_nothing(team):
    _, ana, bo = team
    email = _first_shared(ana, bo)
    customer = ana.customer(email)
    log_attempt(ana.db, customer, "email", "no_answer", note="Sent the price list")
    add_note(ana.db, customer, "Prefers calls after 3 pm")
    assert outbox.unsent(ana.db) == 2
    assert ana.sync().pushed == 2
    got = bo.sync()
    assert got.pulled == 2 and got.conflicts == []
    mine = bo.customer(email)
    attempts = bo.db.execute("SELECT by_name, note FROM attempts WHERE customer_id = ?", (mine,)).fetchall()
    assert attempts == [("Ana", "Sent the price list")]
    assert bo.db.execute("SELECT attempt_count, status FROM customers WHERE id = ?", (mine,)).fetchone() == \
        (1, "contacted")
    assert bo.db.execute("SELECT text, by_name FROM notes WHERE customer_id = ?", (mine,)).fetchall() == \
        [("Prefers calls after 3 pm", "Ana")]
    before = _snapshot(bo)
    # Replayed: read from the start again (the cursors forgotten), and the same chunk applied twice.
    bo.db.execute("DELETE FROM team_cursors")
    assert bo.sync().pulled == 2
    member = state.membership(bo.db)
    from leadinbox.team.sync import pull_partition
    from leadinbox.team.events import Event
    table = team_desk.open_table(member, bo.credentials)
    again = [Event.from_entity(e) for e in pull_partition(table, state.membership(ana.db).desk, 0)]
    table.close()
    local = team_desk.LocalDesk(bo.db, member)
    local.apply(again, {})
    local.apply(again, {})
    assert _snapshot(bo) == before


def test_an_undone_attempt_is_undone_on_every_desk(team):
    _, ana, bo = team
    email = _first_shared(ana, bo)
    logged = log_attempt(ana.db, ana.customer(email), "call", "no_answer")
    ana.sync()
    bo.sync()
    assert bo.db.execute("SELECT attempt_count FROM customers WHERE id = ?", (bo.customer(email),)).fetchone()[0] == 1
    undo_attempt(ana.db, logged.attempt_id)
    ana.sync()
    bo.sync()
    row = bo.db.execute("SELECT attempt_count, status FROM customers WHERE id = ?", (bo.customer(email),)).fetchone()
    assert row == (0, "new")


def test_attempts_add_up_and_the_first_response_clock_stops_for_everyone(team):
    _, ana, bo = team
    email = _first_shared(ana, bo)
    log_attempt(ana.db, ana.customer(email), "email", "no_answer")
    log_attempt(bo.db, bo.customer(email), "call", "no_answer")
    for d in (ana, bo, ana):
        d.sync()
    for d in (ana, bo):
        row = d.db.execute("""SELECT attempt_count, (SELECT count(*) FROM leads WHERE customer_id = c.id
                              AND first_response_at IS NULL AND status = 'new') FROM customers AS c WHERE id = ?""",
                           (d.customer(email),)).fetchone()
        assert row == (2, 0)


def test_conflicting_status_changes_resolve_by_the_later_clock_on_every_desk(team):
    _, ana, bo = team
    email = _first_shared(ana, bo)
    lead_a = ana.db.execute("SELECT id FROM leads WHERE customer_id = ? ORDER BY id", (ana.customer(email),)).fetchone()[0]
    lk = state.lead_keys(ana.db, state.membership(ana.db).salt, [lead_a])[lead_a]
    state.refresh_keys(bo.db, state.membership(bo.db).salt)
    lead_b = state.lead_of(bo.db, lk)
    assert lead_b is not None                       # the same lead, keyed alike on both desks
    set_status(ana.db, [lead_a], "won")
    set_status(bo.db, [lead_b], "lost")              # later: Bo's change wins
    ana_first = ana.sync()
    bo_sync = bo.sync()
    ana_then = ana.sync()
    assert ana.db.execute("SELECT status FROM leads WHERE id = ?", (lead_a,)).fetchone()[0] == "lost"
    assert bo.db.execute("SELECT status FROM leads WHERE id = ?", (lead_b,)).fetchone()[0] == "lost"
    assert ana_first.conflicts == []
    assert [(c["yours"], c["theirs"], c["by"], c["kept"]) for c in bo_sync.conflicts] == [("lost", "won", "Ana", "yours")]
    assert [(c["yours"], c["theirs"], c["by"], c["kept"]) for c in ana_then.conflicts] == [("won", "lost", "Bo", "theirs")]
    # A desk whose clock runs ahead made the later change by the team's clock, whatever the wall says.
    ana.db.execute("UPDATE settings SET value = ? WHERE key = 'team_clock'", (json.dumps(10**14),))
    set_status(ana.db, [lead_a], "won")
    set_status(bo.db, [lead_b], "nurturing")
    for d in (bo, ana, bo):
        d.sync()
    assert ana.db.execute("SELECT status FROM leads WHERE id = ?", (lead_a,)).fetchone()[0] == "won"
    assert bo.db.execute("SELECT status FROM leads WHERE id = ?", (lead_b,)).fetchone()[0] == "won"


def test_an_erase_reaches_every_desk_and_keeps_them_out_of_later_imports(azurite, tmp_path, samples):
    _, sas = new_team(azurite)
    desks = [make_desk(tmp_path, n, [samples / AZ]) for n in ("Ana", "Bo", "Cy")]
    for d in desks:
        join(d, sas)
    ana, bo, cy = desks
    email = _first_shared(ana, bo)
    add_note(bo.db, bo.customer(email), "Met at the trade fair, wants a demo")
    bo.sync()
    ana.sync()
    erase_email(ana.db, email, backups=ana.folder / "backups")
    for d in (ana, bo, cy):
        d.sync()
    for d in desks:
        assert d.db.execute("SELECT count(*) FROM customers WHERE key = ?", ("e:" + email,)).fetchone()[0] == 0
        again = import_path(d.db, samples / AZ)
        assert again.suppressed_rows >= 1 and again.new_leads == 0
        assert "trade fair" not in json.dumps(d.db.execute("SELECT body FROM team_events").fetchall())
    table = team_desk.open_table(state.membership(ana.db), ana.credentials)
    bodies = [e["body"] for e in table.query("PartitionKey ge 'e-' and PartitionKey lt 'e.'")]
    table.close()
    assert not any("trade fair" in b for b in bodies)          # their words are gone from the team table too
    for d in desks:
        d.close()


def test_a_desk_offline_for_a_while_queues_its_work_and_catches_up(azurite, tmp_path, samples):
    _, sas = new_team(azurite)
    ana, bo = (make_desk(tmp_path, n, [samples / AZ]) for n in ("Ana", "Bo"))
    join(ana, sas)
    join(bo, sas)
    online = state.membership(bo.db)
    offline = state.Membership(**{**online.as_dict(),
                                  "connection": {**online.connection, "endpoint": "http://127.0.0.1:9/devstoreaccount1"}})
    state.save_membership(bo.db, offline)
    customers = [r[0] for r in bo.db.execute("SELECT id FROM customers WHERE dnc = 0 AND open_leads > 0 ORDER BY id LIMIT 3")]
    for c in customers:
        log_attempt(bo.db, c, "email", "no_answer")
    with pytest.raises(Unreachable):
        bo.sync()
    assert outbox.unsent(bo.db) == 3 and state.last_sync(bo.db)["error"]
    assert team_desk.status(bo.db)["unsent"] == 3
    for c in [r[0] for r in ana.db.execute("SELECT id FROM customers WHERE dnc = 0 AND open_leads > 0 ORDER BY id DESC LIMIT 4")]:
        log_attempt(ana.db, c, "call", "no_answer")
    ana.sync()
    state.save_membership(bo.db, online)
    back = bo.sync()
    assert (back.pushed, back.pulled) == (3, 4) and outbox.unsent(bo.db) == 0
    ana.sync()
    # A desk that joins late catches up completely.
    cy = make_desk(tmp_path, "Cy", [samples / AZ])
    join(cy, sas)
    assert cy.sync().pulled == 7
    count = "SELECT sum(attempt_count) FROM customers"
    assert ana.db.execute(count).fetchone()[0] == bo.db.execute(count).fetchone()[0] == \
        cy.db.execute(count).fetchone()[0] == 7
    for d in (ana, bo, cy):
        d.close()


def test_events_about_a_lead_this_desk_does_not_have_yet_wait_for_it(azurite, tmp_path, samples):
    _, sas = new_team(azurite)
    ana = make_desk(tmp_path, "Ana", [samples / PC])
    bo = make_desk(tmp_path, "Bo")
    join(ana, sas)
    join(bo, sas)
    email = ana.db.execute("SELECT email FROM customers WHERE dnc = 0 AND email IS NOT NULL ORDER BY id").fetchone()[0]
    log_attempt(ana.db, ana.customer(email), "email", "no_answer")
    ana.claim(ana.customer(email))
    ana.sync()
    assert bo.sync().pulled == 2
    import_path(bo.db, samples / AZ)               # the same leads, pulled from the marketplace's table
    bo.sync()
    row = bo.db.execute("SELECT attempt_count, owner FROM customers WHERE id = ?", (bo.customer(email),)).fetchone()
    assert row == (1, "Ana")
    ana.close()
    bo.close()


def test_a_desk_restored_from_an_older_backup_takes_back_what_it_had_sent_and_numbers_on_after_it(team, tmp_path):
    import sqlite3
    from leadinbox.store.db import open_database
    _, ana, bo = team
    customers = [r[0] for r in ana.db.execute("SELECT id FROM customers WHERE dnc = 0 AND open_leads > 0 ORDER BY id")]
    log_attempt(ana.db, customers[0], "email", "no_answer")
    ana.sync()
    copy = tmp_path / "older.sqlite"
    target = sqlite3.connect(copy)
    ana.db.conn.backup(target)
    target.close()
    log_attempt(ana.db, customers[1], "email", "no_answer")
    ana.sync()
    ana.db.close()
    ana.db = open_database(copy)                     # the older copy: it never sent (nor knows) the second attempt
    log_attempt(ana.db, customers[2], "call", "no_answer")
    got = ana.sync()
    assert (got.pushed, got.pulled) == (1, 0)
    assert ana.db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 3
    bo.sync()
    assert bo.db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 3


def test_statuses_an_attempt_moved_belong_to_it_on_the_other_desk_too(team):
    _, ana, bo = team
    email = _first_shared(ana, bo)
    log_attempt(ana.db, ana.customer(email), "call", "replied")
    ana.sync()
    bo.sync()
    rows = bo.db.execute("""SELECT s.to_status, s.reason, s.attempt_id IS NOT NULL FROM status_changes AS s
                            JOIN leads AS l ON l.id = s.lead_id WHERE l.customer_id = ?""",
                         (bo.customer(email),)).fetchall()
    assert rows and all(attached for _, _, attached in rows) and {r[1] for r in rows} == {"attempt: replied"}
