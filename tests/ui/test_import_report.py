"""The import report's summary line says what happened, also when nothing was new."""

from leadinbox.store.import_result import ImportResult
from leadinbox.ui.import_report import summary_line


def test_new_leads_are_counted():
    assert summary_line([ImportResult("a.csv", rows=3, new_leads=3, new_customers=2)]) == \
        "Imported 3 new leads (2 new customers)"


def test_a_file_whose_leads_are_all_known_says_so():
    assert summary_line([ImportResult("/x/a.csv", rows=10, known_leads=10)]) == \
        "All 10 leads of a.csv were already in LeadInbox"
    assert summary_line([ImportResult("a.csv", rows=1, known_leads=1)]) == "The 1 lead of a.csv was already in LeadInbox"
    assert summary_line([ImportResult("a.csv", rows=2, known_leads=2), ImportResult("b.csv", rows=3, known_leads=3)]) \
        == "All 5 leads of these files were already in LeadInbox"
