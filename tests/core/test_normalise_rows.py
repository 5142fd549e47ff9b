"""RowNormaliser: the remembered (memoised) work gives the same records as doing it afresh per row."""

import dataclasses
import random

from leadinbox.core import normalise
from leadinbox.core.errors import RowProblem
from leadinbox.core.headers import match_headers
from leadinbox.core.normalise import RowNormaliser
from leadinbox.core.rawjson import raw_row
from leadinbox.core.records import RECORD_FIELDS, LeadRecord

HEADERS = ["Lead ID", "LeadCreationDateTime", "Customer name", "Company name", "Customer email", "Customer phone",
           "Country", "Offer name", "Offer ID", "Lead source", "Call to action", "Notes", "Updated date"]


def _rows(count: int, seed: int = 5):
    rnd = random.Random(seed)
    for i in range(count):
        yield i + 2, [
            f"id-{rnd.randint(1, count // 2)}", rnd.choice(["2026-03-01T10:00:00Z", "3/7/2026 4:05:09 PM", "", "x"]),
            rnd.choice(["Ann Lee", "Not Specified", "", "陳 怡君"]), rnd.choice(["Contoso Ltd", "MSFT_TEST Co", ""]),
            rnd.choice([f"a{i}@x.example", "", "MSFT_Test@x.example"]),
            rnd.choice(["(425) 555-0100", "06-12345678", "+31 (0)20 555 0134", ""]),
            rnd.choice(["US", "Nederland", "台灣", "n/a", 7]), rnd.choice(["Lead Router", "", "SPZA-PLT|a.b"]),
            rnd.choice(["", "a.b", "A.C"]), rnd.choice(["AppSource", "SPZA-DNC|x.y", "Other"]),
            rnd.choice(["Contact me", "ins", "", "Weird"]), rnd.choice(["", f"note {i}"]), rnd.choice(["", "1/2/2026"]),
        ][: rnd.choice([13, 13, 13, 5])]   # some rows end early


def test_memoised_rows_equal_rows_built_afresh():
    match = match_headers(HEADERS)
    shared = RowNormaliser(HEADERS, match, "pc")
    rows = list(_rows(normalise._MEMO_TRIAL + 500))
    for row_no, cells in rows:
        assert shared.build(row_no, cells) == RowNormaliser(HEADERS, match, "pc").build(row_no, cells)
    # The trial is over: columns whose cells rarely repeat are no longer remembered, repeated ones are.
    assert any(c is normalise.clean for c in shared._cleaners)
    assert any(c is not normalise.clean for c in shared._cleaners)


def test_values_are_the_record_fields_in_order():
    normaliser = RowNormaliser(HEADERS, match_headers(HEADERS), "pc")
    for row_no, cells in _rows(300, seed=9):
        record = normaliser.build(row_no, cells)
        out = normaliser.values(row_no, cells)
        if isinstance(record, RowProblem):
            assert out == record
            continue
        values, kept = out
        assert kept is cells        # the raw row is made from them only for a lead the import keeps
        assert len(values) == len(RECORD_FIELDS)
        assert values == dataclasses.astuple(record)[:-1] and raw_row(kept) == record.raw
        assert record == LeadRecord(*values, raw=raw_row(kept))


def test_microsoft_test_leads_are_flagged_in_any_case():
    normaliser = RowNormaliser(HEADERS, match_headers(HEADERS), "pc")
    row = ["", "", "Ann", "Contoso", "ann@x.example", "", "", "", "", "AppSource", "Contact me", "", ""]
    assert normaliser.build(2, row).is_test is False
    for column, text in ((2, "msft_test Ann"), (3, "MSFT_TEST Contoso"), (4, "MSFT_Test.ann@x.example"),
                         (9, "SPZA-PLT|MSFT_TEST.offer")):
        flagged = list(row)
        flagged[column] = text
        assert normaliser.build(2, flagged).is_test is True, text
    spaced = list(row)
    spaced[3] = "msft test"
    assert normaliser.build(2, spaced).is_test is False
