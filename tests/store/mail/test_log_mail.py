"""Logging messages on customers: attempts, replies, once per message, do-not-contact marks, undo."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from leadinbox.core.mail.message import Address, MailMessage
from leadinbox.store.importing.entry import import_path
from leadinbox.store.mail import log as mail
from leadinbox.store.timeline import customer_timeline
from leadinbox.store.work import attempts as f
from leadinbox.store.work.due import due_leads
from tests.store.helpers import snapshot

SENT = datetime(2026, 10, 20, 9, 0, tzinfo=timezone.utc)
ME = Address("jan@contoso-isv.example", "Jan Verkoper")
SMITH, SANNE, CHEN = "jsmith@contoso.example", "sanne.devries@fabrikam.example", "yichun.chen@tailspin.example"
LUKAS = "lukas.mueller@litware.example"


@pytest.fixture
def pc(db, samples):
    import_path(db, samples / "partner-center-leads-export.csv")
    return db


def cid(db, email):
    return db.execute("SELECT id FROM customers WHERE email = ?", (email,)).fetchone()[0]


def sent(*to: str, subject="Your trial", mid="m1@contoso-isv.example", at=SENT, cc=(), bcc=()) -> MailMessage:
    return MailMessage(mid, at, ME, to=tuple(Address(a) for a in to), cc=tuple(Address(a) for a in cc),
                       bcc=tuple(Address(a) for a in bcc), subject=subject, body="Hello")


def statuses(db, email):
    return [r[0] for r in db.execute("SELECT status FROM leads WHERE customer_id = ? ORDER BY id",
                                     (cid(db, email),))]


def test_a_sent_message_is_an_email_attempt_on_the_customers_open_leads(pc):
    result = mail.log_message(pc, sent(SMITH.upper()), now=SENT)
    assert (result.status, result.customers) == ("attempt", [SMITH])
    row = pc.execute("SELECT channel, outcome, note, at, direction FROM attempts").fetchone()
    assert row == ("email", "no_answer", "Your trial", "2026-10-20T09:00:00Z", "out")
    assert set(statuses(pc, SMITH)) == {"contacted"}
    assert mail.log_message(pc, sent(SMITH), now=SENT).status == "already logged"
    assert pc.execute("SELECT count(*) FROM attempts").fetchone()[0] == 1


def test_one_message_to_three_customers_is_an_attempt_on_each(pc):
    result = mail.log_message(pc, sent(SMITH, cc=[SANNE], bcc=[CHEN, "someone@else.example"]), now=SENT)
    assert result.status == "attempt" and sorted(result.customers) == sorted([SMITH, SANNE, CHEN])
    assert pc.execute("SELECT count(*) FROM attempts WHERE direction = 'out'").fetchone()[0] == 3
    chen_leads = pc.execute("SELECT count(*) FROM attempt_leads AS al JOIN attempts AS a ON a.id = al.attempt_id "
                            "WHERE a.customer_id = ?", (cid(pc, CHEN),)).fetchone()[0]
    assert chen_leads == 3            # one attempt on all of the customer's open leads, as A does


def test_a_message_from_a_customer_is_their_reply_and_stops_the_cadence(pc):
    mail.log_message(pc, sent(SANNE), now=SENT)
    assert due_leads(pc, SENT + timedelta(days=3))         # the next attempt is due after two days
    reply = MailMessage("r1@fabrikam.example", SENT + timedelta(hours=5), Address(SANNE, "Sanne"), to=(ME,),
                        subject="Re: Your trial", in_reply_to="m1@contoso-isv.example")
    result = mail.log_message(pc, reply, now=SENT)
    assert (result.status, result.customers) == ("reply", [SANNE])
    assert set(statuses(pc, SANNE)) == {"nurturing"}
    assert pc.execute("SELECT direction, note FROM attempts ORDER BY id DESC").fetchone() == ("in", "Re: Your trial")
    assert not [d for d in due_leads(pc, SENT + timedelta(days=3)) if d["customer_id"] == cid(pc, SANNE)]


def test_a_customer_is_found_by_any_address_they_are_known_by(pc):
    chen = cid(pc, CHEN)
    lead = pc.execute("SELECT id FROM leads WHERE customer_id = ? ORDER BY id", (chen,)).fetchone()[0]
    pc.execute("UPDATE leads SET email = 'chen.private@example.org' WHERE id = ?", (lead,))
    result = mail.log_message(pc, sent("Chen.Private@Example.org"), now=SENT)
    assert result.customers == [CHEN]


def test_a_sent_message_to_a_do_not_contact_customer_is_no_attempt_but_a_mark(pc, samples):
    import_path(pc, samples / "azure-table-marketplaceleads.csv")
    before = pc.execute("SELECT count(*) FROM attempts").fetchone()[0]
    result = mail.log_message(pc, sent(LUKAS), now=SENT)
    assert (result.status, result.customers) == ("do not contact", [LUKAS])
    assert pc.execute("SELECT count(*) FROM attempts").fetchone()[0] == before
    marks = [e for e in customer_timeline(pc, cid(pc, LUKAS)) if e["kind"] == "mail"]
    assert [(e["mail_kind"], e["subject"]) for e in marks] == [("dnc", "Your trial")]
    mixed = mail.log_message(pc, sent(LUKAS, SMITH, mid="m2@x"), now=SENT)
    assert (mixed.status, mixed.customers, mixed.marked_dnc) == ("attempt", [SMITH], [LUKAS])


def test_no_customer_says_so_and_names_the_people_not_the_user(pc):
    before = snapshot(pc)
    result = mail.log_message(pc, sent("new.person@example.org"), now=SENT, mine=[ME.email])
    assert result.status == "no customer" and [a.email for a in result.unmatched] == ["new.person@example.org"]
    assert snapshot(pc) == before


def test_a_customer_without_an_open_lead_gets_the_mail_on_the_timeline_only(pc):
    smith = cid(pc, SMITH)
    f.set_status(pc, [i for (i,) in pc.execute("SELECT id FROM leads WHERE customer_id = ?", (smith,))], "won")
    result = mail.log_message(pc, sent(SMITH), now=SENT)
    assert result.status == "attempt" and result.note == mail.NO_OPEN_LEAD
    assert pc.execute("SELECT count(*) FROM attempts").fetchone()[0] == 0
    assert set(statuses(pc, SMITH)) == {"won"}


def test_undo_takes_everything_back_and_the_message_can_be_logged_again(pc):
    before = snapshot(pc)
    result = mail.log_message(pc, sent(SMITH, SANNE), now=SENT)
    mail.undo_mail(pc, result.message_row)
    assert snapshot(pc) == before
    assert pc.execute("SELECT count(*) FROM mail_messages").fetchone()[0] == 0
    assert mail.log_message(pc, sent(SMITH, SANNE), now=SENT).status == "attempt"


def test_undoing_the_attempt_itself_forgets_the_message(pc):
    result = mail.log_message(pc, sent(SMITH), now=SENT)
    f.undo_attempt(pc, result.attempt_ids[0])
    assert pc.execute("SELECT count(*) FROM mail_messages").fetchone()[0] == 0
    assert mail.log_message(pc, sent(SMITH), now=SENT).status == "attempt"


def test_the_text_is_kept_only_when_the_setting_is_on(pc):
    mail.log_message(pc, sent(SMITH), now=SENT)
    assert pc.execute("SELECT body FROM mail_messages").fetchone()[0] is None
    mail.set_keep_text(pc, True)
    mail.log_message(pc, sent(SANNE, mid="m2@x"), now=SENT)
    assert pc.execute("SELECT body FROM mail_messages WHERE key = 'id:m2@x'").fetchone()[0] == "Hello"


def test_erasing_a_customer_leaves_no_mail_of_theirs(pc):
    from leadinbox.store.safety.erase import erase_customer
    mail.set_keep_text(pc, True)
    mail.log_message(pc, sent(SMITH), now=SENT)
    erase_customer(pc, cid(pc, SMITH))
    assert pc.execute("SELECT count(*) FROM mail_messages").fetchone()[0] == 0
    assert pc.execute("SELECT count(*) FROM mail_links").fetchone()[0] == 0


def test_a_message_without_a_date_is_logged_at_the_time_it_is_logged(pc):
    result = mail.log_message(pc, sent(SMITH, at=None), now=SENT + timedelta(days=1))
    assert result.status == "attempt"
    assert pc.execute("SELECT at FROM attempts").fetchone()[0] == "2026-10-21T09:00:00Z"
