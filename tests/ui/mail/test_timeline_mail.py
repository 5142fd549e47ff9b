"""The timeline shows logged mail: the subject and who sent it; a mail to a do-not-contact customer is marked."""

from datetime import datetime, timezone

from leadinbox.core.mail.message import Address, MailMessage
from leadinbox.store.importing.entry import import_path
from leadinbox.store.mail.log import log_message, set_keep_text
from leadinbox.store.timeline import customer_timeline
from leadinbox.ui.inbox.timeline_html import timeline_html

AT = datetime(2026, 10, 20, 9, 0, tzinfo=timezone.utc)
ME = Address("jan@contoso-isv.example", "Jan Verkoper")


def _cid(db, email):
    return db.execute("SELECT id FROM customers WHERE email = ?", (email,)).fetchone()[0]


def test_an_emailed_attempt_and_reply_show_subject_and_sender(qapp, db, samples):
    import_path(db, samples / "partner-center-leads-export.csv")
    sanne = "sanne.devries@fabrikam.example"
    log_message(db, MailMessage("m1@x", AT, ME, to=(Address(sanne),), subject="Demo on Tuesday <10:00>"))
    set_keep_text(db, True)
    log_message(db, MailMessage("r1@x", AT.replace(hour=15), Address(sanne, "Sanne de Vries"), to=(ME,),
                                subject="Re: Demo on Tuesday", body="Tuesday works for us.\n\nSanne"))
    html = timeline_html(customer_timeline(db, _cid(db, sanne)))
    reply, attempt = html.split("<p>")[1:3]
    assert "↙ Reply" in reply and "✉ Re: Demo on Tuesday" in reply
    assert "from Sanne de Vries &lt;sanne.devries@fabrikam.example&gt;" in reply
    assert "Tuesday works for us. Sanne" in reply                       # the kept text, as an excerpt
    assert "↗ Email" in attempt and "✉ Demo on Tuesday &lt;10:00&gt;" in attempt and "from Jan Verkoper" in attempt


def test_mail_to_a_do_not_contact_customer_is_marked_not_counted(qapp, db, samples):
    import_path(db, samples / "azure-table-marketplaceleads.csv")
    lukas = "lukas.mueller@litware.example"
    log_message(db, MailMessage("m1@x", AT, ME, to=(Address(lukas),), subject="Offer"))
    html = timeline_html(customer_timeline(db, _cid(db, lukas)))
    assert "emailed despite do not contact" in html.split("<p>")[1] and "✉ Offer" in html
