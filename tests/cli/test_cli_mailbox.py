"""`leadinbox connect imap`, `pull`, `mailboxes`, `disconnect` against a real Dovecot."""

import json
import os
from datetime import datetime, timezone

import msal
from pathlib import Path

from leadinbox.cli.main import main
from tests.dovecot import PASSWORD, USER
from tests.sources.imap_helpers import append, message
from tests.sources.test_oauth import FakeEntra

NOW = datetime.now(timezone.utc).replace(microsecond=0)


def _db(tmp_path, samples):
    db = str(tmp_path / "l.sqlite")
    assert main(["import", "--db", db, str(samples / "partner-center-leads-export.csv")]) == 0
    return db


def test_connect_pull_and_disconnect(capsys, tmp_path, samples, dovecot):
    db = _db(tmp_path, samples)
    secret = tmp_path / "password.txt"
    secret.write_text(PASSWORD + "\n")
    append(dovecot, "Sent", message("m1@x", "me@contoso-isv.example", "jsmith@contoso.example", "Pricing", NOW))
    capsys.readouterr()
    assert main(["connect", "imap", "--db", db, "--host", "127.0.0.1", "--port", str(dovecot.port), "--plain",
                 "--user", USER, "--password-file", str(secret), "--name", "work", "--json"]) == 0
    connected = json.loads(capsys.readouterr().out)
    assert connected["folders"] == ["INBOX", "Sent"] and connected["read_at"] is None
    assert PASSWORD not in json.dumps(connected)
    assert main(["pull", "--db", db, "--json"]) == 0
    pulled = json.loads(capsys.readouterr().out)["mailboxes"]
    assert [(p["mailbox"], p["status"], p["attempts"]) for p in pulled] == [("work", "logged", 1)]
    assert main(["pull", "--db", db]) == 0
    assert capsys.readouterr().out.startswith("work: nothing new: 0 new messages")
    assert main(["mailboxes", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["mailboxes"][0]["read_at"]
    kept = Path(os.environ["LEADINBOX_CONFIG_DIR"]) / "credentials"
    assert [p.read_text() for p in kept.glob("*.secret")] == [PASSWORD]      # a user-only file, not the db
    assert main(["disconnect", "--db", db, "work"]) == 0
    assert not list(kept.glob("*.secret"))
    capsys.readouterr()
    assert main(["mailboxes", "--db", db]) == 0 and "No mailbox" in capsys.readouterr().out


def test_a_wrong_password_is_refused_and_nothing_is_kept(capsys, tmp_path, samples, dovecot):
    db = _db(tmp_path, samples)
    secret = tmp_path / "password.txt"
    secret.write_text("wrong")
    capsys.readouterr()
    assert main(["connect", "imap", "--db", db, "--host", "127.0.0.1", "--port", str(dovecot.port), "--plain",
                 "--user", USER, "--password-file", str(secret)]) == 1
    assert "refused the user name or password" in capsys.readouterr().err
    assert main(["mailboxes", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"mailboxes": []}


def test_plain_text_to_another_computer_is_refused(capsys, tmp_path, samples):
    db = _db(tmp_path, samples)
    secret = tmp_path / "password.txt"
    secret.write_text("x")
    assert main(["connect", "imap", "--db", db, "--host", "imap.example.org", "--plain", "--user", "me",
                 "--password-file", str(secret)]) == 1
    assert "only sent without TLS" in capsys.readouterr().err


def test_microsoft_sign_in_shows_the_code_and_sends_the_token_as_xoauth2(capsys, tmp_path, samples, dovecot,
                                                                         monkeypatch):
    """No tenant can be reached: MSAL's application is a fake up to the token; the token then goes to a real
    server, which refuses it (this Dovecot has no OAuth), and the refusal is said as such."""
    monkeypatch.setattr(msal, "PublicClientApplication", lambda *a, **k: FakeEntra())
    db = _db(tmp_path, samples)
    capsys.readouterr()
    assert main(["connect", "imap", "--db", db, "--host", "127.0.0.1", "--port", str(dovecot.port), "--plain",
                 "--user", USER, "--oauth", "11111111-2222-3333-4444-555555555555"]) == 1
    out, err = capsys.readouterr()
    assert "enter ABCD-1234" in out and "refused the Microsoft sign-in" in err
