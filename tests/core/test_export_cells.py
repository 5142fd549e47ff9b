"""Export cells: every leading character a spreadsheet runs is neutralised; layouts and history text."""

from datetime import datetime

import pytest

from leadinbox.core.export_cells import DANGEROUS_LEADS, lead_source, neutralise, parse_utc
from leadinbox.core.export_history import clip, crm_description, history_text, sla_met
from leadinbox.core.export_layouts import DYNAMICS, LEADINBOX, SALESFORCE, format_for
from leadinbox.core.text import clean

PAYLOADS = ["=cmd|' /C calc'!A0", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+1", "\r=1+1", "＝HYPERLINK(\"http://x\")", "＋cmd|x!A0", "－cmd|x!A0", "＠SUM(A1)"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_dangerous_leading_character_is_neutralised(payload):
    assert payload[0] in DANGEROUS_LEADS
    assert neutralise(payload) == "'" + payload
    assert neutralise(payload, keep_phones=True) == "'" + payload   # phones only: code is always quoted


@pytest.mark.parametrize("value", ["John", "jsmith@contoso.example", "a=b", " =x", "'quoted", "", 42, None])
def test_harmless_values_are_left_alone(value):
    assert neutralise(value) == value


def test_phone_numbers_stay_plain_only_where_asked():
    for phone in ("+1 425 555 0100", "+31 (20) 555-0134", "-5"):
        assert neutralise(phone) == "'" + phone
        assert neutralise(phone, keep_phones=True) == phone
    assert neutralise("+1 425 555 0100 =cmd", keep_phones=True).startswith("'")


@pytest.mark.parametrize("payload", [p for p in PAYLOADS if p[0] not in "\t\r"])
def test_importer_reads_a_neutralised_cell_back_as_it_was(payload):
    assert clean(neutralise(payload)) == payload
    assert clean("'s-Hertogenbosch") == "'s-Hertogenbosch"     # a real apostrophe stays


def test_dates_are_naive_utc():
    assert parse_utc("2026-10-02T09:15:00Z") == datetime(2026, 10, 2, 9, 15)
    assert parse_utc("2026-10-02T11:15:00+02:00") == datetime(2026, 10, 2, 9, 15)
    assert parse_utc(None) is None and parse_utc("soon") is None


def test_lead_source_is_kept_or_rebuilt():
    assert lead_source("SPZA-PLT|Lead Router", "appsource", "PLT", "x") == "SPZA-PLT|Lead Router"
    assert lead_source("AppSource", "appsource", "PLT", "contoso.router") == "AppSource-PLT|contoso.router"
    assert lead_source(None, "azure_portal", "Create", None) == "AzurePortal-Create"
    assert lead_source(None, None, None, None) == ""


LEAD = {"status": "contacted", "attempt_count": 2, "description": "Please call me.",
        "first_response_due_at": "2026-10-03T09:00:00Z", "first_response_at": "2026-10-02T10:00:00Z",
        "attempts": [{"at": "2026-10-02T10:00:00Z", "channel": "email", "outcome": "no_answer",
                      "note": "intro"},
                     {"at": "2026-10-04T10:00:00Z", "channel": "call", "outcome": "voicemail", "note": None}],
        "changes": [{"at": "2026-10-02T10:00:00Z", "from_status": "new", "to_status": "contacted",
                     "reason": "attempt: no_answer", "attempt_id": 1},
                    {"at": "2026-10-05T08:00:00Z", "from_status": "contacted", "to_status": "lost",
                     "reason": "budget", "attempt_id": None}],
        "notes": [{"at": "2026-10-03T12:00:00Z", "text": "Asked for a quote"}]}


def test_history_text_lists_attempts_user_changes_and_notes_in_order():
    assert history_text(LEAD).splitlines() == [
        "Status: Contacted · 2 attempts · first response 2026-10-02 10:00 (in time)",
        "2026-10-02 10:00  Email: no answer – intro",
        "2026-10-03 12:00  Note: Asked for a quote",
        "2026-10-04 10:00  Call: voicemail",
        "2026-10-05 08:00  Status Contacted → Lost (budget)",
    ]
    assert history_text({"status": "new"}) == ""


def test_the_customers_reply_reads_as_theirs_in_the_history():
    reply = {"at": "2026-10-05T07:00:00Z", "channel": "email", "outcome": "replied", "note": "Send a quote",
             "direction": "in"}
    lines = history_text({**LEAD, "attempts": [*LEAD["attempts"], reply]}).splitlines()
    assert lines[0].startswith("Status: Contacted · 2 attempts")
    assert "2026-10-05 07:00  Reply from the customer (Email) – Send a quote" in lines


def test_sla_met_late_overdue_and_running():
    now = datetime(2026, 10, 10)
    assert sla_met(LEAD) is True
    assert sla_met({**LEAD, "first_response_at": "2026-10-03T09:00:01Z"}) is False
    assert sla_met({"first_response_due_at": "2026-10-03T09:00:00Z"}, now) is False
    assert sla_met({"first_response_due_at": "2026-10-30T09:00:00Z"}, now) is None
    assert sla_met({}) is None


def test_crm_description_starts_with_the_customers_message_and_fits():
    text = crm_description(LEAD, 2000)
    assert text.startswith("Please call me.\n\nLeadInbox follow-up (UTC):\nStatus: Contacted")
    long = crm_description({**LEAD, "description": "x" * 5000}, 2000)
    assert len(long) == 2000 and long.endswith("…")
    assert clip(None, 5) == "" and clip("abc", 5) == "abc"


def test_crm_layouts_carry_the_import_wizards_headers():
    assert DYNAMICS.headers == [
        "Topic", "First Name", "Last Name", "Job Title", "Company Name", "Email", "Business Phone", "City",
        "State/Province", "Country/Region", "Lead Source", "Rating", "Status Reason", "Do not allow Emails",
        "Do not allow Phone Calls", "Record Created On", "Description"]
    assert SALESFORCE.headers == [
        "First Name", "Last Name", "Company", "Title", "Email", "Phone", "City", "State/Province", "Country",
        "Lead Source", "Lead Status", "Rating", "Email Opt Out", "Do Not Call", "Description"]
    assert DYNAMICS.bom and not SALESFORCE.bom and LEADINBOX.bom


@pytest.mark.parametrize("status, dynamics, salesforce", [
    ("new", "New", "Open - Not Contacted"), ("contacted", "Contacted", "Working - Contacted"),
    ("nurturing", "Contacted", "Working - Contacted"), ("qualified", "Qualified", "Working - Contacted"),
    ("won", "Qualified", "Closed - Not Converted"), ("lost", "Lost", "Closed - Not Converted"),
    ("no_response", "Cannot Contact", "Closed - Not Converted"),
    ("dnc", "No Longer Interested", "Closed - Not Converted")])
def test_crm_status_values(status, dynamics, salesforce):
    now = datetime(2026, 11, 1)
    dyn = dict(zip(DYNAMICS.headers, DYNAMICS.row({"status": status}, now)))
    sf = dict(zip(SALESFORCE.headers, SALESFORCE.row({"status": status}, now)))
    assert (dyn["Status Reason"], sf["Lead Status"]) == (dynamics, salesforce)
    assert (dyn["Do not allow Emails"], sf["Email Opt Out"]) == (
        ("Do Not Allow", "TRUE") if status == "dnc" else ("Allow", "FALSE"))
    assert dyn["Last Name"] == sf["Last Name"] == sf["Company"] == "[not provided]"


def test_format_follows_the_file_name_unless_asked():
    assert format_for(".XLSX", None) == "xlsx" and format_for(".csv", None) == "csv"
    assert format_for(".txt", None) == "csv" and format_for(".xlsx", "dynamics") == "dynamics"
