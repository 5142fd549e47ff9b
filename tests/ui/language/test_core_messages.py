"""Why a file was refused or a row skipped, in the UI's language with the locale's numbers; the core's
English text (command line, `import --json`) stays as it was."""

from __future__ import annotations

import pytest

from leadinbox.core.errors import FileRefused, Refusal, RowProblem
from leadinbox.core.messages import Message
from leadinbox.store.importing.result import ImportResult
from leadinbox.store.importing.entry import import_path
from leadinbox.ui.language.core_messages import message_text, refusal_text
from leadinbox.ui.importing.report import ImportReport

HEADER = "Lead ID,LeadCreationDateTime,Customer name,Customer email,Offer name,Lead source,Call to action\n"
GOOD = "id-{n},2026-10-02T00:00:00Z,Person {n},p{n}@example.com,Router,AppSource,Contact me\n"


def _leads(tmp_path):
    """1,234 good rows, then a row with a date nobody can read and a row with no email and no name."""
    path = tmp_path / "leads.csv"
    rows = [GOOD.format(n=n) for n in range(1233)]
    rows.append("id-x,31/31/2026,Bad Date,bad@example.com,Router,AppSource,Contact me\n")
    rows.append("id-y,2026-10-02T00:00:00Z,,,Router,AppSource,Contact me\n")
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def _wide(tmp_path):
    """A damaged CSV: its third row has 1,500 cells."""
    path = tmp_path / "wide.csv"
    path.write_text(HEADER + GOOD.format(n=1) + ",".join(["x"] * 1500) + "\n", encoding="utf-8")
    return path


def _report(qtbot, db, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    results = [import_path(db, path) for path in (empty, _wide(tmp_path), _leads(tmp_path))]
    report = ImportReport(results)
    qtbot.addWidget(report)
    files = report.files_table
    statuses = [files.item(r, 1).text() for r in range(files.rowCount())]
    # Rows skipped, then rows kept with a warning (a date that could not be read: issue 15).
    problems = [tuple(rows.item(r, c).text() for c in range(4))
                for rows in (report.rows_table, report.warnings_table) for r in range(rows.rowCount())]
    return results, statuses, problems


EXPECTED = {
    "nl": (["Geweigerd: het bestand is leeg",
            "Geweigerd: rij 3: deze rij heeft 1.500 cellen; er worden er hoogstens 1.000 gelezen "
            "(is het bestand beschadigd?)"],
           [("leads.csv", "1.236", "Customer email",
             "geen e-mailadres en geen naam: de lead kan niet aan een klant gekoppeld worden"),
            ("leads.csv", "1.235", "LeadCreationDateTime", "“31/31/2026” kon niet als datum worden gelezen: de lead "
             "is zonder datum bewaard en de reactieklok loopt vanaf de import")]),
    "zh_TW": (["已拒絕：檔案是空的",
               "已拒絕：第 3 列：此列有 1,500 個儲存格；最多只讀取 1,000 個（檔案是否損毀？）"],
              [("leads.csv", "1,236", "Customer email", "沒有電子郵件也沒有名稱：無法將此潛在客戶歸給任何客戶"),
               ("leads.csv", "1,235", "LeadCreationDateTime",
                "無法將「31/31/2026」讀取為日期：已保留此潛在客戶，但沒有日期，回覆時限自匯入時起算")]),
}


@pytest.mark.parametrize("language_name", ["nl", "zh_TW"])
def test_the_report_says_why_in_the_ui_language(qtbot, db, tmp_path, language, language_name):
    language(language_name)
    results, statuses, problems = _report(qtbot, db, tmp_path)
    refused, rejected = EXPECTED[language_name]
    assert statuses[:2] == refused
    assert problems == rejected
    # What the command line and `import --json` print is the core's English, unchanged.
    assert [r.error for r in results[:2]] == [
        "the file is empty", "row 3: this row has 1,500 cells; at most 1,000 are read (is the file damaged?)"]
    assert [p.reason for p in results[2].skipped_rows + results[2].warnings] == [
        "no email and no name: the lead cannot be tied to a customer",
        "“31/31/2026” could not be read as a date: the lead is kept without one, its reply clock starting at "
        "the import"]


def test_english_reads_as_the_core_says_it(qtbot, db, tmp_path):
    results, statuses, problems = _report(qtbot, db, tmp_path)
    assert statuses[:2] == [f"Refused: {r.error}" for r in results[:2]]
    assert [p[3] for p in problems] == [p.reason for p in results[2].skipped_rows + results[2].warnings]


def test_a_reason_without_a_template_is_shown_as_it_is(qtbot, language):
    """A result built from English text only (older code paths, tests) is shown as it is, not lost."""
    language("nl")
    report = ImportReport([ImportResult("a.csv", status="refused", error="the file is empty"),
                           ImportResult("b.csv", rows=1, skipped_rows=[RowProblem(2, None, "odd row")])])
    qtbot.addWidget(report)
    assert report.files_table.item(0, 1).text() == "Geweigerd: the file is empty"
    assert report.rows_table.item(0, 3).text() == "odd row"


def test_numbers_keep_their_decimals_and_text_from_the_file_is_left_alone(language):
    language("nl")
    size = Message("the file is {size:.1f} GiB; at most {limit} GiB can be imported", {"size": 2.43, "limit": 2})
    assert message_text(size) == "het bestand is 2,4 GiB; je kunt hoogstens 2 GiB importeren"
    # A header that holds "%1" or "{x}" is the file's text: nothing in it is filled in.
    refusal = FileRefused("the sheet “{sheet}” is empty", sheet="{x} %1").refusal
    assert message_text(refusal.message) == "het werkblad “{x} %1” is leeg"
    assert refusal_text(Refusal(Message("the file is empty"), row=1234, column="%1")) == \
        "rij 1.234, kolom “%1”: het bestand is leeg"


def test_a_translation_that_lost_a_placeholder_falls_back_to_english(monkeypatch):
    from PySide6.QtCore import QCoreApplication
    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(lambda context, text, *a: "kapot {oops}"))
    assert message_text(Message("the file cannot be read ({error})", {"error": "Permission denied"})) == \
        "the file cannot be read (Permission denied)"


def test_a_store_refusal_is_worded_in_the_ui_language_with_its_values(language):
    from leadinbox.store.people.tags import NotAllowed
    from leadinbox.ui.language.core_messages import refusal_of
    refused = NotAllowed("a tag is at most {limit} characters", limit=1000)
    assert str(refused) == "a tag is at most 1000 characters"
    language("nl", "nl_NL")
    assert refusal_of(refused) == "een label is hoogstens 1.000 tekens lang"
    assert refusal_of(NotAllowed("a {brace} in plain text")) == "a {brace} in plain text"
    assert refusal_of(ValueError("not a refusal")) == "not a refusal"
