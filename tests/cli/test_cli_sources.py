"""`leadinbox connect azure-table`, `connections`, `disconnect` and `pull`: the documented JSON shapes and exit
codes, against Azurite."""

from __future__ import annotations

import io
import json

from leadinbox.cli.main import main
from tests.sources.helpers import lead_entity, new_table, sas_url

PULL_KEYS = {"source", "status", "error", "rows", "new_leads", "new_customers", "known_leads", "skipped_rows",
             "warnings"}


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out


def test_connect_pull_connections_disconnect(capsys, tmp_path, azurite, monkeypatch):
    db = str(tmp_path / "new" / "l.sqlite")
    table = new_table(azurite)
    table.create_entity(lead_entity(1))
    table.create_entity(lead_entity(2, action="INS"))
    url = sas_url(azurite, table.table_name)
    code, out = run(capsys, "connect", "azure-table", "--db", db, "--sas-url", url, "--json")
    connected = json.loads(out.out)
    assert code == 0 and connected["status"] == "connected" and connected["credential"] == "file"
    assert connected["source"] == f"devstoreaccount1/{table.table_name}" and "sig" not in out.out
    code, out = run(capsys, "pull", "--db", db, "--json")
    (pulled,) = json.loads(out.out)["sources"]
    assert code == 0 and set(pulled) == PULL_KEYS            # keys are only ever added
    assert (pulled["status"], pulled["error"], pulled["rows"], pulled["new_leads"]) == ("imported", None, 2, 2)
    code, out = run(capsys, "pull", "--db", db)
    assert code == 0 and "nothing new" in out.out
    code, out = run(capsys, "connections", "--db", db, "--json")
    (listed,) = json.loads(out.out)["connections"]
    assert listed["name"] == connected["source"] and listed["pulled_at"] and "sig" not in out.out
    code, out = run(capsys, "connections", "--db", db)
    assert connected["source"] in out.out and "last read" in out.out
    code, out = run(capsys, "disconnect", "--db", db, connected["source"])
    assert code == 0 and "forgotten" in out.out
    code, out = run(capsys, "disconnect", "--db", db, connected["source"])
    assert code == 1
    code, out = run(capsys, "pull", "--db", db, "--json")
    assert code == 0 and json.loads(out.out) == {"sources": [], "mailboxes": []}   # issue 17 added mailboxes


def test_a_failed_source_makes_pull_exit_1(capsys, tmp_path, azurite):
    db = str(tmp_path / "l.sqlite")
    table = new_table(azurite)
    assert run(capsys, "connect", "azure-table", "--db", db, "--connection-string", azurite.connection_string,
               "--table", table.table_name)[0] == 0
    table.delete_table()
    code, out = run(capsys, "pull", "--db", db, "--json")
    (failed,) = json.loads(out.out)["sources"]
    assert code == 1 and failed["status"] == "failed" and "no table" in failed["error"]
    assert run(capsys, "pull", "--db", db)[0] == 1


def test_a_refused_connection_exits_1_with_the_reason_and_leaves_no_database(capsys, tmp_path, azurite):
    db = tmp_path / "l.sqlite"
    code, out = run(capsys, "connect", "azure-table", "--db", str(db), "--sas-url",
                    sas_url(azurite, "NoSuchTable"), "--json")
    said = json.loads(out.out)
    assert code == 1 and said["status"] == "refused" and said["problem"] == "no such table"
    assert not db.exists()
    code, out = run(capsys, "connect", "azure-table", "--db", str(db), "--sas-url", "https://x/y?sv=1")
    assert code == 1 and "sig=" in out.err and not db.exists()


def test_the_secret_can_come_from_stdin_and_a_connection_string_warns(capsys, tmp_path, azurite, monkeypatch):
    table = new_table(azurite)
    monkeypatch.setattr("sys.stdin", io.StringIO(azurite.connection_string + "\n"))
    code, out = run(capsys, "connect", "azure-table", "--db", str(tmp_path / "l.sqlite"), "--connection-string",
                    "-", "--table", table.table_name)
    assert code == 0 and "full access" in out.err and "AccountKey" not in out.out + out.err


def test_other_commands_still_refuse_a_missing_database(capsys, tmp_path):
    assert run(capsys, "pull", "--db", str(tmp_path / "none.sqlite"))[0] == 1
    assert not (tmp_path / "none.sqlite").exists()
