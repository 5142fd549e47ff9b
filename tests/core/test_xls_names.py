"""Files named .xls: a real workbook renamed is read by its content; an HTML table or Excel 2003 XML saved as
.xls, and the old binary format, are refused in plain words (no library's error text)."""

import shutil

import pytest

from leadinbox.core.errors import FileRefused
from leadinbox.core.leadfile import SUPPORTED, open_lead_file


def test_xls_is_offered_and_an_xlsx_renamed_xls_is_read_by_its_content(tmp_path, samples):
    assert "*.xls" in SUPPORTED
    renamed = tmp_path / "leads.xls"
    shutil.copy(samples / "dynamics365-leads-export.xlsx", renamed)
    lead_file = open_lead_file(renamed)
    assert sum(1 for _ in lead_file.records()) > 0


@pytest.mark.parametrize("content, words", [
    (b"<html><body><table><tr><td>Email</td></tr></table></body></html>", "web page"),
    (b"<!DOCTYPE html>\n<html><table></table>", "web page"),
    (b'<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">', "Excel 2003"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old binary Excel"),
])
def test_other_files_named_xls_are_refused_in_plain_words(tmp_path, content, words):
    path = tmp_path / "export.xls"
    path.write_bytes(content)
    with pytest.raises(FileRefused) as refused:
        open_lead_file(path)
    assert words in str(refused.value.describe() if hasattr(refused.value, "describe") else refused.value)
