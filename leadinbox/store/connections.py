"""What this database is connected to outside the computer: lead sources, mailboxes and a team, by name and
address (never a secret), for the pages that must say so truthfully."""

from __future__ import annotations

from leadinbox.store.database import Database


def connections(db: Database) -> dict[str, list[str]]:
    """{"sources": [address, …], "mailboxes": [address, …], "team": [table address] or []}."""
    from leadinbox.store.mail.mailboxes import list_mailboxes
    from leadinbox.store.sources.registry import list_sources
    from leadinbox.store.team import state
    member = state.membership(db)
    team = [f"{member.connection.get('endpoint')}/{member.connection.get('table')}"] if member else []
    return {"sources": [s.as_dict()["address"] for s in list_sources(db)],
            "mailboxes": [m.account.address for m in list_mailboxes(db)], "team": team}
