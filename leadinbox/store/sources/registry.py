"""The connected lead sources as the database keeps them: what each is (without its secret, which only has an
id here), when it was last read, its watermark, and the keys it read within its overlap window."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from leadinbox.store.database import Database

from leadinbox.store.settings import read_dict as _read, write_json as _write

_SOURCE = "source:"              # settings key of a source: its public description and credential id
_STATE = "source_state:"         # settings key of what it has read
PULL_MINUTES = "sources.pull_minutes"
DEFAULT_PULL_MINUTES = 5


@dataclass
class SourceState:
    watermark: str | None = None       # the latest service Timestamp read, as the service wrote it
    pulled_at: str | None = None       # the last pull that read the source (UTC, ISO)
    new_leads_at: str | None = None    # the last pull that brought new leads
    last_batch: int | None = None      # that pull's import batch

    def as_dict(self) -> dict:
        return {"watermark": self.watermark, "pulled_at": self.pulled_at, "new_leads_at": self.new_leads_at,
                "last_batch": self.last_batch}


@dataclass
class Source:
    """One connected source. `public` holds no secret (AzureTableConnection.public()); `credential` is the id
    its secret is kept under by sources.credentials."""

    name: str
    kind: str
    public: dict
    credential: str
    connected_at: str
    state: SourceState = field(default_factory=SourceState)

    def as_dict(self) -> dict:
        """What `connections --json` prints: where it is and when it was read; never the secret."""
        return {"name": self.name, "kind": self.kind, "address": f"{self.public['endpoint']}/{self.public['table']}",
                "table": self.public["table"], "account": self.public["account"], "auth": self.public["auth"],
                "expires_at": self.public.get("expires_at"), "connected_at": self.connected_at,
                "pulled_at": self.state.pulled_at, "new_leads_at": self.state.new_leads_at}


def _state(db: Database, name: str) -> SourceState:
    kept = _read(db, _STATE + name) or {}
    return SourceState(**{k: kept.get(k) for k in SourceState.__dataclass_fields__})


def list_sources(db: Database) -> list[Source]:
    """The connected sources, by name. A damaged entry is left out rather than failing the list."""
    found = []
    for key, value in db.execute("SELECT key, value FROM settings WHERE key LIKE 'source:%' ORDER BY key"):
        try:
            kept = json.loads(value)
            name = key[len(_SOURCE):]
            found.append(Source(name, kept["kind"], kept["public"], kept["credential"], kept["connected_at"],
                                _state(db, name)))
        except (ValueError, KeyError, TypeError):
            continue
    return found


def find_source(db: Database, name: str) -> Source | None:
    return next((s for s in list_sources(db) if s.name == name), None)


def save_source(db: Database, source: Source, *, fresh: bool = True) -> None:
    """Add (or replace) a source. A fresh one reads from the beginning; a source connected again to the same
    table (a new token after the old one expired) goes on from where it was (`fresh=False`)."""
    with db.atomic():
        _write(db, _SOURCE + source.name, {"kind": source.kind, "public": source.public,
                                           "credential": source.credential, "connected_at": source.connected_at})
        if fresh:
            db.execute("DELETE FROM settings WHERE key = ?", (_STATE + source.name,))
            db.execute("DELETE FROM pulled_entities WHERE source = ?", (source.name,))


def remove_source(db: Database, name: str) -> Source | None:
    """Forget a source and what it read (its leads stay: they are the user's). Returns it, or None."""
    source = find_source(db, name)
    if source is None:
        return None
    with db.atomic():
        db.execute("DELETE FROM settings WHERE key IN (?, ?)", (_SOURCE + name, _STATE + name))
        db.execute("DELETE FROM pulled_entities WHERE source = ?", (name,))
    return source


def write_state(db: Database, name: str, state: SourceState) -> None:
    _write(db, _STATE + name, state.as_dict())


def seen_keys(db: Database, name: str) -> set[tuple[str, str]]:
    """(PartitionKey, RowKey) of the entities read within the overlap window of the last pull."""
    return {(pk, rk) for pk, rk in db.execute(
        "SELECT partition_key, row_key FROM pulled_entities WHERE source = ?", (name,))}


def remember_keys(db: Database, name: str, keys: Iterable[tuple[str, str, int]], keep_from: int | None) -> None:
    """Add the keys a pull read (with their timestamps in 100 ns ticks) and drop those older than
    `keep_from`, which no later query reaches again."""
    db.conn.executemany("INSERT OR REPLACE INTO pulled_entities (source, partition_key, row_key, ticks) "
                        "VALUES (?, ?, ?, ?)", ((name, pk, rk, t) for pk, rk, t in keys))
    if keep_from is not None:
        db.execute("DELETE FROM pulled_entities WHERE source = ? AND ticks < ?", (name, keep_from))


def pull_minutes(db: Database) -> int:
    row = db.execute("SELECT value FROM settings WHERE key = ?", (PULL_MINUTES,)).fetchone()
    try:
        minutes = int(json.loads(row[0])) if row else DEFAULT_PULL_MINUTES
    except (ValueError, TypeError):
        minutes = DEFAULT_PULL_MINUTES
    return max(1, min(minutes, 24 * 60))


def set_pull_minutes(db: Database, minutes: int) -> None:
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
               (PULL_MINUTES, json.dumps(max(1, min(int(minutes), 24 * 60)))))
