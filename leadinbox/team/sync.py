"""One sync: read every desk's new events (in each desk's order, from where this desk last stopped), hand them
to the local side to apply, then send this desk's queued events. Idempotent both ways: a desk remembers how
far it read each partition and skips events it applied; the storage takes a re-sent event as the same row."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from leadinbox.team import events as ev
from leadinbox.team import protocol
from leadinbox.team.table import TeamTable

APPLY_CHUNK = 500         # events applied in one local transaction


class Local(Protocol):
    """The desk's side, implemented over its database by store/team."""

    desk: str

    def cursors(self) -> dict[str, int]: ...                  # desk id -> highest seq applied from it
    def apply(self, events: list[ev.Event], names: dict[str, str]) -> list[dict]: ...   # -> conflicts
    def unsent(self, limit: int) -> list[ev.Event]: ...
    def mark_sent(self, seqs: list[int]) -> None: ...
    def renumber_after(self, seq: int) -> None: ...             # queued events must come after `seq`
    def settle(self) -> None: ...                               # events waiting for a lead this desk now has


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: list[dict] = field(default_factory=list)
    skipped: int = 0                       # entities that were not events of this version
    desks: dict[str, str] = field(default_factory=dict)
    erased: int = 0                        # erasures pulled: rows this desk's undo steps name may be gone

    def as_dict(self) -> dict:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts}


def pull_partition(table: TeamTable, desk: str, after: int):
    """A desk's events after `after`, in its order. Within one partition: a cheap query."""
    return table.query("PartitionKey eq @pk and RowKey gt @rk", {"pk": ev.partition(desk), "rk": ev.row(after)})


def sync(table: TeamTable, local: Local, *, push_chunk: int = 1000) -> SyncResult:
    result = SyncResult(desks=protocol.desks(table))
    cursors = local.cursors()
    for desk in sorted(result.desks):
        if desk == local.desk:
            _own_partition(table, local, cursors.get(desk, 0), result)
            continue
        found: list[ev.Event] = []
        for entity in pull_partition(table, desk, cursors.get(desk, 0)):
            try:
                found.append(ev.Event.from_entity(entity))
                result.erased += found[-1].kind == ev.ERASE
            except ev.BadEvent:
                result.skipped += 1
            if len(found) >= APPLY_CHUNK:
                result.conflicts += local.apply(found, result.desks)
                result.pulled += len(found)
                found = []
        if found:
            result.conflicts += local.apply(found, result.desks)
            result.pulled += len(found)
    local.settle()
    while batch := local.unsent(push_chunk):
        table.upsert_many([e.entity() for e in batch])
        local.mark_sent([e.seq for e in batch])
        result.pushed += len(batch)
        for erased in (e for e in batch if e.kind == ev.ERASE):
            redact(table, erased)
    return result


def _own_partition(table: TeamTable, local: Local, after: int, result: SyncResult) -> None:
    """Events of this desk that its database does not know: it was restored from a backup taken before they
    were sent. What it queued since is numbered after them first (its rows keep pointing at their events),
    then they are applied as another desk's would be."""
    found = []
    for entity in pull_partition(table, local.desk, after):
        try:
            found.append(ev.Event.from_entity(entity))
        except ev.BadEvent:
            result.skipped += 1
    if found:
        local.renumber_after(max(e.seq for e in found))
        result.conflicts += local.apply(found, result.desks)


def redact(table: TeamTable, erase: ev.Event) -> int:
    """An erased person's events keep no words of theirs in the team table: every desk's events about them
    are emptied (only their kind and the digest stay), and their claim row goes."""
    emptied = []
    for entity in table.query("ck eq @ck", {"ck": erase.ck}):
        if entity["PartitionKey"].startswith("e-") and entity.get("kind") != ev.ERASE and entity.get("body") != "{}":
            emptied.append({**entity, "body": "{}"})
    by_partition: dict[str, list[dict]] = {}
    for entity in emptied:
        by_partition.setdefault(entity["PartitionKey"], []).append(entity)
    for rows in by_partition.values():
        table.upsert_many(rows)
    if table.get(protocol.CLAIMS, erase.ck):
        table.delete(protocol.CLAIMS, erase.ck)
    return len(emptied)
