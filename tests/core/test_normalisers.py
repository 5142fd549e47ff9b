import pytest

from leadinbox.core.countries import country_code
from leadinbox.core.identity import customer_key
from leadinbox.core.names import company_key, split_full_name
from leadinbox.core.phones import to_e164
from leadinbox.core.text import clean


@pytest.mark.parametrize("raw", ["US", "us", "USA", "United States", "United States of America", "Verenigde Staten", "美國"])
def test_united_states_spellings(raw):
    assert country_code(raw) == "US"


@pytest.mark.parametrize("raw, code", [("Nederland", "NL"), ("the Netherlands", "NL"), ("荷蘭", "NL"),
                                       ("台灣", "TW"), ("臺灣", "TW"), ("Taiwan", "TW"), ("Deutschland", "DE"),
                                       ("NLD", "NL"), ("Atlantis", None), (None, None)])
def test_country_names_in_several_languages(raw, code):
    assert country_code(raw) == code


@pytest.mark.parametrize("raw, country, e164", [
    ("+31 20 555 0134", None, "+31205550134"), ("0612345678", "NL", "+31612345678"),
    ("+31 (0)20 555 0134", None, "+31205550134"), ("(425) 555-0100", "US", "+14255550100"),
    ("call me", "US", None), ("", None, None),
])
def test_phone_e164(raw, country, e164):
    assert to_e164(raw, country) == e164


@pytest.mark.parametrize("a, b", [("Contoso Ltd", "Contoso Ltd."), ("Fabrikam B.V.", "fabrikam"),
                                  ("Tailspin 科技股份有限公司", "Tailspin 科技"), ("Litware GmbH", "LITWARE"),
                                  ("Proseware, Inc.", "Proseware")])
def test_company_suffixes_ignored(a, b):
    assert company_key(a) == company_key(b)


def test_customer_key_prefers_email_then_name_and_company():
    assert customer_key("a@b.example", "X", "Y") == "e:a@b.example"
    assert customer_key(None, "Chloé  Lefèvre", "A. Datum SA") == customer_key(None, "chloe lefevre", "A Datum")
    assert customer_key(None, None, "Contoso") is None


def test_split_keeps_particles_with_surname():
    assert split_full_name("Sanne de Vries") == ("Sanne", "de Vries")


@pytest.mark.parametrize("raw", ["Not Specified", "  ", "N/A", None, "\x00"])
def test_placeholders_become_missing(raw):
    assert clean(raw) is None


def test_formula_like_text_stays_text():
    assert clean(" =HYPERLINK(1) ") == "=HYPERLINK(1)"
