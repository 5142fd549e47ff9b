"""`leadinbox due`: the morning list, as text and as JSON."""

import json

from leadinbox.cli.main import main
from leadinbox.store.db import open_database


def test_due_lists_overdue_first_replies_and_leaves_out_dnc(capsys, tmp_path, samples):
    db = str(tmp_path / "l.sqlite")
    for name in ("partner-center-leads-export.csv", "azure-table-marketplaceleads.csv"):
        assert main(["import", "--db", db, str(samples / name)]) == 0
    capsys.readouterr()
    assert main(["due", "--db", db, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    due = data["due"]
    assert due and all(d["overdue"] and d["due_kind"] == "reply" for d in due)   # the samples are from October
    assert [d["due_at"] for d in due] == sorted(d["due_at"] for d in due)
    assert "lukas.mueller@litware.example" not in {d["email"] for d in due}       # DNC
    assert not any(d["email"].startswith("msft_test") for d in due if d["email"])  # test leads
    assert main(["due", "--db", db]) == 0
    text = capsys.readouterr().out.splitlines()
    assert len(text) == len(due) and text[0].startswith("overdue") and "first reply" in text[0]


def test_due_on_an_empty_database_says_so(capsys, tmp_path):
    open_database(tmp_path / "l.sqlite").close()
    assert main(["due", "--db", str(tmp_path / "l.sqlite")]) == 0
    assert capsys.readouterr().out.strip() == "Nothing is due."
