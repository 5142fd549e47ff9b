"""`leadinbox customer EMAIL_OR_ID [--json]`: one customer as the inbox knows them, their leads and timeline
(on a team: the owner by name, and every desk's attempts)."""

from __future__ import annotations

import argparse
import json
import sys

COMMANDS = ("customer",)


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("customer", parents=[common], help="one customer: details, leads, timeline")
    p.add_argument("customer", metavar="EMAIL_OR_ID")
    p.add_argument("--json", action="store_true")


def _text(event: dict) -> str:
    kind = event["kind"]
    if kind == "lead":
        return " ".join(x for x in (event.get("action"), event.get("offer_name")) if x)
    if kind in ("attempt", "reply"):
        return f"{event['channel']}: {event['outcome']}" + (f" — {event['note']}" if event.get("note") else "")
    if kind == "status":
        return f"{event['from_status']} → {event['to_status']}"
    if kind == "note":
        return event["text"]
    return " ".join(x for x in (event.get("call_kind"), event.get("title")) if x)


def describe(db, customer_id: int) -> dict:
    from leadinbox.store.timeline import customer_timeline
    c = next(iter(db.query("""SELECT id, full_name, email, phone, company, country_code, status, owner,
                              attempt_count, next_due_at, next_due_kind FROM customers WHERE id = ?""",
                           (customer_id,))))
    leads = list(db.query("""SELECT id, created_at, action, source, offer_id, offer_name, status, owner FROM leads
                             WHERE customer_id = ? ORDER BY sort_at, id""", (customer_id,)))
    owners = {lead["owner"] for lead in leads if lead["owner"]}
    timeline = [{"at": e["at"], "kind": e["kind"], "by": e.get("by"), "text": _text(e)}
                for e in customer_timeline(db, customer_id)]
    return {"id": c["id"], "name": c["full_name"], "email": c["email"], "phone": c["phone"], "company": c["company"],
            "country": c["country_code"], "status": c["status"],
            "owner": c["owner"] or (owners.pop() if len(owners) == 1 else None),
            "attempts": c["attempt_count"], "tags": [], "due_at": c["next_due_at"], "due_kind": c["next_due_kind"],
            "leads": [{k: v for k, v in lead.items() if k != "owner"} for lead in leads], "timeline": timeline}


def run(db, args) -> int:
    from leadinbox.cli.team import find_customer
    customer = find_customer(db, args.customer)
    if customer is None:
        print(f"leadinbox: there is no customer {args.customer!r} in this database", file=sys.stderr)
        return 1
    found = describe(db, customer)
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    print(f"{found['name'] or found['email']} <{found['email'] or '-'}>  {found['company'] or ''}")
    print(f"Status: {found['status']}; owner: {found['owner'] or 'nobody'}; attempts: {found['attempts']}")
    for e in found["timeline"]:
        print(f"  {e['at']}  {e['kind']:<7} {('[' + e['by'] + '] ') if e['by'] else ''}{e['text']}")
    return 0
