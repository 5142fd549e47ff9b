"""Desks of one team for the tests: each its own data folder and database, all on one table of the session's
Azurite, joined by a SAS URL with read, add, update and delete rights on that table only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from leadinbox.sources.azure_connection import AzureTableConnection
from leadinbox.sources.credentials import CredentialStore
from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path
from leadinbox.store.team import desk as team_desk
from tests.azurite import ACCOUNT, KEY, Azurite
from tests.sources.helpers import new_table


def team_sas(server: Azurite, table: str, *, port: int | None = None) -> str:
    """What the README tells a partner to make: read, add, update, delete on the team table only."""
    from azure.core.credentials import AzureNamedKeyCredential
    from azure.data.tables import TableSasPermissions, generate_table_sas
    token = generate_table_sas(AzureNamedKeyCredential(ACCOUNT, KEY), table,
                               permission=TableSasPermissions(read=True, add=True, update=True, delete=True),
                               expiry=datetime.now(timezone.utc) + timedelta(hours=2))
    endpoint = server.endpoint if port is None else server.endpoint.replace(f":{server.port}/", f":{port}/")
    return f"{endpoint}/{table}?{token}"


@dataclass
class Desk:
    name: str
    folder: Path
    db: object
    credentials: CredentialStore

    @property
    def db_path(self) -> Path:
        return self.folder / "leadinbox.sqlite"

    def sync(self):
        return team_desk.sync(self.db, backups=self.folder / "backups", credentials=self.credentials)

    def claim(self, customer_id: int, claim: bool = True):
        return team_desk.change_owner(self.db, customer_id, claim=claim, credentials=self.credentials)

    def customer(self, email: str) -> int:
        return self.db.execute("SELECT id FROM customers WHERE key = ?", ("e:" + email,)).fetchone()[0]

    def close(self) -> None:
        self.db.close()


def make_desk(tmp_path: Path, name: str, files: list[Path] = ()) -> Desk:
    folder = tmp_path / name
    db = open_database(folder / "leadinbox.sqlite")
    for path in files:
        import_path(db, path)
    return Desk(name, folder, db, CredentialStore(folder / "credentials", use_keyring=False))


def join(d: Desk, sas: str):
    return team_desk.join(d.db, AzureTableConnection.from_sas_url(sas), d.name, credentials=d.credentials)


def new_team(server: Azurite):
    table = new_table(server, "Team")
    return table.table_name, team_sas(server, table.table_name)
