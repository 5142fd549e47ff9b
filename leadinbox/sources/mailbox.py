"""A mailbox read over IMAP, read-only: the headers of the messages that came into the inbox and the sent
folder since the last read (EXAMINE, BODY.PEEK, UIDVALIDITY and the last UID per folder). It never moves,
flags, deletes or sends a message. Qt-free and SQL-free; imapclient is imported only when a mailbox is read."""

from __future__ import annotations

import ipaddress
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from leadinbox.core.errors import FileRefused
from leadinbox.core.mail.message import MailMessage
from leadinbox.core.mail.reading import parse_eml
from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.sources.refusal import Problem, SourceRefused

KIND = "imap"
SSL, STARTTLS, PLAIN = "ssl", "starttls", "none"
PASSWORD, OAUTH = "password", "oauth"
SENT_FLAG = rb"\Sent"        # RFC 6154 special use
FIRST_READ_DAYS = 30          # a newly connected mailbox: the last month, not its whole history
TIMEOUT_SECONDS = 30
BATCH = 200                   # messages per FETCH
HEADERS = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO FROM TO CC BCC DATE SUBJECT)]"
WHOLE = "BODY.PEEK[]<0.1048576>"          # the first MiB of a message, when its text is to be kept
# Sent folders that do not carry the \Sent flag (RFC 6154), by the names mail programs give them.
SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "Sent Mail", "[Gmail]/Sent Mail", "INBOX.Sent",
              "Verzonden items", "Verzonden", "寄件備份", "寄件備份匣", "已傳送郵件")

BAD_HOST = QT_TRANSLATE_NOOP("CoreMessages", "“{host}” is not a mail server name")
PLAIN_REFUSED = QT_TRANSLATE_NOOP("CoreMessages", "a password is only sent without TLS to this computer's own "
                                                  "server; use SSL/TLS (port 993) or STARTTLS (port 143)")
LOGIN_REFUSED = QT_TRANSLATE_NOOP("CoreMessages", "the mail server {host} refused the user name or password "
                                                  "(Gmail needs an app password; Microsoft 365 needs "
                                                  "“Sign in with Microsoft”)")
TOKEN_REFUSED = QT_TRANSLATE_NOOP("CoreMessages", "the mail server {host} refused the Microsoft sign-in for "
                                                  "{user} (expired or withdrawn); sign in again")
MAIL_HOST_NOT_FOUND = QT_TRANSLATE_NOOP("CoreMessages", "the mail server {host} was not found (a typo, or no "
                                                        "network)")
MAIL_UNREACHABLE = QT_TRANSLATE_NOOP("CoreMessages", "the mail server {host} cannot be reached (offline, or a "
                                                     "firewall): {reason}")
MAIL_TLS = QT_TRANSLATE_NOOP("CoreMessages", "a secure connection to {host} failed ({reason})")
MAIL_SERVER = QT_TRANSLATE_NOOP("CoreMessages", "the mail server {host} answered with an error: {reason}")


@dataclass(frozen=True)
class MailboxAccount:
    """Where a mailbox is and who reads it. No secret: the password or the sign-in is kept by
    sources.credentials under the id the store keeps beside this."""

    host: str
    user: str
    port: int = 993
    security: str = SSL
    auth: str = PASSWORD
    client_id: str | None = None         # the app registration a Microsoft 365 sign-in goes through

    def __post_init__(self) -> None:
        host = self.host.strip()
        if not host or any(ch.isspace() or ch in "/:@" for ch in host) and not _is_ip(host):
            raise SourceRefused(Problem.BAD_ADDRESS, BAD_HOST, host=self.host)
        if self.security == PLAIN and not _loopback(host):
            raise SourceRefused(Problem.BAD_ADDRESS, PLAIN_REFUSED)

    def public(self) -> dict:
        return {"host": self.host, "port": self.port, "security": self.security, "user": self.user,
                "auth": self.auth, "client_id": self.client_id}

    @classmethod
    def from_public(cls, kept: dict) -> MailboxAccount:
        return cls(kept["host"], kept["user"], int(kept["port"]), kept["security"], kept["auth"],
                   kept.get("client_id"))

    @property
    def address(self) -> str:
        return f"imap{'s' if self.security == SSL else ''}://{self.host}:{self.port}"


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class FolderState:
    uidvalidity: int
    last_uid: int


@dataclass
class Seen:
    """One message read: its folder and UID (for the record), and the message."""

    folder: str
    uid: int
    message: MailMessage


@dataclass
class MailboxRead:
    """What one read found, and where the next read starts. `skipped` counts messages that could not be
    read (no addresses, broken headers): they are passed over, not retried forever."""

    messages: list[Seen] = field(default_factory=list)
    folders: dict[str, FolderState] = field(default_factory=dict)
    skipped: int = 0


def read_mailbox(account: MailboxAccount, secret: str | Callable[[], str], folders: dict[str, FolderState],
                 *, since: date | None = None, keep_body: bool = False,
                 ssl_context: ssl.SSLContext | None = None, timeout: float = TIMEOUT_SECONDS) -> MailboxRead:
    """Read the new messages of the inbox and the sent folder. `secret` is the password, or a function that
    gives a fresh OAuth access token. `folders` is where the last read ended ({} the first time: then the
    messages since `since`, a month back by default). Raises SourceRefused; nothing is half-read."""
    since = since or (datetime.now(timezone.utc) - timedelta(days=FIRST_READ_DAYS)).date()
    found = MailboxRead()

    def read(client) -> None:
        for folder in _folders(client):
            _read_folder(client, folder, folders.get(folder), since, keep_body, found)
    _session(account, secret, read, ssl_context, timeout)
    return found


