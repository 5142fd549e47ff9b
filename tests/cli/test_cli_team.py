"""`leadinbox team join|sync|status`, `claim`, `release` and `customer --json` on two desks and one Azurite."""

from __future__ import annotations

import json

from leadinbox.cli.main import main
from leadinbox.store.db import open_database
from leadinbox.store.team import state
from tests.team.helpers import new_team


def _run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_two_desks_from_the_command_line(azurite, tmp_path, samples, capsys):
    _, sas = new_team(azurite)
    ana, bo = tmp_path / "ana" / "db.sqlite", tmp_path / "bo" / "db.sqlite"
    for db in (ana, bo):
        assert _run(capsys, "import", samples / "azure-table-marketplaceleads.csv", "--db", db)[0] == 0
    code, out, _ = _run(capsys, "team", "join", "--sas-url", sas, "--name", "Ana", "--db", ana)
    assert code == 0 and "“Ana”" in out and "sig=" not in out
    code, _, err = _run(capsys, "team", "join", "--sas-url", sas, "--name", " ana ", "--db", bo)
    assert code == 1 and "already called “ana”" in err
    assert _run(capsys, "team", "join", "--sas-url", sas, "--name", "Bo", "--db", bo)[0] == 0

    email = "lena.vogel@beispiel.de"
    with open_database(ana) as db:
        email = db.execute("SELECT email FROM customers WHERE dnc = 0 AND open_leads > 0 ORDER BY id").fetchone()[0]
    code, out, _ = _run(capsys, "claim", email, "--db", ana)
    assert code == 0 and "You (Ana) work this customer" in out
    code, out, err = _run(capsys, "claim", email, "--db", bo)
    assert code == 1 and "Ana took this customer at " in err and "UTC" in err

    from leadinbox.store.work.attempts import log_attempt
    with open_database(ana) as db:
        cid = db.execute("SELECT id FROM customers WHERE key = ?", ("e:" + email,)).fetchone()[0]
        log_attempt(db, cid, "email", "no_answer")
    code, out, _ = _run(capsys, "team", "status", "--db", ana)
    assert "Team: 2 change(s) not sent yet" in out and "Desk: Ana" in out
    code, out, _ = _run(capsys, "team", "sync", "--json", "--db", ana)
    assert code == 0 and json.loads(out) == {"pushed": 2, "pulled": 0, "conflicts": []}
    with open_database(bo) as db:
        cid = db.execute("SELECT id FROM customers WHERE key = ?", ("e:" + email,)).fetchone()[0]
        log_attempt(db, cid, "call", "no_answer")
    code, out, _ = _run(capsys, "team", "sync", "--json", "--db", bo)
    assert json.loads(out) == {"pushed": 1, "pulled": 2, "conflicts": []}
    _run(capsys, "team", "sync", "--db", ana)
    for db in (ana, bo):
        code, out, _ = _run(capsys, "customer", email, "--json", "--db", db)
        found = json.loads(out)
        assert code == 0 and found["owner"] == "Ana" and found["attempts"] == 2
        assert {e["by"] for e in found["timeline"] if e["kind"] == "attempt"} == {"Ana", "Bo"}
    code, _, err = _run(capsys, "release", email, "--db", bo)
    assert code == 1 and "Ana works this customer" in err
    code, out, _ = _run(capsys, "release", email, "--db", ana)
    assert code == 0 and "nobody works" in out
    assert _run(capsys, "customer", "nobody@example.com", "--db", ana)[0] == 1


def test_sync_says_when_the_storage_cannot_be_reached_and_exits_1(azurite, tmp_path, samples, capsys):
    _, sas = new_team(azurite)
    db_path = tmp_path / "desk" / "db.sqlite"
    _run(capsys, "import", samples / "azure-table-marketplaceleads.csv", "--db", db_path)
    assert _run(capsys, "team", "join", "--sas-url", sas, "--name", "Cy", "--db", db_path)[0] == 0
    with open_database(db_path) as db:
        m = state.membership(db)
        state.save_membership(db, state.Membership(**{**m.as_dict(), "connection": {
            **m.connection, "endpoint": "http://127.0.0.1:9/devstoreaccount1"}}))
    code, out, err = _run(capsys, "team", "sync", "--json", "--db", db_path)
    assert code == 1 and "cannot be reached" in err and out == ""
    code, out, _ = _run(capsys, "team", "status", "--db", db_path)
    assert "Last try:" in out


