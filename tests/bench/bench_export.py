"""Export and report speed at 100k leads.

    .venv/bin/python tests/bench/bench_export.py                  # 100k leads, median of 3
    .venv/bin/python tests/bench/bench_export.py --runs 1 --write-docs

The database is the generated Partner-Center-like file (generate.py) imported once, plus follow-up work
simulated in SQL on 60 % of the leads (1-5 attempts each, replies, qualified, won, lost, no response, status
history), so exports carry a history and the reports have something to count. It is cached in
tests/bench/out/ (delete it to rebuild).

Exports: every lead (view All, test leads included) through `export_leads`, each run in a fresh process:
wall time (median of --runs; interpreter start and imports included) and peak RSS of that process.
Reports: each aggregate of store/reports.py in this process, median of 5, after one warm-up run; "all
reports" is what the Reports window runs for one refresh.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import generate  # noqa: E402

DOCS = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- bench_export:begin -->", "<!-- bench_export:end -->"
FORMATS = (("csv", ".csv"), ("xlsx", ".xlsx"), ("dynamics", ".csv"), ("salesforce", ".csv"))

# Follow-up work on 60 % of the open leads: n attempts (1..5) a day or two apart, from some hours after the
# lead; every third replies on its last attempt; of those some are qualified and won; others are closed.
SIMULATE = """
CREATE TEMP TABLE sim AS
  SELECT id, customer_id, sort_at, 1 + abs(id * 7) % 5 AS n, abs(id * 13) % 40 AS lag,
         id % 3 = 0 AS replied, abs(id * 11) % 10 AS fate
  FROM leads WHERE status = 'new' AND abs(id * 31) % 10 < 6;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 5)
INSERT INTO attempts (customer_id, at, channel, outcome, logged_at)
  SELECT s.customer_id,
         strftime('%Y-%m-%dT%H:%M:%SZ', s.sort_at, '+' || (s.lag + (k.i - 1) * 40) || ' hours'),
         CASE k.i % 3 WHEN 0 THEN 'call' ELSE 'email' END,
         CASE WHEN s.replied AND k.i = s.n THEN 'replied' ELSE 'no_answer' END, s.sort_at
  FROM sim AS s JOIN k ON k.i <= s.n ORDER BY s.id, k.i;
INSERT INTO attempt_leads (attempt_id, lead_id)
  SELECT a.id, s.id FROM sim AS s JOIN attempts AS a ON a.customer_id = s.customer_id;
UPDATE leads SET attempt_count = s.n,
    first_response_at = strftime('%Y-%m-%dT%H:%M:%SZ', s.sort_at, '+' || s.lag || ' hours'),
    last_attempt_at = strftime('%Y-%m-%dT%H:%M:%SZ', s.sort_at, '+' || (s.lag + (s.n - 1) * 40) || ' hours'),
    replied_at = CASE WHEN s.replied
                 THEN strftime('%Y-%m-%dT%H:%M:%SZ', s.sort_at, '+' || (s.lag + (s.n - 1) * 40) || ' hours')
                 END,
    status = CASE WHEN s.replied THEN (CASE WHEN s.fate < 2 THEN 'won' WHEN s.fate < 4 THEN 'qualified'
                                            WHEN s.fate < 6 THEN 'lost' ELSE 'nurturing' END)
                  ELSE (CASE WHEN s.fate < 3 THEN 'no_response' WHEN s.fate < 5 THEN 'lost'
                             ELSE 'contacted' END)
             END,
    next_due_at = NULL, next_due_kind = NULL, status_changed_at = s.sort_at
  FROM sim AS s WHERE leads.id = s.id;
INSERT INTO status_changes (lead_id, at, from_status, to_status, reason)
  SELECT s.id, l.first_response_at, 'new', 'contacted', 'attempt: no_answer'
  FROM sim AS s JOIN leads AS l ON l.id = s.id;
INSERT INTO status_changes (lead_id, at, from_status, to_status, reason)
  SELECT s.id, l.last_attempt_at, 'contacted', l.status, 'bench'
  FROM sim AS s JOIN leads AS l ON l.id = s.id WHERE l.status != 'contacted';
