"""Connecting to an Azure Table: what the user pastes, parsed; tried against Azurite before it is kept; each
refusal said for what it is."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from leadinbox.sources.azure_connection import AzureTableConnection, SAS, CONNECTION_STRING
from leadinbox.sources.refusal import Problem, SourceRefused
from tests.sources.helpers import new_table, sas_url

REAL_SAS = ("https://contoso.table.core.windows.net/MarketplaceLeads?sv=2019-02-02&tn=marketplaceleads"
            "&sp=r&se=2031-01-01T00%3A00%3A00Z&sig=abc%2Bdef%3D")


def test_a_table_sas_url_from_storage_explorer():
    c = AzureTableConnection.from_sas_url(REAL_SAS)
    assert (c.endpoint, c.table, c.account, c.auth) == ("https://contoso.table.core.windows.net",
                                                         "MarketplaceLeads", "contoso", SAS)
    assert c.permissions == "r" and c.expires_at == datetime(2031, 1, 1, tzinfo=timezone.utc)
    assert c.name == "contoso/MarketplaceLeads" and c.host_port == ("contoso.table.core.windows.net", 443)
    assert c.warnings() == [] and "sig" not in repr(c) and "sig" not in str(c.public())


def test_an_account_sas_names_no_table_so_the_default_or_the_given_one_is_read():
    url = "https://contoso.table.core.windows.net/?sv=2022-11-02&ss=t&srt=sco&sp=rl&se=2031-01-01&sig=x"
    assert AzureTableConnection.from_sas_url(url).table == "MarketplaceLeads"
    assert AzureTableConnection.from_sas_url(url, table="Leads2").table == "Leads2"
    with pytest.raises(SourceRefused) as refused:
        AzureTableConnection.from_sas_url(REAL_SAS, table="Other")
    assert "“MarketplaceLeads”, not “Other”" in str(refused.value)


@pytest.mark.parametrize("url, said", [
    ("http://contoso.table.core.windows.net/MarketplaceLeads?sig=x", "https://"),
    ("https://contoso.table.core.windows.net/MarketplaceLeads?sv=2019-02-02", "sig="),
    ("ftp://x/y?sig=1", "https://"),
    ("https://contoso.table.core.windows.net/Bad-Name?sig=x", "not a valid table name"),
    ("not a url at all", "https://"),
])
def test_addresses_that_cannot_work_are_refused_before_anything_is_asked(url, said):
    with pytest.raises(SourceRefused) as refused:
        AzureTableConnection.from_sas_url(url)
    assert refused.value.problem is Problem.BAD_ADDRESS and said in str(refused.value)


def test_a_connection_string_is_accepted_with_a_plain_warning():
    cs = ("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=c2VjcmV0a2V5c2VjcmV0a2V5;"
          "EndpointSuffix=core.windows.net")
    c = AzureTableConnection.from_connection_string(cs)
    assert (c.endpoint, c.table, c.account, c.auth) == ("https://contoso.table.core.windows.net",
                                                         "MarketplaceLeads", "contoso", CONNECTION_STRING)
    assert c.full_access and "full access" in str(c.warnings()[0])
    assert "c2VjcmV0" not in str(c.public()) and "c2VjcmV0" not in repr(c)
    with pytest.raises(SourceRefused):
        AzureTableConnection.from_connection_string("AccountName=contoso")


def test_warnings_for_write_rights_and_an_expiry_close_by():
    soon = (datetime.now(timezone.utc) + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    c = AzureTableConnection.from_sas_url(f"https://a.table.core.windows.net/T123?sp=raud&se={soon}&sig=x")
    said = " ".join(str(w) for w in c.warnings())
    assert "also allows changing" in said and "expires on" in said


def test_what_is_kept_makes_the_same_connection_again_with_its_secret():
    c = AzureTableConnection.from_sas_url(REAL_SAS)
    again = AzureTableConnection.restore(c.public(), c.secret)
    assert again == c and again.secret == c.secret


def test_a_read_only_sas_on_azurite_is_tried_and_reads(azurite):
    table = new_table(azurite)
    table.create_entity({"PartitionKey": "p", "RowKey": "1"})
    c = AzureTableConnection.from_sas_url(sas_url(azurite, table.table_name))
    assert c.account == "devstoreaccount1" and c.endpoint == azurite.endpoint
    c.check()
    AzureTableConnection.from_connection_string(azurite.connection_string, table=table.table_name).check()


def test_an_empty_table_is_a_good_table(azurite):
    table = new_table(azurite)
    AzureTableConnection.from_sas_url(sas_url(azurite, table.table_name)).check()


def refusal(connection: AzureTableConnection) -> SourceRefused:
    with pytest.raises(SourceRefused) as refused:
        connection.check(timeout=5)
    assert "sig=" not in str(refused.value) and "AccountKey" not in str(refused.value)
    return refused.value


def test_each_refusal_says_what_is_wrong(azurite):
    table = new_table(azurite).table_name
    missing = AzureTableConnection.from_connection_string(azurite.connection_string, table="NoSuchTable")
    assert refusal(missing).problem is Problem.NO_TABLE
    assert "no table “NoSuchTable” in the storage account devstoreaccount1" in str(refusal(missing))
    expired = AzureTableConnection.from_sas_url(sas_url(azurite, table, hours=-1))
    assert refusal(expired).problem is Problem.EXPIRED
    # The service says it too, when the token does not show its expiry.
    assert refusal(dataclasses.replace(expired, expires_at=None)).problem is Problem.NOT_AUTHORISED
    write_only = AzureTableConnection.from_sas_url(sas_url(azurite, table, read=False, add=True))
    assert refusal(write_only).problem is Problem.NO_READ
    assert refusal(dataclasses.replace(write_only, permissions=None)).problem is Problem.NO_READ   # the service's word
    other = AzureTableConnection.from_sas_url(sas_url(azurite, table).replace(f"/{table}?", "/OtherTable?"))
    assert refusal(other).problem is Problem.NOT_AUTHORISED


def test_a_host_that_does_not_exist_and_one_that_does_not_answer():
    url = "https://no-such-account.invalid/MarketplaceLeads?sp=r&sig=x"
    assert refusal(AzureTableConnection.from_sas_url(url)).problem is Problem.HOST_NOT_FOUND
    closed = "http://127.0.0.1:9/devstoreaccount1/MarketplaceLeads?sp=r&sig=x"
    gone = refusal(AzureTableConnection.from_sas_url(closed))
    assert gone.problem is Problem.UNREACHABLE and "127.0.0.1" in str(gone)
