"""Who a lead belongs to: the customer key, from email or from name and company."""

from __future__ import annotations

from leadinbox.core.names import company_key, person_key
from leadinbox.core.text import clean


def customer_key(email: str | None, name: str | None, company: str | None) -> str | None:
    """'e:<email>' when there is an email; else 'n:<name>|<company>' with legal forms ignored; else None."""
    if email:
        return "e:" + email
    return name_key(name, company)


def name_key(name: str | None, company: str | None, *, person=person_key, firm=company_key) -> str | None:
    """The key of a customer known by name and company ('n:<name>|<company>'), None without a name. `person`
    and `firm` may be memoised forms of the two folds, for a pass over many customers."""
    folded = person(name)
    if not folded:
        return None
    return f"n:{folded}|{firm(company) or ''}"


def normal_email(raw: str | None) -> str | None:
    """An email as the importer keeps it (core/normalise.py): trimmed, lower case, no `mailto:`; None when it
    is not an address. Used where a person is named by email outside a file (erasure)."""
    email = clean(raw)
    if not email:
        return None
    email = email.lower().removeprefix("mailto:").strip()
    if "@" not in email or " " in email or len(email) > 254:
        return None
    return email


def offer_key(offer_id: str | None, offer_name: str | None) -> str:
    """The id when known, else the folded display name; '' for a lead without an offer."""
    if offer_id:
        return offer_id.lower()
    if offer_name:
        return "name:" + " ".join(offer_name.casefold().split())
    return ""
