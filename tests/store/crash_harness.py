"""Kills an import with SIGKILL at chosen and at random moments, and checks what it left behind.

Used by tests/store/importing/test_crash_import.py (small, in CI) and tests/bench/crash_import.py (full size). Run as
a module it is the *killer*: it loads LeadInbox once and forks one child per run (a fresh interpreter per
run would spend most of the time importing modules), so each child starts importing at once.

    python -m tests.store.crash_harness WORKDIR --runs 12 --seed 7

WORKDIR holds `base.sqlite` (the earlier data, closed) and `batch.csv` (the file to import). Each run copies
the base to `run-N.sqlite`, forks a child that imports the batch into it, and kills the child:

- `stmt:N`: the child kills itself as SQLite starts its N-th statement (the trace callback), which reaches
  every phase of the import in turn: staging, each statement of the apply step, the COMMIT;
- `time:T`: the killer sends SIGKILL T seconds after the child started importing, T random over the length
  of an uninterrupted import, so a kill may land in the middle of writing the WAL or of a checkpoint.

It prints one JSON line per run: {"run", "db", "plan", "outcome"}, outcome "killed" or "completed".
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import sys
import time
from pathlib import Path

NOW = "2026-11-20T09:00:00Z"   # the import's clock, fixed so a finished import is reproducible row for row
# Statements repeated once per row while staging, and those FTS5 runs inside another ("-- ..."); the
# others are the import's distinct steps.
BULK = ("INSERT INTO temp.stage", "INSERT INTO lead_raw", "--")


def fingerprint(path: Path) -> dict[str, str]:
    """A digest of every table's rows (shadow tables of the search index included), by table name."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
        out = {}
        for name in names:
            digest = hashlib.sha256()
            try:   # rowid order: the same operations give the same rowids
                rows = conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
            except sqlite3.OperationalError:   # a WITHOUT ROWID table
                rows = conn.execute(f'SELECT * FROM "{name}" ORDER BY 1')
            for row in rows:
                digest.update(repr(row).encode())
            out[name] = digest.hexdigest()
        return out
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def verdict(path: Path, before: dict[str, str], after: dict[str, str]) -> str:
    """'absent' or 'whole' when the database is intact and equals the state before or after the import;
    otherwise a description of what is wrong."""
    check = integrity(path)
    if check != "ok":
        return f"integrity_check: {check[:500]}"
    now = fingerprint(path)
    if now == before:
        return "absent"
    if now == after:
        return "whole"
    differ = sorted(t for t in set(now) | set(before) if now.get(t) != before.get(t))
    return f"partial: tables changed from the earlier data but not to the finished import: {differ}"


def copy_base(base: Path, target: Path) -> None:
    """The base is closed (no -wal): a plain copy is a consistent copy."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(base, target)


def _child(db_path: Path, batch: Path, plan: str, pipe: int) -> None:
    """Runs in the forked child: import `batch` as the app does, dying where `plan` says."""
    from leadinbox.core.leadfile import open_lead_file
    from leadinbox.store.db import open_database
    from leadinbox.store.importing.writer import import_lead_file

    db = open_database(db_path)
    kind, _, arg = plan.partition(":")
    statements: list[str] = []
    if kind == "stmt":
        target, seen = int(arg), 0

        def trace(_sql: str) -> None:
            nonlocal seen
            seen += 1
            if seen == target:
                os.kill(os.getpid(), signal.SIGKILL)
        db.conn.set_trace_callback(trace)
    elif kind == "count":
        db.conn.set_trace_callback(lambda sql: statements.append(sql[:40]))
    os.write(pipe, b"go")
    import_lead_file(db, open_lead_file(batch), now=NOW)
    db.conn.set_trace_callback(None)
    db.close()
    if kind == "count":
        steps = [i + 1 for i, sql in enumerate(statements) if not sql.startswith(BULK)]
        commit = max(i + 1 for i, sql in enumerate(statements) if sql.upper().startswith("COMMIT"))
        os.write(pipe, json.dumps({"statements": len(statements), "steps": steps, "commit": commit}).encode())
    os._exit(0)


def run_once(db_path: Path, batch: Path, plan: str, *, delay: float | None = None) -> tuple[str, float, bytes]:
    """Fork a child importing into `db_path`; kill it after `delay` seconds if given. Returns the outcome,
    the seconds from its start to its end, and what it wrote to the pipe after starting."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        os.close(read)
        try:
            _child(db_path, batch, plan, write)
        finally:
            os._exit(3)
    os.close(write)
    if os.read(read, 2) != b"go":
        os.waitpid(pid, 0)
        raise RuntimeError("the child died before it started importing")
    started = time.perf_counter()
    if delay is not None:
        time.sleep(delay)   # the random moment itself: this is the killer, not a test waiting for a condition
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    elapsed = time.perf_counter() - started
    rest = b""
    while chunk := os.read(read, 65536):
        rest += chunk
    os.close(read)
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
        return "killed", elapsed, rest
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        return "completed", elapsed, rest
    raise RuntimeError(f"the child ended with status {status}")


def plans(workdir: Path, runs: int, rnd: random.Random) -> list[tuple[str, float | None]]:
    """Half the runs kill at a statement (at COMMIT, at the import's distinct steps, a third anywhere, which
    is mostly while staging), half at a random time. An uninterrupted import first gives the statement count and the duration."""
    probe = workdir / "probe.sqlite"
    copy_base(workdir / "base.sqlite", probe)
    _, duration, info = run_once(probe, workdir / "batch.csv", "count")
    counted = json.loads(info)
    steps, total = counted["steps"], counted["statements"]
    chosen: list[tuple[str, float | None]] = []
    by_statement = runs // 2
    picked = [counted["commit"]]
    picked += rnd.sample(steps, min(len(steps), by_statement - by_statement // 3 - 1))
    while len(picked) < by_statement:
        if (n := rnd.randint(1, total)) not in picked:
            picked.append(n)
    chosen += [(f"stmt:{n}", None) for n in sorted(picked)]
    chosen += [("time", rnd.uniform(0, duration * 1.05)) for _ in range(runs - len(chosen))]
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--runs", type=int, default=12)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rnd = random.Random(args.seed)
    for number, (plan, delay) in enumerate(plans(args.workdir, args.runs, rnd)):
        db = args.workdir / f"run-{number}.sqlite"
        copy_base(args.workdir / "base.sqlite", db)
        outcome, _elapsed, _ = run_once(db, args.workdir / "batch.csv", plan, delay=delay)
        label = plan if delay is None else f"time:{delay:.3f}"
        print(json.dumps({"run": number, "db": str(db), "plan": label, "outcome": outcome}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
