"""`leadinbox export`: formats by suffix or --format, the inbox's filters, friendly errors."""

import csv

import pytest

from leadinbox.cli.main import main
from leadinbox.store.db import open_database


def rows(path, encoding="utf-8-sig"):
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_formats_and_filters(capsys, tmp_path, samples):
    db = str(tmp_path / "l.sqlite")
    assert main(["import", "--db", db, *map(str, sorted(samples.iterdir()))]) == 0
    capsys.readouterr()
    assert main(["export", "--db", db, str(tmp_path / "all.csv")]) == 0
    assert capsys.readouterr().out.strip().endswith("all.csv (csv).")
    everything = rows(tmp_path / "all.csv")
    assert main(["export", "--db", db, "--country", "nl", "--action", "PLT", str(tmp_path / "nl.xlsx")]) == 0
    assert "Exported 3 leads" in capsys.readouterr().out and (tmp_path / "nl.xlsx").read_bytes()[:2] == b"PK"
    assert main(["export", "--db", db, "--include-test", str(tmp_path / "t.csv")]) == 0
    assert len(rows(tmp_path / "t.csv")) == len(everything) + 1
    sf_path = tmp_path / "sf.csv"
    assert main(["export", "--db", db, "--format", "salesforce", "--from", "2026-10-05", str(sf_path)]) == 0
    sf = rows(sf_path, "utf-8")
    assert list(sf[0])[:3] == ["First Name", "Last Name", "Company"] and len(sf) < len(everything)


def test_export_errors_are_friendly(capsys, tmp_path):
    db = str(tmp_path / "l.sqlite")
    open_database(db).close()
    assert main(["export", "--db", db, str(tmp_path / "missing" / "x.csv")]) == 1
    assert "cannot write" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["export", "--db", db, "--from", "yesterday", str(tmp_path / "x.csv")])
    assert exit_.value.code == 2
    assert "not a date" in capsys.readouterr().err
