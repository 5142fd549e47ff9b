"""A fake TableClient for what Azurite cannot reproduce: timestamps compared at 100 ns (Azurite compares to the
millisecond), an empty page that still carries a continuation token, throttling, a token that expires."""

from __future__ import annotations

import re

from leadinbox.sources.azure_entities import ticks


class Stamp:
    """What the SDK puts in entity.metadata['timestamp']: its datetime drops the 7th digit, the text keeps it."""

    def __init__(self, text: str) -> None:
        self.tables_service_value = text


class Entity(dict):
    def __init__(self, values: dict, timestamp: str) -> None:
        super().__init__(values)
        self.metadata = {"timestamp": Stamp(timestamp)}


class Pager:
    def __init__(self, pages: list[list[Entity]], failures: dict[int, BaseException], tokens: list | None) -> None:
        self.pages, self.failures = pages, failures
        self.tokens = tokens
        self.continuation_token = None

    def __iter__(self):
        for n, page in enumerate(self.pages):
            if n in self.failures:
                raise self.failures[n]
            last = n == len(self.pages) - 1
            self.continuation_token = (self.tokens[n] if self.tokens else None if last else {"next": n + 1})
            yield page


class Query:
    def __init__(self, client: FakeTable, where: str | None, size: int) -> None:
        self.client, self.where, self.size = client, where, size

    def by_page(self, continuation_token=None):
        self.client.queries.append(self.where)
        tests = []
        for part in (self.where.split(" and ") if self.where else ()):
            found = re.fullmatch(r"Timestamp (ge|gt|le) datetime'([^']+)'", part)
            assert found, self.where
            tests.append((found[1], ticks(found[2])))   # compared at the service's full precision
        compare = {"ge": int.__ge__, "gt": int.__gt__, "le": int.__le__}
        rows = [e for e in sorted(self.client.entities, key=lambda e: (e["PartitionKey"], e["RowKey"]))
                if all(compare[op](ticks(e.metadata["timestamp"].tables_service_value), value)
                       for op, value in tests)]
        pages = self.client.pages or [rows[i:i + self.size] for i in range(0, len(rows), self.size)] or [[]]
        return Pager(pages, self.client.failures, self.client.tokens)


class FakeTable:
    """Entities in memory; `pages` (fixed pages), `failures` (page index -> exception) and `tokens` (the
    token after each page) shape what a query hands back."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.queries: list[str | None] = []
        self.pages: list[list[Entity]] | None = None
        self.failures: dict[int, BaseException] = {}
        self.tokens: list | None = None
        self.closed = False

    def add(self, key: str, timestamp: str, **values) -> Entity:
        entity = Entity({"PartitionKey": "11:2F2:2F2026", "RowKey": key, "ActionCode": "PLT",
                         "CustomerInfo": f'{{"Email": "{key}@example.com", "FirstName": "A{key}"}}', **values},
                        timestamp)
        self.entities.append(entity)
        return entity

    def query_entities(self, where, results_per_page=1000, select=None):
        return Query(self, where, results_per_page)

    def get_entity(self, partition_key, row_key):
        from azure.core.exceptions import ResourceNotFoundError
        self.queries.append(f"get {partition_key}/{row_key}")
        for entity in self.entities:
            if (entity["PartitionKey"], entity["RowKey"]) == (partition_key, row_key):
                return entity
        raise ResourceNotFoundError("gone")

    def list_entities(self, results_per_page=1000):
        return Query(self, None, results_per_page)

    def close(self):
        self.closed = True


def http_error(status: int, code: str, cls=None):
    from azure.core.exceptions import HttpResponseError
    error = (cls or HttpResponseError)(message=f"{code} sig=SECRET")
    error.status_code, error.error_code = status, code
    return error
