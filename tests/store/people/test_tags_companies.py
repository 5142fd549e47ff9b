"""Tags on a selection (filter, undo) and companies (name without legal form, business domain)."""

import pytest

from leadinbox.core.companies import business_domain
from leadinbox.core.query import InboxQuery
from leadinbox.core.manual import manual_lead_file
from leadinbox.store import inbox
from leadinbox.store.importing.writer import import_lead_file
from leadinbox.store.people import companies, tags
from leadinbox.store.work.attempts import NotAllowed
from tests.store.people.conftest import cid

SANNE, JOHN = "sanne.devries@fabrikam.example", "jsmith@contoso.example"


def test_tags_on_a_selection_filter_and_undo(loaded):
    a, b = cid(loaded, SANNE), cid(loaded, JOHN)
    assert tags.add_tag(loaded, [a], "Trade show") == [a]
    assert tags.add_tag(loaded, [a, b], "  trade   SHOW ") == [b]       # same tag, whatever its case
    assert {r["id"] for r in inbox.customer_page(loaded, InboxQuery(tag="trade show"), 0, 50)} == {a, b}
    assert inbox.count_matches(loaded, InboxQuery(tag="Trade show"))[0] == 2
    assert tags.all_tags(loaded) == [("Trade show", 2)]
    tags.untag(loaded, [b], "Trade show")                                 # undo of the second add
    removed = tags.remove_tag(loaded, [a, b], "trade show")
    assert [r[0] for r in removed] == [a]
    tags.restore(loaded, removed)
    assert tags.tags_of(loaded, [a, b]) == {a: ["Trade show"]}
    for bad in ("", "   ", "a,b", "x" * 41):
        with pytest.raises(NotAllowed):
            tags.add_tag(loaded, [a], bad)


def test_business_domains_leave_free_mail_out():
    assert business_domain("sanne@Fabrikam.NL") == "fabrikam.nl"
    assert business_domain("someone@gmail.com") is None
    assert business_domain("x@mail.yahoo.co.jp") is None
    assert business_domain("x@localhost") is None and business_domain(None) is None


def test_customers_of_one_company_by_name_or_business_domain(loaded):
    base = {"action": "PLT", "date": "2026-11-02T10:00:00Z"}
    for values in ({"email": "anna@fabrikam.example", "name": "Anna", "company": "fabrikam bv"},
                   {"email": "bob@fabrikam.example", "name": "Bob"},                       # same domain, no company
                   {"email": "carl@gmail.com", "name": "Carl", "company": "Fabrikam"},      # same name, free mail
                   {"email": "dirk@gmail.com", "name": "Dirk"}):                            # nothing in common
        import_lead_file(loaded, manual_lead_file({**base, **values}))
    sanne = cid(loaded, SANNE)
    key = companies.company_of(loaded, sanne)
    assert key == "fabrikam"
    names = {m["full_name"] for m in companies.members(loaded, key)}
    assert names == {"Sanne de Vries", "Anna", "Bob", "Carl"}
    shown = {r["full_name"] for r in inbox.customer_page(loaded, InboxQuery(company=key), 0, 50)}
    assert shown == names
    assert companies.company_of(loaded, cid(loaded, "dirk@gmail.com")) is None
    assert companies.company_of(loaded, cid(loaded, "bob@fabrikam.example")) == "@fabrikam.example"
    assert companies.name_of(loaded, key) in ("Fabrikam B.V.", "fabrikam bv", "Fabrikam")
    # Worked out again when the company changes.
    from leadinbox.store.people import edits
    edits.edit_contact(loaded, cid(loaded, "carl@gmail.com"), {"company": "Contoso"})
    assert "Carl" not in {m["full_name"] for m in companies.members(loaded, key)}
