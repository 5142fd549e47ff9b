"""Property tests over the value parsers: any text (or cell value) gives an answer or the documented refusal,
never another exception. Bounded in CI; `HYPOTHESIS_PROFILE=long` runs thousands of examples."""

from __future__ import annotations

from datetime import date, datetime, timezone

from hypothesis import example, given
from hypothesis import strategies as st

from leadinbox.core import leadsource
from leadinbox.core.countries import country_code
from leadinbox.core.dates import BadDate, to_utc_iso
from leadinbox.core.errors import RowProblem
from leadinbox.core.headers import match_headers, normalise_header, recognise_layout
from leadinbox.core.identity import customer_key, normal_email
from leadinbox.core.names import company_key, person_key, split_full_name
from leadinbox.core.normalise import RowNormaliser
from leadinbox.core.phones import to_e164
from leadinbox.core.records import LeadRecord
from leadinbox.core.text import clean, fold

# Text as lead files hold it: any Unicode, with a bias towards the characters the parsers look at.
SEPARATORS = st.sampled_from(list("|-/.:, \t+()@Zz") + ["\u00a0", "\u3000", "\x00", "\ufeff", "T", "PM"])
TEXT = st.one_of(st.text(max_size=80), st.lists(st.one_of(SEPARATORS, st.text(max_size=6),
                                                          st.integers(0, 99999).map(str)), max_size=12).map("".join))
CELL = st.one_of(st.none(), TEXT, st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
                 st.booleans(), st.datetimes(), st.dates())


@given(TEXT)
@example("AzureMarketplace-StartTestDrive|Red Hat OpenShift")
@example("-|")
@example("|||---")
def test_leadsource_parses_anything(raw):
    parsed = leadsource.parse(raw)
    assert isinstance(parsed, leadsource.LeadSource)
    assert isinstance(leadsource.looks_composite(raw), bool)
    leadsource.call_to_action(parsed.action)


ISO = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"


@given(CELL)
@example("2026-02-30T10:00:00Z")
@example("99999")
@example("13/13/2026 25:61:61 PM")
@example(float("nan"))
@example(1e308)
@example("1:2F1:2F0")
@example("0001-01-01T00:00:00+01:00")     # found: OverflowError out of the time zone shift
@example(date(999, 1, 1))                 # found: '999-01-01T…', not ISO
def test_dates_parse_or_refuse(value):
    try:
        out = to_utc_iso(value)
    except BadDate:
        return
    if out is not None:
        assert datetime.strptime(out, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


@given(TEXT, st.one_of(st.none(), st.sampled_from(["US", "NL", "TW", "DE", "XX", ""]), st.text(max_size=3)))
@example("+" + "9" * 17, "US")
@example("٠٦١٢٣٤٥٦٧٨", "NL")
def test_phones_never_raise(raw, country):
    out = to_e164(raw, country)
    assert out is None or (out.startswith("+") and out[1:].isdigit())


@given(TEXT)
@example("台灣")
@example("..,,__")
def test_countries_never_raise(raw):
    out = country_code(raw)
    assert out is None or (len(out) == 2 and out.isupper())


@given(CELL)
def test_cleaning_and_keys_never_raise(value):
    text = clean(value)
    assert text is None or (text == text.strip() and "\x00" not in text)
    if text:
        fold(text)
        split_full_name(text)
        person_key(text)
        company_key(text)
        normal_email(text)
        customer_key(normal_email(text), text, text)


@given(TEXT)
@example(" MailTo:Ann@X.Example ")
def test_normal_email_is_what_the_importer_keeps(raw):
    """`leadinbox erase EMAIL` finds the customer only if it normalises the way an import does."""
    row = RowNormaliser(["Email", "Name"], match_headers(["Email", "Name"]), "generic").build(2, [raw, "Ann"])
    if isinstance(row, LeadRecord):
        assert row.email == normal_email(raw)


@given(st.lists(st.one_of(st.none(), TEXT), max_size=12))
@example(["Email", "Email", "E-mail", None, ""])
def test_headers_match_anything(headers):
    match = match_headers(headers)
    recognise_layout(headers, match)
    assert all(0 <= i < len(headers) for i in match.columns)
    [normalise_header(h) for h in headers]


HEADERS = ["Email", "Customer name", "Company", "Phone", "Country", "Lead source", "Call to action",
           "Offer name", "Created date", "Updated date", "CustomerInfo", "Notes"]


@given(st.lists(CELL, max_size=len(HEADERS) + 3))
@example(["a@x.example", "Ann", None, None, None, None, None, None, None, None, '{"FirstName": {"x": 1}}'])
@example(["a@x.example", "Ann", None, None, None, None, None, None, None, None, "[1, 2]"])
def test_a_row_of_anything_is_a_record_or_a_row_problem(cells):
    builder = RowNormaliser(HEADERS, match_headers(HEADERS), "generic")
    out = builder.build(7, cells)
    if out is None:      # a blank line: no cell holds anything
        assert all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)
        return
    assert isinstance(out, (LeadRecord, RowProblem))
    if isinstance(out, RowProblem):
        assert out.row == 7 and out.reason
    else:
        assert out.customer_key and isinstance(out.raw, str)


def test_far_years_are_refused_as_bad_dates_not_crashes():
    """Regressions found by the fuzzer: a row with such a date is skipped with its reason, the file imports."""
    for value in ("0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "0999-01-01", date(999, 1, 1),
                  datetime(1, 1, 1, 0, 0)):
        try:
            to_utc_iso(value)
        except BadDate as exc:
            assert "not a plausible date" in str(exc)
        else:
            raise AssertionError(f"{value!r} was accepted")
    assert to_utc_iso("1900-01-01T00:00:00Z") == "1900-01-01T00:00:00Z"


def test_dates_of_every_kind_are_handled():
    """The strategies above also reach date and datetime cells; one of each, checked exactly."""
    assert to_utc_iso(date(2026, 10, 2)) == "2026-10-02T00:00:00Z"
    assert to_utc_iso(datetime(2026, 10, 2, 7, 30, tzinfo=timezone.utc)) == "2026-10-02T07:30:00Z"


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
@example(" Anne-Marie  O'Brien (Sales)\t")
@example("\x1c\x1f.,;")
def test_an_ascii_name_keys_as_the_folding_path_keys_it(name):
    """person_key's shortcut for ASCII names gives what folding and the punctuation pattern give."""
    from leadinbox.core.names import _PUNCT
    assert person_key(name) == (_PUNCT.sub("", fold(name)) or None if name else None)


@given(st.one_of(st.text(alphabet=st.characters(max_codepoint=127), max_size=40),
                 st.lists(st.sampled_from(["Contoso", "Ltd.", "B.V.", "gmbh & co kg", "Inc", " ", ",", "-", "&", "Co"]),
                          max_size=6).map("".join)))
@example("Contoso Holdings B.V. Inc")
@example("Tailspin 科技股份有限公司")
def test_a_company_key_starts_its_bound(company):
    """The name join skips a company whose bound no wanted key starts: its key must always start the bound."""
    from leadinbox.core.names import company_key_bound
    bound = company_key_bound(company)
    if company.isascii():
        assert bound is not None and bound.startswith(company_key(company) or "")
    else:
        assert bound is None
