"""Customers as the inbox lists them, and one customer whole, as plain data (the `customers` and `customer`
commands' JSON)."""

from __future__ import annotations

from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.core.identity import normal_email
from leadinbox.core.query import CLI_VIEWS, InboxQuery
from leadinbox.store import inbox
from leadinbox.store.people.tags import tags_of
from leadinbox.store.timeline import customer_timeline

VIEWS = CLI_VIEWS        # the command line's view names, and the inbox's


def rollup_status(row: dict) -> str:
    """The customer's status as the command line says it: do-not-contact and test first, No response as
    `closed`."""
    if row.get("dnc"):
        return "dnc"
    if row.get("is_test"):
        return "test"
    status = row.get("status") or "new"
    return "closed" if status == "no_response" else status


def _owners(db: Database, ids: list[int]) -> dict[int, str]:
    """The owner of each customer: who claimed them on a team, else the one named on their open leads, else on
    any lead (None: the app's user)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    claimed = dict(db.execute(f"SELECT id, owner FROM customers WHERE id IN ({marks}) AND owner IS NOT NULL",
                              ids).fetchall())
    rows = db.execute(f"""SELECT customer_id, owner FROM leads WHERE customer_id IN ({marks}) AND owner IS NOT NULL
                          ORDER BY status NOT IN ('new', 'contacted', 'nurturing', 'qualified'), sort_at DESC""",
                      ids).fetchall()
    out: dict[int, str] = dict(claimed)
    for customer_id, owner in rows:
        out.setdefault(customer_id, owner)
    return out


def _shape(rows: list[dict], db: Database) -> list[dict]:
    ids = [r["id"] for r in rows]
    tags, owners = tags_of(db, ids), _owners(db, ids)
    return [{"id": r["id"], "name": r["full_name"], "email": r["email"], "phone": r["phone"],
             "company": r["company"], "country": r["country_code"], "status": rollup_status(r),
             "owner": owners.get(r["id"]), "attempts": r["attempt_count"], "tags": tags.get(r["id"], []),
             "due_at": r["next_due_at"] if r["open_leads"] and not r["dnc"] else None,
             "due_kind": r["next_due_kind"] if r["open_leads"] and not r["dnc"] and r["next_due_at"] else None}
            for r in rows]


def list_customers(db: Database, *, search: str = "", view: str = "all", limit: int | None = None,
                   include_test: bool = False, tag: str | None = None, now: datetime | None = None) -> dict:
    """{"total": n, "customers": [...]}: the customers the inbox shows for this search and view, in its
    order (urgency), at most `limit` of them; `total` counts them all."""
    now = now or datetime.now(timezone.utc)
    q = InboxQuery(search=search, view=VIEWS.get(view, view), hide_test=not include_test, tag=tag)
    total, _ = inbox.count_matches(db, q, now)
    page = limit if limit is not None else total
    rows = inbox.customer_page(db, q, 0, max(page, 0), now) if page else []
    return {"total": total, "customers": _shape(rows, db)}


def find_customer(db: Database, email_or_id: str) -> int | None:
    """A customer by id, by email (the one they are keyed by, one they were given, or the one shown)."""
    text = email_or_id.strip()
    if text.isdigit():
        row = db.execute("SELECT id FROM customers WHERE id = ?", (int(text),)).fetchone()
        return row[0] if row else None
    email = normal_email(text)
    if email is None:
        return None
    row = db.execute("""SELECT id FROM customers WHERE key = :k
                        UNION ALL SELECT customer_id FROM customer_aliases WHERE key = :k
                        UNION ALL SELECT id FROM customers WHERE email = :e LIMIT 1""",
                     {"k": "e:" + email, "e": email}).fetchone()
    return row[0] if row else None


def _text(e: dict) -> str:
    """One line saying what happened, in English (the command line's language)."""
    kind = e["kind"]
    if kind == "lead":
        offer = e["offer_name"] or e["offer_id"] or ""
        return " ".join(filter(None, (e["action"], offer, f"“{e['description']}”" if e["description"] else "")))
    if kind in ("attempt", "reply"):
        return " ".join(filter(None, (e["channel"], e["outcome"] if kind == "attempt" else None,
                                      f"“{e['subject']}”" if e.get("subject") else None, e["note"])))
    if kind == "mail":
        return " ".join(filter(None, (e.get("mail_kind"), f"“{e['subject']}”" if e.get("subject") else None)))
    if kind == "status":
        return f"{e['from_status']} -> {e['to_status']}" + (f" ({e['reason']})" if e["reason"] else "")
    if kind == "note":
        return e["text"]
    if kind == "call":
        return " ".join(filter(None, (e["call_kind"], e["title"], f"{e['minutes']} min",
                                      "done" if e["done_at"] else None)))
    if kind == "edit":
        return "; ".join(f"{f}: {old or '-'} -> {new or '-'}" for f, (old, new) in e["changes"].items())
    if kind == "tag":
        return e["tag"]
    if kind == "deal":
        return f"{e['amount']:.2f} {e['currency']} {e['offer_name'] or e['offer_id'] or ''}".rstrip()
    return ""


_BY = {"lead": "customer", "reply": "customer"}


def customer_detail(db: Database, customer_id: int) -> dict | None:
    """The customer with the fields of list_customers plus `leads` and `timeline` (newest first)."""
    cols = ", ".join(inbox.CUSTOMER_COLUMNS)
    row = db.execute(f"SELECT {cols} FROM customers WHERE id = ?", (customer_id,)).fetchone()
    if row is None:
        return None
    out = _shape([dict(zip(inbox.CUSTOMER_COLUMNS, row))], db)[0]
    out["leads"] = [{"id": lead["id"], "created_at": lead["created_at"] or lead["sort_at"], "action": lead["action"],
                     "source": lead["source"], "offer_id": lead["offer_id"], "offer_name": lead["offer_name"],
                     "status": lead["status"]}
                    for lead in inbox.customer_leads(db, customer_id)]
    # On a team `by` names the desk that did it; else the customer for their own events, the user for the rest.
    out["timeline"] = [{"at": e["at"], "kind": e["kind"], "by": e.get("by") or _BY.get(e["kind"], "user"),
                        "text": _text(e)}
                       for e in customer_timeline(db, customer_id)]
    return out
