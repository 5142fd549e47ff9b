"""The lazy inbox model: Qt's model tester, badges, paging and sorting in SQL."""

from PySide6.QtCore import QModelIndex, Qt

from leadinbox.core.query import InboxQuery
from leadinbox.ui.inbox.columns import BADGES_ROLE, COL_ACTIVITY, COL_FOLLOWUP, COL_NAME
from leadinbox.ui.inbox.model import PAGE, InboxModel
from leadinbox.store.inbox_source import InboxSource


def names(model):
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def test_passes_qt_model_tester(qtmodeltester, sample_db):
    model = InboxModel(InboxSource(sample_db))
    model.refresh()
    qtmodeltester.check(model)


def test_customers_with_badges_strongest_intent_first(sample_db):
    model = InboxModel(InboxSource(sample_db))
    model.set_query(InboxQuery(view="all"))
    assert model.rowCount() == 10  # the Microsoft test lead is hidden by default
    row = names(model).index("陳怡君")
    chips = model.index(row, COL_ACTIVITY).data(BADGES_ROLE)
    assert [text for text, _ in chips] == ["Get it now", "Contact me", "Test drive"]
    lukas = names(model).index("Lukas Müller")
    assert model.index(lukas, COL_ACTIVITY).data(BADGES_ROLE)[0] == ("Do not contact", "#D55E00")
    assert model.index(lukas, COL_FOLLOWUP).data() == "do not contact"


def test_a_customer_marked_do_not_contact_by_hand_shows_the_stop_badge_too(sample_db):
    from leadinbox.store.work.attempts import set_status
    model = InboxModel(InboxSource(sample_db))
    model.set_query(InboxQuery(view="all"))
    row = names(model).index("陳怡君")
    assert ("Do not contact", "#D55E00") not in model.index(row, COL_ACTIVITY).data(BADGES_ROLE)
    leads = [lead_id for (lead_id,) in sample_db.execute(
        "SELECT l.id FROM leads AS l JOIN customers AS c ON c.id = l.customer_id WHERE c.full_name = ?",
        ("陳怡君",))]
    set_status(sample_db, leads, "dnc")
    model.refresh()
    row = names(model).index("陳怡君")
    chips = model.index(row, COL_ACTIVITY).data(BADGES_ROLE)
    # The stop badge, in the place a marketplace DNC would have it (after the other intents), and said in text.
    assert [text for text, _ in chips] == ["Get it now", "Contact me", "Test drive", "Do not contact"]
    assert model.index(row, COL_ACTIVITY).data().endswith("Do not contact")


def test_leads_appear_under_their_customer(sample_db):
    model = InboxModel(InboxSource(sample_db))
    model.set_query(InboxQuery(view="all", sort="name"))
    parent = model.index(names(model).index("Sanne de Vries"), 0)
    assert model.rowCount(parent) == 2
    chips = [model.index(r, COL_ACTIVITY, parent).data(BADGES_ROLE)[0][0] for r in range(2)]
    assert chips == ["Test drive", "Contact me"]  # newest first
    assert model.parent(model.index(0, 0, parent)) == parent.siblingAtColumn(0)


def test_a_lead_row_puts_its_offer_under_the_offer_header_not_company(sample_db):
    model = InboxModel(InboxSource(sample_db))
    model.set_query(InboxQuery(view="all", sort="name"))
    header = {model.headerData(c, Qt.Orientation.Horizontal): c for c in range(model.columnCount())}
    chen = model.index(names(model).index("陳怡君"), 0)
    lead = model.index(0, 0, chen)
    offer = lead.siblingAtColumn(header["Offer"]).data()
    assert offer == "Lead Router SaaS"
    assert lead.siblingAtColumn(header["Company"]).data() in (None, "")
    # The customer row lists the offers their leads touched; the company stays the customer's.
    assert chen.siblingAtColumn(header["Offer"]).data() == "Lead Router SaaS"
    assert chen.siblingAtColumn(header["Company"]).data().startswith("Tailspin")


def test_test_leads_shown_when_not_hidden(sample_db):
    model = InboxModel(InboxSource(sample_db))
    model.set_query(InboxQuery(view="all", hide_test=False))
    row = [i for i, n in enumerate(names(model)) if n.startswith("MSFT_TEST")]
    assert len(row) == 1 and ("TEST", "neutral") in model.index(row[0], COL_ACTIVITY).data(BADGES_ROLE)


