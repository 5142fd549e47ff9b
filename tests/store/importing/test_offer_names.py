"""Issue 15, offers named right: an offer id is called what most of its leads call it (ties: the newest); one
row pairing the id with another offer's name renames nothing and is reported; leads that know their offer
only by id show the name a file taught."""

from leadinbox.core.query import InboxQuery
from leadinbox.store import inbox, reports
from leadinbox.store.export import iter_leads
from leadinbox.store.importing.entry import import_path

HEADER = "Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Offer ID,Offer name,Lead source," \
         "Call to action\n"


def write(tmp_path, name, rows):
    path = tmp_path / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def row(n, offer_id, offer_name, day=1):
    return (f"id{n},2026-10-{day:02d}T10:00:00Z,Person {n},Co {n},p{n}@x.example,{offer_id},{offer_name},"
            "AppSource,Contact me\n")


def test_one_row_with_another_offers_name_renames_nothing_and_is_reported(db, tmp_path):
    rows = [row(n, "pub.router", "Lead Router SaaS") for n in range(5)]
    rows += [row(n, "pub.gateway", "Secure Gateway") for n in range(5, 8)]
    rows.append(row(9, "pub.router", "Secure Gateway", day=20))       # the newest row, and a wrong pairing
    import_path(db, write(tmp_path, "a.csv", rows[:8]))
    result = import_path(db, write(tmp_path, "b.csv", rows[8:]))
    [warning] = result.warnings
    assert warning.row == 2 and "pub.router" in warning.reason and "Secure Gateway" in warning.reason
    assert "pub.gateway" in warning.reason
    facets = dict(inbox.facets(db)["offers"])
    assert facets == {"pub.router": "Lead Router SaaS", "pub.gateway": "Secure Gateway"}
    top = reports.top_offers(db, InboxQuery(hide_test=False))
    assert [(name, n) for name, n in top.rows][:2] == [("Lead Router SaaS", 6), ("Secure Gateway", 3)] or \
        dict(top.rows) == {"Lead Router SaaS": 6, "Secure Gateway": 3}


def test_a_lead_that_knows_its_offer_only_by_id_shows_the_name_a_file_taught(db, tmp_path):
    import_path(db, write(tmp_path, "a.csv", [row(1, "pub.router", "Lead Router SaaS")]))
    import_path(db, write(tmp_path, "b.csv", [row(2, "pub.router", "")]))
    exported = {lead["email"]: lead["offer_name"] for chunk in iter_leads(db, InboxQuery(hide_test=False))
                for lead in chunk}
    assert exported == {"p1@x.example": "Lead Router SaaS", "p2@x.example": "Lead Router SaaS"}
    page = inbox._with_offers(db, [{"id": i} for (i,) in db.execute("SELECT id FROM customers ORDER BY id")])
    assert [c["offers"] for c in page] == [["Lead Router SaaS"], ["Lead Router SaaS"]]
