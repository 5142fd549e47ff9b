"""The quick filters' choices: offers and countries only test leads have are offered only while test leads
show."""

from leadinbox.store.inbox import facets
from leadinbox.store.importing.entry import import_path


def test_offers_and_countries_of_test_leads_only_follow_hide_test(db, samples):
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    # The Microsoft test lead (offer 'Contoso Test') is its own customer: give it a country nobody else has.
    db.execute("UPDATE customers SET country_code = 'IE' WHERE is_test")
    hidden, shown = facets(db, hide_test=True), facets(db, hide_test=False)
    assert "Contoso Test" not in [label for _, label in hidden["offers"]]
    assert "Contoso Test" in [label for _, label in shown["offers"]]
    assert "IE" not in dict(hidden["countries"]) and "IE" in dict(shown["countries"])
    assert [o for o in shown["offers"] if o[1] != "Contoso Test"] == hidden["offers"]
    assert facets(db) == hidden                         # the inbox starts with test leads hidden


def test_a_customer_with_real_leads_keeps_the_offer_of_their_test_lead_hidden(db, samples):
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    # A test lead inside a real customer's history: the customer (and their country) stays, the offer of
    # nothing but that test lead goes.
    db.execute("""UPDATE leads SET is_test = 1, offer_key = 'pub.only-test', offer_name = 'Only Test'
                  WHERE id = (SELECT min(id) FROM leads WHERE email = 'aiko@woodgrove.example')""")
    assert "pub.only-test" not in dict(facets(db, hide_test=True)["offers"])
    assert "JP" in dict(facets(db, hide_test=True)["countries"])


def test_the_countries_and_owners_are_what_grouping_every_row_gives(db, samples):
    """facets() reads countries and owners key to key in an index (m017); the answer is that of grouping."""
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    db.execute("UPDATE leads SET owner = 'b@x.example' WHERE id % 3 = 0")
    db.execute("UPDATE customers SET is_test = 1, country_code = 'IE' WHERE id = (SELECT min(id) FROM customers)")
    for hide_test in (True, False):
        test = " AND NOT is_test" if hide_test else ""
        countries = db.execute(f"""SELECT country_code, country_code FROM customers WHERE country_code IS NOT NULL{test}
                                   GROUP BY country_code ORDER BY 1""").fetchall()
        owners = [r[0] for r in db.execute("SELECT DISTINCT owner FROM leads WHERE owner IS NOT NULL ORDER BY 1")]
        got = facets(db, hide_test=hide_test)
        assert (got["countries"], got["owners"]) == (countries, owners)
        assert len(countries) > 3 and owners