def test_sort_by_header_runs_in_sql(sample_db):
    model = InboxModel(InboxSource(sample_db))
    model.set_query(InboxQuery(view="all"))
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == sorted(names(model), key=str.casefold, reverse=True)


def test_pages_are_fetched_on_demand(db, qtmodeltester):
    for i in range(PAGE * 2 + 5):
        db.execute("INSERT INTO customers (key, full_name, lead_count, latest_at) VALUES (?, ?, 0, ?)",
                   (f"e:{i}@x", f"P{i:04d}", f"2026-10-01T00:00:{i % 60:02d}Z"))
    model = InboxModel(InboxSource(db))
    model.set_query(InboxQuery(view="all", sort="name"))
    assert model.rowCount() == PAGE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE * 2 + 5 and not model.canFetchMore(QModelIndex())
    assert names(model)[-1] == f"P{PAGE * 2 + 4:04d}"
    qtmodeltester.check(model)


def test_countdown_ticks_with_the_clock_and_overdue_sort_first(qtmodeltester, sample_db):
    from datetime import datetime, timedelta, timezone
    from leadinbox.ui.inbox.columns import COL_ATTEMPTS, COL_STATUS
    clock = [datetime(2026, 10, 3, 14, 0, tzinfo=timezone.utc)]
    model = InboxModel(InboxSource(sample_db, lambda: clock[0]), clock=lambda: clock[0])
    model.set_query(InboxQuery(view="all"))
    qtmodeltester.check(model)
    smith = names(model).index("John Smith")          # his Contact me arrived 2 Oct 00:00: due 3 Oct 00:00
    assert model.index(smith, COL_FOLLOWUP).data() == "reply overdue 14 h"
    sanne = names(model).index("Sanne de Vries")      # due 3 Oct 19:00
    assert model.index(sanne, COL_FOLLOWUP).data() == "reply due in 5 h"
    assert model.index(sanne, COL_STATUS).data() == "New" and model.index(sanne, COL_ATTEMPTS).data() == ""
    dues = [model.index(r, COL_FOLLOWUP).data() for r in range(model.rowCount())]
    overdue = [i for i, d in enumerate(dues) if "overdue" in d]
    assert overdue == list(range(len(overdue)))       # the overdue come first
    clock[0] += timedelta(hours=6)
    model.tick()
    assert model.index(sanne, COL_FOLLOWUP).data() == "reply overdue 1 h"


def test_counts_come_from_another_connection_and_only_the_newest_is_told(qtbot, sample_db):
    """Counting a filter on leads takes seconds at a million: it runs off the GUI thread, on a read-only
    connection of its own, and an answer overtaken by a newer query is dropped."""
    model = InboxModel(InboxSource(sample_db))
    told = []
    model.counts_changed.connect(lambda c, n: told.append((c, n)))
    model.set_query(InboxQuery(view="all"))
    model.recount()
    model.set_query(InboxQuery(view="dnc"))
    model.recount()
    assert told == []                                    # nothing is counted on the GUI thread
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    qtbot.wait(100)                                      # the first answer, if it were told, would be in by now
    assert told == [InboxSource(sample_db).count(InboxQuery(view="dnc"))] == [(1, 1)]


def _many_customers(db, n):
    for i in range(n):
        db.execute("INSERT INTO customers (key, full_name, lead_count, latest_at) VALUES (?, ?, 0, ?)",
                   (f"e:{i}@x", f"P{i:04d}", f"2026-10-01T00:00:{i % 60:02d}Z"))


def test_once_counted_the_list_has_a_row_for_every_customer(db, qtmodeltester):
    _many_customers(db, PAGE * 3 + 7)
    model = InboxModel(InboxSource(db))
    model.set_query(InboxQuery(view="all", sort="name"))
    assert model.rowCount() == PAGE
    model.recount()                       # the scrollbar spans the whole list, not the pages read so far
    assert model.rowCount() == PAGE * 3 + 7 and not model.canFetchMore(QModelIndex())
    assert model.index(PAGE * 3 + 6, COL_NAME).data() == f"P{PAGE * 3 + 6:04d}"   # the last page, read on demand
    assert names(model) == [f"P{i:04d}" for i in range(PAGE * 3 + 7)]
    qtmodeltester.check(model)


