"""This desk as the sync sees it (team/sync.Local over the database), and joining, syncing, claiming as the
command line and the window call them."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from leadinbox.store.database import Database

from leadinbox.store.team import apply, outbox, state
from leadinbox.team import events as ev
from leadinbox.team import protocol, sync as team_sync
from leadinbox.team.table import Unreachable


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class LocalDesk:
    """team/sync.Local over this database."""

    def __init__(self, db: Database, member: state.Membership, backups: Path | None = None) -> None:
        self.db = db
        self.member = member
        self.desk = member.desk
        self.backups = backups

    def cursors(self) -> dict[str, int]:
        found = dict(self.db.execute("SELECT desk, seq FROM team_cursors").fetchall())
        sent = self.db.execute("SELECT max(seq) FROM team_outbox WHERE sent_at IS NOT NULL").fetchone()[0] or 0
        found[self.desk] = max(found.get(self.desk, 0), sent)
        return found

    def apply(self, events: list[ev.Event], names: dict[str, str]) -> list[dict]:
        applier = apply.Applier(self.db, self.member, self.backups)
        with self.db.atomic(), outbox.applying():
            state.refresh_keys(self.db, self.member.salt)
            for e in events:
                applier.apply(e)
            applier.finish()
        applier.erase()
        return applier.conflicts

    def unsent(self, limit: int) -> list[ev.Event]:
        return [ev.Event(self.desk, seq, kind, ck, hlc, self.member.name, json.loads(body))
                for seq, kind, ck, hlc, body in self.db.execute(
                    """SELECT seq, kind, ck, hlc, body FROM team_outbox WHERE sent_at IS NULL ORDER BY seq LIMIT ?""",
                    (limit,)).fetchall()]

    def mark_sent(self, seqs: list[int]) -> None:
        with self.db.atomic():
            self.db.conn.executemany("UPDATE team_outbox SET sent_at = ? WHERE seq = ?", [(_now(), s) for s in seqs])

    def renumber_after(self, seq: int) -> None:
        """Queued events numbered at or below `seq` (this database is older than its desk's partition: a
        restored backup) move above it, in their order, and the rows and undo events that name them follow;
        the numbering goes on from there."""
        with self.db.atomic():
            rows = self.db.execute("SELECT seq, kind, body FROM team_outbox WHERE sent_at IS NULL ORDER BY seq").fetchall()
            if rows and rows[0][0] <= seq:
                shift = seq - rows[0][0] + 1
                moved = {f"{self.desk}:{old}": f"{self.desk}:{old + shift}" for old, _, _ in rows}
                top = self.db.execute("SELECT max(seq) FROM team_outbox").fetchone()[0]
                # Through numbers above every row, so no two rows ever share one.
                self.db.execute("UPDATE team_outbox SET seq = seq + ? WHERE sent_at IS NULL", (top + seq + shift,))
                self.db.execute("UPDATE team_outbox SET seq = seq - ? WHERE sent_at IS NULL", (top + seq,))
                for table in ("attempts", "notes", "appointments"):
                    self.db.conn.executemany(f"UPDATE {table} SET team_event = ? WHERE team_event = ?",
                                             [(new, old) for old, new in moved.items()])
                for old, kind, body in rows:
                    ref = json.loads(body).get("ref")
                    if ref in moved:
                        self.db.execute("UPDATE team_outbox SET body = ? WHERE seq = ?",
                                        (json.dumps({**json.loads(body), "ref": moved[ref]}, ensure_ascii=False,
                                                    separators=(",", ":")), old + shift))
            top = self.db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'team_outbox'").fetchone()
            highest = self.db.execute("SELECT max(seq) FROM team_outbox").fetchone()[0] or 0
            if top and top[0] < max(seq, highest):
                self.db.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'team_outbox'", (max(seq, highest),))

    def settle(self) -> None:
        apply.settle(self.db, self.member)


# -- what the command line and the window do ------------------------------------------------------------


class NotOnATeam(Exception):
    pass


def open_table(member: state.Membership, credentials=None):
    """The team table's client, with the secret from the keyring or the private file."""
    from leadinbox.sources.azure_connection import AzureTableConnection
    from leadinbox.sources.credentials import CredentialStore
    from leadinbox.sources.refusal import NO_CREDENTIAL, Problem, SourceRefused
    from leadinbox.team.table import AzureTeamTable
    secret = (credentials or CredentialStore()).load(member.credential)
    if secret is None:
        raise Unreachable(SourceRefused(Problem.NO_CREDENTIAL, NO_CREDENTIAL))
    return AzureTeamTable(AzureTableConnection.restore(member.connection, secret))


def join(db: Database, connection, name: str, *, credentials=None, table=None) -> state.Membership:
    """Join (or start) the team whose table `connection` opens, as desk `name`. The name is checked against
    the team's desks first; the secret is kept only when joining worked. Raises NameTaken, Unreachable."""
    from leadinbox.sources.credentials import CredentialStore, new_id
    from leadinbox.team.table import AzureTeamTable
    name = " ".join(name.split())
    if not name:
        raise ValueError("a desk needs a name")
    current = state.membership(db)
    # Joining again a team this database left: the same desk (its name is its own, its events go on).
    desk = current.desk if current else state.former_desk(db, connection.public()) or secrets.token_hex(8)
    own = table is None
    table = table or AzureTeamTable(connection)
    try:
        if own and connection.auth != "sas":
            table.create_table_if_missing()
        salt = protocol.team_salt(table)
        protocol.register_desk(table, salt, desk, name)
    finally:
        if own:
            table.close()
    store = credentials or CredentialStore()
    credential = current.credential if current else new_id("team")
    store.save(credential, connection.secret)
    member = state.Membership(desk=desk, name=name, salt=salt, connection=connection.public(),
                              credential=credential, joined_at=current.joined_at if current else _now())
    state.save_membership(db, member)
    return member


