"""`leadinbox due`: what needs a reply or a next attempt now, for a morning script."""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timezone

from leadinbox.core.due_labels import due_label

_KIND = {"reply": "first reply", "attempt": "next attempt", "close": "close? (plan spent)", "call": "planned call"}


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    due = sub.add_parser("due", parents=[common], help="list leads whose reply, attempt or call is due")
    due.add_argument("--within", type=float, default=0, metavar="HOURS",
                     help="also what falls due in the next HOURS")
    due.add_argument("--json", action="store_true", help="print the list as JSON")


def run_due(db, args) -> int:
    from leadinbox.store.work.due import due_leads
    now = datetime.now(timezone.utc)
    rows = due_leads(db, now, within_hours=args.within)
    if args.json:
        print(json.dumps({"now": now.strftime("%Y-%m-%dT%H:%M:%SZ"), "due": [
            {**r, "overdue": bool(r["overdue"])} for r in rows]}, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("Nothing is due.")
    for r in rows:
        label, _ = due_label(r["due_at"], now)
        who = r["full_name"] or r["email"] or f"customer {r['customer_id']}"
        company = f" ({r['company']})" if r["company"] else ""
        print(f"{label:<16} {_KIND.get(r['due_kind'], r['due_kind']):<20} {who}{company}  "
              f"{r['action'] or ''} {r['offer_name'] or ''}  [{r['status']}, {r['attempt_count']} attempts]")
    return 0