def check_mailbox(account: MailboxAccount, secret: str | Callable[[], str], *,
                  ssl_context: ssl.SSLContext | None = None, timeout: float = TIMEOUT_SECONDS) -> list[str]:
    """Sign in and name the folders that would be read (inbox, sent): tried before a mailbox is kept."""
    names: list[str] = []
    _session(account, secret, lambda client: names.extend(_folders(client)), ssl_context, timeout)
    return names


def _session(account: MailboxAccount, secret, work: Callable, ssl_context, timeout: float) -> None:
    """Connect, secure, sign in, do `work(client)`, log out; every failure a SourceRefused that says which."""
    try:
        import imapclient
        from imapclient.exceptions import IMAPClientError, LoginError
    except ImportError:      # pragma: no cover - a bundle without it
        raise SourceRefused(Problem.SERVER, MAIL_SERVER, host=account.host, reason="no IMAP library") from None
    context = ssl_context or ssl.create_default_context()
    try:
        client = imapclient.IMAPClient(account.host, port=account.port, ssl=account.security == SSL,
                                       ssl_context=context, timeout=timeout)
    except socket.gaierror:
        raise SourceRefused(Problem.HOST_NOT_FOUND, MAIL_HOST_NOT_FOUND, host=account.host) from None
    except ssl.SSLError as exc:
        raise SourceRefused(Problem.UNREACHABLE, MAIL_TLS, host=account.host, reason=_reason(exc)) from None
    except OSError as exc:
        raise SourceRefused(Problem.UNREACHABLE, MAIL_UNREACHABLE, host=account.host, reason=_reason(exc)) \
            from None
    try:
        if account.security == STARTTLS:
            client.starttls(context)
        if account.auth == OAUTH:
            token = secret() if callable(secret) else secret
            try:
                client.oauth2_login(account.user, token)
            except LoginError:
                raise SourceRefused(Problem.EXPIRED, TOKEN_REFUSED, host=account.host, user=account.user) \
                    from None
        else:
            try:
                client.login(account.user, secret() if callable(secret) else secret)
            except LoginError:
                raise SourceRefused(Problem.NOT_AUTHORISED, LOGIN_REFUSED, host=account.host) from None
        work(client)
    except SourceRefused:
        raise
    except ssl.SSLError as exc:
        raise SourceRefused(Problem.UNREACHABLE, MAIL_TLS, host=account.host, reason=_reason(exc)) from None
    except (OSError, EOFError) as exc:       # dropped, timed out (socket.timeout is an OSError)
        raise SourceRefused(Problem.UNREACHABLE, MAIL_UNREACHABLE, host=account.host, reason=_reason(exc)) \
            from None
    except (IMAPClientError, imapclient.imaplib.IMAP4.error) as exc:
        raise SourceRefused(Problem.SERVER, MAIL_SERVER, host=account.host, reason=_reason(exc)) from None
    finally:
        try:
            client.logout()
        except Exception:   # noqa: BLE001 - the connection may already be gone
            try:
                client.shutdown()
            except Exception:   # noqa: BLE001
                pass


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:200]


def _folders(client) -> list[str]:
    """The inbox and the sent folder: the one flagged \\Sent, else one by a usual name."""
    found = ["INBOX"]
    sent = None
    listed = client.list_folders()
    for flags, _sep, name in listed:
        if SENT_FLAG in flags:
            sent = name
            break
    if sent is None:
        names = {name.lower(): name for _f, _s, name in listed}
        sent = next((names[n.lower()] for n in SENT_NAMES if n.lower() in names), None)
    if sent and sent != "INBOX":
        found.append(sent)
    return found


def _read_folder(client, folder: str, state: FolderState | None, since: date, keep_body: bool,
                 found: MailboxRead) -> None:
    """EXAMINE the folder (read-only: nothing is marked seen) and fetch what came after the last UID. A
    changed UIDVALIDITY means the old UIDs name other messages now: the folder is read again from `since`
    (the messages already logged are known by their Message-ID and not logged twice)."""
    status = client.select_folder(folder, readonly=True)
    validity = int(status.get(b"UIDVALIDITY", 0))
    if state is not None and state.uidvalidity == validity:
        uids = [u for u in client.search(["UID", f"{state.last_uid + 1}:*"]) if u > state.last_uid]
        last = state.last_uid
    else:
        uids = client.search(["SINCE", since])
        last = 0
    uids.sort()
    part = WHOLE if keep_body else HEADERS
    for start in range(0, len(uids), BATCH):
        chunk = uids[start:start + BATCH]
        for uid, data in sorted(client.fetch(chunk, [part]).items()):
            raw = next((v for k, v in data.items() if k.startswith(b"BODY[")), None)
            last = max(last, uid)
            if not isinstance(raw, bytes):
                found.skipped += 1
                continue
            try:
                found.messages.append(Seen(folder, uid, parse_eml(raw, keep_body=keep_body)))
            except FileRefused:
                found.skipped += 1
    uidnext = int(status.get(b"UIDNEXT", 0) or 0)
    if uidnext:          # every message below UIDNEXT was there when the folder was opened, and has been read
        last = max(last, uidnext - 1)
    found.folders[folder] = FolderState(validity, last)
    if client.has_capability("UNSELECT"):
        client.unselect_folder()
    else:
        client.close_folder()          # CLOSE after EXAMINE removes nothing (RFC 3501 6.4.2)
