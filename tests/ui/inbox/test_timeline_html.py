"""The timeline's lines read as sentences: no separator is left dangling where a part is missing."""

import re

from leadinbox.ui.inbox.timeline_html import timeline_html


def _lead(**changes):
    lead = {"kind": "lead", "id": 7, "at": "2026-11-02T10:00:00Z", "action": "INS", "source": "appsource",
            "offer_name": "Router", "offer_id": None, "description": None, "status": "new",
            "file_name": "leads.csv", "unreadable": None}
    lead.update(changes)
    return lead


def _first_line(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html.split("<br>")[0]).replace("&nbsp;", " ").strip()


def test_a_lead_without_an_offer_or_a_source_leaves_no_dangling_dot():
    assert _first_line(timeline_html([_lead()])).endswith("· Router")
    for missing in ({"offer_name": None}, {"source": None}, {"offer_name": None, "source": None}):
        line = _first_line(timeline_html([_lead(**missing)]))
        assert not line.endswith("·") and "· ·" not in line and " · " not in line.split(" ", 2)[-1][:3], line


def test_a_deal_without_an_offer_leaves_no_dangling_dot():
    deal = {"kind": "deal", "at": "2026-11-03T10:00:00Z", "amount": 12500, "currency": "EUR",
            "offer_name": None, "offer_id": None}
    assert not _first_line(timeline_html([deal])).endswith("·")
