"""`leadinbox backup`, `restore`, `erase` and `retention`: the data's safety and privacy from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from leadinbox.core.english import count

COMMANDS = ("backup", "restore", "erase", "retention")


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common], help="back up the database now (into the backups folder)")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("restore", parents=[common], help="list the backups, or restore one")
    p.add_argument("backup", nargs="?", metavar="BACKUP",
                   help="a number from the list (1 is the newest), a backup's file name, or a path")
    p.add_argument("--newest", action="store_true", help="restore the newest backup that is intact")
    p.add_argument("--json", action="store_true", help="list as JSON")
    p = sub.add_parser("erase", parents=[common], help="erase a person (and keep them out of later imports)")
    p.add_argument("email", metavar="EMAIL")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("retention", parents=[common], help="preview or apply erasing leads older than N months")
    p.add_argument("--months", type=int, help="default: the saved setting")
    p.add_argument("--apply", action="store_true", help="erase them (without it: only show what would go)")
    p.add_argument("--save", action="store_true", help="keep --months as the setting the app applies daily")
    p.add_argument("--off", action="store_true", help="turn the saved setting off")
    p.add_argument("--json", action="store_true")


def _fail(message: str) -> int:
    print(f"leadinbox: {message}", file=sys.stderr)
    return 1


def run(args, db_path: Path) -> int:
    if args.command == "restore":
        from leadinbox.cli.restore import run_restore
        return run_restore(args, db_path)
    from leadinbox.store.db import StoreError, open_database
    try:
        db = open_database(db_path)
    except StoreError as exc:
        return _fail(f"{exc}\nIf the database is damaged, `leadinbox restore` lists the backups to restore.")
    try:
        return {"backup": _backup, "erase": _erase, "retention": _retention}[args.command](db, args, db_path)
    finally:
        db.close()


def _backup(db, args, db_path: Path) -> int:
    from leadinbox.store.safety.backups import folder_for, inspect, make_backup, rotate
    now = datetime.now(timezone.utc)
    made = make_backup(db, db_path, "manual", now=now)
    rotate(folder_for(db_path), now)
    info = inspect(made)
    if args.json:
        print(json.dumps({"path": str(made.path), "taken_at": made.taken_at.isoformat(),
                          "customers": info.customers, "leads": info.leads}))
    else:
        print(f"Backed up {count(info.customers, 'customer')} and {count(info.leads, 'lead')} to {made.path}")
    return 0


def _erase(db, args, db_path: Path) -> int:
    from leadinbox.store.safety.backups import folder_for
    from leadinbox.store.safety.erase import customer_for_email, describe, erase_email
    from leadinbox.core.identity import normal_email
    if normal_email(args.email) is None:
        return _fail(f"{args.email!r} is not an email address")
    customer_id = customer_for_email(db, args.email)
    what = describe(db, customer_id) if customer_id is not None else None
    if not args.yes:
        if what:
            print(f"This erases {what.name or 'this customer'} <{what.email}>"
                  + (f" ({what.company})" if what.company else "")
                  + f": {count(what.leads, 'lead')} with their raw rows, {count(what.attempts, 'attempt')}, "
                  f"{count(what.notes, 'note')}, {count(what.calls, 'planned call')} and "
                  f"{count(what.status_changes, 'status change')}; also from the backups "
                  "in the data folder. Later imports will skip this person. This cannot be undone.")
        else:
            print("No customer has this email. It goes on the suppression list, so later imports skip it.")
        if not sys.stdin.isatty():
            return _fail("not erased: confirm with --yes when not asking on a terminal")
        if input("Erase? [y/N] ").strip().lower() not in ("y", "yes"):
            print("Nothing was erased.")
            return 1
    done = erase_email(db, args.email, backups=folder_for(db_path))
    if args.json:
        print(json.dumps(done.as_dict(), ensure_ascii=False))
    elif done.customer_id is None:
        print(f"No customer had this email; it is on the suppression list now "
              f"(and was removed from {count(done.backups, 'backup')}).")
    else:
        print(f"Erased {count(done.leads, 'lead')}, {count(done.attempts, 'attempt')}, {count(done.notes, 'note')} "
              f"and {count(done.calls, 'planned call')}; removed from {count(done.backups, 'backup')}. Later imports "
              "will skip this person.")
    if done.index_pending:
        print("leadinbox: the disk is full: the person is erased and no search finds them, but their words stay "
              "in unused parts of the search index until it is rewritten; free some space, and the next "
              "leadinbox command rewrites it.", file=sys.stderr)
    if done.backups_failed:
        print(f"leadinbox: {count(done.backups_failed, 'backup')} could not be changed (damaged, read-only or a full "
              f"disk) and still hold this person; fix that and erase again, or delete them from "
              f"{folder_for(db_path)}.", file=sys.stderr)
        return 1
    return 0


def _retention(db, args, db_path: Path) -> int:
    from leadinbox.store.safety import retention
    if args.off:
        retention.save_months(db, None)
        print("Retention is off: leads are kept until you erase them.")
        return 0
    months = args.months if args.months is not None else retention.load_months(db)
    if months is None:
        return _fail("give --months N (no retention setting is saved)")
    try:
        if args.save:
            retention.save_months(db, months)
        what = (retention.apply if args.apply else retention.preview)(db, months)
    except ValueError as exc:
        return _fail(str(exc))
    if args.json:
        print(json.dumps({**what.as_dict(), "applied": args.apply, "saved": args.save}))
        return 0
    verb = "Erased" if args.apply else "Would erase"
    print(f"{verb} {what.leads} leads older than {months} months (before {what.cutoff[:10]}), "
          f"and {what.customers} customers left without leads.")
    if not args.apply and what.leads:
        print("Run again with --apply to erase them.")
    if args.save:
        print(f"Saved: LeadInbox erases leads older than {months} months once a day while it runs.")
    return 0
