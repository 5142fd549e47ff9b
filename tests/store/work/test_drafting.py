"""The email for a customer's next attempt: in the customer's language (set on them, else their country's, else
the window's), quoting what they wrote in the first email, and no proposal of a call once one is booked."""

from datetime import datetime, timezone

import pytest

from leadinbox.core import templates
from leadinbox.core.templates import Template, email_language, quote, render
from leadinbox.store import inbox
from leadinbox.store.importing.entry import import_path
from leadinbox.store.people.edits import edit_contact
from leadinbox.store.work import rules
from leadinbox.store.work.attempts import log_attempt
from leadinbox.store.work.drafting import email_draft
from leadinbox.store.work.worklog import schedule_call

NOW = datetime(2026, 10, 20, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def ui_dutch():
    templates.set_language("nl")
    yield
    templates.set_language("en")


@pytest.fixture
def loaded(db, samples):
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    return db


def _draft(db, email):
    customer_id = db.execute("SELECT id FROM customers WHERE email = ?", (email,)).fetchone()[0]
    customer = inbox.customer(db, customer_id)
    return customer_id, email_draft(db, customer, inbox.customer_leads(db, customer_id), my_name="Sam")


@pytest.mark.parametrize("language, country, expected", [
    ("nl", "US", "nl"), ("zh-TW", None, "zh_TW"), ("zh_Hant", None, "zh_TW"), ("zh-HK", "NL", "zh_TW"),
    ("de", "NL", "en"), (None, "NL", "nl"), (None, "TW", "zh_TW"), (None, "HK", "zh_TW"), (None, "US", "en"),
    (None, "BE", "en"), (None, None, "en"),
])
def test_the_email_language(language, country, expected):
    assert email_language(language, country) == expected


def test_without_language_or_country_the_window_language(ui_dutch):
    assert email_language(None, None) == "nl" and email_language(None, "US") == "en"


def test_a_dutch_window_writes_to_an_american_customer_in_english(loaded, ui_dutch):
    _, draft = _draft(loaded, "jsmith@contoso.example")
    assert draft.language == "en" and draft.email.body.startswith("Hello ")


def test_a_customer_in_taiwan_gets_chinese_and_the_language_set_on_them_wins(loaded):
    chen, draft = _draft(loaded, "yichun.chen@tailspin.example")
    assert draft.language == "zh_TW" and draft.email.subject == "關於 Lead Router SaaS 的洽詢"
    assert draft.email.body.startswith("陳怡君 您好：")          # the whole name, not 陳 (the file's first name)
    edit_contact(loaded, chen, {"language": "en"})
    _, draft = _draft(loaded, "yichun.chen@tailspin.example")
    assert draft.language == "en" and draft.email.subject == "Your request about Lead Router SaaS"
    assert "You wrote:\n> 請與我們聯絡,我們想了解價格方案。" in draft.email.body


def test_a_template_the_user_edited_is_used_as_written_for_every_customer(loaded):
    rules.save_templates(loaded, {"PLT": Template("Re: {offer}", "Hi {first_name}\n\n{signature}")})
    _, draft = _draft(loaded, "yichun.chen@tailspin.example")
    assert draft.email.subject == "Re: Lead Router SaaS"


def test_after_a_booked_call_the_email_proposes_no_call(loaded):
    chen, draft = _draft(loaded, "yichun.chen@tailspin.example")
    assert draft.kind == "PLT"
    log_attempt(loaded, chen, "email", "no_answer", at=NOW)
    assert _draft(loaded, "yichun.chen@tailspin.example")[1].kind == "followup"
    schedule_call(loaded, chen, NOW.replace(day=22), now=NOW)
    _, draft = _draft(loaded, "yichun.chen@tailspin.example")
    assert draft.kind == "booked" and draft.email.subject == "關於 Lead Router SaaS 的通話"
    for language in ("en", "nl", "zh_TW"):
        body = templates.defaults_for(language)["booked"].body.lower()
        assert not any(word in body for word in ("shall we", "would a short call", "zullen we", "要不要安排"))


def test_a_meeting_booked_as_an_attempt_outcome_counts_too(loaded):
    smith, draft = _draft(loaded, "jsmith@contoso.example")
    log_attempt(loaded, smith, "call", "meeting", at=NOW)
    assert _draft(loaded, "jsmith@contoso.example")[1].kind == "booked"


def test_the_quote_is_shortened_at_a_word_and_left_out_when_nothing_was_written():
    long = "We are a team of forty people looking at " + "several offers and prices " * 30
    quoted = quote(long, "en")
    assert quoted.startswith("You wrote:\n> We are a team") and quoted.endswith("…") and len(quoted) < 330
    assert not quoted[:-1].endswith(" ")
    plt = templates.defaults_for("en")["PLT"]
    filled = render(plt, {"first_name": "Ann", "their_message": ""}, "en")
    assert "You wrote" not in filled.body and "\n\n\n" not in filled.body
    assert "{their_message}" not in filled.body


def test_the_email_names_an_offer_its_lead_gave_only_by_id(loaded, tmp_path):
    """A lead from a file that names the offer by id ('contoso-isv.secure-gateway-byol'): the email says the name
    the other files gave it, not the id."""
    (tmp_path / "ids.csv").write_text(
        "Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Offer ID,Lead source,Call to action\n"
        "z1,2026-10-02T10:00:00Z,Ann Lee,Fab,ann@fab.example,contoso-isv.secure-gateway-byol,AppSource,Contact me\n",
        encoding="utf-8")
    import_path(loaded, tmp_path / "ids.csv")
    _, draft = _draft(loaded, "ann@fab.example")
    assert "Secure Gateway (BYOL)" in draft.email.subject + draft.email.body
    assert "contoso-isv" not in draft.email.subject + draft.email.body
