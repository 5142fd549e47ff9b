"""`leadinbox customer EMAIL_OR_ID [--json]`: one customer as the inbox knows them, their leads and timeline
(on a team: the owner by name, and every desk's attempts). The shape is store/people/listing.customer_detail's."""

from __future__ import annotations

import argparse
import json
import sys

COMMANDS = ("customer",)


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("customer", parents=[common], help="one customer: details, leads, timeline")
    p.add_argument("customer", metavar="EMAIL_OR_ID")
    p.add_argument("--json", action="store_true")


def run(db, args) -> int:
    from leadinbox.store.people.listing import customer_detail, find_customer
    customer = find_customer(db, args.customer)
    found = customer_detail(db, customer) if customer is not None else None
    if found is None:
        print(f"leadinbox: there is no customer {args.customer!r} in this database", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    print(f"{found['name'] or found['email']} <{found['email'] or '-'}>  {found['company'] or ''}  #{found['id']}")
    print(f"Status: {found['status']}; owner: {found['owner'] or 'nobody'}; attempts: {found['attempts']}"
          + (f"; due {found['due_at']} ({found['due_kind']})" if found["due_at"] else ""))
    if found["tags"]:
        print("Tags: " + ", ".join(found["tags"]))
    print("Leads:")
    for lead in found["leads"]:
        print(f"  {lead['id']:>6}  {lead['created_at'] or '':<20} {lead['action'] or '':<15} "
              f"{lead['offer_name'] or lead['offer_id'] or ''}  [{lead['status']}]")
    print("Timeline:")
    for e in found["timeline"]:
        print(f"  {e['at'] or '':<20} {e['kind']:<7} [{e['by']}] {e['text']}")
    return 0
