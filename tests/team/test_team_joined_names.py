"""A customer known only by name on one desk and joined to the customer with an email on another (issue 15's name
join): what the first desk does, keyed by the name, still finds them on the second; and an undone join gives
it back to the name-only customer. Two desks on one Azurite."""

from __future__ import annotations

import pytest

from leadinbox.store.batches import undo_batch
from leadinbox.store.team import state
from leadinbox.store.work.attempts import log_attempt, set_status
from leadinbox.store.work.worklog import add_note
from tests.team.helpers import join, make_desk, new_team

HEADER = ("Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Customer phone,Job title,Country,"
          "Offer name,Offer ID,Lead source,Call to action,Lead type,Status,Notes,Email validity,Phone validity\n")
NAME_ONLY = ("mei-0001,2026-11-02T09:00:00Z,Mei Lin,Northwind B.V.,,,,NL,Lead Router SaaS,,AppSource,Contact me,"
             "Offer,New,Call me,,\n")
WITH_EMAIL = ("mei-0002,2026-11-20T09:00:00Z,Mei Lin,Northwind BV,mei.lin@northwind.example,,,NL,Secure Gateway,,"
              "AppSource,Free trial,Offer,New,,Valid,\n")


@pytest.fixture
def files(tmp_path):
    name_only, with_email = tmp_path / "name-only.csv", tmp_path / "with-email.csv"
    name_only.write_text(HEADER + NAME_ONLY, encoding="utf-8")
    with_email.write_text(HEADER + WITH_EMAIL, encoding="utf-8")
    return name_only, with_email


@pytest.fixture
def desks(azurite, tmp_path, files):
    """Ana has both files (the name-only customer joined to the one with the email before she joined the
    team); Bo has only the name."""
    _, sas = new_team(azurite)
    ana = make_desk(tmp_path, "Ana", list(files))
    bo = make_desk(tmp_path, "Bo", [files[0]])
    join(ana, sas)
    join(bo, sas)
    yield ana, bo
    ana.close()
    bo.close()


def _customer(d, key: str) -> int:
    return d.db.execute("SELECT id FROM customers WHERE key = ?", (key,)).fetchone()[0]


def test_work_keyed_by_the_name_finds_the_customer_it_was_joined_to(desks):
    ana, bo = desks
    joined = _customer(ana, "e:mei.lin@northwind.example")
    assert ana.db.execute("SELECT count(*) FROM customers WHERE key LIKE 'n:%'").fetchone()[0] == 0
    assert ana.db.execute("SELECT count(*) FROM leads WHERE customer_id = ?", (joined,)).fetchone()[0] == 2
    mei = bo.db.execute("SELECT id FROM customers WHERE key LIKE 'n:%'").fetchone()[0]
    lead = bo.db.execute("SELECT id FROM leads WHERE customer_id = ?", (mei,)).fetchone()[0]
    log_attempt(bo.db, mei, "call", "voicemail")
    add_note(bo.db, mei, "Back from leave on the 3rd")
    set_status(bo.db, [lead], "nurturing")
    bo.claim(mei)
    bo.sync()
    got = ana.sync()
    assert got.pulled == 4
    assert ana.db.execute("SELECT count(*) FROM team_events WHERE applied = 0").fetchone()[0] == 0
    assert ana.db.execute("SELECT by_name FROM attempts WHERE customer_id = ?", (joined,)).fetchall() == [("Bo",)]
    assert ana.db.execute("SELECT text, by_name FROM notes WHERE customer_id = ?", (joined,)).fetchall() == \
        [("Back from leave on the 3rd", "Bo")]
    # The lead Bo moved is the name-only row's, keyed by that row on both desks (not by the email Ana joined).
    statuses = dict(ana.db.execute("SELECT external_id, status FROM leads WHERE customer_id = ?", (joined,)))
    assert statuses == {"mei-0001": "nurturing", "mei-0002": "new"}
    assert ana.db.execute("SELECT owner FROM customers WHERE id = ?", (joined,)).fetchone() == ("Bo",)


def test_an_undone_join_gives_the_name_key_back_to_the_name_only_customer(desks, files):
    ana, bo = desks
    batch = ana.db.execute("SELECT id FROM batches WHERE file_name = ?", (files[1].name,)).fetchone()[0]
    undo_batch(ana.db, batch)
    mei = bo.db.execute("SELECT id FROM customers WHERE key LIKE 'n:%'").fetchone()[0]
    add_note(bo.db, mei, "Prefers email")
    bo.sync()
    ana.sync()
    alone = ana.db.execute("SELECT id FROM customers WHERE key LIKE 'n:%'").fetchone()[0]
    assert ana.db.execute("SELECT text FROM notes WHERE customer_id = ?", (alone,)).fetchall() == [("Prefers email",)]
    assert ana.db.execute("SELECT count(*) FROM team_alias_keys").fetchone()[0] == 0
    assert state.customer_of(ana.db, state.customer_key(ana.db, state.membership(ana.db).salt, alone)) == alone
