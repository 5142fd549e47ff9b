"""SIGKILL at random moments during an import leaves an intact database: the batch is wholly there or
wholly absent, and the earlier data is untouched. (Full size: tests/bench/crash_import.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from leadinbox.core.leadfile import open_lead_file
from leadinbox.store.db import open_database
from leadinbox.store.work.attempts import log_attempt, open_leads
from leadinbox.store.importing.writer import import_lead_file
from leadinbox.store.importing.entry import import_path
from leadinbox.store.work.worklog import add_note
from tests.bench.generate import write_csv
from tests.store import crash_harness

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the killer forks (POSIX)")


def prepare(workdir: Path, samples: Path, *, base_rows: int, batch_rows: int) -> None:
    """base.sqlite: the samples, a generated file and some follow-up work; batch.csv: a bigger file that
    overlaps it (known leads, new leads of known customers, new customers)."""
    write_csv(workdir / "earlier.csv", base_rows)
    write_csv(workdir / "batch.csv", batch_rows)
    db = open_database(workdir / "base.sqlite")
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    import_path(db, workdir / "earlier.csv")
    customer = db.execute("SELECT min(customer_id) FROM leads WHERE status = 'new'").fetchone()[0]
    add_note(db, customer, "Asked for a quote", at=datetime(2026, 11, 1, tzinfo=timezone.utc))
    log_attempt(db, customer, "email", "no_answer", at=datetime(2026, 11, 2, tzinfo=timezone.utc),
                lead_ids=open_leads(db, customer))
    db.close()


def finished_import(workdir: Path) -> dict[str, str]:
    """The fingerprint of the batch imported without interruption (the same clock as the children)."""
    ref = workdir / "reference.sqlite"
    crash_harness.copy_base(workdir / "base.sqlite", ref)
    db = open_database(ref)
    result = import_lead_file(db, open_lead_file(workdir / "batch.csv"), now=crash_harness.NOW)
    db.close()
    assert result.new_leads > 0 and result.known_leads > 0
    return crash_harness.fingerprint(ref)


def test_killed_imports_leave_the_batch_whole_or_absent_and_earlier_data_untouched(tmp_path, samples):
    prepare(tmp_path, samples, base_rows=400, batch_rows=1500)
    before = crash_harness.fingerprint(tmp_path / "base.sqlite")
    after = finished_import(tmp_path)
    assert before != after
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "tests.store.crash_harness", str(tmp_path), "--runs", "12",
                          "--seed", "20261123"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=100)
    assert out.returncode == 0, out.stderr
    runs = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(runs) == 12
    verdicts = [(run["plan"], run["outcome"], crash_harness.verdict(Path(run["db"]), before, after))
                for run in runs]
    for plan, outcome, found in verdicts:
        assert found in ("absent", "whole"), (plan, found)
        if outcome == "completed":
            assert found == "whole", plan
    # Every statement kill kills (the statements are counted first); one lands at the COMMIT.
    assert [o for p, o, _f in verdicts if p.startswith("stmt:")] == ["killed"] * 6
    assert ("killed", "absent") in [(o, f) for _p, o, f in verdicts]


def test_verdict_sees_a_half_written_batch(tmp_path, samples):
    """The check above can fail: a batch committed in two halves is neither the state before nor after."""
    prepare(tmp_path, samples, base_rows=50, batch_rows=120)
    before = crash_harness.fingerprint(tmp_path / "base.sqlite")
    after = finished_import(tmp_path)
    half = tmp_path / "half.sqlite"
    crash_harness.copy_base(tmp_path / "base.sqlite", half)
    db = open_database(half)
    db.execute("INSERT INTO batches (file_name, imported_at) VALUES ('batch.csv', ?)", (crash_harness.NOW,))
    db.close()
    assert crash_harness.verdict(half, before, after).startswith("partial")
    assert crash_harness.verdict(tmp_path / "reference.sqlite", before, after) == "whole"
