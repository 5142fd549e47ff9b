"""Reading the entities written since the last pull: a Timestamp query with an overlap, every page to the last
continuation token (also through empty pages), keys already seen dropped, the watermark kept as the
service's own text (seven decimals) so that nothing is missed or fetched twice at a timestamp boundary."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from leadinbox.sources.azure_connection import AzureTableConnection, explain
from leadinbox.sources.azure_entities import EntityRows, service_timestamp, stamp, ticks, to_rows
from leadinbox.sources.refusal import Problem, SourceRefused
from leadinbox.sources import refusal as r

# Entities can become visible a little after later ones (the service's clock is per partition server, and a
# write in flight commits after its Timestamp): each query reaches this far back before the watermark, and
# the keys seen in that window are skipped. Microsoft's own samples poll with `gt`, which can miss them.
OVERLAP_TICKS = 5 * 60 * 10_000_000             # five minutes, in 100 ns
PAGE_SIZE = 1000                                 # the service's largest page


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


def query_filter(watermark: str | None) -> str | None:
    """The OData filter for 'written since the watermark, less the overlap'; None reads the whole table."""
    if not watermark:
        return None
    return f"Timestamp ge datetime'{stamp(max(0, ticks(watermark) - OVERLAP_TICKS))}'"


def fetch_new(client, watermark: str | None, seen: Collection[tuple[str, str]], *,
              page_size: int = PAGE_SIZE, cancelled: Callable[[], bool] | None = None,
              connection: AzureTableConnection | None = None) -> Fetched:
    """Every entity written since `watermark` (less the overlap) whose (PartitionKey, RowKey) is not in
    `seen`. `client` is a TableClient (or a fake with the same query_entities/list_entities). Raises
    SourceRefused when the service fails at any page: then nothing of this pull is used."""
    where = query_filter(watermark)
    entities, stamps, keys = [], [], []
    best = ticks(watermark) if watermark else None
    newest = watermark
    pages = read = 0
    try:
        pager = (client.query_entities(where, results_per_page=page_size) if where
                 else client.list_entities(results_per_page=page_size)).by_page()
        previous_token = None
        for page in pager:
            pages += 1
            for entity in page:
                read += 1
                key = (str(entity.get("PartitionKey", "")), str(entity.get("RowKey", "")))
                text = service_timestamp(entity)
                if text is not None:
                    value = ticks(text)
                    if best is None or value > best:
                        best, newest = value, text
                if key in seen:
                    continue
                entities.append(entity)
                stamps.append(text)
                keys.append((*key, text or newest or ""))
            token = getattr(pager, "continuation_token", None)
            # An empty page may still carry a token: the loop goes on until there is none. A service that
            # hands back the same token again would never end.
            if token is not None and token == previous_token:
                raise SourceRefused(Problem.SERVER, r.SERVER, code="repeated continuation token")
            previous_token = token
            # Entities come in key order, not time order: a pull stopped half-way is no pull at all.
            if cancelled and cancelled():
                raise PullCancelled
    except (SourceRefused, PullCancelled):
        raise
    except Exception as exc:    # noqa: BLE001 - a failure at any page refuses the whole pull, never a crash
        if connection is None:
            raise
        raise explain(exc, connection) from None
    return Fetched(rows=to_rows(entities, stamps), seen=keys, watermark=newest, pages=pages, entities=read)


def pull_entities(connection: AzureTableConnection, watermark: str | None, seen: Collection[tuple[str, str]],
                  *, client_factory: Callable | None = None, **options) -> Fetched:
    """fetch_new() on the connection's table: refused before asking when the token says so."""
    connection.refuse_before_asking()
    client = (client_factory or (lambda c: c.table_client()))(connection)
    try:
        return fetch_new(client, watermark, seen, connection=connection, **options)
    finally:
        close = getattr(client, "close", None)
        if close:
            close()