def sync(db: Database, *, backups: Path | None = None, table=None, credentials=None) -> team_sync.SyncResult:
    """Pull every desk's new events, apply them, push this desk's; the outcome (or why the storage could not
    be reached) is remembered for the status bar and Settings. Raises NotOnATeam, Unreachable."""
    member = state.membership(db)
    if member is None:
        raise NotOnATeam()
    own = table is None
    try:
        table = table or open_table(member, credentials)
        result = team_sync.sync(table, LocalDesk(db, member, backups))
    except Unreachable as exc:
        previous = state.last_sync(db) or {}
        state.save_last_sync(db, {**previous, "tried_at": _now(), "error": str(exc)})
        raise
    finally:
        if own and table is not None and hasattr(table, "close"):
            table.close()
    state.save_last_sync(db, {"at": _now(), "tried_at": _now(), "pushed": result.pushed, "pulled": result.pulled,
                              "conflicts": len(result.conflicts), "error": None})
    state.save_desks(db, result.desks)
    return result


@dataclass
class ClaimResult:
    customer_id: int
    owner: str | None
    at: str


def change_owner(db: Database, customer_id: int, *, claim: bool, table=None, credentials=None,
                 hand_to: tuple[str, str] | None = None) -> ClaimResult:
    """Claim (or release) a customer, or hand it to another desk (`hand_to`: its id and name; only what this
    desk holds): asked of the team table at once (exactly one of two desks claiming at the same moment
    wins); then the owner is set here and an event tells the other desks. Raises Taken, NotYours,
    Unreachable, NotOnATeam."""
    member = state.membership(db)
    if member is None:
        raise NotOnATeam()
    with db.atomic():
        ck = state.customer_key(db, member.salt, customer_id)
    to, to_name = hand_to or ((member.desk, member.name) if claim else ("", ""))
    if hand_to is not None:
        held = db.execute("SELECT owner_desk FROM team_claims WHERE ck = ?", (ck,)).fetchone()
        if not held or held[0] != member.desk:      # as the table would say: only the holder hands on
            raise protocol.NotYours(None)
    own = table is None
    table = table or open_table(member, credentials)
    try:
        got = protocol.set_owner(table, ck, by=member.desk, to=to, to_name=to_name)
    finally:
        if own:
            table.close()
    owner = got.owner if got.owner_desk else None
    with db.atomic():
        db.execute("""INSERT INTO team_claims (ck, version, owner_desk, owner, at) VALUES (?, ?, ?, ?, ?)
                      ON CONFLICT (ck) DO UPDATE SET version = excluded.version, owner_desk = excluded.owner_desk,
                          owner = excluded.owner, at = excluded.at WHERE excluded.version >= team_claims.version""",
                   (ck, got.version, got.owner_desk, got.owner, got.at))
        db.execute("UPDATE leads SET owner = ? WHERE customer_id = ?", (owner, customer_id))
        db.execute("UPDATE customers SET owner = ? WHERE id = ?", (owner, customer_id))
        outbox.record(db, ev.CLAIM, customer_id, {"version": got.version, "owner_desk": got.owner_desk,
                                                  "owner": got.owner, "at": got.at})
    return ClaimResult(customer_id, owner, got.at)


def other_desks(db: Database) -> dict[str, str]:
    """The team's other desks as the last sync read them from the table (and any heard of since by their
    events or claims): id -> name, for handing a customer on."""
    member = state.membership(db)
    found: dict[str, str] = state.desks(db)      # the table's desk rows, as the last sync read them
    for desk_id, name in db.execute("""SELECT desk, by_name FROM team_events WHERE by_name != ''
                                       GROUP BY desk HAVING seq = max(seq)
                                       UNION ALL SELECT owner_desk, owner FROM team_claims WHERE owner_desk != ''"""):
        found.setdefault(desk_id, name)
    found.pop(member.desk if member else "", None)
    return found


def leave(db: Database, *, credentials=None) -> int:
    """Leave the team: its key is forgotten and nothing more is sent or fetched. Everything on this desk stays
    (the leads, the work, the other desks' notes and owners); changes not sent yet are dropped, and their
    number returned."""
    from leadinbox.sources.credentials import CredentialStore
    member = state.membership(db)
    if member is None:
        return 0
    with db.atomic():
        dropped = db.execute("DELETE FROM team_outbox WHERE sent_at IS NULL").rowcount
        state.leave(db)
    (credentials or CredentialStore()).forget(member.credential)
    return dropped


def status(db: Database) -> dict:
    """What `team status` and Settings › Team show: who this desk is, where the team is, the queue."""
    member = state.membership(db)
    if member is None:
        return {"joined": False}
    names = dict(db.execute("""SELECT desk, by_name FROM team_events GROUP BY desk
                               HAVING seq = max(seq)""").fetchall())
    return {"joined": True, "desk": member.name, "desk_id": member.desk, "joined_at": member.joined_at,
            "table": f"{member.connection['endpoint']}/{member.connection['table']}",
            "auth": member.connection.get("auth"), "unsent": outbox.unsent(db), "last_sync": state.last_sync(db),
            "desks_seen": sorted(set(names.values()) | set(state.desks(db).values()) | {member.name})}
