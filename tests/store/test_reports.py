"""Report aggregates against a small known data set: exact numbers."""

from datetime import date, datetime, timezone

import pytest

from leadinbox.core.query import InboxQuery
from leadinbox.core.reports import Funnel, ResponseWeek, percent
from leadinbox.store import reports
from leadinbox.store.work import attempts as followup
from leadinbox.store.importing.entry import import_path

NOW = datetime(2026, 10, 27, 12, 0, tzinfo=timezone.utc)
ROWS = [  # email, name, country, call to action, offer name, offer id, lead source, created
    ("a@x.example", "Ann A", "US", "Contact me", "Router", "contoso.router", "AppSource",
     "2026-10-05T08:00:00Z"),
    ("b@x.example", "Bob B", "NL", "Contact me", "Router", "contoso.router", "AppSource",
     "2026-10-06T10:00:00Z"),
    ("c@x.example", "Cy C", "NL", "Get it now", "Gateway", "contoso.gateway", "AppSource",
     "2026-10-07T12:00:00Z"),
    ("d@x.example", "Di D", "DE", "Test drive", "Gateway", "contoso.gateway", "Azure Marketplace",
     "2026-10-12T09:00:00Z"),
    ("e@x.example", "Ed E", "US", "Do not contact", "Router", "contoso.router", "Azure Marketplace",
     "2026-10-13T09:00:00Z"),
    ("f@x.example", "Flo F", "US", "Contact me", "Router", "contoso.router", "Azure Marketplace",
     "2026-10-14T09:00:00Z"),
    ("g@x.example", "Gu G", "TW", "Create", "Gateway", "contoso.gateway", "Azure Marketplace",
     "2026-10-27T10:00:00Z"),
    ("t@x.example", "MSFT_TEST", "US", "Contact me", "Router", "contoso.router", "AppSource",
     "2026-10-27T11:00:00Z"),
]


