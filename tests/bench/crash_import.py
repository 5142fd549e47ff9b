"""The crash test at full size: SIGKILL a 100k-row import at random moments, many times, and check each time
that the database is intact, the batch wholly there or wholly absent, and the earlier data untouched.

    .venv/bin/python tests/bench/crash_import.py                       # 100k rows onto 20k, 40 kills
    .venv/bin/python tests/bench/crash_import.py --rows 1m --runs 100 --seed 42

The small version runs in CI (tests/store/importing/test_crash_import.py); both use tests/store/crash_harness.py.
Each run's database is checked and deleted before the next (a 100k-lead database is ~150 MB). Prints one
line per run and a summary; exit status 1 if any run left a damaged or half-written database.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.generate import parse_size  # noqa: E402
from tests.store import crash_harness  # noqa: E402
from tests.store.importing.test_crash_import import finished_import, prepare  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", default="100k", help="rows in the killed import (default: %(default)s)")
    parser.add_argument("--base-rows", default="20k", help="rows imported before it (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--seed", type=int, default=None, help="default: random, printed")
    parser.add_argument("--workdir", type=Path, default=None, help="default: a temporary folder")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**9)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="leadinbox-crash-"))
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    prepare(workdir, ROOT / "leadinbox" / "assets" / "samples", base_rows=parse_size(args.base_rows),
            batch_rows=parse_size(args.rows))
    before = crash_harness.fingerprint(workdir / "base.sqlite")
    after = finished_import(workdir)
    (workdir / "reference.sqlite").unlink()
    print(f"seed {seed}; prepared in {time.perf_counter() - started:.1f} s in {workdir}", flush=True)
    killer = subprocess.Popen([sys.executable, "-m", "tests.store.crash_harness", str(workdir), "--runs",
                               str(args.runs), "--seed", str(seed)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    tally: dict[str, int] = {}
    bad = 0
    for line in killer.stdout:
        run = json.loads(line)
        db = Path(run["db"])
        found = crash_harness.verdict(db, before, after)
        ok = found in ("absent", "whole") and not (run["outcome"] == "completed" and found != "whole")
        bad += not ok
        key = f"{run['outcome']}/{found if ok else 'BAD'}"
        tally[key] = tally.get(key, 0) + 1
        print(f"run {run['run']:>3}  {run['plan']:<12} {run['outcome']:<9} {found}", flush=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    killer.wait()
    print(f"{args.runs} runs in {time.perf_counter() - started:.0f} s: "
          + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())) + f"; {bad} bad")
    if args.workdir is None and not bad:
        shutil.rmtree(workdir)
    return 1 if bad or killer.returncode else 0


if __name__ == "__main__":
    sys.exit(main())