UPDATE leads SET closed_at = last_attempt_at WHERE status IN ('won', 'lost', 'no_response');
DROP TABLE temp.sim;
"""


def database(rows: int) -> Path:
    db_path = generate.OUT / f"export-{generate.label(rows)}.sqlite"
    if db_path.exists():
        return db_path
    from leadinbox.store.db import open_database
    from leadinbox.store.importing.entry import import_path
    from leadinbox.store.rollup import refresh_customers
    source = generate.ensure("csv", rows)
    started = time.perf_counter()
    db = open_database(db_path)
    import_path(db, source)
    with db.atomic():
        for statement in filter(str.strip, SIMULATE.split(";\n")):
            db.execute(statement)
        db.execute("DROP TABLE IF EXISTS temp.affected")
        db.execute("CREATE TEMP TABLE affected AS SELECT id FROM customers")
        refresh_customers(db)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    print(f"built {db_path.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return db_path


CHILD = """
import json, resource, sys, time
started = time.perf_counter()
from pathlib import Path
from leadinbox.core.query import InboxQuery
from leadinbox.store.db import open_database
from leadinbox.store.export import export_leads
db = open_database(sys.argv[1])
n = export_leads(db, InboxQuery(view="all", hide_test=False), Path(sys.argv[2]), sys.argv[3])
print(json.dumps({"leads": n, "seconds": time.perf_counter() - started,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "bytes": Path(sys.argv[2]).stat().st_size}))
"""


def bench_exports(db_path: Path, runs: int) -> dict[str, dict]:
    out = {}
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for fmt, suffix in FORMATS:
        target = generate.OUT / f"export-bench-{fmt}{suffix}"
        results = []
        for _ in range(runs):
            started = time.perf_counter()
            line = subprocess.run([sys.executable, "-c", CHILD, str(db_path), str(target), fmt], env=env,
                                  capture_output=True, text=True, check=True).stdout
            result = json.loads(line)
            result["wall"] = time.perf_counter() - started
            results.append(result)
        target.unlink()
        out[fmt] = {"wall": statistics.median(r["wall"] for r in results), "leads": results[0]["leads"],
                    "rss_mb": max(r["rss_mb"] for r in results), "mb": results[0]["bytes"] / 1e6}
        print(f"export {fmt:<10} {out[fmt]['leads']:,} leads  {out[fmt]['wall']:6.1f} s  "
              f"{out[fmt]['rss_mb']:5.0f} MB RSS  {out[fmt]['mb']:6.1f} MB file", file=sys.stderr)
    return out


def bench_reports(db_path: Path) -> dict[str, float]:
    from leadinbox.core.query import InboxQuery
    from leadinbox.store import reports
    from leadinbox.store.db import open_database
    db = open_database(db_path)
    q = InboxQuery()
    now = datetime.now(timezone.utc)
    cases = {
        "weeks by action, funnel, first response (one pass)": lambda: reports.overview(db, q, now),
        "attempts before a reply": lambda: reports.attempts(db, q),
        "top offers": lambda: reports.top_offers(db, q),
        "top countries": lambda: reports.top_countries(db, q),
    }
    out = {}
    for name, run in cases.items():
        run()
        times = []
        for _ in range(5):
            started = time.perf_counter()
            run()
            times.append(time.perf_counter() - started)
        out[name] = statistics.median(times)
    out["all reports (one refresh)"] = sum(out.values())
    one_offer = InboxQuery(offer=db.execute("SELECT offer_key FROM leads GROUP BY 1 ORDER BY count(*) DESC")
                           .fetchone()[0])
    started = time.perf_counter()
    reports.overview(db, one_offer, now)
    out["the one pass, one offer"] = time.perf_counter() - started
    db.close()
    for name, seconds in out.items():
        print(f"report {name:<52} {seconds * 1000:7.0f} ms", file=sys.stderr)
    return out


def markdown(rows: int, exports: dict, report_times: dict, runs: int) -> str:
    today = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    lines = [BEGIN, "## Export and reports", "",
             f"`.venv/bin/python tests/bench/bench_export.py --runs {runs} --write-docs`, {today}, "
             f"{platform.python_version()} on {os.cpu_count()} cores (shared build machine).",
             f"{rows:,} leads (the generated Partner-Center-like file, imported; follow-up work simulated on "
             "60 % of them), every lead exported. One fresh process per export: wall time "
             f"(median of {runs}) including interpreter start, and peak RSS.", "",
             "| export | wall | peak RSS | file |", "|---|---|---|---|"]
    for fmt, r in exports.items():
        lines.append(f"| {fmt} | {r['wall']:.1f} s | {r['rss_mb']:.0f} MB | {r['mb']:.1f} MB |")
    lines += ["", "XLSX is openpyxl's write-only writer, about 10 µs a cell (32 columns, 3.2 million cells); "
              "the window runs every export in the background with progress and Cancel."]
    lines += ["", "Report aggregates (SQL, median of 5 after a warm-up):", "",
              "| report | time |", "|---|---|"]
    lines += [f"| {name} | {seconds * 1000:.0f} ms |" for name, seconds in report_times.items()]
    return "\n".join(lines + ["", END])


def write_docs(section: str) -> None:
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Benchmarks\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + section + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    DOCS.write_text(text, encoding="utf-8")
    print(f"wrote {DOCS.relative_to(ROOT)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leads", default="100k", help="database size (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=3, help="runs per export (default: %(default)s)")
    parser.add_argument("--reports-only", action="store_true")
    parser.add_argument("--write-docs", action="store_true", help=f"write into {DOCS.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    rows = generate.parse_size(args.leads)
    db_path = database(rows)
    report_times = bench_reports(db_path)
    if args.reports_only:
        return 0
    exports = bench_exports(db_path, args.runs)
    if args.write_docs:
        write_docs(markdown(rows, exports, report_times, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
