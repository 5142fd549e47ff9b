"""`leadinbox log-mail`: saved messages (.eml, .msg) logged as email attempts and replies on their customers."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    log = sub.add_parser("log-mail", parents=[common],
                         help="log saved emails (.eml, .msg) as attempts and replies on their customers")
    log.add_argument("files", nargs="+", type=Path, metavar="FILE")
    log.add_argument("--json", action="store_true", help="print the result as JSON")


_SAID = {"attempt": "email attempt on", "reply": "reply from", "already logged": "already logged on",
         "do not contact": "not logged: do not contact:"}


def run_log_mail(db, args) -> int:
    from leadinbox.store.mail.files import log_mail_file
    from leadinbox.store.mail.log import AddressBook
    book = AddressBook(db)                 # read once for all the files (a scan of the leads)
    results = [log_mail_file(db, path, book=book) for path in args.files]
    if args.json:
        print(json.dumps({"messages": [r.as_dict() for r in results]}, ensure_ascii=False, indent=2))
    else:
        for r in results:
            log = r.log
            if log.status == "refused":
                line = f"refused: {log.note}"
            elif log.status == "no customer":
                people = ", ".join(a.email for a in log.unmatched) or "nobody"
                line = f"no customer: {people} (import or add them as a lead first)"
            else:
                line = f"{_SAID[log.status]} {', '.join(log.customers)}"
                if log.marked_dnc and log.status != "do not contact":
                    line += f"; marked as emailed despite do not contact: {', '.join(log.marked_dnc)}"
                if log.note:
                    line += f" ({log.note})"
            print(f"{r.file}: {line}")
    return 1 if any(r.log.status == "refused" for r in results) else 0
