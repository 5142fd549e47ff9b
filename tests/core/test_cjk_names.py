"""Chinese, Japanese and Korean names given as first and last name read family name first, without a space."""

import pytest

from leadinbox.core.headers import match_headers
from leadinbox.core.names import join_name, split_full_name
from leadinbox.core.normalise import RowNormaliser


@pytest.mark.parametrize("first, last, full", [
    ("志明", "陳", "陳志明"), ("さくら", "山田", "山田さくら"), ("翔太", "佐藤", "佐藤翔太"), ("민준", "김", "김민준"),
    (" 志明", "陳 ", "陳志明"),
    ("陳", "怡君", "陳怡君"), ("王", "小明", "王小明"), ("김", "민준", "김민준"), ("欧阳", "娜娜", "欧阳娜娜"),   # family first
    ("林", "陳", "陳林"),                  # both could be: the last name is the family name
    ("Sanne", "de Vries", "Sanne de Vries"), ("Wei", "陳", "Wei 陳"), ("志明", "Chen", "志明 Chen"),
    ("Anna", None, "Anna"), (None, "陳", "陳"), (None, None, None),
])
def test_join_name(first, last, full):
    assert join_name(first, last) == full


def test_a_cjk_full_name_with_a_space_splits_family_name_first():
    assert split_full_name("陳 志明") == ("志明", "陳")
    assert join_name(*split_full_name("陳 志明")) == "陳志明"
    assert split_full_name("陳志明") == ("陳志明", None)
    assert split_full_name("Sanne de Vries") == ("Sanne", "de Vries")


def test_a_file_with_first_and_last_name_columns():
    headers = ["First Name", "Last Name", "Email", "Company", "Lead Source"]
    normaliser = RowNormaliser(headers, match_headers(headers), "marketo")
    record = normaliser.build(2, ["志明", "陳", "chen@contoso.example", "Contoso", "AppSource"])
    assert (record.full_name, record.first_name, record.last_name) == ("陳志明", "志明", "陳")
    record = normaliser.build(3, ["Sanne", "de Vries", "sanne@contoso.example", "Contoso", "AppSource"])
    assert record.full_name == "Sanne de Vries"
