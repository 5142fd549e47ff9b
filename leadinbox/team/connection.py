"""The team table's address from what the user pasted: a SAS URL or a connection string, and a table name
(LeadInboxTeam unless the URL or the user names another; never the marketplace's leads table)."""

from __future__ import annotations

from leadinbox.sources.azure_connection import TABLE_DEFAULT, AzureTableConnection
from leadinbox.sources.refusal import Problem, SourceRefused

TEAM_TABLE = "LeadInboxTeam"          # the team table's name when the address does not say


def team_connection(*, sas_url: str | None = None, connection_string: str | None = None,
                    table: str | None = None) -> AzureTableConnection:
    """Raises SourceRefused for an address that cannot be used as given."""
    if sas_url:
        connection = AzureTableConnection.from_sas_url(sas_url, table=table)
        if connection.table == TABLE_DEFAULT and not table and TABLE_DEFAULT.casefold() not in sas_url.casefold():
            connection = AzureTableConnection.from_sas_url(sas_url, table=TEAM_TABLE)
    else:
        connection = AzureTableConnection.from_connection_string(connection_string or "", table=table or TEAM_TABLE)
    if connection.table.casefold() == TABLE_DEFAULT.casefold():
        raise SourceRefused(Problem.BAD_ADDRESS, "that is the marketplace's leads table; the team needs a table of "
                                                 "its own (--table)")
    return connection
