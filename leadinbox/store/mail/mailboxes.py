"""Connected mailboxes as the database keeps them (where, who, when last read, where each folder's reading
ended; never the password or token, which only has an id here), and reading one: over the network first,
outside any transaction, then every message logged with the new state in one transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.core.mail.message import Address
from leadinbox.sources import refusal as r
from leadinbox.sources.credentials import CredentialStore
from leadinbox.sources.mailbox import OAUTH, FolderState, MailboxAccount, read_mailbox
from leadinbox.sources.refusal import Problem, SourceRefused
from leadinbox.store.mail.log import ALREADY, ATTEMPT, DNC, NO_CUSTOMER, REPLY, AddressBook, keep_text, log_message
from leadinbox.store.settings import read_dict as _read, write_json as _write

_BOX = "mailbox:"              # settings key: the mailbox's public description and credential id
_STATE = "mailbox_state:"      # settings key: what has been read
LOGGED, NOTHING_NEW, FAILED = "logged", "nothing new", "failed"


@dataclass
class MailboxState:
    folders: dict[str, FolderState] = field(default_factory=dict)
    read_at: str | None = None           # the last read that reached the server (UTC, ISO)
    logged_at: str | None = None         # the last read that logged a message
    failed_at: str | None = None
    problem: str | None = None           # why the last read failed, in English; None after a good read

    def as_dict(self) -> dict:
        return {"folders": {k: [v.uidvalidity, v.last_uid] for k, v in self.folders.items()},
                "read_at": self.read_at, "logged_at": self.logged_at, "failed_at": self.failed_at,
                "problem": self.problem}


@dataclass
class Mailbox:
    name: str
    account: MailboxAccount
    credential: str
    connected_at: str
    state: MailboxState = field(default_factory=MailboxState)

    def as_dict(self) -> dict:
        """What is connected, shown and printed: never the secret."""
        return {"name": self.name, "kind": "imap", **self.account.public(), "address": self.account.address,
                "connected_at": self.connected_at, "read_at": self.state.read_at,
                "logged_at": self.state.logged_at, "problem": self.state.problem}


def _state(db: Database, name: str) -> MailboxState:
    kept = _read(db, _STATE + name) or {}
    folders = {}
    for folder, pair in (kept.get("folders") or {}).items():
        try:
            folders[folder] = FolderState(int(pair[0]), int(pair[1]))
        except (TypeError, ValueError, IndexError):
            continue
    return MailboxState(folders, kept.get("read_at"), kept.get("logged_at"), kept.get("failed_at"),
                        kept.get("problem"))


def list_mailboxes(db: Database) -> list[Mailbox]:
    found = []
    for key, value in db.execute("SELECT key, value FROM settings WHERE key LIKE 'mailbox:%' ORDER BY key"):
        try:
            kept = json.loads(value)
            name = key[len(_BOX):]
            found.append(Mailbox(name, MailboxAccount.from_public(kept["public"]), kept["credential"],
                                 kept["connected_at"], _state(db, name)))
        except (ValueError, KeyError, TypeError, SourceRefused):
            continue          # a damaged entry is left out rather than failing the list
    return found


def find_mailbox(db: Database, name: str) -> Mailbox | None:
    return next((m for m in list_mailboxes(db) if m.name == name), None)


def save_mailbox(db: Database, mailbox: Mailbox) -> None:
    """Add or replace a mailbox. The same account connected again (a new password) goes on where it was."""
    with db.atomic():
        old = find_mailbox(db, mailbox.name)
        _write(db, _BOX + mailbox.name, {"public": mailbox.account.public(), "credential": mailbox.credential,
                                         "connected_at": mailbox.connected_at})
        same = old is not None and (old.account.host, old.account.user) == (mailbox.account.host,
                                                                             mailbox.account.user)
        if not same:
            db.execute("DELETE FROM settings WHERE key = ?", (_STATE + mailbox.name,))


def remove_mailbox(db: Database, name: str) -> Mailbox | None:
    """Forget a mailbox and where its reading was (the mail it logged stays on the timelines)."""
    mailbox = find_mailbox(db, name)
    if mailbox is not None:
        db.execute("DELETE FROM settings WHERE key IN (?, ?)", (_BOX + name, _STATE + name))
    return mailbox


def write_state(db: Database, name: str, state: MailboxState) -> None:
    _write(db, _STATE + name, state.as_dict())


@dataclass
class MailPull:
    """What one read of one mailbox did, as `pull --json` prints it."""

    mailbox: str
    status: str = NOTHING_NEW
    error: str | None = None
    problem: Problem | None = None
    refusal: SourceRefused | None = None
    messages: int = 0
    counts: dict[str, int] = field(default_factory=dict)        # status -> messages
    skipped: int = 0
    unmatched: list[Address] = field(default_factory=list)
    customer_ids: set[int] = field(default_factory=set)

    def as_dict(self) -> dict:
        return {"mailbox": self.mailbox, "status": self.status, "error": self.error, "messages": self.messages,
                "attempts": self.counts.get(ATTEMPT, 0), "replies": self.counts.get(REPLY, 0),
                "already_logged": self.counts.get(ALREADY, 0), "do_not_contact": self.counts.get(DNC, 0),
                "no_customer": self.counts.get(NO_CUSTOMER, 0), "skipped": self.skipped}


def _utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def secret_for(mailbox: Mailbox, credentials: CredentialStore):
    """The password, or a function giving a fresh Microsoft access token from the kept sign-in."""
    kept = credentials.load(mailbox.credential)
    if kept is None:
        raise SourceRefused(Problem.NO_CREDENTIAL, r.NO_CREDENTIAL)
    if mailbox.account.auth != OAUTH:
        return kept
    from leadinbox.sources.oauth import MicrosoftSignIn
    sign_in = MicrosoftSignIn(mailbox.account.client_id or "", kept)

    def token() -> str:
        value = sign_in.access_token(mailbox.account.user)
        if sign_in.changed:          # a refreshed token: kept for the next read
            credentials.save(mailbox.credential, sign_in.cache_text())
        return value
    return token


def pull_mailbox(db: Database, mailbox: Mailbox, *, credentials: CredentialStore | None = None,
                 secret=None, ssl_context=None, now: datetime | None = None) -> MailPull:
    """Read one mailbox and log what is new. A failure writes only the failure's time and reason; the next
    read starts where the last good one ended."""
    result = MailPull(mailbox.name)
    keep = keep_text(db)
    state = _state(db, mailbox.name)
    try:
        if secret is None:
            secret = secret_for(mailbox, credentials or CredentialStore())
        read = read_mailbox(mailbox.account, secret, state.folders, keep_body=keep, ssl_context=ssl_context)
    except SourceRefused as exc:
        result.status, result.error, result.problem, result.refusal = FAILED, str(exc.message), exc.problem, exc
        state.failed_at, state.problem = _utc_now(), str(exc.message)
        with db.atomic():
            write_state(db, mailbox.name, state)
        return result
    mine = [mailbox.account.user]
    with db.atomic():
        book = AddressBook(db)
        for seen in read.messages:
            log = log_message(db, seen.message, origin=f"imap:{mailbox.name}", keep_body=keep, now=now, mine=mine,
                              book=book)
            result.counts[log.status] = result.counts.get(log.status, 0) + 1
            result.customer_ids.update(log.customer_ids)
            result.unmatched += log.unmatched
        result.messages, result.skipped = len(read.messages), read.skipped
        state.folders = read.folders
        state.read_at, state.problem = _utc_now(), None
        if result.counts.get(ATTEMPT) or result.counts.get(REPLY) or result.counts.get(DNC):
            state.logged_at, result.status = state.read_at, LOGGED
        write_state(db, mailbox.name, state)
    return result


def mailbox_name(account: MailboxAccount) -> str:
    """What a mailbox is called unless named: its address when the user name is one, else user@host."""
    return account.user if "@" in account.user else f"{account.user}@{account.host}"


def connect_mailbox(db: Database, name: str, account: MailboxAccount, secret: str, *,
                    credentials: CredentialStore | None = None, check=None, now: str | None = None) -> Mailbox:
    """Try the mailbox (`check(account, secret)` signs in and lists its folders; SourceRefused says why not
    and nothing is kept), then keep it: its secret (a password, or the Microsoft sign-in's token cache) by
    the credential store, the rest in the database. Connecting it again replaces the old secret."""
    from leadinbox.sources.credentials import new_id
    if check is not None:
        check(account, secret)
    credentials = credentials or CredentialStore()
    before = find_mailbox(db, name)
    credential = new_id()
    credentials.save(credential, secret)
    mailbox = Mailbox(name, account, credential, now or _utc_now())
    try:
        save_mailbox(db, mailbox)
    except BaseException:
        credentials.forget(credential)        # nothing half-kept: no secret without its mailbox
        raise
    if before is not None:
        credentials.forget(before.credential)
    return mailbox


def disconnect_mailbox(db: Database, name: str, *, credentials: CredentialStore | None = None) -> Mailbox | None:
    mailbox = remove_mailbox(db, name)
    if mailbox is not None:
        (credentials or CredentialStore()).forget(mailbox.credential)
    return mailbox
