"""The few operations the team needs from a table, and their Azure implementation (the SDK imported only
when a team is joined). Other stores (a test's fault injection) implement the same five methods."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from leadinbox.sources.refusal import SourceRefused

BATCH = 100                 # Azure's limit of operations in one entity-group transaction


class Exists(Exception):
    """create(): the row is there already (another desk made it first)."""


class Changed(Exception):
    """replace(): someone changed the row since it was read (its ETag no longer matches)."""


class Unreachable(Exception):
    """The team's storage cannot be used now; `refused` says why (offline, token expired, …)."""

    def __init__(self, refused: SourceRefused) -> None:
        self.refused = refused
        super().__init__(str(refused.message))


class TeamTable(Protocol):
    def get(self, pk: str, rk: str) -> tuple[dict, str] | None: ...
    def create(self, entity: dict) -> str: ...
    def replace(self, entity: dict, etag: str) -> str: ...
    def upsert_many(self, entities: list[dict]) -> None: ...
    def query(self, filter: str, parameters: dict | None = None) -> Iterator[dict]: ...
    def delete(self, pk: str, rk: str) -> None: ...


class AzureTeamTable:
    """A TeamTable over azure-data-tables. Every SDK failure becomes Exists, Changed or Unreachable."""

    def __init__(self, connection, *, timeout: float = 20.0) -> None:
        self.connection = connection
        self.client = connection.table_client(retries=2, timeout=timeout)
        self.batches = True         # entity-group transactions (100 rows a request) until refused

    def close(self) -> None:
        self.client.close()

    def _fail(self, exc: BaseException) -> Exception:
        from leadinbox.sources.azure_connection import explain
        return Unreachable(explain(exc, self.connection))

    @staticmethod
    def _plain(entity) -> dict:
        return dict(entity)

    def create_table_if_missing(self) -> None:
        """Only a connection string may make the table; a SAS is made for a table that is there."""
        from azure.core.exceptions import ResourceExistsError
        try:
            self.client.create_table()
        except ResourceExistsError:
            pass
        except Exception as exc:  # noqa: BLE001
            raise self._fail(exc) from None

    def get(self, pk: str, rk: str) -> tuple[dict, str] | None:
        from azure.core.exceptions import ResourceNotFoundError
        try:
            entity = self.client.get_entity(pk, rk)
        except ResourceNotFoundError as exc:
            if "TableNotFound" in str(getattr(exc, "error_code", "") or ""):
                raise self._fail(exc) from None
            return None
        except Exception as exc:  # noqa: BLE001
            raise self._fail(exc) from None
        return self._plain(entity), entity.metadata["etag"]

    def create(self, entity: dict) -> str:
        from azure.core.exceptions import ResourceExistsError
        try:
            return self.client.create_entity(entity)["etag"]
        except ResourceExistsError:
            raise Exists() from None
        except Exception as exc:  # noqa: BLE001
            raise self._fail(exc) from None

    def replace(self, entity: dict, etag: str) -> str:
        from azure.core import MatchConditions
        from azure.core.exceptions import ResourceModifiedError, ResourceNotFoundError
        from azure.data.tables import UpdateMode
        try:
            return self.client.update_entity(entity, mode=UpdateMode.REPLACE, etag=etag,
                                             match_condition=MatchConditions.IfNotModified)["etag"]
        except (ResourceModifiedError, ResourceNotFoundError):
            raise Changed() from None
        except Exception as exc:  # noqa: BLE001
            if getattr(exc, "status_code", None) == 412:
                raise Changed() from None
            raise self._fail(exc) from None

    def upsert_many(self, entities: list[dict]) -> None:
        """Write rows of one partition, in transactions of up to 100. An upsert, so a push cut off after
        the storage wrote it and before the desk noted it can be sent again without harm."""
        from azure.data.tables import UpdateMode
        for start in range(0, len(entities), BATCH):
            chunk = entities[start:start + BATCH]
            if self.batches:
                try:
                    self.client.submit_transaction([("upsert", e, {"mode": UpdateMode.REPLACE}) for e in chunk])
                    continue
                except Exception as exc:  # noqa: BLE001
                    # Azurite 3.35 refuses a transaction signed by a SAS (AuthorizationFailure) that it takes
                    # row by row; so may a proxy. Row by row then, for this table: the rows are upserts, so
                    # rows a failed transaction may have written are written again without harm.
                    if getattr(exc, "status_code", None) not in (401, 403):
                        raise self._fail(exc) from None
                    self.batches = False
            for entity in chunk:
                try:
                    self.client.upsert_entity(entity, mode=UpdateMode.REPLACE)
                except Exception as exc:  # noqa: BLE001
                    raise self._fail(exc) from None

    def query(self, filter: str, parameters: dict | None = None) -> Iterator[dict]:
        try:
            # The SDK follows every continuation token, also of an empty page (connectors.md §1).
            for entity in self.client.query_entities(filter, parameters=parameters, results_per_page=1000):
                yield self._plain(entity)
        except Exception as exc:  # noqa: BLE001
            raise self._fail(exc) from None

    def delete(self, pk: str, rk: str) -> None:
        try:
            self.client.delete_entity(pk, rk)
        except Exception as exc:  # noqa: BLE001
            raise self._fail(exc) from None


def chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
