"""Templates, mailto/tel links and calendar invitations."""

from datetime import datetime, timezone
from urllib.parse import unquote

import pytest

from leadinbox.core import templates
from leadinbox.core.ics import invitation
from leadinbox.core.mailto import NotAnAddress, mailto_url, tel_url


def test_template_kind_follows_action_then_followup():
    assert templates.kind_for("StartTestDrive", 1) == "StartTestDrive"
    assert templates.kind_for("DNC", 1) == "PLT"
    assert templates.kind_for("INS", 2) == "followup"


def test_after_a_reply_the_conversation_goes_on_and_is_never_chased():
    assert templates.kind_for("INS", 4, replied=True) == "reply"
    assert templates.kind_for("PLT", 1, replied=True) == "reply"
    assert "Following up" not in templates.DEFAULTS["reply"].subject


def test_the_email_answers_contact_me_before_a_newer_get_it_now():
    asked = {"id": 1, "action": "PLT", "sort_at": "2026-10-01T09:00:00Z"}
    installed = {"id": 2, "action": "INS", "sort_at": "2026-10-05T09:00:00Z"}
    drive = {"id": 3, "action": "StartTestDrive", "sort_at": "2026-10-06T09:00:00Z"}
    assert templates.lead_to_answer([installed, asked, drive]) is asked
    assert templates.lead_to_answer([drive, installed]) is installed          # intent, then newest
    older = {"id": 4, "action": "INS", "sort_at": "2026-09-01T09:00:00Z"}
    assert templates.lead_to_answer([older, installed]) is installed
    assert templates.lead_to_answer([{"id": 5, "action": "Weird", "sort_at": "x"}, drive]) is drive
    assert templates.lead_to_answer([]) is None


def test_render_fills_placeholders_and_reads_well_without_them():
    t = templates.Template("About {offer}", "Hello {first_name}, {company}. {signature}")
    full = templates.render(t, {"first_name": "Chloé", "company": "Contoso", "offer": "Lead Router",
                                "my_name": "Sam", "signature": None})
    assert full == templates.Template("About Lead Router", "Hello Chloé, Contoso. Sam\n")
    bare = templates.render(t, {})
    assert bare.body == "Hello there, your team.\n" and bare.subject == "About our offer"


def test_user_template_with_a_stray_brace_is_kept_as_written():
    t = templates.Template("Price {", "50% {off")
    assert templates.render(t, {}).subject == "Price {"
    assert templates.unknown_placeholders(templates.Template("{frist_name}", "{offer}")) == {"frist_name"}


def test_a_user_template_reaches_no_python_object():
    """str.format would follow these into the value's class, an item, its repr or a gigabyte of padding."""
    t = templates.Template("{first_name.__class__} {first_name.__class__.__mro__} {x[0]} {first_name[0]}",
                           "{first_name!r} {company:>999999999} {0} {} {{kept}} {first_name}")
    out = templates.render(t, {"first_name": "Ann", "company": "Contoso"})
    assert out.subject == "{first_name.__class__} {first_name.__class__.__mro__} {x[0]} {first_name[0]}"
    assert out.body == "{first_name!r} {company:>999999999} {0} {} {kept} Ann\n"
    assert templates.not_names(t) == ["{first_name.__class__}", "{first_name.__class__.__mro__}", "{x[0]}",
                                      "{first_name[0]}", "{first_name!r}", "{company:>999999999}", "{0}", "{}"]
    assert not templates.unknown_placeholders(t)     # said once, as not a name, not also as unknown


def test_every_default_template_uses_known_placeholders_only():
    for kind in templates.KINDS:
        assert not templates.unknown_placeholders(templates.DEFAULTS[kind])
        assert not templates.not_names(templates.DEFAULTS[kind])


def test_mailto_encodes_dutch_and_chinese_and_reserved_characters():
    url = mailto_url("jan.de.vries@contoso.example", "Uw aanvraag – één & twee?",
                     "Beste Jan,\n\n謝謝您 #1 100%\n")
    assert url.startswith("mailto:jan.de.vries@contoso.example?subject=")
    assert " " not in url and "\n" not in url and all(ord(ch) < 128 for ch in url)
    query = url.split("?", 1)[1]
    fields = dict(part.split("=", 1) for part in query.split("&"))
    assert unquote(fields["subject"]) == "Uw aanvraag – één & twee?"
    assert unquote(fields["body"]) == "Beste Jan,\r\n\r\n謝謝您 #1 100%\r\n"


@pytest.mark.parametrize("bad", ["", "not-an-address", "a@b@c", "x@y.example?cc=evil@z.example", "a b@c.d"])
def test_mailto_refuses_what_is_not_one_address(bad):
    with pytest.raises(NotAnAddress):
        mailto_url(bad)


def test_tel_keeps_digits_and_leading_plus():
    assert tel_url("+886 2 2345 6789") == "tel:+886223456789"
    assert tel_url("(425) 555-0100") == "tel:4255550100"
    with pytest.raises(NotAnAddress):
        tel_url("n/a")


def test_invitation_is_valid_ics_with_folded_escaped_utf8_lines():
    starts = datetime(2026, 11, 24, 14, 0, tzinfo=timezone.utc)
    text = invitation("lead-7@leadinbox", starts, 30, "Call: 陳怡君, Contoso; 台灣",
                      "Notes\nline two " + "é" * 80, attendee="chen@contoso.example",
                      now=datetime(2026, 11, 23, tzinfo=timezone.utc))
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert "DTSTART:20261124T140000Z" in lines and "DTEND:20261124T143000Z" in lines
    assert all(len(line.encode()) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:Call: 陳怡君\\, Contoso\\; 台灣" in unfolded
    assert "DESCRIPTION:Notes\\nline two " + "é" * 80 in unfolded


def test_a_calls_uid_is_stable_for_the_call_and_unlike_any_others():
    from leadinbox.core.ics import call_uid
    uid = call_uid(1, "2026-11-23T15:37:00Z", "aiko@woodgrove.example")
    assert uid == call_uid(1, "2026-11-23T15:37:00Z", "aiko@woodgrove.example")   # saved again: updated
    assert uid.endswith("@leadinbox") and len({uid, call_uid(2, "2026-11-23T15:37:00Z", "aiko@woodgrove.example"),
                                               call_uid(1, "2026-11-24T09:00:00Z", "aiko@woodgrove.example"),
                                               call_uid(1, "2026-11-23T15:37:00Z", "jsmith@contoso.example")}) == 4
