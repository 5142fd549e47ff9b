"""Country codes as the filters and reports show them: the code, then the name in the UI language."""

import pytest

from leadinbox.core.countries import country_label
from leadinbox.core.reports import country_label as report_label


@pytest.mark.parametrize("language, labels", [
    ("en", ["NL – Netherlands", "TW – Taiwan", "KR – South Korea", "US – United States"]),
    ("nl", ["NL – Nederland", "TW – Taiwan", "KR – Zuid-Korea", "US – Verenigde Staten"]),
    ("zh_TW", ["NL – 荷蘭", "TW – 臺灣", "KR – 南韓", "US – 美國"]),
    ("xx", ["NL – Netherlands", "TW – Taiwan", "KR – South Korea", "US – United States"]),   # English
])
def test_labels_name_the_country_in_the_language(language, labels):
    assert [country_label(code, language) for code in ("NL", "TW", "KR", "US")] == labels


def test_an_unknown_code_stays_as_it_is_and_reports_keep_their_question_mark():
    assert country_label("ZZ", "nl") == "ZZ"
    assert report_label(None) == report_label("?") == "?"
    assert report_label("NL") == "NL – Netherlands" and report_label("NL", "nl") == "NL – Nederland"
