"""Companies: customers of the same company (name without legal form, or business email domain)."""

from __future__ import annotations

import sqlite3

from leadinbox.store.database import Database

from leadinbox.core.companies import business_domain, org_key

_OF = "coalesce(company, '') || '|' || coalesce(email, '')"


def _functions(db: Database) -> None:
    try:
        db.execute("SELECT org_key_of(NULL), business_domain_of(NULL)").fetchone()
    except sqlite3.OperationalError:
        db.conn.create_function("org_key_of", 1, org_key, deterministic=True)
        db.conn.create_function("business_domain_of", 1, business_domain, deterministic=True)


def refresh_orgs(db: Database) -> int:
    """Work out the company of every customer whose company or email changed since it was last worked out
    (imports leave it for now: most never need it). Returns how many were worked out."""
    _functions(db)
    with db.atomic():
        return db.execute(f"""UPDATE customers SET org_key = org_key_of(company),
                                  org_domain = business_domain_of(email), org_of = {_OF}
                              WHERE org_of IS NOT {_OF}""").rowcount


def company_of(db: Database, customer_id: int) -> str | None:
    """The company filter's value for this customer: their company's key, else '@' + their business
    domain; None when neither says anything."""
    refresh_orgs(db)
    row = db.execute("SELECT org_key, org_domain FROM customers WHERE id = ?", (customer_id,)).fetchone()
    if row is None:
        return None
    key, domain = row
    return key or (f"@{domain}" if domain else None)


def condition(value: str) -> tuple[str, list]:
    """SQL on customers `c` for the company filter: the same company name, or the same business domain as
    a customer of that name (and the other way round from a domain)."""
    if value.startswith("@"):
        domain = value[1:]
        return ("""(c.org_domain = ? OR c.org_key IN (SELECT org_key FROM customers WHERE org_domain = ?
                                                      AND org_key IS NOT NULL))""", [domain, domain])
    return ("""(c.org_key = ? OR c.org_domain IN (SELECT org_domain FROM customers WHERE org_key = ?
                                                  AND org_domain IS NOT NULL))""", [value, value])


def members(db: Database, value: str) -> list[dict]:
    """The company's customers with who is working them and their open leads: the company view."""
    refresh_orgs(db)
    where, params = condition(value)
    return list(db.query(f"""
        SELECT c.id, c.full_name, c.email, c.company, c.job_title, c.status, c.dnc, c.lead_count, c.open_leads,
               c.next_due_at, c.next_due_kind, c.latest_at,
               (SELECT group_concat(DISTINCT owner) FROM leads WHERE customer_id = c.id AND owner IS NOT NULL)
                   AS owners,
               (SELECT group_concat(DISTINCT coalesce(offer_name, offer_id)) FROM leads WHERE customer_id = c.id)
                   AS offers
        FROM customers AS c WHERE {where} AND NOT c.is_test
        ORDER BY c.next_due_at IS NULL, c.next_due_at, c.latest_at DESC, c.id""", params))


def name_of(db: Database, value: str) -> str:
    """How to show the company: the name most of its customers write, else the domain."""
    where, params = condition(value)
    row = db.execute(f"""SELECT company FROM customers AS c WHERE {where} AND company IS NOT NULL
                         GROUP BY company ORDER BY count(*) DESC, company LIMIT 1""", params).fetchone()
    return row[0] if row else value.lstrip("@")
