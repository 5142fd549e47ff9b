"""`leadinbox customers`: customers as the inbox lists them (one customer whole: cli/customer.py)."""

from __future__ import annotations

import argparse
import json
import sys

from leadinbox.core.english import count
from leadinbox.core.query import CLI_VIEWS as VIEWS


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    many = sub.add_parser("customers", parents=[common], help="list customers as the inbox would")
    many.add_argument("--search", default="", metavar="TEXT", help="as the search box: names, emails, phones, ...")
    many.add_argument("--view", choices=list(VIEWS), default="all", help="one of the inbox's views (default all)")
    many.add_argument("--tag", metavar="TAG", help="only customers with this tag")
    many.add_argument("--limit", type=int, metavar="N", help="at most N customers (total still counts all)")
    many.add_argument("--include-test", action="store_true", help="also Microsoft's test leads")
    many.add_argument("--json", action="store_true", help="print them as JSON")


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
