"""The one import entry point: a drop or a command is one transaction, a file no mapping places waits for one
(nothing written), a remembered mapping is used, a refusal is a result."""

from leadinbox.store.importing.entry import NeedsMapping, header_signature, import_files, missing_columns, recognise
from leadinbox.store.importing.result import Phase
from tests.store.helpers import snapshot

ODD = "Wer,Was,Wann\nann@x.example,SPZA-PLT|Gateway,2026-10-01\n"
ODD_MAPPING = {"Wer": "email", "Was": "lead_source", "Wann": "created_at"}


def odd_file(tmp_path, name="odd.csv", text=ODD):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_file_no_mapping_places_waits_and_nothing_is_written(db, tmp_path, samples):
    known, odd = samples / "salesforce-leads-report.csv", odd_file(tmp_path)
    before = snapshot(db)
    outcome = import_files(db, [known, odd], ask=True)
    assert outcome.results == [] and [n.path for n in outcome.needs_mapping] == [odd]
    needs = outcome.needs_mapping[0]
    assert needs.headers == ["Wer", "Was", "Wann"] and needs.preview == [["ann@x.example", "SPZA-PLT|Gateway",
                                                                         "2026-10-01"]]
    assert needs.signature == header_signature(["Wer", "Was", "Wann"])
    assert snapshot(db) == before


def test_mapped_the_whole_drop_is_one_transaction(db, tmp_path, samples):
    known, odd = samples / "salesforce-leads-report.csv", odd_file(tmp_path)
    seen = []
    outcome = import_files(db, [known, odd], mappings={odd: ODD_MAPPING}, ask=True,
                           progress=lambda *args: seen.append(args))
    assert [r.status for r in outcome.results] == ["imported", "imported"]
    assert outcome.results[0].layout == "sf_report"
    assert outcome.results[1].new_leads == 1 and not outcome.needs_mapping
    assert seen[0] == (1, 2, Phase.READING, 0, 0.0, "salesforce-leads-report.csv")
    assert seen[-1] == (2, 2, Phase.SAVING, 0, None, "")
    assert db.execute("SELECT count(*) FROM batches").fetchone()[0] == 2


def test_a_failure_in_the_second_file_takes_back_the_first(db, tmp_path, samples):
    """One drop, one transaction: the first file's leads do not stay when the drop fails."""
    before = snapshot(db)
    db.execute("CREATE TRIGGER no_more BEFORE INSERT ON batches WHEN (SELECT count(*) FROM batches) >= 1 "
               "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
    try:
        import_files(db, [samples / "salesforce-leads-report.csv", samples / "azure-table-marketplaceleads.csv"])
    except Exception as exc:       # noqa: BLE001 - raised for the caller to word
        assert "disk trouble" in str(exc)
    else:
        raise AssertionError("the failure was swallowed")
    db.execute("DROP TRIGGER no_more")
    assert snapshot(db) == before


def test_a_remembered_mapping_places_a_file_with_that_header(db, tmp_path):
    odd = odd_file(tmp_path)
    remembered = {header_signature(["Wer", "Was", "Wann"]): ODD_MAPPING}
    assert recognise(odd, remembered=remembered, ask=True).mapping == ODD_MAPPING
    outcome = import_files(db, [odd], remembered=remembered, ask=True)
    assert outcome.results[0].new_leads == 1


def test_without_ask_an_unknown_layout_is_refused_with_what_is_missing(db, tmp_path):
    outcome = import_files(db, [odd_file(tmp_path)])
    result = outcome.results[0]
    assert result.status == "refused" and result.refusal is not None and not outcome.needs_mapping
    assert "--map" in result.error or "column" in result.error


def test_a_refused_file_is_a_result_and_the_others_go_on(db, tmp_path, samples):
    empty = odd_file(tmp_path, "empty.csv", "")
    outcome = import_files(db, [empty, samples / "salesforce-leads-report.csv"], ask=True)
    assert [r.status for r in outcome.results] == ["refused", "imported"]
    assert outcome.results[0].error == "the file is empty"


def test_a_dry_run_writes_nothing_and_counts_as_the_import_would(db, samples):
    before = snapshot(db)
    path = samples / "salesforce-leads-report.csv"
    outcome = import_files(db, [path, path], dry_run=True)
    assert [r.new_leads for r in outcome.results] == [10, 0] and all(r.batch_id is None for r in outcome.results)
    assert snapshot(db) == before


def test_cancelled_comes_back_as_cancelled_with_nothing_written(db, samples):
    before = snapshot(db)
    outcome = import_files(db, sorted(samples.iterdir()), cancelled=lambda: True)
    assert outcome.cancelled and outcome.results == []
    assert snapshot(db) == before


def test_the_preview_shows_a_row_that_cannot_be_read(tmp_path):
    needs = recognise(odd_file(tmp_path, "broken.csv", "this is not,a lead file\n garbage"), ask=True)
    assert isinstance(needs, NeedsMapping) and needs.preview[0].reason.startswith("the row is cut off")


def test_missing_columns_names_a_mistyped_map_column(tmp_path):
    odd = odd_file(tmp_path)
    assert missing_columns({"Wer": "email", "Wen": "full_name"}, [odd]) == ["Wen"]
