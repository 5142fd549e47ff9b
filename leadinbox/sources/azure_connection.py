"""One Azure Table to read: its address, its table and the secret that opens it, parsed from a SAS URL or a
connection string, and tried before it is kept. The secret is never part of what it shows or stores."""

from __future__ import annotations

import ipaddress
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import parse_qs, unquote, urlsplit

from leadinbox.core.messages import QT_TRANSLATE_NOOP, Message
from leadinbox.sources import refusal as r
from leadinbox.sources.refusal import Problem, SourceRefused

TABLE_DEFAULT = "MarketplaceLeads"      # where Microsoft's lead management writes (lead-formats.md 3b)
KIND = "azure-table"
SAS, CONNECTION_STRING = "sas", "connection string"
_TABLE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]{2,62}")
_WRITE_RIGHTS = set("audw")              # add, update, delete, write: more than LeadInbox needs
EXPIRY_WARNING_DAYS = 14

FULL_ACCESS = QT_TRANSLATE_NOOP("CoreMessages", "a connection string with the account key grants full access to the "
                                                "whole storage account (read, change, delete); LeadInbox only "
                                                "reads, and a read-only SAS URL is safer")
WRITE_RIGHTS = QT_TRANSLATE_NOOP("CoreMessages", "this token also allows changing the table; LeadInbox only reads, "
                                                 "and a token with read and query rights only is safer")
EXPIRES_SOON = QT_TRANSLATE_NOOP("CoreMessages", "the token expires on {expires}; make a new one before then")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _path_style(host: str) -> bool:
    """The emulator (and any address by IP) names the account in the path: http://127.0.0.1:10002/account."""
    if host == "localhost":
        return True
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


