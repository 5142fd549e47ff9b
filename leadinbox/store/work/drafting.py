"""The email for a customer's next attempt: which template (their request, the follow-up, the conversation
after a reply, after a booked call), in the customer's language, filled with what they wrote."""

from __future__ import annotations

from dataclasses import dataclass

from leadinbox.store.database import Database

from leadinbox.core.names import is_cjk_name
from leadinbox.core.templates import Template, email_language, kind_for, lead_to_answer, render
from leadinbox.store import inbox, offers
from leadinbox.store.work import rules


@dataclass(frozen=True)
class Draft:
    email: Template
    kind: str            # the template used (core.templates.KINDS)
    language: str        # the language it is written in
    attempt: int         # the attempt it would be (1-based)


def booked(db: Database, customer_id: int) -> bool:
    """A call or meeting is planned with the customer (Plan call), or an attempt's outcome was a booked
    meeting: the next email does not propose one."""
    return db.execute("""SELECT EXISTS(SELECT 1 FROM appointments WHERE customer_id = ?)
                         OR EXISTS(SELECT 1 FROM attempts WHERE customer_id = ? AND outcome = 'meeting')""",
                      (customer_id, customer_id)).fetchone()[0] == 1


def email_draft(db: Database, customer: dict, leads: list[dict], *, my_name: str = "",
                signature: str = "") -> Draft:
    """`customer` as store.inbox.customer reads them; `leads` the ones the email is about (their open leads,
    else all). The email answers the strongest open intent (a "Contact me" first, quoting what they wrote);
    once they have answered it carries the conversation on; the chaser is for attempt 2, 3, …"""
    lead = lead_to_answer(leads) or {}
    number = (customer.get("attempt_count") or 0) + 1
    replied = any(item.get("replied_at") for item in leads)
    kind = kind_for(lead.get("action"), number, replied=replied, booked=booked(db, customer["id"]))
    language = email_language(customer.get("language"), customer.get("country_code"))
    template = rules.load_templates(db, language)[kind]
    # A Chinese, Japanese or Korean name is greeted whole (陳怡君 您好), never by one of its parts: which part
    # a form's "first name" holds is not sure (core/names.py), and a family name alone reads curt.
    full = customer.get("full_name") or ""
    first = full if full and is_cjk_name(full) else customer.get("first_name")
    email = render(template, {
        "first_name": first, "full_name": customer.get("full_name"),
        "company": customer.get("company"), "offer": _offer(db, lead),
        "my_name": my_name, "signature": signature, "their_message": lead.get("description")}, language)
    return Draft(email, kind, language, number)


def _offer(db: Database, lead: dict) -> str | None:
    """The offer as the email names it: by the name other files gave an id the lead's file gave alone, never
    by an id such as 'contoso-isv.secure-gateway-byol' where a name is known."""
    if lead.get("offer_name") or not lead.get("offer_id"):
        return lead.get("offer_name")
    return offers.names_of_ids(db, [lead["offer_id"].lower()]).get(lead["offer_id"].lower()) or lead["offer_id"]
