"""The team table's shared rows: the team's salt, the desks by name, and who works which customer (claimed by
ETag, so that of two desks claiming at once exactly one wins)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from leadinbox.team import keys
from leadinbox.team.table import Changed, Exists, TeamTable

META = ("team", "meta")
DESKS = "desk"
CLAIMS = "claim"
TRIES = 20          # a claim re-read after losing a race; far more than two desks clicking at once need


def stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def team_salt(table: TeamTable) -> str:
    """The team's salt: made by the first desk that joins, read by every later one. All team keys and the
    erasure list's digests are made with it, so they agree on every desk."""
    for _ in range(TRIES):
        found = table.get(*META)
        if found:
            return found[0]["salt"]
        try:
            table.create({"PartitionKey": META[0], "RowKey": META[1], "salt": secrets.token_hex(16),
                          "created_at": stamp()})
        except Exists:
            continue        # another desk joined at the same moment: read theirs
    raise RuntimeError("the team's salt could not be read")


class NameTaken(Exception):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"another desk of this team is already called “{name}”")


def register_desk(table: TeamTable, salt: str, desk: str, name: str, now: datetime | None = None) -> None:
    """Take `name` for this desk: one row per folded name, so two desks cannot both be “Ana”. Joining again
    under one's own name is fine."""
    row = keys.desk_row(salt, name)
    try:
        table.create({"PartitionKey": DESKS, "RowKey": row, "desk": desk, "name": name, "joined_at": stamp(now)})
    except Exists:
        found = table.get(DESKS, row)
        if not found or found[0].get("desk") != desk:
            raise NameTaken(name) from None


def desks(table: TeamTable) -> dict[str, str]:
    """Every desk of the team: id -> name."""
    return {e["desk"]: e["name"] for e in table.query("PartitionKey eq @pk", {"pk": DESKS})}


@dataclass(frozen=True)
class Claim:
    ck: str
    owner_desk: str           # "" when nobody works the customer
    owner: str                # the owner's desk name
    at: str                   # when the owner took it (or it was released), UTC
    version: int              # grows by one with every change: desks keep the highest they saw

    @classmethod
    def of(cls, entity: dict) -> Claim:
        return cls(entity["RowKey"], entity.get("owner_desk") or "", entity.get("owner") or "",
                   entity.get("at") or "", int(entity.get("version") or 0))


class Taken(Exception):
    """Another desk works this customer: `claim` says who and since when."""

    def __init__(self, claim: Claim) -> None:
        self.claim = claim
        super().__init__(f"{claim.owner} took this customer at {claim.at}")


class NotYours(Exception):
    """Releasing (or handing on) a customer this desk does not hold."""

    def __init__(self, claim: Claim | None) -> None:
        self.claim = claim
        super().__init__(f"{claim.owner} works this customer, not this desk" if claim and claim.owner_desk
                         else "nobody works this customer")


def current(table: TeamTable, ck: str) -> Claim | None:
    found = table.get(CLAIMS, ck)
    return Claim.of(found[0]) if found else None


def set_owner(table: TeamTable, ck: str, *, by: str, to: str, to_name: str,
              now: datetime | None = None) -> Claim:
    """Make desk `to` (name `to_name`; "" for nobody) the owner, on behalf of desk `by`. Allowed when the
    customer is free or held by `by`; checked against the table with the row's ETag, so when two desks
    change it at once one write fails, re-reads, and is refused with who won. Raises Taken or NotYours."""
    for _ in range(TRIES):
        found = table.get(CLAIMS, ck)
        claim = Claim.of(found[0]) if found else None
        held = claim.owner_desk if claim else ""
        if not to and held != by:
            raise NotYours(claim)
        if held and held != by:
            raise Taken(claim)
        if claim and held == to:
            return claim                      # already so: nothing to write
        version = (claim.version if claim else 0) + 1
        entity = {"PartitionKey": CLAIMS, "RowKey": ck, "owner_desk": to, "owner": to_name if to else "",
                  "at": stamp(now), "version": version, "by_desk": by}
        try:
            if found:
                table.replace(entity, found[1])
            else:
                table.create(entity)
        except (Exists, Changed):
            continue                          # someone was quicker: read what they wrote
        return Claim.of(entity)
    found = table.get(CLAIMS, ck)
    raise Taken(Claim.of(found[0]) if found else Claim(ck, "", "", "", 0))
