"""A drop with a file of an unknown layout: its columns are asked for first, then the whole drop is imported
in one transaction (one report, one entry point with the command line)."""

from leadinbox.ui.importing import controller as import_controller
from tests.ui.window.test_main_window import drop


def test_the_mapping_is_asked_before_anything_is_written_then_one_import(qtbot, window, tmp_path, samples,
                                                                           monkeypatch):
    odd = tmp_path / "odd.csv"
    odd.write_text("Wer,Was,Wann\nann@x.example,SPZA-PLT|Gateway,2026-10-01\n", encoding="utf-8")
    batches_when_asked = []

    def accept(dialog):
        batches_when_asked.append(window.db.execute("SELECT count(*) FROM batches").fetchone()[0])
        for column, name in (("Wer", "email"), ("Was", "lead_source"), ("Wann", "created_at")):
            dialog.set_field(column, name)
        return True
    reports = []
    monkeypatch.setattr(import_controller.MappingDialog, "exec", accept)
    monkeypatch.setattr(import_controller.ImportReport, "exec", lambda self: reports.append(self.results))
    window.imports.report_dialogs = True
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        drop(window, [samples / "salesforce-leads-report.csv", odd])
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=20000)
    assert batches_when_asked == [0]
    assert [r.new_leads for r in reports[0]] == [10, 1]


def test_a_file_left_unmapped_is_left_out_and_the_rest_imported(qtbot, window, tmp_path, samples, monkeypatch):
    odd = tmp_path / "odd.csv"
    odd.write_text("Wer,Was,Wann\nann@x.example,SPZA-PLT|Gateway,2026-10-01\n", encoding="utf-8")
    monkeypatch.setattr(import_controller.MappingDialog, "exec", lambda dialog: False)
    reports = []
    monkeypatch.setattr(import_controller.ImportReport, "exec", lambda self: reports.append(self.results))
    window.imports.report_dialogs = True
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        drop(window, [samples / "salesforce-leads-report.csv", odd])
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=20000)
    assert [r.file for r in reports[0]] == [str(samples / "salesforce-leads-report.csv")]
