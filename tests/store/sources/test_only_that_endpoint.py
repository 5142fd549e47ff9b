"""With a lead source connected, LeadInbox talks to that endpoint and nowhere else (with none connected it
opens no socket at all: tests/ui/window/test_private_by_default.py)."""

from __future__ import annotations

import socket

import pytest

from leadinbox.sources.azure_connection import AzureTableConnection
from leadinbox.sources.credentials import CredentialStore
from leadinbox.store.sources.connect import connect
from leadinbox.store.sources.pull import pull_all
from tests.sources.helpers import lead_entity, new_table, sas_url


@pytest.fixture
def connections(monkeypatch):
    """Every address a Python socket connects to or looks up, recorded (and let through)."""
    seen: list[tuple] = []
    real_socket, real_lookup = socket.socket, socket.getaddrinfo

    class Recorded(real_socket):
        def connect(self, address):
            if self.family in (socket.AF_INET, socket.AF_INET6):
                seen.append(("connect", address[0], address[1]))
            return super().connect(address)

    def lookup(host, port, *args, **kwargs):
        seen.append(("lookup", host, port))
        return real_lookup(host, port, *args, **kwargs)
    monkeypatch.setattr(socket, "socket", Recorded)
    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    return seen


def test_a_connected_source_is_the_only_place_talked_to(db, azurite, tmp_path, connections):
    table = new_table(azurite)           # made before the recording: the test's own setup
    table.create_entity(lead_entity(1))
    connections.clear()
    credentials = CredentialStore(tmp_path / "credentials")
    connect(db, AzureTableConnection.from_sas_url(sas_url(azurite, table.table_name)), credentials=credentials)
    (result,) = pull_all(db, credentials=credentials)
    assert result.new_leads == 1
    assert connections and {(host, port) for _, host, port in connections} == {("127.0.0.1", azurite.port)}
