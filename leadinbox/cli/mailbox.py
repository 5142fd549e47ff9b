"""`leadinbox connect imap` and `mailboxes`, and the mailboxes' part of `pull` and `disconnect` (cli/sources.py
holds those commands): a mailbox watched over IMAP, read-only."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

COMMANDS = ("mailboxes",)


def add_imap_parser(kinds, common: argparse.ArgumentParser) -> None:
    """`connect imap`, beside `connect azure-table` (cli/sources.py)."""
    imap = kinds.add_parser("imap", parents=[common], help="an IMAP mailbox: its inbox and sent folder, read-only")
    imap.add_argument("--host", required=True)
    imap.add_argument("--port", type=int, default=None, help="default 993 (SSL/TLS), 143 with --starttls")
    tls = imap.add_mutually_exclusive_group()
    tls.add_argument("--ssl", dest="security", action="store_const", const="ssl", help="SSL/TLS (the default)")
    tls.add_argument("--starttls", dest="security", action="store_const", const="starttls")
    tls.add_argument("--plain", dest="security", action="store_const", const="none",
                     help="no TLS: only for a server on this computer")
    imap.add_argument("--user", required=True)
    auth = imap.add_mutually_exclusive_group(required=True)
    auth.add_argument("--password-file", type=Path, metavar="FILE",
                      help="a file holding the password or app password (Gmail: an app password)")
    auth.add_argument("--oauth", metavar="CLIENT_ID",
                      help="Microsoft 365: sign in with Microsoft through your app registration's client id")
    imap.add_argument("--name", help="what to call it (default: the user name when it is an email address, else USER@HOST)")
    imap.add_argument("--json", action="store_true")


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    listing = sub.add_parser("mailboxes", parents=[common], help="list the connected mailboxes")
    listing.add_argument("--json", action="store_true")


def run(db, args) -> int:
    return _list(db, args)


def connect_imap(db, args) -> int:
    return _connect(db, args)


def _connect(db, args) -> int:
    from leadinbox.sources.mailbox import OAUTH, PASSWORD, SSL, STARTTLS, MailboxAccount, check_mailbox
    from leadinbox.sources.refusal import SourceRefused
    from leadinbox.store.mail.mailboxes import connect_mailbox, mailbox_name
    security = args.security or SSL
    port = args.port or (993 if security == SSL else 143)
    try:
        account = MailboxAccount(args.host, args.user, port, security, OAUTH if args.oauth else PASSWORD,
                                 args.oauth)
        if args.oauth:
            secret, token = _sign_in(account)
        else:
            try:
                secret = args.password_file.read_text(encoding="utf-8").rstrip("\r\n")
            except (OSError, UnicodeDecodeError) as exc:
                print(f"leadinbox: cannot read the password file: {exc}", file=sys.stderr)
                return 1
            token = secret
        folders: list[str] = []
        mailbox = connect_mailbox(db, args.name or mailbox_name(account), account, secret,
                                  check=lambda a, _s: folders.extend(check_mailbox(a, token)))
    except SourceRefused as exc:
        print(f"leadinbox: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({**mailbox.as_dict(), "folders": folders}, ensure_ascii=False, indent=2))
    else:
        print(f"Connected {mailbox.name} ({account.address}); reads {', '.join(folders)}, read-only. "
              "`leadinbox pull` reads it now; the window reads it every few minutes.")
    return 0


def _sign_in(account):
    """Microsoft's device-code sign-in on the terminal: returns the token cache to keep and a token."""
    from leadinbox.sources.oauth import MicrosoftSignIn
    sign_in = MicrosoftSignIn(account.client_id or "")
    code = sign_in.start()
    print(code.message or f"To sign in, open {code.url} and enter the code {code.code}.", flush=True)
    sign_in.finish(code)
    token = sign_in.access_token(account.user)
    return sign_in.cache_text(), token


def pull_mailboxes(db) -> list:
    """`pull`'s mailbox part: every connected mailbox read now (MailPull results)."""
    from leadinbox.store.mail.mailboxes import list_mailboxes, pull_mailbox
    return [pull_mailbox(db, mailbox) for mailbox in list_mailboxes(db)]


def print_pulled(results: list) -> None:
    from leadinbox.store.mail.mailboxes import FAILED
    for r in results:
        d = r.as_dict()
        if r.status == FAILED:
            print(f"{r.mailbox}: failed: {r.error}")
        else:
            print(f"{r.mailbox}: {r.status}: {d['messages']} new messages; {d['attempts']} attempts, "
                  f"{d['replies']} replies logged; {d['already_logged']} already logged, "
                  f"{d['do_not_contact']} do not contact, {d['no_customer']} without a customer")


def _list(db, args) -> int:
    from leadinbox.store.mail.mailboxes import list_mailboxes
    boxes = [m.as_dict() for m in list_mailboxes(db)]
    if args.json:
        print(json.dumps({"mailboxes": boxes}, ensure_ascii=False, indent=2))
        return 0
    if not boxes:
        print("No mailbox is connected.")
    for b in boxes:
        print(f"{b['name']}  {b['address']}  {b['user']}  last read {b['read_at'] or 'never'}"
              + (f"  problem: {b['problem']}" if b["problem"] else ""))
    return 0


def disconnect(db, name: str) -> bool:
    """`disconnect NAME` for a mailbox: its password or sign-in forgotten. False when there is none so named."""
    from leadinbox.store.mail.mailboxes import disconnect_mailbox
    if disconnect_mailbox(db, name) is None:
        return False
    print(f"Disconnected {name}: its password or sign-in is forgotten; the mail it logged stays.")
    return True
