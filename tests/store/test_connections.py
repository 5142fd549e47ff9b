"""What the database is connected to, said by address for Settings › Backups and privacy: nothing until a lead
source, a mailbox or a team is connected, then each of them, never a secret."""

from __future__ import annotations

from leadinbox.sources.azure_connection import AzureTableConnection
from leadinbox.sources.mailbox import MailboxAccount
from leadinbox.store.connections import connections
from leadinbox.store.mail.mailboxes import Mailbox, save_mailbox
from leadinbox.store.sources.registry import Source, save_source
from leadinbox.store.team import state

SAS = "https://contoso.table.core.windows.net/MarketplaceLeads?sv=2019-02-02&tn=marketplaceleads&sp=r&sig=SECRET"


def test_each_connection_is_named_by_its_address_and_no_secret(db):
    assert connections(db) == {"sources": [], "mailboxes": [], "team": []}
    public = AzureTableConnection.from_sas_url(SAS).public()
    save_source(db, Source("contoso", "azure-table", public, "source-1", "2026-12-06T00:00:00Z"))
    save_mailbox(db, Mailbox("ana", MailboxAccount("imap.example.com", "ana@example.com"), "mailbox-1",
                             "2026-12-06T00:00:00Z"))
    state.save_membership(db, state.Membership(desk="d1", name="Ana", salt="s", credential="team-1",
                                               connection={"endpoint": "https://contoso.table.core.windows.net",
                                                           "table": "LeadInboxTeam"}, joined_at="x"))
    found = connections(db)
    assert found["sources"] == ["https://contoso.table.core.windows.net/MarketplaceLeads"]
    assert found["mailboxes"] == ["imaps://imap.example.com:993"]
    assert found["team"] == ["https://contoso.table.core.windows.net/LeadInboxTeam"]
    assert "SECRET" not in str(found)
