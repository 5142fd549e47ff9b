"""Tags: free labels on customers, added and removed on a selection as one step (undo gives back exactly)."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.store.team import outbox
from leadinbox.store.work.attempts import NotAllowed, iso
from leadinbox.team import events as team_events

MAX_LENGTH = 40
_SPACES = re.compile(r"\s+")


def clean_tag(text: str) -> str:
    """A tag as kept: trimmed, inner spaces single; NotAllowed when empty, too long or holding a comma (tags
    are listed with commas in exports)."""
    tag = _SPACES.sub(" ", text or "").strip()
    if not tag:
        raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "a tag cannot be empty"))
    if len(tag) > MAX_LENGTH:
        raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "a tag is at most {limit} characters"), limit=MAX_LENGTH)
    if "," in tag:
        raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "a tag cannot hold a comma"))
    return tag


def _ids(db: Database, customer_ids: list[int]) -> None:
    db.execute("DROP TABLE IF EXISTS temp.tagging")
    db.execute("CREATE TEMP TABLE tagging (id INTEGER PRIMARY KEY)")
    db.conn.executemany("INSERT OR IGNORE INTO temp.tagging (id) VALUES (?)", [(i,) for i in customer_ids])


def add_tag(db: Database, customer_ids: list[int], tag: str, *, now: datetime | None = None) -> list[int]:
    """Tag the customers; returns those that did not have it yet (what an undo removes again)."""
    tag = clean_tag(tag)
    at = iso(now or datetime.now(timezone.utc))
    with db.atomic():
        known = db.execute("SELECT tag FROM tags WHERE tag = ? LIMIT 1", (tag,)).fetchone()
        tag = known[0] if known else tag         # one spelling per tag: the first one given
        _ids(db, customer_ids)
        added = [r[0] for r in db.execute(
            """INSERT INTO tags (customer_id, tag, at) SELECT id, ?, ? FROM customers
               WHERE id IN (SELECT id FROM temp.tagging) ON CONFLICT DO NOTHING RETURNING customer_id""",
            (tag, at))]
        db.execute("DROP TABLE temp.tagging")
        _share(db, [(i, tag) for i in added], True)
    return sorted(added)


def _share(db: Database, changed: list[tuple[int, str]], on: bool) -> None:
    """On a team each customer's tag travels as a value of its own: tagged here and untagged there at once,
    the later wins (store/team/fields.py)."""
    for customer_id, tag in changed:
        outbox.record_fields(db, team_events.TAGS, customer_id, {f"tag:{tag}": on})


def remove_tag(db: Database, customer_ids: list[int], tag: str) -> list[tuple[int, str, str]]:
    """Untag the customers; returns (customer, tag as written, when added) for each removed, for undo."""
    with db.atomic():
        _ids(db, customer_ids)
        removed = [tuple(r) for r in db.execute(
            "DELETE FROM tags WHERE tag = ? AND customer_id IN (SELECT id FROM temp.tagging) "
            "RETURNING customer_id, tag, at", (tag.strip(),))]
        db.execute("DROP TABLE temp.tagging")
        _share(db, [(r[0], r[1]) for r in removed], False)
    return sorted(removed)


def untag(db: Database, customer_ids: list[int], tag: str) -> None:
    """Undo add_tag."""
    remove_tag(db, customer_ids, tag)


def restore(db: Database, removed: list[tuple[int, str, str]]) -> None:
    """Undo remove_tag."""
    with db.atomic():
        db.conn.executemany("INSERT OR IGNORE INTO tags (customer_id, tag, at) VALUES (?, ?, ?)", removed)
        _share(db, [(r[0], r[1]) for r in removed], True)


def tags_of(db: Database, customer_ids: list[int]) -> dict[int, list[str]]:
    if not customer_ids:
        return {}
    out: dict[int, list[str]] = {}
    marks = ",".join("?" * len(customer_ids))
    for customer_id, tag in db.execute(f"SELECT customer_id, tag FROM tags WHERE customer_id IN ({marks}) "
                                       "ORDER BY tag COLLATE NOCASE", list(customer_ids)):
        out.setdefault(customer_id, []).append(tag)
    return out


def all_tags(db: Database) -> list[tuple[str, int]]:
    """Every tag in use with how many customers have it, for the filter and the tag dialog."""
    return [tuple(r) for r in db.execute(
        "SELECT min(tag), count(*) FROM tags GROUP BY tag COLLATE NOCASE ORDER BY 1 COLLATE NOCASE")]


def events(db: Database, customer_id: int) -> list[dict]:
    return [dict(r, kind="tag") for r in db.query(
        "SELECT rowid AS id, at, tag FROM tags WHERE customer_id = ?", (customer_id,))]
