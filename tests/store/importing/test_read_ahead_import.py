"""An import whose file is read in a second process writes what reading it here writes, and all or nothing."""

import sys

import pytest

from leadinbox.core import read_ahead
from leadinbox.core.leadfile import open_lead_file
from leadinbox.store.db import open_database
from leadinbox.store.importing.writer import ImportCancelled, import_lead_file
from tests.store.helpers import snapshot

NOW = "2026-12-01T09:00:00Z"
HEADER = "Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Customer phone,Country,Offer ID," \
         "Lead source,Call to action,Notes\n"


def _file(tmp_path, name, rows, start=0):
    path = tmp_path / name
    lines = []
    for i in range(start, start + rows):
        email = f"p{i % 700}@x.example" if i % 11 else ""      # people with several leads; some name-only
        lines.append(f"id-{i},2026-10-{i % 28 + 1:02d}T10:00:00Z,Person {i % 700},Co {i % 50},{email},"
                     f"+31 20 555 {i % 10000:04d},{'NL' if i % 13 else 'Atlantis'},pub.offer-{i % 3},AppSource,"
                     f"{'Contact me' if i % 4 else 'Free trial'},\"note {i}, with a comma\"\n")
    lines.insert(40, "id-x,2026-10-01T10:00:00Z,,,,,,,,,\n")          # a row that cannot be imported
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def _import(db, path, **kwargs):
    return import_lead_file(db, open_lead_file(path), now=NOW, **kwargs)


@pytest.mark.parametrize("first", [True, False], ids=["into-empty-db", "into-db-with-leads"])
def test_reading_in_a_second_process_writes_the_same_database(tmp_path, monkeypatch, first, reading_processes):
    here, there = open_database(tmp_path / "here.sqlite"), open_database(tmp_path / "there.sqlite")
    old, new = _file(tmp_path, "old.csv", 300), _file(tmp_path, "new.csv", 3000, start=200)
    results = {}
    for name, db, least in (("here", here, 10**12), ("there", there, 0)):
        monkeypatch.setattr(read_ahead, "MIN_BYTES", least)
        monkeypatch.setattr(read_ahead, "BATCH", 128)
        if not first:
            _import(db, old)
        results[name] = _import(db, new).as_dict()
    assert results["there"] == results["here"] and results["here"]["skipped_rows"] and results["here"]["warnings"]
    assert [p.returncode for p in reading_processes] == ([0] if first else [0, 0])   # `old` is read ahead too
    here_tables, there_tables = snapshot(here), snapshot(there)
    here_tables.pop("settings"), there_tables.pop("settings")          # each database's own privacy salt
    assert there_tables == here_tables and here_tables["fts"]


def test_a_cancel_while_the_second_process_reads_changes_nothing_and_stops_it(db, tmp_path, monkeypatch,
                                                                             reading_processes):
    from leadinbox.store.importing import result as shared
    _import(db, _file(tmp_path, "old.csv", 50))
    before = snapshot(db)
    monkeypatch.setattr(read_ahead, "MIN_BYTES", 0)
    monkeypatch.setattr(read_ahead, "BATCH", 100)
    monkeypatch.setattr(shared, "CHUNK", 100)
    seen = []
    with pytest.raises(ImportCancelled):
        _import(db, _file(tmp_path, "big.csv", 5000, start=100),
                progress=lambda _phase, rows, _share: seen.append(rows), cancelled=lambda: len(seen) >= 3)
    assert snapshot(db) == before
    # Stopped before the end of the file (killed), and waited for; the small file before it read in one process.
    assert [p.returncode for p in reading_processes] == [-9 if sys.platform != "win32" else 1]
