"""The import report's summary line says what happened, also when nothing was new."""

import pytest

from leadinbox.store.importing.result import ImportResult
from leadinbox.ui.importing.report import summary_line


def test_new_leads_are_counted():
    assert summary_line([ImportResult("a.csv", rows=3, new_leads=3, new_customers=2)]) == \
        "Imported 3 new leads (2 new customers)"


def test_a_file_whose_leads_are_all_known_says_so():
    assert summary_line([ImportResult("/x/a.csv", rows=10, known_leads=10)]) == \
        "All 10 leads of a.csv were already in LeadInbox"
    assert summary_line([ImportResult("a.csv", rows=1, known_leads=1)]) == "The 1 lead of a.csv was already in LeadInbox"
    assert summary_line([ImportResult("a.csv", rows=2, known_leads=2), ImportResult("b.csv", rows=3, known_leads=3)]) \
        == "All 5 leads of these files were already in LeadInbox"


def test_the_report_lists_every_dropped_file_also_the_refused(qtbot):
    from leadinbox.ui.importing.report import ImportReport
    refused = [ImportResult(f"/x/{n}", status="refused", error="the file is empty") for n in ("a.json", "b.xlsx")]
    report = ImportReport([*refused, ImportResult("/x/c.csv", rows=1, new_leads=1, new_customers=1)])
    qtbot.addWidget(report)
    table = report.files_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["a.json", "b.xlsx", "c.csv"]
    assert table.item(0, 1).text() == "Refused: the file is empty"
    assert summary_line(refused) == "Nothing imported; 2 files refused"


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_enter_closes_the_report_and_does_not_open_the_save_dialog(qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog
    from leadinbox.ui.importing.report import ImportReport
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("the save dialog opened"))
    report = ImportReport([ImportResult("a.csv", rows=1, new_leads=1, new_customers=1)])
    qtbot.addWidget(report)
    report.open()
    with qtbot.waitSignal(report.rejected, timeout=1000):
        qtbot.keyClick(report, Qt.Key.Key_Return)


def test_known_leads_are_counted_once_however_many_rows_name_them(db, samples):
    from leadinbox.store.importing.entry import import_path
    files = sorted(samples.iterdir())
    for path in files:
        import_path(db, path)
    again = [import_path(db, path) for path in files]       # the 5 files hold 65 rows of 20 leads
    assert sum(r.known_leads for r in again) == 65
    assert summary_line(again) == "All 20 leads (65 rows) of these files were already in LeadInbox"
    one = [ImportResult("/x/a.csv", rows=3, known_leads=3, known_lead_ids={7})]
    assert summary_line(one) == "The 1 lead (3 rows) of a.csv was already in LeadInbox"


def test_the_report_says_each_files_status_in_words_and_aligns_its_numbers(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from leadinbox.ui.importing.report import COLUMNS, ImportReport
    results = [ImportResult("/x/new.csv", rows=1200, new_leads=1200, new_customers=700),
               ImportResult("/x/again.csv", rows=20, known_leads=20),
               ImportResult("/x/richer.csv", rows=9, known_leads=9, updated_leads=9),
               ImportResult("/x/empty.csv", status="refused", error="the file is empty")]
    report = ImportReport(results)
    qtbot.addWidget(report)
    table = report.files_table
    assert [table.item(r, 1).text() for r in range(4)] == ["Imported", "Nothing new", "Filled in known leads",
                                                            "Refused: the file is empty"]
    updated = list(COLUMNS).index("Updated leads")
    assert table.item(2, updated).text() == "9" and table.item(0, 2).text() == "1,200"
    for col in range(2, table.columnCount()):
        assert table.item(0, col).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert not table.item(0, 0).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert report.save_button.text() == "Save…"
    report.save(str(tmp_path / "r.csv"))
    header, first = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()[:2]
    assert "updated_leads" in header.split(",") and first.startswith("/x/new.csv,imported,")


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_save_opens_the_file_dialog(qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    from leadinbox.ui.importing.report import ImportReport
    opened = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (opened.append(1), ("", ""))[1])
    report = ImportReport([ImportResult("a.csv", rows=1, new_leads=1, new_customers=1)])
    qtbot.addWidget(report)
    report.save_button.click()
    assert opened == [1]


def test_a_file_with_more_known_leads_than_are_kept_counts_rows(db, samples, monkeypatch):
    """Memory does not grow with the file: past KNOWN_IDS_KEPT the ids are not kept, the sentence counts rows."""
    from leadinbox.store.importing import staged as import_staged
    from leadinbox.store.importing.entry import import_path
    files = sorted(samples.iterdir())
    for path in files:
        import_path(db, path)
    monkeypatch.setattr(import_staged, "KNOWN_IDS_KEPT", 5)
    again = [import_path(db, path) for path in files]
    assert any(r.known_leads and not r.known_lead_ids for r in again)
    assert all(len(r.known_lead_ids) <= 5 for r in again)
    assert summary_line(again) == "All 65 leads of these files were already in LeadInbox"


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize("name", ["en", "nl", "zh_TW"])
def test_every_column_of_the_report_shows_whole_where_the_screen_has_room(qtbot, db, samples, language, name,
                                                                        monkeypatch):
    """The Status column ("Bekende leads aangevuld (Partner Center-leadsexport)") was cut at the default size."""
    from leadinbox.store.importing.entry import import_path
    from leadinbox.ui.importing import report as module
    results = [import_path(db, path) for path in sorted(samples.iterdir())]
    language(name)
    monkeypatch.setattr(module, "_room", lambda widget: 1880, raising=False)
    report = module.ImportReport(results)
    qtbot.addWidget(report)
    report.show()
    qtbot.waitExposed(report)
    table = report.files_table
    header = table.horizontalHeader()
    for col in range(table.columnCount()):
        needed = max(header.sectionSizeHint(col), table.sizeHintForColumn(col))
        assert header.sectionSize(col) >= needed, (name, col, table.horizontalHeaderItem(col).text())
    status = table.item(3, 1).text()
    assert header.sectionSize(1) >= table.fontMetrics().horizontalAdvance(status)
    assert not table.wordWrap()


def test_a_screen_too_narrow_cuts_the_status_with_its_whole_text_in_the_tooltip(qtbot, db, samples, language,
                                                                             monkeypatch):
    from leadinbox.store.importing.entry import import_path
    from leadinbox.ui.importing import report as module
    results = [import_path(db, path) for path in sorted(samples.iterdir())]
    language("nl")
    monkeypatch.setattr(module, "_room", lambda widget: 700, raising=False)
    report = module.ImportReport(results)
    qtbot.addWidget(report)
    table = report.files_table
    assert report.width() == 900
    for row in range(table.rowCount()):
        assert table.item(row, 1).toolTip() == table.item(row, 1).text()
        assert table.item(row, 0).toolTip() == results[row].file


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_eight_files_show_without_scrolling_one_line_each(qtbot):
    """Rows two lines high (a wrapped status) and a 480 px dialog showed three files of a drop of six."""
    from leadinbox.ui.importing.report import ImportReport
    report = ImportReport([ImportResult(f"/x/file-{n}.csv", rows=1, new_leads=1, new_customers=1) for n in range(8)])
    qtbot.addWidget(report)
    report.show()
    qtbot.waitExposed(report)
    table = report.files_table
    assert table.rowHeight(0) <= table.fontMetrics().height() + 8
    assert table.rowViewportPosition(7) + table.rowHeight(7) <= table.viewport().height()
