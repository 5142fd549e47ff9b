"""Connecting a lead source (tried first, then its secret filed away and the rest kept in the database) and
disconnecting it (its secret forgotten; the leads it brought stay)."""

from __future__ import annotations

from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.sources.azure_connection import KIND, AzureTableConnection
from leadinbox.sources.credentials import CredentialStore, new_id
from leadinbox.store.sources.registry import Source, find_source, remove_source, save_source


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def connect(db: Database, connection: AzureTableConnection, *, credentials: CredentialStore | None = None,
            check: bool = True, now: str | None = None) -> Source:
    """Try the connection (SourceRefused says why not, and nothing is kept), then keep it. Connecting the
    same table again (a new token) replaces the old secret and keeps what was read."""
    if check:
        connection.check()
    credentials = credentials or CredentialStore()
    before = find_source(db, connection.name)
    credential = new_id()
    credentials.save(credential, connection.secret)
    source = Source(connection.name, KIND, connection.public(), credential, now or _now())
    same_table = before is not None and (before.public.get("endpoint"), before.public.get("table")) == \
        (connection.endpoint, connection.table)
    try:
        save_source(db, source, fresh=not same_table)
    except BaseException:
        credentials.forget(credential)      # nothing half-kept: no secret without its source
        raise
    if before is not None:
        credentials.forget(before.credential)
    return source


def disconnect(db: Database, name: str, *, credentials: CredentialStore | None = None) -> Source | None:
    """Forget the source and its secret; None when there is no source of that name."""
    source = remove_source(db, name)
    if source is not None:
        (credentials or CredentialStore()).forget(source.credential)
    return source


def connection_of(source: Source, credentials: CredentialStore | None = None) -> AzureTableConnection | None:
    """The source's connection with its secret, or None when the secret is not on this computer."""
    secret = (credentials or CredentialStore()).load(source.credential)
    return AzureTableConnection.restore(source.public, secret) if secret is not None else None
