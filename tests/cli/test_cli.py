"""The command line's documented shapes: import --json, stats --json, exit codes."""

import json
import subprocess
import sys

import pytest

from leadinbox.cli.main import main


def run(capsys, *argv):
    code = main(list(argv))
    return code, capsys.readouterr()


def test_import_json_shape_and_exit_codes(capsys, tmp_path, samples):
    db = str(tmp_path / "l.sqlite")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"")
    code, out = run(capsys, "import", "--db", db, "--json", str(samples / "partner-center-leads-export.csv"), str(bad))
    data = json.loads(out.out)
    assert code == 1
    first, second = data["files"]
    assert set(first) == {"file", "status", "error", "rows", "new_leads", "new_customers", "known_leads",
                          "updated_leads", "skipped_rows", "suppressed_rows", "warnings",
                          "layout"}   # keys are only ever added
    assert (first["status"], first["error"], first["new_leads"], first["new_customers"]) == ("imported", None, 18, 9)
    assert (second["status"], second["error"]) == ("refused", "the file is empty")


def test_header_only_file_is_nothing_to_import(capsys, tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("Email,First Name,Lead Source,Created Date\n", encoding="utf-8")
    code, out = run(capsys, "import", "--db", str(tmp_path / "l.sqlite"), "--json", str(path))
    assert code == 0 and json.loads(out.out)["files"][0]["status"] == "nothing to import"


def test_stats_json(capsys, tmp_path, samples):
    db = str(tmp_path / "l.sqlite")
    run(capsys, "import", "--db", db, str(samples / "azure-table-marketplaceleads.csv"))
    code, out = run(capsys, "stats", "--db", db, "--json")
    stats = json.loads(out.out)
    assert code == 0
    assert {k: stats[k] for k in ("customers", "leads", "dnc_leads", "test_leads")} == \
        {"customers": 11, "leads": 20, "dnc_leads": 1, "test_leads": 1}
    assert stats["by_action"] == {"PLT": 9, "StartTestDrive": 6, "INS": 4, "DNC": 1}


def test_map_option_imports_an_unknown_layout(capsys, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Wer,Was,Wann\nann@x.example,SPZA-PLT|Gateway,2026-10-01\n", encoding="utf-8")
    db = str(tmp_path / "l.sqlite")
    code, out = run(capsys, "import", "--db", db, str(path))
    assert code == 1 and "could not place: email, full_name, action, created_at" in out.out
    code, out = run(capsys, "import", "--db", db, "--json", "--map", "Wer=email", "--map", "Was=lead_source",
                    "--map", "Wann=created_at", str(path))
    assert code == 0 and json.loads(out.out)["files"][0]["new_leads"] == 1


def test_dry_run_then_imports_and_undo(capsys, tmp_path, samples):
    db = str(tmp_path / "l.sqlite")
    sample = str(samples / "salesforce-leads-report.csv")
    code, out = run(capsys, "import", "--db", db, "--dry-run", sample)
    assert code == 0 and "would add 10 new leads" in out.out
    run(capsys, "import", "--db", db, sample)
    code, out = run(capsys, "imports", "--db", db, "--json")
    assert [b["new_leads"] for b in json.loads(out.out)] == [10]
    code, out = run(capsys, "undo-import", "--db", db, "1")
    assert code == 0 and "removed 10 leads and 10 customers" in out.out
    (copy,) = (tmp_path / "backups").iterdir()          # a safety copy first, and said where
    assert copy.name.endswith("-before-undo.sqlite") and f"kept in {copy}" in out.out
    assert run(capsys, "undo-import", "--db", db, "1")[0] == 1


@pytest.mark.parametrize("argv", [["import"], ["import", "x.csv", "--map", "nonsense"],
                                  ["import", "x.csv", "--map", "a=not_a_field"], ["frobnicate"]])
def test_usage_errors_exit_2(argv, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "leadinbox", *argv, "--db", str(tmp_path / "l.sqlite")],
                          capture_output=True, text=True)
    assert proc.returncode == 2, proc.stderr


def test_version():
    proc = subprocess.run([sys.executable, "-m", "leadinbox", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("LeadInbox ")


@pytest.mark.parametrize("before", [True, False])
def test_db_option_before_or_after_the_command(capsys, tmp_path, samples, monkeypatch, before):
    default = tmp_path / "default.sqlite"
    chosen = tmp_path / "chosen.sqlite"
    monkeypatch.setenv("LEADINBOX_DB", str(default))
    sample = str(samples / "partner-center-leads-export.csv")
    argv = ["--db", str(chosen), "import", sample] if before else ["import", sample, "--db", str(chosen)]
    assert main(argv) == 0
    assert chosen.exists() and not default.exists()
    capsys.readouterr()
    assert main(["--db", str(chosen), "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["leads"] == 18


def test_dry_run_of_several_files_counts_each_lead_once_and_writes_nothing(capsys, tmp_path, samples):
    db = str(tmp_path / "l.sqlite")
    files = [str(p) for p in sorted(samples.iterdir())]
    assert main(["import", "--db", db, "--dry-run", "--json", *files]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] is True
    assert not (tmp_path / "l.sqlite").exists()          # not even an empty database
    assert main(["import", "--db", db, "--json", *files]) == 0
    real = json.loads(capsys.readouterr().out)
    keys = ("status", "rows", "new_leads", "new_customers", "known_leads")
    assert [[f[k] for k in keys] for f in dry["files"]] == [[f[k] for k in keys] for f in real["files"]]
    assert sum(f["new_leads"] for f in real["files"]) == 20


def test_map_of_a_column_no_file_has_is_a_usage_error(capsys, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Name,E-mail,Firma\nAnn,ann@x.example,Contoso\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["import", "--db", str(tmp_path / "l.sqlite"), "--map", "Nme=full_name", str(path)])
    assert exit_.value.code == 2 and "Nme" in capsys.readouterr().err
    assert not (tmp_path / "l.sqlite").exists()          # nothing imported: no database made


def test_text_output_counts_in_words(capsys, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("Customer email,Customer name,Call to action,Offer name,LeadCreationDateTime\n"
                    "p@x.example,Ann,Contact me,Offer A,2026-10-01\n", encoding="utf-8")
    db = str(tmp_path / "l.sqlite")
    assert main(["import", "--db", db, str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 row read; added 1 new lead, 1 new customer;" in out and "0 rows skipped" in out
    assert main(["stats", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 customer, 1 lead (0 do-not-contact, 0 test) from 1 import")
    assert "  Contact me (PLT)       1\n" in out                 # as the window names it, the code beside


def test_the_command_line_names_actions_as_the_window_does():
    from leadinbox.core.leadsource import ACTION_NAMES
    from leadinbox.ui.inbox.badges import ACTION_WORDS
    assert ACTION_WORDS.source == ACTION_NAMES


@pytest.mark.parametrize("command", [["stats"], ["imports"], ["undo-import", "1"], ["due"], ["backup"],
                                     ["erase", "someone@example.com", "--yes"]])
def test_a_command_on_a_missing_database_fails_and_makes_none(capsys, tmp_path, command):
    missing = tmp_path / "typo.sqlite"
    code = main([*command, "--db", str(missing)])
    err = capsys.readouterr().err
    assert code == 1 and not missing.exists()
    assert f"no database at {missing}" in err and "leadinbox import FILE" in err


def test_a_refused_first_import_leaves_no_database(capsys, tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook\n", encoding="utf-8")
    db = tmp_path / "t.sqlite"
    code, out = run(capsys, "import", "--db", str(db), str(fake))
    assert code == 1 and "refused" in out.out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fake.xlsx"]      # no t.sqlite, -wal, -shm or .lock


def test_a_first_dry_run_leaves_no_database_and_a_real_import_keeps_it(capsys, tmp_path, samples):
    db = tmp_path / "t.sqlite"
    sample = str(samples / "salesforce-leads-report.csv")
    assert run(capsys, "import", "--db", str(db), "--dry-run", sample)[0] == 0 and not db.exists()
    assert run(capsys, "import", "--db", str(db), sample)[0] == 0 and db.exists()


def test_a_refused_import_into_an_existing_empty_database_keeps_it(capsys, tmp_path, samples):
    db = tmp_path / "t.sqlite"
    header_only = tmp_path / "h.csv"
    header_only.write_text("Email,First Name,Lead Source,Created Date\n", encoding="utf-8")
    run(capsys, "import", "--db", str(db), str(header_only))      # new, nothing in it: removed
    assert not db.exists()
    from leadinbox.store.db import open_database
    open_database(db).close()                                      # made by someone else (the window)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook\n", encoding="utf-8")
    assert run(capsys, "import", "--db", str(db), str(fake))[0] == 1 and db.exists()


def test_import_ends_once_a_search_finds_what_it_imported(capsys, tmp_path, samples, monkeypatch):
    # A big file's search entries are written after its commit: the command has written them when it ends.
    from leadinbox.store import search_pending
    monkeypatch.setattr(search_pending, "LATER_BYTES", 0)
    steps = []
    real = search_pending.finish
    monkeypatch.setattr(search_pending, "finish", lambda db, **kw: steps.append(search_pending.count(db)) or
                        real(db, **kw))
    db = str(tmp_path / "l.sqlite")
    code, _out = run(capsys, "import", "--db", db, str(samples / "partner-center-leads-export.csv"))
    assert code == 0 and steps == [9]                  # nine customers left to the search step, and written
    code, out = run(capsys, "customers", "--db", db, "--search", "contoso", "--json")
    assert code == 0 and json.loads(out.out)["customers"]


def test_import_whose_search_step_fails_keeps_the_leads_and_says_so(capsys, tmp_path, samples, monkeypatch):
    import sqlite3
    from leadinbox.store import search_pending
    monkeypatch.setattr(search_pending, "LATER_BYTES", 0)

    def locked(db, **_kw):
        raise sqlite3.OperationalError("database is locked")
    monkeypatch.setattr(search_pending, "finish", locked)
    db = str(tmp_path / "l.sqlite")
    code, out = run(capsys, "import", "--db", db, "--json", str(samples / "partner-center-leads-export.csv"))
    assert code == 0 and json.loads(out.out)["files"][0]["new_leads"] == 18      # the report, as always
    assert "imported, but not yet searchable (database is locked)" in out.err
    monkeypatch.undo()
    code, out = run(capsys, "import", "--db", db, str(samples / "salesforce-leads-report.csv"))
    assert code == 0 and out.err == ""
    code, out = run(capsys, "customers", "--db", db, "--search", "contoso", "--json")
    assert json.loads(out.out)["customers"]                  # the next import made them searchable
