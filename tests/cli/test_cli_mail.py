"""`leadinbox log-mail`: saved messages logged from the command line, in the JSON shape issue 17 gives."""

import json
from datetime import datetime, timezone

from leadinbox.cli.main import main
from leadinbox.store.db import open_database
from tests.core.mail.msg_builder import build_msg

EML = (b"Message-ID: <m1@contoso-isv.example>\r\nDate: Tue, 20 Oct 2026 11:00:00 +0200\r\n"
       b"From: Jan <jan@contoso-isv.example>\r\nTo: JSmith@Contoso.example, new.person@example.org\r\n"
       b"Subject: Lead Router pricing\r\n\r\nHello John\r\n")


def _db(tmp_path, samples):
    db = str(tmp_path / "l.sqlite")
    for name in ("partner-center-leads-export.csv", "azure-table-marketplaceleads.csv"):
        assert main(["import", "--db", db, str(samples / name)]) == 0
    return db


def test_log_mail_json(capsys, tmp_path, samples):
    db = _db(tmp_path, samples)
    sent = tmp_path / "sent.eml"
    sent.write_bytes(EML)
    reply = tmp_path / "Re pricing.msg"
    reply.write_bytes(build_msg(subject="Re: Lead Router pricing", sender=("Sanne", "sanne.devries@fabrikam.example"),
                                to=[("Jan", "jan@contoso-isv.example")], message_id="<r1@fabrikam.example>",
                                sent=datetime(2026, 10, 21, 8, 0, tzinfo=timezone.utc), received=True))
    dnc = tmp_path / "dnc.eml"
    dnc.write_bytes(EML.replace(b"m1@", b"m2@").replace(b"JSmith@Contoso.example", b"lukas.mueller@litware.example"))
    nobody = tmp_path / "nobody.eml"
    nobody.write_bytes(EML.replace(b"m1@", b"m3@").replace(b"JSmith@Contoso.example, ", b""))
    capsys.readouterr()
    files = [str(p) for p in (sent, reply, dnc, nobody, sent)]
    assert main(["log-mail", "--db", db, "--json", *files]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {"messages": [
        {"file": str(sent), "status": "attempt", "customers": ["jsmith@contoso.example"], "error": None},
        {"file": str(reply), "status": "reply", "customers": ["sanne.devries@fabrikam.example"], "error": None},
        {"file": str(dnc), "status": "do not contact", "customers": ["lukas.mueller@litware.example"], "error": None},
        {"file": str(nobody), "status": "no customer", "customers": [], "error": None},
        {"file": str(sent), "status": "already logged", "customers": ["jsmith@contoso.example"], "error": None}]}
    with open_database(db) as conn:
        assert conn.execute("SELECT count(*) FROM attempts WHERE direction = 'out'").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM attempts WHERE direction = 'in'").fetchone()[0] == 1


def test_a_refused_file_fails_the_command_and_the_others_are_logged(capsys, tmp_path, samples):
    db = _db(tmp_path, samples)
    good = tmp_path / "sent.eml"
    good.write_bytes(EML)
    capsys.readouterr()
    assert main(["log-mail", "--db", db, str(samples / "partner-center-leads-export.csv"), str(good)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("refused: this is not an email message (.eml or Outlook .msg)")
    assert lines[1] == f"{good}: email attempt on jsmith@contoso.example"
    assert main(["log-mail", "--db", db, "--json", str(tmp_path / "missing.eml")]) == 1
    assert json.loads(capsys.readouterr().out)["messages"][0]["status"] == "refused"


def test_log_mail_never_creates_a_database(capsys, tmp_path):
    path = tmp_path / "sent.eml"
    path.write_bytes(EML)
    assert main(["log-mail", "--db", str(tmp_path / "none.sqlite"), str(path)]) == 1
    assert not (tmp_path / "none.sqlite").exists()