def at(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.fixture
def known(db, tmp_path):
    path = tmp_path / "known.csv"
    header = "Email,Full Name,Country,Call to action,Offer name,Offer ID,Lead source,Created date\n"
    path.write_text(header + "".join(",".join(row) + "\n" for row in ROWS), encoding="utf-8")
    assert import_path(db, path).new_leads == 8
    cid = {email[0]: cust for email, cust in db.execute("SELECT email, id FROM customers")}
    lead = {email[0]: lid for email, lid in db.execute("SELECT email, id FROM leads")}

    def attempt(who, channel, outcome, when):
        followup.log_attempt(db, cid[who], channel, outcome, at=at(when), now=NOW)

    attempt("a", "email", "no_answer", "2026-10-05T09:00:00Z")          # 1 h: in time
    attempt("a", "call", "replied", "2026-10-07T09:00:00Z")
    followup.set_status(db, [lead["a"]], "qualified", now=at("2026-10-08T09:00:00Z"))
    followup.set_status(db, [lead["a"]], "won", now=at("2026-10-09T09:00:00Z"))
    for day in (8, 10, 13, 17, 22):                                       # 48 h: late; then five tries
        attempt("b", "email", "no_answer", f"2026-10-{day:02d}T10:00:00Z")
    followup.set_status(db, [lead["b"]], "no_response", now=at("2026-10-25T10:00:00Z"))
    attempt("c", "email", "replied", "2026-10-07T12:30:00Z")             # half an hour
    followup.set_status(db, [lead["c"]], "lost", now=at("2026-10-09T12:00:00Z"))
    attempt("f", "call", "no_answer", "2026-10-14T20:00:00Z")            # 11 h
    followup.set_status(db, [lead["f"]], "lost", now=at("2026-10-15T12:00:00Z"))   # before the cadence ends
    return db


def test_leads_per_week_by_action_with_empty_weeks(known):
    weekly = reports.overview(known, InboxQuery(), NOW).weekly
    assert weekly.weeks == [date(2026, 10, 5), date(2026, 10, 12), date(2026, 10, 19), date(2026, 10, 26)]
    assert weekly.actions == ["Create", "INS", "PLT", "StartTestDrive", "DNC"]
    table = [[weekly.count(w, a) for a in weekly.actions] for w in weekly.weeks]
    assert table == [[0, 1, 2, 0, 0], [0, 0, 1, 1, 1], [0, 0, 0, 0, 0], [1, 0, 0, 0, 0]]
    with_test = reports.overview(known, InboxQuery(hide_test=False), NOW).weekly
    assert with_test.total(date(2026, 10, 26)) == 2


def test_leads_per_week_follow_offer_source_and_period(known):
    router = reports.overview(known, InboxQuery(offer="contoso.router"), NOW).weekly
    assert [router.total(w) for w in router.weeks] == [2, 2]
    portal = reports.overview(known, InboxQuery(source="azure_marketplace", date_from="2026-10-01",
                                                date_to="2026-10-31"), NOW).weekly
    assert portal.weeks[0] == date(2026, 9, 28) and portal.weeks[-1] == date(2026, 10, 26)
    assert sum(portal.total(w) for w in portal.weeks) == 4
    assert reports.overview(known, InboxQuery(country="ZZ"), NOW).weekly.weeks == []


def test_funnel_counts_stages_ever_reached(known):
    funnel = reports.overview(known, InboxQuery(), NOW).funnel
    assert funnel == Funnel(new=6, contacted=4, qualified=1, won=1, lost=2, no_response=1, dnc=1)
    assert [percent(x) for x in funnel.step_rates()] == ["–", "67 %", "25 %", "100 %"]
    assert percent(funnel.win_rate) == "17 %"
    router = reports.overview(known, InboxQuery(offer="contoso.router"), NOW)
    assert router.funnel == Funnel(3, 3, 1, 1, 1, 1, dnc=1)
    assert reports.overview(known, InboxQuery(country="NL"), NOW).funnel == Funnel(2, 2, 0, 0, 1, 1, dnc=0)
    assert reports.overview(known, InboxQuery(hide_dnc=True), NOW).funnel.dnc == 0


def test_first_response_sla_per_week_and_distribution(known):
    times = reports.overview(known, InboxQuery(), NOW).response
    assert times.weeks == [ResponseWeek(date(2026, 10, 5), 2, 1, 0, 0),
                           ResponseWeek(date(2026, 10, 12), 1, 0, 1, 0),
                           ResponseWeek(date(2026, 10, 19), 0, 0, 0, 0),
                           ResponseWeek(date(2026, 10, 26), 0, 0, 0, 1)]
    assert [percent(w.sla_rate) for w in times.weeks] == ["67 %", "50 %", "–", "–"]
    assert percent(times.sla_rate) == "60 %"
    assert times.buckets == [("< 1 h", 1), ("1–4 h", 1), ("4–8 h", 0), ("8–24 h", 1), ("1–2 days", 0),
                             ("2–7 days", 1), ("> 7 days", 0)]
    assert times.unanswered == 1 and times.median_hours == pytest.approx(1.0)


def test_attempts_before_a_reply_and_early_closes(known):
    result = reports.attempts(known, InboxQuery())
    assert result.to_reply == [("1", 1), ("2", 1), ("3", 0), ("4", 0), ("5", 0), ("6+", 0)]
    assert (result.replied, result.closed_no_reply, result.closed_early, result.planned) == (2, 2, 1, 5)
    assert result.average_to_reply == 1.5


def test_top_offers_and_countries(known):
    offers = reports.top_offers(known, InboxQuery())
    assert (offers.rows, offers.total, offers.others) == ([("Router", 4), ("Gateway", 3)], 7, 0)
    countries = reports.top_countries(known, InboxQuery(), limit=2)
    assert (countries.rows, countries.total, countries.others) == ([("US", 3), ("NL", 2)], 7, 2)


def test_empty_database_gives_empty_reports(db):
    empty = reports.overview(db, InboxQuery(), NOW)
    assert empty.funnel == Funnel(0, 0, 0, 0, 0, 0, 0) and empty.weekly.weeks == []
    assert empty.response.median_hours is None and empty.response.weeks == []
    assert reports.attempts(db, InboxQuery()).average_to_reply is None
    assert reports.top_offers(db, InboxQuery()).rows == []


def test_leads_marked_do_not_contact_leave_the_funnel_but_stay_in_the_weekly_counts(known):
    lead = dict(known.execute("SELECT email, id FROM leads"))
    followup.set_status(known, [lead["g@x.example"]], "dnc", now=NOW)
    overview = reports.overview(known, InboxQuery(), NOW)
    assert overview.funnel == Funnel(new=5, contacted=4, qualified=1, won=1, lost=2, no_response=1, dnc=2)
    assert overview.weekly.count(date(2026, 10, 26), "Create") == 1


def test_the_customers_own_reply_is_not_counted_among_the_attempts_before_it(known):
    d = known.execute("SELECT id FROM customers WHERE email = 'd@x.example'").fetchone()[0]
    followup.log_attempt(known, d, "email", "no_answer", at=at("2026-10-12T10:00:00Z"), now=NOW)
    followup.log_reply(known, d, "email", at=at("2026-10-14T10:00:00Z"), now=NOW)
    result = reports.attempts(known, InboxQuery())
    assert result.to_reply == [("1", 2), ("2", 1), ("3", 0), ("4", 0), ("5", 0), ("6+", 0)]
    assert result.replied == 3