def test_commands_on_a_database_on_no_team_say_how_to_join(tmp_path, samples, capsys):
    db_path = tmp_path / "db.sqlite"
    _run(capsys, "import", samples / "azure-table-marketplaceleads.csv", "--db", db_path)
    code, _, err = _run(capsys, "team", "sync", "--db", db_path)
    assert code == 1 and "team join" in err
    code, out, _ = _run(capsys, "team", "status", "--db", db_path)
    assert code == 0 and "Not on a team" in out


def test_leave_keeps_everything_forgets_the_key_and_drops_unsent_changes_only_when_asked(azurite, tmp_path,
                                                                                          samples, capsys):
    from leadinbox.sources.credentials import CredentialStore
    from leadinbox.store.work.worklog import add_note
    _, sas = new_team(azurite)
    db_path = tmp_path / "desk" / "db.sqlite"
    _run(capsys, "import", samples / "azure-table-marketplaceleads.csv", "--db", db_path)
    assert _run(capsys, "team", "join", "--sas-url", sas, "--name", "Dee", "--db", db_path)[0] == 0
    with open_database(db_path) as db:
        credential, first = state.membership(db).credential, state.membership(db).desk
        customer = db.execute("SELECT id FROM customers ORDER BY id").fetchone()[0]
        add_note(db, customer, "Kept on this desk")
    assert CredentialStore().load(credential) is not None
    code, out, err = _run(capsys, "team", "leave", "--db", db_path)
    assert (code, out) == (1, "") and "1 change(s) not sent yet would be dropped" in err and "--drop-unsent" in err
    code, out, _ = _run(capsys, "team", "leave", "--drop-unsent", "--db", db_path)
    assert code == 0 and out == ("Left the team as “Dee”. Everything stays on this desk; the team's key is "
                                 "forgotten; 1 change(s) not sent were dropped.\n")
    assert CredentialStore().load(credential) is None
    with open_database(db_path) as db:
        assert state.membership(db) is None
        assert db.execute("SELECT text FROM notes").fetchall() == [("Kept on this desk",)]
    assert _run(capsys, "team", "status", "--db", db_path)[1] == "Not on a team.\n"
    assert _run(capsys, "team", "leave", "--json", "--db", db_path)[:2] == (0, '{"left": null, "dropped": 0}\n')
    # Joined again: the same desk, under its own name, reading on from where it stopped; synced, nothing to drop.
    assert _run(capsys, "team", "join", "--sas-url", sas, "--name", "Dee", "--db", db_path)[0] == 0
    with open_database(db_path) as db:
        assert state.membership(db).credential != credential       # a new key, filed anew
        again = state.membership(db)
    assert again.desk == first
    assert _run(capsys, "team", "sync", "--db", db_path)[0] == 0
    left = _run(capsys, "team", "leave", "--json", "--db", db_path)
    assert left[:2] == (0, '{"left": "Dee", "dropped": 0}\n')
    # Another database cannot take the name; this one, on another team table, is a new desk there.
    other = tmp_path / "other" / "db.sqlite"
    _run(capsys, "import", samples / "azure-table-marketplaceleads.csv", "--db", other)
    code, _, err = _run(capsys, "team", "join", "--sas-url", sas, "--name", "Dee", "--db", other)
    assert code == 1 and "already called “Dee”" in err
    _, second = new_team(azurite)
    assert _run(capsys, "team", "join", "--sas-url", second, "--name", "Dee", "--db", db_path)[0] == 0
    with open_database(db_path) as db:
        assert state.membership(db).desk != again.desk
