"""Phone numbers in the search: the forms indexed for a number, and which searches are typed as one."""

import pytest

from leadinbox.core.phones import SEARCH_MARK, search_text
from leadinbox.core.query import InboxQuery


@pytest.mark.parametrize("raw, e164, forms", [
    # In one piece each: the digits as written, E.164, national, national with the trunk prefix.
    ("+31 20 123 4567", "+31201234567", ["31201234567", "201234567", "0201234567"]),
    ("0612345678", "+31612345678", ["0612345678", "31612345678", "612345678"]),
    ("(425) 555-0100", "+14255550100", ["4255550100", "14255550100"]),
    ("+39 06 1234 5678", "+390612345678", ["390612345678", "0612345678"]),     # Italy dials no trunk 0
    ("+36 1 234 5678", "+3612345678", ["3612345678", "12345678", "0612345678"]),    # Hungary's is 06
    ("+31 (0)20 123 4567", "+31201234567", ["310201234567", "31201234567", "201234567", "0201234567"]),
    ("12345", None, ["12345"]),                    # not readable as E.164: as written only
    (None, "+31201234567", ["31201234567", "201234567", "0201234567"]),
])
def test_a_number_is_indexed_in_the_forms_people_type(raw, e164, forms):
    assert search_text(raw, e164) == " ".join(SEARCH_MARK + form for form in forms)


def test_the_mark_is_a_token_but_never_part_of_a_typed_word():
    assert InboxQuery(search=SEARCH_MARK + "31 jan").search_terms() == ["31", "jan"]


def test_no_number_no_text():
    assert search_text(None, None) is None and search_text("", None) is None


@pytest.mark.parametrize("search, digits", [
    ("+31", "31"), ("+31 20 123", "3120123"), ("020 123 4567", "0201234567"), ("(425) 555-0100", "4255550100"),
    ("020.123.45", "02012345"), (" 0201234567 ", "0201234567"), ("０２０ １２３", "020123"),
    ("3M", None), ("Tailspin 2026", None), ("sanne", None), ("+", None), ("( )", None), ("", None),
])
def test_a_search_typed_as_a_phone_number_gives_its_digits(search, digits):
    assert InboxQuery(search=search).phone_digits() == digits
