"""A first import (leads written straight to their table) leaves exactly what the staged way leaves."""

import pytest

from leadinbox.store.importing import staged as import_staged

from leadinbox.store.importing import writer as importer
from leadinbox.store.db import open_database
from tests.store.helpers import run_import, snapshot

HEADER = "Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Offer name,Offer ID,Lead source,Call to action\n"
NOW = "2026-11-02T08:00:00Z"


def _write(tmp_path, name, lines):
    path = tmp_path / name
    path.write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


FILES = {
    "plain": [f"id-{i},2026-10-{i % 28 + 1:02d}T10:00:00Z,Person {i % 7},Co {i % 5},p{i % 9}@x.example,"
              f"Offer {i % 3},,AppSource,Contact me" for i in range(40)],
    # The same record twice; a record id reused for another customer, whose only lead it is (the customer
    # must not stay behind); the same event without ids; a name-only customer; an offer learnt by name.
    "duplicates": ["a1,2026-10-01T10:00:00Z,Ann Lee,Contoso,ann@x.example,Router,,AppSource,Contact me",
                   "a1,2026-10-01T10:00:00Z,Ann Lee,Contoso,ann@x.example,Router,,AppSource,Contact me",
                   "a1,2026-10-03T10:00:00Z,Zed Ray,Fabrikam,zed@x.example,Router,,AppSource,Get it now",
                   ",2026-10-04T10:00:00Z,Bob Day,Litware,bob@x.example,Router,,AppSource,Test drive",
                   ",2026-10-04T10:00:00Z,Bob Day,Litware,bob@x.example,Router,,AppSource,Test drive",
                   "b7,2026-10-05T10:00:00Z,Cy Noemail,Tailspin B.V.,,Gateway,pub.gateway,SPZA-DNC|pub.gateway,",
                   "b8,2026-10-06T10:00:00Z,Dee Test,MSFT_TEST,dee@x.example,Router,pub.router,AppSource,Free trial",
                   "b9,2026-10-07T10:00:00Z,Eve Late,Contoso,eve@x.example,Gateway,,AppSource,Contact me",
                   "a1,2026-10-08T10:00:00Z,Fay First,Northwind,fay@x.example,Router,,AppSource,Contact me",
                   "c1,2026-10-09T10:00:00Z,Fay First,Northwind,fay@x.example,Router,,AppSource,Get it now"],
    "nothing valid": [",not a date,Ann,Co,ann@x.example,,,AppSource,Contact me"],
}


def _run(tmp_path, name, lines, monkeypatch, staged_only):
    db = open_database(tmp_path / f"{name}-{staged_only}.sqlite")
    ways = []
    with monkeypatch.context() as patch:
        if staged_only:
            patch.setattr(importer, "write_into_empty", import_staged.write_staged)
        for way in ("write_into_empty", "write_staged"):
            real = getattr(importer, way)
            patch.setattr(importer, way, lambda *a, _real=real, _way=way, **k: ways.append(_way) or _real(*a, **k))
        path = _write(tmp_path, f"{name}.csv", lines)
        first = run_import(db, path, now=NOW)
        again = run_import(db, path, now=NOW)
    tables = snapshot(db)
    tables["settings"] = [row for row in tables["settings"] if row[0] != "privacy_salt"]   # random per database
    out = tables, first.as_dict(), again.as_dict(), ways
    db.close()
    return out


@pytest.mark.parametrize("name", FILES)
def test_first_import_equals_the_staged_way(tmp_path, monkeypatch, name):
    fast = _run(tmp_path, name, FILES[name], monkeypatch, staged_only=False)
    staged = _run(tmp_path, name, FILES[name], monkeypatch, staged_only=True)
    assert fast[3][0] == "write_into_empty"
    assert fast[:3] == staged[:3]


def test_a_removed_duplicate_takes_its_lone_customer_with_it(tmp_path, monkeypatch):
    snap, first, _again, _ways = _run(tmp_path, "dups", FILES["duplicates"], monkeypatch, staged_only=False)
    assert (first["new_leads"], first["known_leads"]) == (6, 4)
    keys = [row[1] for row in snap["customers"]]
    assert "e:zed@x.example" not in keys
    # Numbered by their first kept lead, from 1, with no gaps.
    assert [row[0] for row in snap["customers"]] == list(range(1, len(keys) + 1))


def test_search_index_settings_come_back_after_an_import(tmp_path):
    db = open_database(tmp_path / "fts.sqlite")
    run_import(db, _write(tmp_path, "a.csv", FILES["plain"]), now=NOW)
    config = dict(db.execute("SELECT k, v FROM customer_fts_config WHERE k != 'version'").fetchall())
    assert config == {"hashsize": 1024**2, "automerge": 4, "crisismerge": 16}
    assert db.execute("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'person*'").fetchone()[0] == 9
    db.execute("INSERT INTO customer_fts (customer_fts) VALUES ('integrity-check')")
    db.close()
