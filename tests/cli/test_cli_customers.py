"""`leadinbox customers` and `leadinbox customer`: the JSON shapes of issue 20."""

import json

from leadinbox.cli.main import main
from leadinbox.store.db import open_database
from leadinbox.store.people import tags
from leadinbox.store.work.attempts import log_attempt

FIELDS = {"id", "name", "email", "phone", "company", "country", "status", "owner", "attempts", "tags", "due_at",
          "due_kind"}


def _db(tmp_path, samples):
    db = str(tmp_path / "l.sqlite")
    for path in sorted(samples.iterdir()):
        assert main(["import", "--db", db, str(path)]) == 0
    return db


def test_customers_lists_as_the_inbox_with_the_contract_fields(capsys, tmp_path, samples):
    db = _db(tmp_path, samples)
    with open_database(db) as store:
        sanne = store.execute("SELECT id FROM customers WHERE email LIKE 'sanne%'").fetchone()[0]
        tags.add_tag(store, [sanne], "vip")
        log_attempt(store, sanne, "email", "no_answer")
    capsys.readouterr()
    assert main(["customers", "--db", db, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"total", "customers"} and out["total"] == len(out["customers"]) == 10
    assert all(set(c) == FIELDS for c in out["customers"])
    sanne_row = next(c for c in out["customers"] if c["id"] == sanne)
    assert sanne_row["tags"] == ["vip"] and sanne_row["attempts"] == 1 and sanne_row["status"] == "contacted"
    assert sanne_row["due_kind"] == "attempt"
    assert {c["status"] for c in out["customers"]} <= {"new", "contacted", "nurturing", "qualified", "won", "lost",
                                                       "closed", "dnc", "test"}
    assert main(["customers", "--db", db, "--view", "dnc", "--json"]) == 0
    dnc = json.loads(capsys.readouterr().out)
    assert dnc["total"] == 1 and dnc["customers"][0]["status"] == "dnc" and dnc["customers"][0]["due_at"] is None
    assert main(["customers", "--db", db, "--search", "+31 20 555 0134", "--view", "closed", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0
    assert main(["customers", "--db", db, "--search", "+31 20 555 0134", "--json"]) == 0
    assert [c["id"] for c in json.loads(capsys.readouterr().out)["customers"]] == [sanne]
    assert main(["customers", "--db", db, "--limit", "2", "--json"]) == 0
    limited = json.loads(capsys.readouterr().out)
    assert limited["total"] == 10 and len(limited["customers"]) == 2
    assert main(["customers", "--db", db, "--view", "first-reply"]) == 0
    text = capsys.readouterr().out
    assert "Sanne" not in text and text.strip().endswith("customers")


def test_customer_by_email_or_id_with_leads_and_timeline(capsys, tmp_path, samples):
    db = _db(tmp_path, samples)
    capsys.readouterr()
    assert main(["customer", "--db", db, "chloe.lefevre@adatum.example", "--json"]) == 0
    one = json.loads(capsys.readouterr().out)
    assert set(one) == FIELDS | {"leads", "timeline"}
    assert len(one["leads"]) == 3
    assert all(set(lead) == {"id", "created_at", "action", "source", "offer_id", "offer_name", "status"}
               for lead in one["leads"])
    assert all(set(e) == {"at", "kind", "by", "text"} for e in one["timeline"])
    assert any("40 seats" in e["text"] and e["by"] == "customer" for e in one["timeline"])
    assert main(["customer", "--db", db, str(one["id"])]) == 0
    assert "Chloé Lefèvre" in capsys.readouterr().out
    assert main(["customer", "--db", db, "nobody@nowhere.example"]) == 1
    assert "no customer" in capsys.readouterr().err