def _expiry(text: str | None) -> datetime | None:
    """The `se=` of a SAS: '2027-01-31T00:00:00Z', '2027-01-31T00:00Z' or '2027-01-31' (UTC)."""
    if not text:
        return None
    for layout in ("%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%MZ", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S.%fZ"):
        try:
            return datetime.strptime(text, layout).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
    return None


def _check_table(table: str) -> str:
    if not _TABLE_NAME.fullmatch(table):
        raise SourceRefused(Problem.BAD_ADDRESS, r.BAD_TABLE, table=table)
    return table


@dataclass(frozen=True)
class AzureTableConnection:
    """What is needed to read one table. `endpoint` is the table service's address (no secret), `secret` the
    SAS token (a URL's query) or the whole connection string: kept by sources.credentials, never shown."""

    endpoint: str
    table: str
    account: str
    auth: str                                   # SAS or CONNECTION_STRING
    secret: str = field(repr=False, compare=False)
    expires_at: datetime | None = None          # the SAS's expiry, when it has one
    permissions: str | None = None              # the SAS's rights (sp=), when it says
    full_access: bool = False                   # a connection string with the account key

    # -- made from what the user pastes ------------------------------------------------------------------

    @classmethod
    def from_sas_url(cls, url: str, table: str | None = None) -> AzureTableConnection:
        """A table (or account) SAS URL: https://ACCOUNT.table.core.windows.net/TABLE?sv=…&sig=…; `table`
        names the table when the URL does not (an account SAS), else defaults to MarketplaceLeads."""
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        if parts.scheme not in ("https", "http") or (parts.scheme == "http" and not _loopback(host)):
            raise SourceRefused(Problem.BAD_ADDRESS, r.BAD_SCHEME)
        if not host:
            raise SourceRefused(Problem.BAD_ADDRESS, r.NO_HOST)
        query = parse_qs(parts.query, keep_blank_values=True)
        if not query.get("sig"):
            raise SourceRefused(Problem.BAD_ADDRESS, r.NO_SIGNATURE)
        segments = [unquote(s) for s in parts.path.split("/") if s]
        base = f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}"
        if _path_style(host):
            if not segments:
                raise SourceRefused(Problem.BAD_ADDRESS, r.NO_HOST)
            account, segments = segments[0], segments[1:]
            base += f"/{account}"
        else:
            account = host.split(".")[0]
        url_table = segments[0].split("(")[0] if segments else None     # "MarketplaceLeads()" as some tools write
        if url_table and table and url_table.casefold() != table.casefold():
            raise SourceRefused(Problem.BAD_ADDRESS, r.TWO_TABLES, url_table=url_table, table=table)
        signed_for = (query.get("tn") or [None])[0]
        name = _check_table(url_table or table or signed_for or TABLE_DEFAULT)
        return cls(endpoint=base, table=name, account=account, auth=SAS, secret=parts.query,
                   expires_at=_expiry((query.get("se") or [None])[0]), permissions=(query.get("sp") or [None])[0])

    @classmethod
    def from_connection_string(cls, text: str, table: str | None = None) -> AzureTableConnection:
        """DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=core.windows.net, or one
        with TableEndpoint=… and SharedAccessSignature=…."""
        pairs = {}
        for part in text.strip().split(";"):
            key, sep, value = part.partition("=")
            if sep:
                pairs[key.strip().casefold()] = value.strip()
        account = pairs.get("accountname", "")
        key, sas = pairs.get("accountkey"), pairs.get("sharedaccesssignature")
        endpoint = pairs.get("tableendpoint", "").rstrip("/")
        if not endpoint and account:
            protocol = pairs.get("defaultendpointsprotocol", "https")
            endpoint = f"{protocol}://{account}.table.{pairs.get('endpointsuffix', 'core.windows.net')}"
        if not (endpoint and (key and account or sas)):
            raise SourceRefused(Problem.BAD_ADDRESS, r.BAD_CONNECTION_STRING)
        parts = urlsplit(endpoint)
        host = parts.hostname or ""
        if parts.scheme not in ("https", "http") or (parts.scheme == "http" and not _loopback(host)) or not host:
            raise SourceRefused(Problem.BAD_ADDRESS, r.BAD_SCHEME)
        if not account:
            account = [s for s in parts.path.split("/") if s][0] if _path_style(host) and parts.path.strip("/") \
                else host.split(".")[0]
        query = parse_qs(sas.lstrip("?"), keep_blank_values=True) if sas and not key else {}
        return cls(endpoint=endpoint, table=_check_table(table or TABLE_DEFAULT), account=account,
                   auth=CONNECTION_STRING, secret=text.strip(), expires_at=_expiry((query.get("se") or [None])[0]),
                   permissions=(query.get("sp") or [None])[0], full_access=bool(key))

    # -- kept without its secret, and made again from that and the secret ----------------------------------

    @property
    def name(self) -> str:
        """How the user and the command line name it: account/table."""
        return f"{self.account}/{self.table}"

    @property
    def address(self) -> str:
        """The table's address as shown (no secret)."""
        return f"{self.endpoint}/{self.table}"

    @property
    def host_port(self) -> tuple[str, int]:
        """The one place this source talks to."""
        parts = urlsplit(self.endpoint)
        return parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)

    def public(self) -> dict:
        """Everything but the secret: what the database keeps about the source."""
        return {"kind": KIND, "endpoint": self.endpoint, "table": self.table, "account": self.account,
                "auth": self.auth, "permissions": self.permissions, "full_access": self.full_access,
                "expires_at": self.expires_at.strftime("%Y-%m-%dT%H:%M:%SZ") if self.expires_at else None}

    @classmethod
    def restore(cls, public: dict, secret: str) -> AzureTableConnection:
        expires = public.get("expires_at")
        return cls(endpoint=public["endpoint"], table=public["table"], account=public["account"],
                   auth=public["auth"], secret=secret, permissions=public.get("permissions"),
                   full_access=bool(public.get("full_access")),
                   expires_at=datetime.strptime(expires, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
                   if expires else None)

    def warnings(self, now: datetime | None = None) -> list[Message]:
        """What the user should know before relying on it (said when connecting and in Settings)."""
        now = now or datetime.now(timezone.utc)
        found = []
        if self.full_access:
            found.append(Message(FULL_ACCESS))
        if self.permissions and _WRITE_RIGHTS & set(self.permissions):
            found.append(Message(WRITE_RIGHTS))
        if self.expires_at and now < self.expires_at and (self.expires_at - now).days < EXPIRY_WARNING_DAYS:
            found.append(Message(EXPIRES_SOON, {"expires": self.expires_at.strftime("%Y-%m-%d %H:%M UTC")}))
        return found

    # -- talking to it ---------------------------------------------------------------------------------------

    def refuse_before_asking(self, now: datetime | None = None) -> None:
        """What the token itself says: expired, or without the read right. Raises SourceRefused."""
        now = now or datetime.now(timezone.utc)
        if self.expires_at and self.expires_at <= now:
            raise SourceRefused(Problem.EXPIRED, r.EXPIRED, expired=self.expires_at.strftime("%Y-%m-%d %H:%M UTC"))
        if self.permissions is not None and "r" not in self.permissions:
            raise SourceRefused(Problem.NO_READ, r.NO_READ)

    def table_client(self, *, retries: int = 2, timeout: float = 30.0):
        """The SDK's TableClient for this table (imported here: only a connected source pays for it)."""
        from azure.core.credentials import AzureNamedKeyCredential, AzureSasCredential
        from azure.data.tables import TableClient

        # The SDK logs each request at INFO; nothing of it belongs in LeadInbox's log.
        logging.getLogger("azure").setLevel(logging.WARNING)
        options = {"retry_total": retries, "retry_backoff_factor": 0.5, "retry_backoff_max": 8,
                   "connection_timeout": timeout, "read_timeout": timeout}
        if self.auth == SAS:
            credential = AzureSasCredential(self.secret)
        else:
            pairs = dict(p.split("=", 1) for p in self.secret.split(";") if "=" in p)
            pairs = {k.strip().casefold(): v.strip() for k, v in pairs.items()}
            credential = (AzureNamedKeyCredential(self.account, pairs["accountkey"]) if "accountkey" in pairs
                          else AzureSasCredential(pairs["sharedaccesssignature"].lstrip("?")))
        return TableClient(endpoint=self.endpoint, table_name=self.table, credential=credential, **options)

    def check(self, *, timeout: float = 20.0) -> None:
        """Read one entity (or learn the table is empty): the table is there and may be read. Raises
        SourceRefused saying why not."""
        self.refuse_before_asking()
        client = self.table_client(retries=1, timeout=timeout)
        try:
            pages = client.list_entities(results_per_page=1, select=["PartitionKey"]).by_page()
            list(next(pages, []))
        except Exception as exc:    # noqa: BLE001 - every failure of the SDK becomes a reason, never a crash
            raise explain(exc, self) from None
        finally:
            client.close()


def explain(exc: BaseException, connection: AzureTableConnection) -> SourceRefused:
    """An exception of the SDK (or under it) as the reason the user is told. Its text is not kept: it may
    quote the request."""
    if isinstance(exc, SourceRefused):
        return exc
    from azure.core.exceptions import HttpResponseError, ResourceNotFoundError, ServiceRequestError

    host = connection.host_port[0]
    if isinstance(exc, HttpResponseError) and not isinstance(exc, ServiceRequestError):
        status = exc.status_code or 0
        # Not every error the SDK raises carries error_code (a create_entity on a missing table does not).
        found = getattr(exc, "error_code", None)
        code = str(getattr(found, "value", found) or "")
        if isinstance(exc, ResourceNotFoundError) or code == "TableNotFound" or status == 404:
            return SourceRefused(Problem.NO_TABLE, r.NO_TABLE, table=connection.table, account=connection.account)
        if code == "AuthorizationPermissionMismatch":
            return SourceRefused(Problem.NO_READ, r.NO_READ)
        if status in (401, 403):
            try:
                connection.refuse_before_asking()
            except SourceRefused as said:
                return said
            return SourceRefused(Problem.NOT_AUTHORISED, r.NOT_AUTHORISED)
        if status in (429, 503) or code in ("ServerBusy", "OperationTimedOut"):
            return SourceRefused(Problem.THROTTLED, r.THROTTLED)
        return SourceRefused(Problem.SERVER, r.SERVER, code=code or f"HTTP {status}")
    text = str(exc)
    if "resolve" in text or "Name or service not known" in text or "nodename nor servname" in text \
            or "getaddrinfo" in text:
        return SourceRefused(Problem.HOST_NOT_FOUND, r.HOST_NOT_FOUND, host=host)
    if isinstance(exc, (OSError, ServiceRequestError)) or type(exc).__name__ == "ServiceResponseError":
        return SourceRefused(Problem.UNREACHABLE, r.UNREACHABLE, host=host)
    return SourceRefused(Problem.SERVER, r.SERVER, code=type(exc).__name__)
