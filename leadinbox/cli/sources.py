"""`leadinbox connect azure-table`, `connections`, `disconnect` and `pull`: lead sources from a terminal."""

from __future__ import annotations

import argparse
import json
import sys

from leadinbox.core.english import count

COMMANDS = ("connect", "connections", "disconnect", "pull")


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    connect = sub.add_parser("connect", parents=[common], help="connect a lead source (tried before it is kept)")
    kinds = connect.add_subparsers(dest="kind", required=True, metavar="KIND")
    azure = kinds.add_parser("azure-table", parents=[common],
                             help="the marketplace's Azure Table (Partner Center › lead management)")
    secret = azure.add_mutually_exclusive_group(required=True)
    secret.add_argument("--sas-url", metavar="URL",
                        help="a SAS URL with read and query rights on the table (recommended); - reads it from stdin")
    secret.add_argument("--connection-string", metavar="CS",
                        help="the storage account's connection string (grants full access); - reads it from stdin")
    azure.add_argument("--table", metavar="NAME", help="the table, when the URL does not name it (default "
                                                       "MarketplaceLeads)")
    azure.add_argument("--json", action="store_true", help="print the result as JSON")
    from leadinbox.cli import mailbox
    mailbox.add_imap_parser(kinds, common)            # connect imap: a mailbox (issue 17)
    listing = sub.add_parser("connections", parents=[common], help="list the connected lead sources")
    listing.add_argument("--json", action="store_true")
    gone = sub.add_parser("disconnect", parents=[common], help="disconnect a lead source and forget its key")
    gone.add_argument("name", metavar="NAME", help="as `leadinbox connections` (or `mailboxes`) names it")
    pull = sub.add_parser("pull", parents=[common], help="pull new leads from every connected source, and new "
                                                         "mail from every connected mailbox, now")
    pull.add_argument("--json", action="store_true", help="print the result as JSON")


def run(db, args) -> int:
    return {"connect": _connect, "connections": _connections, "disconnect": _disconnect, "pull": _pull}[
        args.command](db, args)


def _secret(value: str) -> str:
    """The value, or stdin's first line for '-' (a secret on the command line lands in the shell's history)."""
    return sys.stdin.readline().strip() if value == "-" else value


def _connect(db, args) -> int:
    if args.kind == "imap":
        from leadinbox.cli import mailbox
        return mailbox.connect_imap(db, args)
    from leadinbox.sources.azure_connection import AzureTableConnection
    from leadinbox.sources.credentials import CredentialStore
    from leadinbox.sources.refusal import SourceRefused
    from leadinbox.store.sources.connect import connect
    try:
        if args.sas_url is not None:
            connection = AzureTableConnection.from_sas_url(_secret(args.sas_url), args.table)
        else:
            connection = AzureTableConnection.from_connection_string(_secret(args.connection_string), args.table)
        credentials = CredentialStore()
        source = connect(db, connection, credentials=credentials)
    except SourceRefused as exc:
        if args.json:
            print(json.dumps({"source": None, "status": "refused", "problem": str(exc.problem),
                              "error": str(exc.message), "warnings": []}, ensure_ascii=False, indent=2))
        else:
            print(f"leadinbox: the source refused: {exc.message}", file=sys.stderr)
        return 1
    warnings = [str(w) for w in connection.warnings()]
    kept = credentials.where(source.credential)
    if args.json:
        print(json.dumps({"source": source.name, "status": "connected", "address": connection.address,
                          "credential": kept, "warnings": warnings}, ensure_ascii=False, indent=2))
        return 0
    print(f"Connected {source.name} ({connection.address}); its key is kept "
          + ("in the system keyring." if kept == "keyring" else "in a file only you can read "
             f"({credentials.folder})."))
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print("`leadinbox pull` reads its new leads now; the window pulls them every few minutes while it is open.")
    return 0


def _connections(db, args) -> int:
    from leadinbox.store.sources.registry import list_sources
    sources = list_sources(db)
    if args.json:
        print(json.dumps({"connections": [s.as_dict() for s in sources]}, ensure_ascii=False, indent=2))
        return 0
    if not sources:
        print("No lead source is connected (`leadinbox connect azure-table --sas-url URL` connects one).")
    for s in sources:
        said = s.as_dict()
        print(f"{s.name}  {said['address']}  ({'SAS' if said['auth'] == 'sas' else 'connection string'}"
              + (f", expires {said['expires_at']}" if said["expires_at"] else "") + ")  "
              + (f"last read {said['pulled_at']}" if said["pulled_at"] else "not read yet"))
    return 0


def _disconnect(db, args) -> int:
    from leadinbox.store.sources.connect import disconnect
    source = disconnect(db, args.name)
    if source is None:
        from leadinbox.cli import mailbox
        if mailbox.disconnect(db, args.name):
            return 0
        print(f"leadinbox: no lead source is named {args.name!r} (`leadinbox connections` lists them)",
              file=sys.stderr)
        return 1
    print(f"Disconnected {source.name}: its key is forgotten; the leads it brought stay.")
    return 0


def _pull(db, args) -> int:
    from leadinbox.cli import mailbox
    from leadinbox.store.sources.pull import FAILED, pull_all
    results = pull_all(db)
    mail = mailbox.pull_mailboxes(db)           # and the mailboxes: their new mail logged (issue 17)
    if args.json:
        print(json.dumps({"sources": [r.as_dict() for r in results], "mailboxes": [r.as_dict() for r in mail]},
                         ensure_ascii=False, indent=2))
    elif not results and not mail:
        print("No lead source is connected (`leadinbox connect azure-table --sas-url URL` connects one).")
    for r in results if not args.json else ():
        if r.status == FAILED:
            print(f"{r.source}: failed: {r.error}")
            continue
        print(f"{r.source}: {r.status}: {count(r.rows, 'entity', 'entities')} read; added "
              f"{count(r.new_leads, 'new lead')}, {count(r.new_customers, 'new customer')}; "
              f"{r.known_leads:,} already known; {count(len(r.skipped_rows), 'entity', 'entities')} skipped"
              + (f"; {count(len(r.warnings), 'warning')}" if r.warnings else ""))
        for title, problems in (("skipped", r.skipped_rows), ("warning", r.warnings)):
            for p in problems[:50]:
                key = r.keys.get(p.row)
                where = (f"entity {key[0]}/{key[1]}" if key else f"entity {p.row}") + \
                    (f", “{p.column}”" if p.column else "")
                print(f"  {title}: {where}: {p.reason}")
    if not args.json:
        mailbox.print_pulled(mail)
    return 1 if any(r.status == FAILED for r in results) or any(r.status == FAILED for r in mail) else 0
