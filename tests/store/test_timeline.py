"""The timeline's leads say what their file said that could not be read, and name an offer known by id only."""

import pytest

from leadinbox.store.importing.entry import import_path
from leadinbox.store.timeline import customer_timeline

HEADER = ("Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Customer phone,Country,"
          "Offer name,Offer ID,Lead source,Call to action\n")


def write(tmp_path, name: str, body: str):
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


@pytest.fixture
def ann(db, tmp_path):
    """Ann's lead names its offer by id only, and has a date, phone and country that cannot be read; other
    files name the ids (one of them by two names, most leads by one)."""
    import_path(db, write(tmp_path, "ann.csv",
                          "a1,31/02/2026,Ann Lee,Fab,ann@fab.example,12,Atlantis,,contoso.gw,AppSource,Contact me\n"
                          "a2,2026-10-03T10:00:00Z,Ann Lee,Fab,ann@fab.example,,NL,,contoso.router,AppSource,"
                          "Contact me\n"
                          "a3,2026-10-04T10:00:00Z,Ann Lee,Fab,ann@fab.example,,NL,,nobody.named,AppSource,"
                          "Contact me\n"))
    import_path(db, write(tmp_path, "named.csv",
                          "b1,2026-10-01T10:00:00Z,Bob Ray,Bco,bob@bco.example,,US,Secure Gateway,contoso.gw,"
                          "AppSource,Contact me\n"
                          "c1,2026-10-01T11:00:00Z,Cy Po,Cco,cy@cco.example,,US,Secure Gateway,contoso.gw,"
                          "AppSource,Contact me\n"
                          "d1,2026-10-09T10:00:00Z,Di Lu,Dco,di@dco.example,,US,Gateway (old),contoso.gw,"
                          "AppSource,Contact me\n"
                          "e1,2026-10-01T10:00:00Z,Ed Ko,Eco,ed@eco.example,,US,Lead Router,contoso.router,"
                          "AppSource,Contact me\n"))
    return db.execute("SELECT id FROM customers WHERE email = 'ann@fab.example'").fetchone()[0]


def leads_of(db, customer_id):
    return {e["offer_id"]: e for e in customer_timeline(db, customer_id) if e["kind"] == "lead"}


def test_a_lead_says_what_its_file_said_that_could_not_be_read(db, ann):
    leads = leads_of(db, ann)
    assert leads["contoso.gw"]["unreadable"] == {"created_at": "31/02/2026", "country": "Atlantis", "phone": "12"}
    assert leads["contoso.router"]["unreadable"] == {}


def test_an_offer_known_by_id_takes_the_name_most_of_its_leads_give(db, ann):
    leads = leads_of(db, ann)
    assert leads["contoso.gw"]["offer_name"] == "Secure Gateway"      # two leads say so, a newer one otherwise
    assert leads["contoso.router"]["offer_name"] == "Lead Router"      # the one name a file gave it
    assert leads["nobody.named"]["offer_name"] is None                 # no file named it: the id it is


def test_a_deal_on_such_a_lead_names_its_offer_too(db, ann):
    from leadinbox.store.work import deals
    from leadinbox.store.work.attempts import set_status
    lead = leads_of(db, ann)["contoso.gw"]["id"]
    set_status(db, [lead], "won")
    deals.set_deal(db, [lead], 100, "EUR")
    [deal] = [e for e in customer_timeline(db, ann) if e["kind"] == "deal"]
    assert deal["offer_name"] == "Secure Gateway"


def test_the_name_counted_for_an_id_follows_new_leads(db, ann, tmp_path, monkeypatch):
    """Counting an id's names is a pass over every lead: asked again with nothing written, it is not counted
    again; a later import that makes another name the most used one is seen."""
    from leadinbox.store import offers
    assert leads_of(db, ann)["contoso.gw"]["offer_name"] == "Secure Gateway"
    counted = []
    real = db.execute
    monkeypatch.setattr(db, "execute", lambda sql, *a: (counted.append(sql) if "GROUP BY offer_name" in sql else None,
                                                         real(sql, *a))[1])
    assert offers.names_of_ids(db, ["contoso.gw"]) == {"contoso.gw": "Secure Gateway"}
    assert counted == []
    monkeypatch.undo()
    import_path(db, write(tmp_path, "renamed.csv", "".join(
        f"r{n},2026-11-0{n}T10:00:00Z,P{n} Qu,Pco,p{n}@pco.example,,US,Gateway (old),contoso.gw,AppSource,"
        f"Contact me\\n" for n in range(1, 4))))
    assert leads_of(db, ann)["contoso.gw"]["offer_name"] == "Gateway (old)"