def test_sorting_keeps_the_whole_list(db):
    _many_customers(db, PAGE + 3)
    model = InboxModel(InboxSource(db))
    model.set_query(InboxQuery(view="all", sort="name"))
    model.recount()
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == PAGE + 3
    assert names(model) == [f"P{i:04d}" for i in reversed(range(PAGE + 3))]


def test_a_count_from_before_a_reset_does_not_stretch_the_new_list(db):
    _many_customers(db, PAGE + 3)
    model = InboxModel(InboxSource(db))
    model.set_query(InboxQuery(view="all", sort="name"))
    told = []
    model.counts_changed.connect(lambda c, _l: told.append(c))
    resets = model._resets
    db.execute("DELETE FROM customers WHERE full_name > 'P0004'")
    model.refresh()                                             # a reset after the count was asked ...
    model._told(resets, PAGE + 3, PAGE + 3)                     # ... and its stale answer
    assert model.rowCount() == 5 and told == [PAGE + 3]


def test_rows_counted_but_gone_show_nothing(db, qtmodeltester):
    _many_customers(db, PAGE + 3)
    model = InboxModel(InboxSource(db))
    model.set_query(InboxQuery(view="all", sort="name"))
    model.recount()
    db.execute("DELETE FROM customers WHERE full_name >= ?", (f"P{PAGE + 1:04d}",))   # another program erased two
    assert model.index(PAGE, COL_NAME).data() == f"P{PAGE:04d}"
    assert model.index(PAGE + 2, COL_NAME).data() is None
    assert model.customer_at(model.index(PAGE + 2, 0)) is None and not model.hasChildren(model.index(PAGE + 2, 0))
    qtmodeltester.check(model)


def test_a_list_longer_than_the_limit_grows_by_pages(db, monkeypatch):
    """Qt lays out every top-level row on each refresh: past FULL_LIST_MAX the list stays paged."""
    from leadinbox.ui.inbox import model as inbox_model
    monkeypatch.setattr(inbox_model, "FULL_LIST_MAX", PAGE + 2)
    _many_customers(db, PAGE + 3)
    model = InboxModel(InboxSource(db))
    model.set_query(InboxQuery(view="all", sort="name"))
    model.recount()
    assert model.rowCount() == PAGE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE + 3


def test_rows_not_read_yet_are_not_read_to_tell_they_have_leads(db):
    """The view asks hasChildren of every row when it lays the list out: that must not read every page."""
    _many_customers(db, PAGE * 3)
    model = InboxModel(InboxSource(db))
    model.set_query(InboxQuery(view="all", sort="name"))
    model.recount()
    pages = []
    real = model._source.page
    model._source.page = lambda *a: pages.append(a) or real(*a)
    assert all(model.hasChildren(model.index(r, 0)) for r in range(PAGE, PAGE * 3))
    assert pages == []


def test_a_lead_row_names_an_offer_its_file_gave_only_by_id(db, tmp_path):
    """A Salesforce-style file names the offer by id; the samples' own file named it: the row says the name."""
    from leadinbox.store.importing.entry import import_path
    from leadinbox.ui.inbox.columns import COL_OFFER
    header = ("Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Customer phone,Country,"
              "Offer name,Offer ID,Lead source,Call to action\n")
    (tmp_path / "a.csv").write_text(header + "b1,2026-10-01T10:00:00Z,Bob Ray,Bco,bob@bco.example,,US,"
                                    "Secure Gateway,contoso.gw,AppSource,Contact me\n"
                                    "a1,2026-10-02T10:00:00Z,Ann Lee,Fab,ann@fab.example,,NL,,contoso.gw,AppSource,"
                                    "Contact me\n", encoding="utf-8")
    import_path(db, tmp_path / "a.csv")
    model = InboxModel(InboxSource(db))
    model.set_query(InboxQuery(view="all", sort="name"))
    parent = model.index(names(model).index("Ann Lee"), 0)
    assert model.index(0, COL_OFFER, parent).data() == "Secure Gateway"
