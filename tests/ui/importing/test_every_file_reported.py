"""Every file and folder dropped or chosen gets its line in the import report: a gone file, a folder without
lead files, a file of another kind are refused with their reason beside the files imported."""

from __future__ import annotations

from leadinbox.ui.importing.controller import local_files
from leadinbox.ui.language.core_messages import result_error
from tests.ui.window.test_main_window import drop


def test_local_files_keep_what_the_import_must_refuse(tmp_path, samples):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.docx").write_bytes(b"x")
    gone = tmp_path / "gone.csv"
    full = tmp_path / "full"
    full.mkdir()
    (full / "a.csv").write_text("x")
    assert local_files([empty, gone, full]) == [empty, gone, full / "a.csv"]


def test_a_drop_reports_every_file(qtbot, window, tmp_path, samples):
    empty = tmp_path / "exports"
    empty.mkdir()
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    gone = tmp_path / "moved-away.csv"
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        drop(window, [empty, picture, gone, samples / "partner-center-leads-export.csv"])
    results = {r.file: r for r in window.imports.last_outcome.results}
    assert set(results) == {str(empty), str(picture), str(gone), str(samples / "partner-center-leads-export.csv")}
    assert result_error(results[str(empty)]) == "this is a folder with no CSV, Excel or JSON lead files in it"
    assert results[str(gone)].status == "refused" and "cannot be read" in result_error(results[str(gone)])
    assert results[str(picture)].status == "refused"
    assert results[str(samples / "partner-center-leads-export.csv")].new_leads > 0
