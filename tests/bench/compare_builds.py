"""Behaviour unchanged by a speed change: the same files imported by two versions of LeadInbox give the same
customers, leads and search results. Each version imports in a process of its own, from its own source tree.

    git archive BASE | tar -x -C /tmp/before
    .venv/bin/python tests/bench/compare_builds.py --before /tmp/before tests/bench/out/leads-100k.csv
    # two databases made already (a million leads imported by each version), read by each version's code:
    .venv/bin/python tests/bench/compare_builds.py --before /tmp/before --dbs /tmp/before.sqlite /tmp/after.sqlite

Compared: every column of `customers` and `leads` (the import's own clock fixed, so due times agree), the raw
rows, and for each search of bench_inbox's KINDS (every keystroke) and a few filters the ids of the first page,
of the page at offset 200 and the counts, read by each version's own code. Exit status 1 on any difference.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
NOW = "2026-12-01T09:00:00Z"

# Run in the version's own tree (its directory first on sys.path): import the files, then read the answers.
CHILD = r"""
import json, sys
from datetime import datetime, timezone
sys.path.insert(0, {src!r})
from leadinbox.core.leadfile import open_lead_file
from leadinbox.core.query import InboxQuery
from leadinbox.store.db import open_database
from leadinbox.store.importing.writer import import_lead_file
from leadinbox.store import inbox
db = open_database({db!r}, migrate={migrate!r})
try:       # a version that writes search entries after the commit: as the window and the CLI do, every file
    from leadinbox.store import search_pending
    search_pending.LATER_BYTES = 0
    later = {{"search_later": True}}
except ImportError:
    search_pending, later = None, {{}}
for path in {files!r}:     # (entries left to the end: later files are joined against customers still waiting)
    import_lead_file(db, open_lead_file(path), now={now!r}, **later)
if search_pending is not None:
    search_pending.finish(db)
now = datetime(2026, 12, 1, 9, tzinfo=timezone.utc)
answers = {{}}
for spec in {specs!r}:        # keyed by what was asked, not by the version's InboxQuery (fields come and go)
    q = InboxQuery(**spec)
    key = json.dumps(spec, sort_keys=True)
    answers[key] = [[c["id"] for c in inbox.customer_page(db, q, off, 200, now)] for off in (0, 200)]
    if {counts!r}:
        answers[key].append(list(inbox.count_matches(db, q, now)))
answers["facets"] = [inbox.facets(db, hide_test=h) for h in (True, False)]
db.close()
print(json.dumps(answers))
"""

TABLES = ("customers", "leads", "lead_raw", "offers")


def build(src: Path, db: Path, files: list[Path], light: bool = False) -> dict:
    """Import `files` into `db` with the code of `src` (none: `db` is read as it is), and its answers."""
    sys.path.insert(0, str(HERE))
    from bench_inbox import KINDS, keystrokes
    texts = [t for kind, words in KINDS.items() for w in words for t in keystrokes(kind, w)]
    views = ("all",) if light else ("all", "needs_reply")
    specs = [{"search": t, "view": v} for t in texts for v in views]
    specs += [{"action": a, "view": v, "country": c} for a in (None, "PLT", "INS") for v in ("all", "due", "closed")
              for c in (None, "NL")]
    code = CHILD.format(src=str(src), db=str(db), files=[str(f) for f in files], now=NOW, specs=specs,
                        migrate=bool(files), counts=not light)
    out = subprocess.run([sys.executable, "-c", code], cwd=src, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{src}: the import failed:\n{out.stderr}")
    return json.loads(out.stdout)


def rows(db: Path, table: str):
    import sqlite3
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        yield from conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
    finally:
        conn.close()


def column_names(db: Path, table: str) -> list[str]:
    import sqlite3
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", type=Path, required=True, help="source tree of the version before")
    parser.add_argument("--after", type=Path, default=ROOT, help="source tree of the version after (this one)")
    parser.add_argument("--dbs", type=Path, nargs=2, metavar=("BEFORE", "AFTER"),
                        help="compare these databases, already made (and migrated) by each version, instead")
    parser.add_argument("--light", action="store_true", help="searches in All only, without counts (1M)")
    parser.add_argument("files", type=Path, nargs="*")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="leadinbox-compare-"))
    files = [f.resolve() for f in args.files]
    dbs = dict(zip(("before", "after"), args.dbs or (tmp / "before.sqlite", tmp / "after.sqlite")))
    answers = {side: build(src.resolve(), dbs[side], [] if args.dbs else files, args.light)
               for side, src in (("before", args.before), ("after", args.after))}
    differences = 0
    for table in TABLES:
        same = n = 0
        columns: dict[int, int] = {}          # column -> rows that differ in it
        for n, (a, b) in enumerate(zip(rows(dbs["before"], table), rows(dbs["after"], table), strict=True), 1):
            same += a == b
            for i in (i for i, (x, y) in enumerate(zip(a, b)) if x != y):
                columns[i] = columns.get(i, 0) + 1
        names = column_names(dbs["after"], table)
        print(f"{table}: {n:,} rows, {same:,} identical"
              + "".join(f"; {names[i]} differs in {k:,}" for i, k in sorted(columns.items())))
        differences += n - same
    keys = answers["before"].keys()
    same = sum(answers["before"][k] == answers["after"].get(k) for k in keys)
    print(f"searches, filters and facets: {len(keys):,} queries (first page, page at 200, counts), {same:,} identical")
    for k in keys:
        if answers["before"][k] != answers["after"].get(k):
            print(f"  differs: {k}")
    differences += len(keys) - same
    print("same customers, leads and search results" if not differences else f"{differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
