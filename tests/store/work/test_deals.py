"""Deal values on Won and Qualified leads; the value won and in the pipeline per offer."""

import pytest

from leadinbox.store.importing.entry import import_path
from leadinbox.store.work import deals
from leadinbox.store.work.attempts import NotAllowed, set_status


@pytest.fixture
def loaded(db, samples):
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    return db


def test_values_only_on_won_or_qualified_and_undo(loaded):
    a, b, c = [r[0] for r in loaded.execute("SELECT id FROM leads WHERE status = 'new' ORDER BY id LIMIT 3")]
    with pytest.raises(NotAllowed):
        deals.set_deal(loaded, [a], 1000, "EUR")
    set_status(loaded, [a], "won")
    set_status(loaded, [b], "qualified")
    for bad in ((-1, "EUR"), (float("nan"), "EUR"), (10, "euro")):
        with pytest.raises(NotAllowed):
            deals.set_deal(loaded, [a], *bad)
    before = deals.set_deal(loaded, [a], 12000, "eur")
    deals.set_deal(loaded, [b], 5000, "EUR")
    assert before == {a: None} and deals.deal_of(loaded, a) == (12000.0, "EUR")
    values = deals.value_per_offer(loaded)
    assert sum(v["won"] for v in values) == 12000 and sum(v["pipeline"] for v in values) == 5000
    deals.restore_deals(loaded, before)
    assert deals.deal_of(loaded, a) is None
    assert c not in {r[0] for r in loaded.execute("SELECT lead_id FROM deals")}


def test_the_reports_carry_the_value_won_and_in_the_pipeline(loaded):
    from leadinbox.core.query import InboxQuery
    from leadinbox.store.reports import report_set
    a, b = [r[0] for r in loaded.execute("SELECT id FROM leads WHERE status = 'new' ORDER BY id LIMIT 2")]
    set_status(loaded, [a], "won")
    set_status(loaded, [b], "qualified")
    deals.set_deal(loaded, [a], 1000, "EUR")
    deals.set_deal(loaded, [b], 250.5, "EUR")
    found = report_set(loaded, InboxQuery(hide_test=False)).deals
    assert sum(d["won"] for d in found) == 1000 and sum(d["pipeline"] for d in found) == 250.5


def test_exports_name_the_customers_tags(loaded, tmp_path):
    import csv
    from leadinbox.core.query import InboxQuery
    from leadinbox.store.export import export_leads
    from leadinbox.store.people import tags
    sanne = loaded.execute("SELECT id FROM customers WHERE email LIKE 'sanne%'").fetchone()[0]
    tags.add_tag(loaded, [sanne], "VIP")
    tags.add_tag(loaded, [sanne], "Trade show")
    out = tmp_path / "x.csv"
    export_leads(loaded, InboxQuery(view="all"), out, "csv")
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["Tags"] for r in rows if r["Email"].startswith("sanne")} == {"Trade show, VIP"}
    assert {r["Tags"] for r in rows if not r["Email"].startswith("sanne")} == {""}
