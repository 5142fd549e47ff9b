"""Querying a table's entities through the SDK's own pipeline (its signing for SAS and shared key, retries,
timeouts, transport) while reading the service's JSON ourselves. The SDK's deserialisation costs about
0.2 ms an entity (a generic model walk, and strptime of every Timestamp, which it then cuts to microseconds):
at 10,000 leads that was more than importing them. Offers the query_entities/list_entities/by_page face of
a TableClient, so the reader (azure_table.fetch_new) works with either."""

from __future__ import annotations

import base64
import uuid

_TYPE = "@odata.type"
_NEXT_PARTITION, _NEXT_ROW = "x-ms-continuation-NextPartitionKey", "x-ms-continuation-NextRowKey"


class RawEntity(dict):
    """An entity's properties; `metadata['timestamp']` is the service's Timestamp text (seven decimals)."""

    __slots__ = ("metadata",)


def _typed(value, kind: str):
    """A property the service annotated with its EDM type (strings, Int32, Double and Boolean come as JSON)."""
    try:
        if kind == "Edm.Int64":
            return int(value)
        if kind == "Edm.Binary":
            return base64.b64decode(value)
        if kind == "Edm.Guid":
            return uuid.UUID(value)
    except (ValueError, TypeError):
        return value
    return value          # Edm.DateTime stays the service's text, Edm.Double "NaN"/"Infinity" too


def entity(item: dict) -> RawEntity:
    out = RawEntity()
    types = None
    for key, value in item.items():
        if key.startswith("odata.") or key == "Timestamp":
            continue
        if key.endswith(_TYPE):
            types = types or {}
            types[key[:-len(_TYPE)]] = value
            continue
        out[key] = value
    if types:
        for key, kind in types.items():
            if key in out:
                out[key] = _typed(out[key], kind)
    stamp = item.get("Timestamp")
    out.metadata = {"timestamp": stamp if isinstance(stamp, str) else None}
    return out


def plain(item: dict) -> RawEntity:
    """entity() for an item without type annotations: its properties as they are."""
    out = RawEntity(item)
    stamp = out.pop("Timestamp", None)
    out.pop("odata.etag", None)
    out.metadata = {"timestamp": stamp if isinstance(stamp, str) else None}
    return out


def _failure(response):
    """The service's refusal as the SDK would raise it, for sources.azure_connection.explain()."""
    from azure.core.exceptions import HttpResponseError, ResourceNotFoundError
    code = response.headers.get("x-ms-error-code")
    if not code:
        try:
            code = (response.json().get("odata.error") or {}).get("code")
        except (ValueError, AttributeError):
            code = None
    error = (ResourceNotFoundError if response.status_code == 404 else HttpResponseError)(
        message=f"HTTP {response.status_code} {code or ''}", response=response)
    error.error_code = code
    return error


class _Pages:
    """Iterates the pages of one query; `continuation_token` is the token after the page just given."""

    def __init__(self, client, table: str, where: str | None, size: int, select: list[str] | None) -> None:
        self.client, self.table, self.where, self.size = client, table, where, size
        self.select = ",".join(select) if select else None
        self.continuation_token = None

    def _page(self, token: dict | None) -> tuple[list[RawEntity], dict | None]:
        from azure.data.tables._generated.operations._operations import build_table_query_entities_request
        request = build_table_query_entities_request(
            self.table, top=self.size, filter=self.where, select=self.select,
            next_partition_key=token and token["PartitionKey"], next_row_key=token and token["RowKey"])
        response = self.client._client.send_request(request)   # the TableClient's pipeline, signed
        if response.status_code != 200:
            raise _failure(response)
        items = response.json().get("value", ())
        # Entities whose properties are all strings, numbers and booleans carry no type annotations.
        page = [entity(item) for item in items] if b"@odata.type" in response.content else [plain(i) for i in items]
        partition, row = response.headers.get(_NEXT_PARTITION), response.headers.get(_NEXT_ROW)
        return page, ({"PartitionKey": partition, "RowKey": row} if partition or row else None)

    def __iter__(self):
        # The next page is asked for while the caller works through this one: the service (or the emulator,
        # another process) prepares it meanwhile. One request at a time is ever in flight.
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="leadinbox-table-page") as pool:
            pending = pool.submit(self._page, None)
            while True:
                page, token = pending.result()
                self.continuation_token = token
                if token is not None:       # an empty page with a token goes on: only no token ends it
                    pending = pool.submit(self._page, token)
                yield page
                if token is None:
                    return


class _Query:
    def __init__(self, client, table: str, where: str | None, size: int, select: list[str] | None = None) -> None:
        self.args = client, table, where, size, select

    def by_page(self):
        return _Pages(*self.args)


class RestTable:
    """A TableClient's entity queries, read as JSON."""

    def __init__(self, table_client) -> None:
        self.client = table_client

    def query_entities(self, where: str, results_per_page: int = 1000, select: list[str] | None = None) -> _Query:
        return _Query(self.client, self.client.table_name, where, results_per_page, select)

    def get_entity(self, partition_key: str, row_key: str):
        return self.client.get_entity(partition_key, row_key)

    def list_entities(self, results_per_page: int = 1000) -> _Query:
        return _Query(self.client, self.client.table_name, None, results_per_page)

    def close(self) -> None:
        self.client.close()
