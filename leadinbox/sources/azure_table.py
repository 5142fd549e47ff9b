"""Reading the entities written since the last pull, exactly: the watermark is kept as the service's own text
(seven decimals), entities written after it are read whole, and the keys written in a few minutes before it
are read (keys only) to find any that became visible late; every page is read to the last continuation
token, also through empty pages. Keys already seen are dropped, so nothing is missed or fetched twice."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from leadinbox.sources.azure_connection import AzureTableConnection, explain
from leadinbox.sources.azure_entities import EntityRows, service_timestamp, stamp, ticks, to_rows
from leadinbox.sources.refusal import Problem, SourceRefused
from leadinbox.sources import refusal as r

# Entities can become visible a little after later ones (the service's clock is per partition server, and a
# write in flight commits after its Timestamp): each pull looks this far back before the watermark for keys
# it has not seen. Microsoft's own samples poll with `gt` alone, which can miss them.
OVERLAP_TICKS = 5 * 60 * 10_000_000             # five minutes, in 100 ns
PAGE_SIZE = 1000                                 # the service's largest page
_KEYS = ["PartitionKey", "RowKey"]


class PullCancelled(Exception):
    """The pull was stopped (the window closing): what was read is dropped, the watermark stays."""


@dataclass
class Fetched:
    """What one pull read. `rows` holds only entities not seen before; `seen` their keys with timestamps
    (to be remembered), `watermark` the latest service timestamp read (or the one it had)."""

    rows: EntityRows
    seen: list[tuple[str, str, str]] = field(default_factory=list)
    watermark: str | None = None
    pages: int = 0
    entities: int = 0                            # read from the service, the skipped ones too


def window_filter(watermark: str) -> str:
    """The overlap: written in the few minutes up to the watermark (read as keys only)."""
    last = ticks(watermark)
    return (f"Timestamp ge datetime'{stamp(max(0, last - OVERLAP_TICKS))}' and "
            f"Timestamp le datetime'{stamp(last)}'")


def newer_filter(watermark: str) -> str:
    """Written after the watermark, compared at the service's 100 ns (a datetime would round it)."""
    return f"Timestamp gt datetime'{stamp(ticks(watermark))}'"


class _Reader:
    """Pages of one query after another, each to its last continuation token."""

    def __init__(self, cancelled: Callable[[], bool] | None) -> None:
        self.cancelled = cancelled
        self.pages = 0

    def entities(self, query):
        pager = query.by_page()
        previous = None
        for page in pager:
            self.pages += 1
            yield from page
            token = getattr(pager, "continuation_token", None)
            # An empty page may still carry a token: the loop goes on until there is none. A service that
            # hands back the same token again would never end.
            if token is not None and token == previous:
                raise SourceRefused(Problem.SERVER, r.SERVER, code="repeated continuation token")
            previous = token
            # Entities come in key order, not time order: a pull stopped half-way is no pull at all.
            if self.cancelled and self.cancelled():
                raise PullCancelled


def fetch_new(client, watermark: str | None, seen: Collection[tuple[str, str]], *,
              page_size: int = PAGE_SIZE, cancelled: Callable[[], bool] | None = None,
              connection: AzureTableConnection | None = None) -> Fetched:
    """Every entity written since `watermark` (with the overlap) whose (PartitionKey, RowKey) is not in
    `seen`; the whole table without a watermark. `client` is a TableClient, a RestTable or a fake with their
    query_entities/list_entities/get_entity. Raises SourceRefused when the service fails at any page: then
    nothing of this pull is used."""
    reader = _Reader(cancelled)
    entities, stamps, keys = [], [], []
    taken: set[tuple[str, str]] = set()
    best = ticks(watermark) if watermark else None
    newest = watermark
    read = 0

    def take(entity) -> None:
        nonlocal best, newest, read
        read += 1
        key = (str(entity.get("PartitionKey", "")), str(entity.get("RowKey", "")))
        text = service_timestamp(entity)
        if text is not None:
            value = ticks(text)
            if best is None or value > best:
                best, newest = value, text
        if key in seen or key in taken:
            return
        taken.add(key)
        entities.append(entity)
        stamps.append(text)
        keys.append((*key, text))

    try:
        if watermark is None:
            for entity in reader.entities(client.list_entities(results_per_page=page_size)):
                take(entity)
        else:
            late = [key for key in ((str(e.get("PartitionKey", "")), str(e.get("RowKey", ""))) for e in
                                    reader.entities(client.query_entities(window_filter(watermark),
                                                                          results_per_page=page_size, select=_KEYS)))
                    if key not in seen]
            for entity in reader.entities(client.query_entities(newer_filter(watermark), results_per_page=page_size)):
                take(entity)
            for partition_key, row_key in late:       # rare: written before the watermark, visible only now
                if (partition_key, row_key) not in taken:
                    found = _get(client, partition_key, row_key)
                    if found is not None:
                        take(found)
    except (SourceRefused, PullCancelled):
        raise
    except Exception as exc:    # noqa: BLE001 - a failure at any page refuses the whole pull, never a crash
        if connection is None:
            raise
        raise explain(exc, connection) from None
    return Fetched(rows=to_rows(entities, stamps), seen=[(pk, rk, t or newest or "") for pk, rk, t in keys],
                   watermark=newest, pages=reader.pages, entities=read)


def _get(client, partition_key: str, row_key: str):
    """One entity by its keys; None when it was deleted meanwhile."""
    from azure.core.exceptions import ResourceNotFoundError
    try:
        return client.get_entity(partition_key, row_key)
    except ResourceNotFoundError:
        return None


def _rest_client(connection: AzureTableConnection):
    from leadinbox.sources.azure_rest import RestTable
    return RestTable(connection.table_client())


def pull_entities(connection: AzureTableConnection, watermark: str | None, seen: Collection[tuple[str, str]],
                  *, client_factory: Callable | None = None, **options) -> Fetched:
    """fetch_new() on the connection's table: refused before asking when the token says so."""
    connection.refuse_before_asking()
    client = (client_factory or _rest_client)(connection)
    try:
        return fetch_new(client, watermark, seen, connection=connection, **options)
    finally:
        close = getattr(client, "close", None)
        if close:
            close()
