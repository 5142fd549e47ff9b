"""Tables in the session's Azurite: made, filled with lead entities, and opened by read-only SAS URLs."""

from __future__ import annotations

import itertools
import json
from datetime import datetime, timedelta, timezone

from tests.azurite import ACCOUNT, KEY, Azurite

_names = itertools.count(1)


def service(server: Azurite):
    from azure.data.tables import TableServiceClient
    return TableServiceClient.from_connection_string(server.connection_string)


def new_table(server: Azurite, prefix: str = "Leads"):
    """A table of its own for one test (the emulator is shared by the session); returns its TableClient."""
    name = f"{prefix}{next(_names)}x{datetime.now().strftime('%H%M%S%f')}"
    return service(server).create_table(name)


def sas_url(server: Azurite, table: str, *, read: bool = True, add: bool = False, hours: float = 2.0) -> str:
    """A SAS URL for `table` as Storage Explorer gives it (read and query rights unless told otherwise)."""
    from azure.core.credentials import AzureNamedKeyCredential
    from azure.data.tables import TableSasPermissions, generate_table_sas
    token = generate_table_sas(AzureNamedKeyCredential(ACCOUNT, KEY), table,
                               permission=TableSasPermissions(read=read, add=add),
                               expiry=datetime.now(timezone.utc) + timedelta(hours=hours))
    return f"{server.endpoint}/{table}?{token}"


def lead_entity(n: int, *, email: str | None = None, action: str = "PLT", offer: str = "Lead Router SaaS",
                day: datetime | None = None, **extra) -> dict:
    """An entity as Microsoft's lead management writes it (lead-formats.md 3b)."""
    day = day or datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc) + timedelta(minutes=n)
    info = {"FirstName": f"First{n}", "LastName": f"Last{n}", "Email": email or f"person{n}@example.com",
            "Phone": "+1 425 555 0100", "Country": "US", "Company": f"Company {n}", "Title": "CTO"}
    source = {"PLT": "SPZA", "INS": "AzureMarketplace", "StartTestDrive": "AzureMarketplace", "DNC": "SPZA"}
    entity = {"PartitionKey": f"{day.month}:2F{day.day}:2F{day.year}", "RowKey": f"{day.timestamp():.0f}-{n}",
              "ActionCode": action, "CreatedTime": day.strftime("%m/%d/%Y %H:%M:%S"),
              "CustomerInfo": json.dumps(info), "Description": "Please call me",
              "LeadSource": f"{source.get(action, 'SPZA')}-{action}|{offer}", "OfferDisplayName": offer,
              "ProductId": "contoso-isv.lead-router-saas", "PublisherDisplayName": "Contoso ISV"}
    entity.update(extra)
    return {k: v for k, v in entity.items() if v is not None}
