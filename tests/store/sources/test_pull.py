"""Pulling the marketplace's Azure Table (Azurite, for real): one import batch per pull that brings leads,
nothing fetched twice, the same lead as in a later CSV export, undo, damaged entities, failures that change
nothing, and secrets kept out of the database."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from leadinbox.sources.azure_connection import AzureTableConnection
from leadinbox.sources.credentials import CredentialStore
from leadinbox.sources.refusal import Problem, SourceRefused
from leadinbox.store.batches import list_batches, undo_batch
from leadinbox.store.importing.entry import import_path
from leadinbox.store.sources.connect import connect, disconnect
from leadinbox.store.sources.pull import pull_all
from leadinbox.store.sources.registry import find_source, list_sources
from tests.sources.helpers import lead_entity, new_table, sas_url


@pytest.fixture
def credentials(tmp_path) -> CredentialStore:
    return CredentialStore(tmp_path / "credentials")


@pytest.fixture
def table(azurite):
    return new_table(azurite)


@pytest.fixture
def source(db, azurite, table, credentials):
    return connect(db, AzureTableConnection.from_sas_url(sas_url(azurite, table.table_name)), credentials=credentials)


def pull(db, credentials):
    (result,) = pull_all(db, credentials=credentials)
    return result


def dump(db) -> list[str]:
    return list(db.conn.iterdump())


def test_a_pull_is_one_batch_and_the_next_brings_only_what_is_new(db, table, source, credentials):
    for n in range(3):
        table.create_entity(lead_entity(n))
    first = pull(db, credentials)
    assert (first.status, first.rows, first.new_leads, first.new_customers) == ("imported", 3, 3, 3)
    assert first.actions == {"PLT": 3}
    (batch,) = list_batches(db)
    assert batch["file_name"] == f"Azure Table {source.name}" and batch["layout"] == "azure_table"
    assert batch["new_leads"] == 3 and batch["file_sha256"] is None and "sig=" not in batch["file_path"]
    again = pull(db, credentials)
    assert (again.status, again.rows, again.new_leads) == ("nothing new", 0, 0)
    assert len(list_batches(db)) == 1              # a pull with nothing new is no import
    table.create_entity(lead_entity(7, action="INS"))
    table.create_entity(lead_entity(8, action="StartTestDrive"))
    third = pull(db, credentials)
    assert (third.status, third.rows, third.new_leads, third.actions) == ("imported", 2, 2,
                                                                          {"INS": 1, "StartTestDrive": 1})
    assert len(list_batches(db)) == 2
    state = find_source(db, source.name).state
    assert state.pulled_at and state.last_batch == third.batch_id and len(state.watermark) == 28


def test_an_entity_changed_after_its_pull_is_the_same_lead(db, table, source, credentials):
    table.create_entity(lead_entity(1))
    pull(db, credentials)
    table.upsert_entity(lead_entity(1, Description="Changed later"))
    assert pull(db, credentials).new_leads == 0
    assert db.execute("SELECT count(*) FROM leads").fetchone()[0] == 1


def export_entities(path: Path) -> list[dict]:
    """The sample Storage Explorer export as the entities it was exported from (Timestamp is the service's)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [{k: v for k, v in row.items() if k != "Timestamp" and v != ""} for row in csv.DictReader(handle)]


def test_a_pulled_lead_and_the_same_lead_in_a_later_csv_export_are_one_lead(db, table, source, credentials, samples):
    for entity in export_entities(samples / "azure-table-marketplaceleads.csv"):
        table.create_entity(entity)
    pulled = pull(db, credentials)
    assert pulled.new_leads > 15
    leads = db.execute("SELECT count(*) FROM leads").fetchone()[0]
    later = import_path(db, samples / "azure-table-marketplaceleads.csv")
    assert later.new_leads == 0 and later.known_leads == pulled.rows - len(pulled.skipped_rows)
    # ... and in the Partner Center export of the same leads (matched by person, action, offer and day).
    assert import_path(db, samples / "partner-center-leads-export.csv").new_leads == 0
    assert db.execute("SELECT count(*) FROM leads").fetchone()[0] == leads


def test_leads_imported_from_the_export_first_are_known_when_pulled(db, table, source, credentials, samples):
    imported = import_path(db, samples / "azure-table-marketplaceleads.csv")
    for entity in export_entities(samples / "azure-table-marketplaceleads.csv"):
        table.create_entity(entity)
    pulled = pull(db, credentials)
    assert (pulled.status, pulled.new_leads, pulled.known_leads) == ("nothing new", 0, imported.new_leads)


def test_an_undone_pull_does_not_come_back(db, table, source, credentials):
    table.create_entity(lead_entity(1))
    batch = pull(db, credentials).batch_id
    undo_batch(db, batch)
    assert db.execute("SELECT count(*) FROM leads").fetchone()[0] == 0
    assert pull(db, credentials).status == "nothing new"        # within the overlap: its key is remembered
    assert db.execute("SELECT count(*) FROM leads").fetchone()[0] == 0


def test_damaged_entities_are_handled_as_rows_of_a_file(db, table, source, credentials):
    table.create_entity(lead_entity(1, action="Wave"))                              # kept, with a warning
    table.create_entity(lead_entity(2, Description="x" * 32_000))                   # as long as the service allows
    table.create_entity(lead_entity(3, OfferDisplayName=12345))                     # odd type: text
    table.create_entity(lead_entity(4, Extra=b"\xff\xfe\x00"))                      # binary: base64
    day = "11:2F3:2F2026"
    table.create_entity({"PartitionKey": day, "RowKey": "no-info", "ActionCode": "PLT"})            # skipped
    table.create_entity({"PartitionKey": day, "RowKey": "bad-json", "CustomerInfo": "{Email: x"})    # skipped
    table.create_entity({"PartitionKey": day, "RowKey": "list", "CustomerInfo": "[1, 2]"})            # skipped
    result = pull(db, credentials)
    assert (result.status, result.rows, result.new_leads) == ("imported", 7, 4)
    said = result.as_dict()
    assert {(p["row_key"], p["column"]) for p in said["skipped_rows"]} == {
        ("no-info", None), ("bad-json", "CustomerInfo"), ("list", "CustomerInfo")}
    warned = {(p["row_key"].split("-")[-1], p["column"]) for p in said["warnings"]}
    assert warned == {("1", "ActionCode"), ("3", "OfferDisplayName"), ("4", "Extra")}
    assert db.execute("SELECT length(description) FROM leads WHERE external_id LIKE '%-2'").fetchone()[0] == 32_000
    assert pull(db, credentials).status == "nothing new"      # skipped entities are not read again either


def test_a_refused_pull_changes_nothing(db, azurite, table, source, credentials):
    table.create_entity(lead_entity(1))
    before = dump(db)
    service = AzureTableConnection.from_connection_string(azurite.connection_string, table=table.table_name)
    service.table_client().delete_table()
    result = pull(db, credentials)
    assert (result.status, result.problem) == ("failed", Problem.NO_TABLE)
    assert "no table" in result.as_dict()["error"] and dump(db) == before


def test_a_source_without_its_secret_on_this_computer_says_so(db, source, credentials):
    credentials.forget(source.credential)
    result = pull(db, credentials)
    assert (result.status, result.problem) == ("failed", Problem.NO_CREDENTIAL)


def test_a_connection_that_is_refused_is_not_kept(db, azurite, credentials, tmp_path):
    with pytest.raises(SourceRefused):
        connect(db, AzureTableConnection.from_sas_url(sas_url(azurite, "NoSuchTable")), credentials=credentials)
    assert list_sources(db) == [] and not (tmp_path / "credentials").exists()


def test_connecting_the_same_table_again_keeps_what_was_read_and_disconnect_forgets(db, azurite, table, source,
                                                                                     credentials, tmp_path):
    table.create_entity(lead_entity(1))
    pull(db, credentials)
    again = connect(db, AzureTableConnection.from_sas_url(sas_url(azurite, table.table_name)),
                    credentials=credentials)
    assert credentials.load(source.credential) is None and credentials.load(again.credential)
    assert find_source(db, again.name).state.watermark and pull(db, credentials).status == "nothing new"
    assert disconnect(db, again.name, credentials=credentials).name == again.name
    assert list_sources(db) == [] and list((tmp_path / "credentials").iterdir()) == []
    assert db.execute("SELECT count(*) FROM pulled_entities").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM leads").fetchone()[0] == 1       # the leads are the user's
    assert disconnect(db, again.name, credentials=credentials) is None


def test_the_secret_is_never_in_the_database(db, azurite, table, credentials):
    url = sas_url(azurite, table.table_name)
    signature = url.split("sig=")[1]
    connect(db, AzureTableConnection.from_sas_url(url), credentials=credentials)
    connect(db, AzureTableConnection.from_connection_string(azurite.connection_string, table=table.table_name),
            credentials=credentials)
    table.create_entity(lead_entity(1))
    pull_all(db, credentials=credentials)
    text = "\n".join(dump(db))
    key = azurite.connection_string.split("AccountKey=")[1].split(";")[0]
    assert signature not in text and key not in text and "sig=" not in text
    assert json.dumps([s.as_dict() for s in list_sources(db)]).count("sig") == 0
