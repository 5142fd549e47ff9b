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
