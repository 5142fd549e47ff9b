"""`leadinbox customers` and `leadinbox customer`: customers as the inbox lists them, and one customer whole."""

from __future__ import annotations

import argparse
import json
import sys

from leadinbox.core.english import count
from leadinbox.store.people.listing import VIEWS


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    many = sub.add_parser("customers", parents=[common], help="list customers as the inbox would")
    many.add_argument("--search", default="", metavar="TEXT", help="as the search box: names, emails, phones, ...")
    many.add_argument("--view", choices=list(VIEWS), default="all", help="one of the inbox's views (default all)")
    many.add_argument("--tag", metavar="TAG", help="only customers with this tag")
    many.add_argument("--limit", type=int, metavar="N", help="at most N customers (total still counts all)")
    many.add_argument("--include-test", action="store_true", help="also Microsoft's test leads")
    many.add_argument("--json", action="store_true", help="print them as JSON")
    one = sub.add_parser("customer", parents=[common], help="one customer with their leads and timeline")
    one.add_argument("who", metavar="EMAIL_OR_ID", help="the customer's email or id")
    one.add_argument("--json", action="store_true", help="print as JSON")


def run_customers(db, args) -> int:
    from leadinbox.store.people.listing import list_customers
    if args.limit is not None and args.limit < 0:
        print("leadinbox: --limit must be 0 or more", file=sys.stderr)
        return 2
    out = list_customers(db, search=args.search, view=args.view, limit=args.limit,
                         include_test=args.include_test, tag=args.tag)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for c in out["customers"]:
        who = c["name"] or c["email"] or f"customer {c['id']}"
        company = f" ({c['company']})" if c["company"] else ""
        tags = " " + " ".join(f"#{t}" for t in c["tags"]) if c["tags"] else ""
        due = f"  due {c['due_at']} ({c['due_kind']})" if c["due_at"] else ""
        print(f"{c['id']:>6}  {c['status']:<10} {who}{company}  {c['email'] or ''}{tags}{due}")
    shown = len(out["customers"])
    total = count(out["total"], "customer")
    print(f"{shown:,} of {total}" if shown < out["total"] else total)
    return 0


def run_customer(db, args) -> int:
    from leadinbox.store.people.listing import customer_detail, find_customer
    customer_id = find_customer(db, args.who)
    detail = customer_detail(db, customer_id) if customer_id is not None else None
    if detail is None:
        print(f"leadinbox: no customer {args.who}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(detail, ensure_ascii=False, indent=2))
        return 0
    print(f"{detail['name'] or ''} <{detail['email'] or ''}>  #{detail['id']}  {detail['status']}")
    for key in ("company", "phone", "country", "owner"):
        if detail[key]:
            print(f"  {key}: {detail[key]}")
    if detail["tags"]:
        print("  tags: " + ", ".join(detail["tags"]))
    print(f"  attempts: {detail['attempts']}" + (f", due {detail['due_at']} ({detail['due_kind']})"
                                                  if detail["due_at"] else ""))
    print("Leads:")
    for lead in detail["leads"]:
        print(f"  {lead['id']:>6}  {lead['created_at'] or '':<20} {lead['action'] or '':<15} "
              f"{lead['offer_name'] or lead['offer_id'] or ''}  [{lead['status']}]")
    print("Timeline:")
    for e in detail["timeline"]:
        print(f"  {e['at'] or '':<20} {e['kind']:<8} {e['by']:<8} {e['text']}")
    return 0
