"""`leadinbox team join|sync|status|leave`, `claim` and `release`: a team on one inbox from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

COMMANDS = ("team", "claim", "release")


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    team = sub.add_parser("team", parents=[common], help="share who works which customer with colleagues")
    verbs = team.add_subparsers(dest="team_command", required=True)
    join = verbs.add_parser("join", parents=[common], help="join (or start) a team through an Azure table")
    how = join.add_mutually_exclusive_group(required=True)
    how.add_argument("--sas-url", metavar="URL", help="a SAS URL of the team table (query, add, update, delete "
                     "rights; - reads it from standard input)")
    how.add_argument("--connection-string", metavar="CS", help="a storage account connection string")
    join.add_argument("--name", required=True, help="this desk's name in the team (unique there)")
    join.add_argument("--table", help="the team table (default: the one the URL names, else LeadInboxTeam)")
    sync = verbs.add_parser("sync", parents=[common], help="send this desk's changes, apply the others'")
    sync.add_argument("--json", action="store_true")
    status = verbs.add_parser("status", parents=[common], help="this desk, the team table, changes not sent")
    status.add_argument("--json", action="store_true")
    leave = verbs.add_parser("leave", parents=[common], help="leave the team: everything stays on this desk, "
                             "the key is forgotten")
    leave.add_argument("--drop-unsent", action="store_true",
                       help="leave even when changes were not sent yet (they are dropped; sync first to keep them)")
    leave.add_argument("--json", action="store_true")
    for verb, text in (("claim", "work this customer (checked against the team at once)"),
                       ("release", "stop working this customer")):
        p = sub.add_parser(verb, parents=[common], help=text)
        p.add_argument("customer", metavar="EMAIL_OR_ID")
        p.add_argument("--json", action="store_true")


def _fail(message: str) -> int:
    print(f"leadinbox: {message}", file=sys.stderr)
    return 1


def find_customer(db, text: str) -> int | None:
    """A customer by email (as the importer normalises it) or by id."""
    from leadinbox.core.identity import normal_email
    if text.strip().isdigit():
        row = db.execute("SELECT id FROM customers WHERE id = ?", (int(text),)).fetchone()
        return row[0] if row else None
    email = normal_email(text)
    row = db.execute("SELECT id FROM customers WHERE key = ?", ("e:" + email,)).fetchone() if email else None
    return row[0] if row else None


def _connection(args):
    from leadinbox.team.connection import team_connection
    for option in ("sas_url", "connection_string"):
        if getattr(args, option) == "-":          # read from standard input: not in the shell's history
            setattr(args, option, sys.stdin.readline().strip())
    return team_connection(sas_url=args.sas_url, connection_string=args.connection_string, table=args.table)


def run(db, args, db_path: Path) -> int:
    from leadinbox.sources.refusal import SourceRefused
    from leadinbox.store.team import desk
    from leadinbox.team.protocol import NameTaken, NotYours, Taken
    from leadinbox.team.table import Unreachable
    try:
        if args.command == "team":
            return {"join": _join, "sync": _sync, "status": _status, "leave": _leave}[args.team_command](
                db, args, db_path)
        return _claim(db, args)
    except desk.NotOnATeam:
        return _fail("this database is on no team: `leadinbox team join --sas-url URL --name NAME` joins one")
    except (Unreachable, SourceRefused) as exc:
        return _fail(f"the team's storage cannot be used: {exc}")
    except NameTaken as exc:
        return _fail(f"{exc}; pick another --name")
    except Taken as exc:
        return _fail(f"{exc.claim.owner} took this customer at {_when(exc.claim.at)}")
    except NotYours as exc:
        return _fail(str(exc))


def _when(at: str) -> str:
    return at.replace("T", " ").replace("Z", " UTC") if at else "an unknown time"


def _join(db, args, db_path: Path) -> int:
    from leadinbox.store.team import desk
    member = desk.join(db, _connection(args), args.name)
    print(f"This desk is “{member.name}” on the team at {member.connection['endpoint']}/"
          f"{member.connection['table']}. `leadinbox team sync` sends and fetches the team's work.")
    return 0


def _sync(db, args, db_path: Path) -> int:
    from leadinbox.store.safety.backups import folder_for
    from leadinbox.store.team import desk
    result = desk.sync(db, backups=folder_for(db_path))
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"Sent {result.pushed} change(s), applied {result.pulled} from other desks.")
    for c in result.conflicts:
        won = "theirs was kept" if c["kept"] == "theirs" else "yours was kept"
        print(f"  conflict on {c['customer'] or 'a customer'}: you set {c['yours']}, {c['by']} set {c['theirs']} "
              f"at {_when(c['at'])}; {won} (the later change wins)")
    return 0


def _status(db, args, db_path: Path) -> int:
    from leadinbox.store.team import desk
    found = desk.status(db)
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    if not found["joined"]:
        print("Not on a team.")
        return 0
    last = found["last_sync"] or {}
    print(f"Desk: {found['desk']} (joined {_when(found['joined_at'])})")
    print(f"Team table: {found['table']} ({found['auth']})")
    print(f"Desks seen: {', '.join(found['desks_seen'])}")
    print(f"Team: {found['unsent']} change(s) not sent yet" if found["unsent"] else "Team: everything sent")
    if last.get("at"):
        print(f"Last sync: {_when(last['at'])} ({last['pushed']} sent, {last['pulled']} applied)")
    if last.get("error"):
        print(f"Last try: {_when(last['tried_at'])}: {last['error']}")
    return 0


def _leave(db, args, db_path: Path) -> int:
    """As Settings › Team's Leave team: the key is forgotten, nothing more is sent or fetched, everything on
    this desk stays. Changes not sent yet are dropped, so only when asked (--drop-unsent): a script that
    leaves loses no work unawares."""
    from leadinbox.store.team import desk, outbox, state
    member = state.membership(db)
    if member is None:
        print(json.dumps({"left": None, "dropped": 0}) if args.json else "Not on a team: nothing to leave.")
        return 0
    waiting = outbox.unsent(db)
    if waiting and not args.drop_unsent:
        return _fail(f"{waiting} change(s) not sent yet would be dropped: `leadinbox team sync` sends them "
                     "(or leave with --drop-unsent)")
    dropped = desk.leave(db)
    if args.json:
        print(json.dumps({"left": member.name, "dropped": dropped}, ensure_ascii=False))
        return 0
    print(f"Left the team as “{member.name}”. Everything stays on this desk; the team's key is forgotten"
          + (f"; {dropped} change(s) not sent were dropped." if dropped else "."))
    return 0


def _claim(db, args) -> int:
    from leadinbox.store.team import desk
    customer = find_customer(db, args.customer)
    if customer is None:
        return _fail(f"there is no customer {args.customer!r} in this database")
    done = desk.change_owner(db, customer, claim=args.command == "claim")
    if args.json:
        print(json.dumps({"customer_id": done.customer_id, "owner": done.owner, "at": done.at}))
    elif done.owner:
        print(f"You ({done.owner}) work this customer since {_when(done.at)}.")
    else:
        print("Released: nobody works this customer now.")
    return 0
