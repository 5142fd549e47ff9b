"""What desks tell each other: one event per change, with its desk, that desk's sequence number and a hybrid
clock; encoded as one table entity in the desk's own partition."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

# Kinds of event. The body of each is a small JSON object (see docs/team.md).
CLAIM = "claim"                  # {version, owner_desk, owner}: who works the customer now ("" = nobody)
ATTEMPT = "attempt"              # {at, channel, outcome, direction, note, leads: [lead keys], changes: {lk: status}}
UNDO_ATTEMPT = "undo-attempt"    # {ref: "desk:seq", changes: {lk: status}}
STATUS = "status"                # {changes: {lk: status}, reason}
NOTE = "note"                    # {at, text}
UNDO_NOTE = "undo-note"          # {ref}
CALL = "call"                    # {starts, minutes, kind, title, note}
UNDO_CALL = "undo-call"          # {ref}
ERASE = "erase"                  # {}: the customer key is the erasure list's digest
QUALIFY = "qualify"              # {key: lead key, fields: {qualification: [criteria met]}}
CONTACT = "contact"              # {key: customer key, fields: {name|email|phone|company|title|country|language: text}}
TAGS = "tags"                    # {key: customer key, fields: {"tag:<tag>": true (tagged) | false (untagged)}}
DEAL = "deal"                    # {key: lead key, fields: {deal: [amount, currency] | null}}
CALL_DONE = "call-done"          # {key: the call's ref ("desk:seq"), fields: {done: when | null (not done)}}
FIELDS = (QUALIFY, CONTACT, TAGS, DEAL, CALL_DONE)   # values two desks may both change: per key and field, the later clock wins
KINDS = (CLAIM, ATTEMPT, UNDO_ATTEMPT, STATUS, NOTE, UNDO_NOTE, CALL, UNDO_CALL, ERASE, *FIELDS)
VERSION = 1
# An entity's string property holds 32k UTF-16 characters; the body stays well below.
BODY_LIMIT = 30_000


def partition(desk: str) -> str:
    """Each desk writes only its own partition: no two desks ever write the same event row."""
    return "e-" + desk


def row(seq: int) -> str:
    """Zero-padded, so the table's string order of rows is the desk's order of events."""
    return f"{seq:012d}"


class BadEvent(ValueError):
    """An entity that is not an event this version understands: skipped and counted, never applied."""


@dataclass(frozen=True)
class Event:
    desk: str             # the desk's id (random; its name travels as `by`)
    seq: int              # that desk's sequence number: 1, 2, 3, … never reused
    kind: str
    ck: str               # the customer's team key (keys.customer_key)
    hlc: int              # hybrid logical clock, ms: orders changes to one thing across desks
    by: str               # the desk's name when it made the change
    body: dict = field(default_factory=dict)

    @property
    def ref(self) -> str:
        """How an undo names this event."""
        return f"{self.desk}:{self.seq}"

    def newer_than(self, hlc: int, desk: str) -> bool:
        """The rule for one value changed on two desks: the later clock wins, the desk id breaks a tie."""
        return (self.hlc, self.desk) > (hlc, desk)

    def entity(self) -> dict:
        body = json.dumps(self.body, ensure_ascii=False, separators=(",", ":"))
        if len(body) > BODY_LIMIT:
            raise BadEvent(f"an event body of {len(body)} characters (at most {BODY_LIMIT})")
        return {"PartitionKey": partition(self.desk), "RowKey": row(self.seq), "v": VERSION, "kind": self.kind,
                "ck": self.ck, "hlc": f"{self.hlc:015d}", "by": self.by, "body": body}

    @classmethod
    def from_entity(cls, entity: dict) -> Event:
        try:
            pk, rk = entity["PartitionKey"], entity["RowKey"]
            if not pk.startswith("e-") or int(entity.get("v", 0)) > VERSION:
                raise BadEvent("not an event of this version")
            kind = entity["kind"]
            if kind not in KINDS:
                raise BadEvent(f"unknown kind {kind!r}")
            body = json.loads(entity.get("body") or "{}")
            if not isinstance(body, dict):
                raise BadEvent("the body is not an object")
            return cls(desk=pk[2:], seq=int(rk), kind=kind, ck=str(entity["ck"]), hlc=int(entity["hlc"]),
                       by=str(entity.get("by") or ""), body=body)
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, BadEvent):
                raise
            raise BadEvent(str(exc)) from None


def tick(last: int, now_ms: int) -> int:
    """The clock of a change made now: after every change seen so far, so a change made after reading
    another desk's is later than it even when this computer's clock is behind."""
    return max(last + 1, now_ms)
