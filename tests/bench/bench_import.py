"""Import speed against the floors of perf-floors.md, measured in the same run on the same files.

    .venv/bin/python tests/bench/bench_import.py                      # 100k CSV + 100k XLSX, median of 3
    .venv/bin/python tests/bench/bench_import.py --quick              # one run each
    .venv/bin/python tests/bench/bench_import.py --sizes 100k,1m --write-docs

Every figure is one whole fresh Python process (interpreter start and imports included), wall time as the
median of --runs, its CPU time (user + sys) as the median too, and the peak RSS of that process (`os.wait4`
rusage, i.e. what RUSAGE_CHILDREN reports for one child). Other jobs on a shared machine stretch the wall
times of short and long cases unevenly; the CPU ratio is the steadier comparison. The cases run round-robin (floor, LeadInbox, floor, ...) so noise on a shared machine hits
floors and imports alike; compare the ratios, not the absolute seconds.

Floors (no normalisation, no deduplication; definitions as in perf-floors.md):
  csv parse          `csv.reader` over the file, nothing kept.
  pipeline floor     csv.reader -> `executemany` of the 26 raw columns into one table, in chunks of 2,000,
                     one transaction, WAL + synchronous=NORMAL; then four indexes (email, created, lead id,
                     company), an FTS5 table (unicode61 remove_diacritics 2, prefix '2 3') over
                     name/email/company, and a customers roll-up (`INSERT ... SELECT ... GROUP BY email`).
  calamine parse     python-calamine row iterator over the sheet, nothing kept.
  calamine -> SQLite the same rows inserted with `executemany` in one transaction (WAL, NORMAL).
LeadInbox:
  import             `open_database` on a fresh file + `import_path` (the `leadinbox import` path).
  re-import          `import_path` of the same file again, into a copy of the database the import made
                     (every row is then known: the dedupe path).
  reader only / reader + normalise: `open_lead_file` and iterating the table rows / the LeadRecords
                     without a database: where the time of the import goes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
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
BEGIN, END = "<!-- bench_import:begin -->", "<!-- bench_import:end -->"
CHUNK = 2000


# --- children: each runs in its own process and prints one JSON line ----------------------------------------

def _fresh(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def _wal(db: Path) -> sqlite3.Connection:
    _fresh(db)
    conn = sqlite3.connect(str(db), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def child_csv_parse(src: Path) -> dict:
    import csv
    rows = 0
    with open(src, encoding="utf-8-sig", newline="") as handle:
        for _ in csv.reader(handle):
            rows += 1
    return {"rows": rows - 1}


def child_pipeline_floor(src: Path, db: Path) -> dict:
    import csv
    conn = _wal(db)
    with open(src, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        cols = [f"c{i}" for i in range(len(header))]
        pos = {h: f"c{i}" for i, h in enumerate(header)}
        email, name, company = pos["Customer email"], pos["Customer name"], pos["Company name"]
        created, lead_id = pos["LeadCreationDateTime"], pos["Lead ID"]
        conn.execute("BEGIN")
        conn.execute(f"CREATE TABLE leads (id INTEGER PRIMARY KEY, {', '.join(c + ' TEXT' for c in cols)})")
        insert = f"INSERT INTO leads ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        chunk, rows = [], 0
        for row in reader:
            chunk.append(row)
            if len(chunk) >= CHUNK:
                conn.executemany(insert, chunk)
                rows += len(chunk)
                chunk.clear()
        conn.executemany(insert, chunk)
        rows += len(chunk)
    for col in (email, created, lead_id, company):
        conn.execute(f"CREATE INDEX leads_{col} ON leads({col})")
    conn.execute("""CREATE VIRTUAL TABLE lead_fts USING fts5(name, email, company,
                    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')""")
    conn.execute(f"INSERT INTO lead_fts (rowid, name, email, company) SELECT id, {name}, {email}, {company} FROM leads")
    conn.execute("""CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT UNIQUE, name TEXT, company TEXT,
                    lead_count INTEGER, first_seen TEXT, latest_at TEXT)""")
    conn.execute(f"""INSERT INTO customers (email, name, company, lead_count, first_seen, latest_at)
                     SELECT {email}, max({name}), max({company}), count(*), min({created}), max({created})
                     FROM leads GROUP BY {email}""")
    conn.execute("COMMIT")
    conn.close()
    return {"rows": rows}


def _calamine_rows(src: Path):
    import python_calamine
    book = python_calamine.CalamineWorkbook.from_path(str(src))
    sheet = book.get_sheet_by_name(book.sheet_names[0])
    return sheet.iter_rows()


def child_calamine_parse(src: Path) -> dict:
    rows = sum(1 for _ in _calamine_rows(src))
    return {"rows": rows - 1}


def child_calamine_floor(src: Path, db: Path) -> dict:
    conn = _wal(db)
    it = _calamine_rows(src)
    header = next(it)
    cols = [f"c{i}" for i in range(len(header))]
    conn.execute("BEGIN")
    conn.execute(f"CREATE TABLE leads (id INTEGER PRIMARY KEY, {', '.join(c + ' TEXT' for c in cols)})")
    insert = f"INSERT INTO leads ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    chunk, rows = [], 0
    for cells in it:
        chunk.append([c if isinstance(c, (str, int, float)) else str(c) for c in cells])
        if len(chunk) >= CHUNK:
            conn.executemany(insert, chunk)
            rows += len(chunk)
            chunk.clear()
    conn.executemany(insert, chunk)
    rows += len(chunk)
    conn.execute("COMMIT")
    conn.close()
    return {"rows": rows}


def child_leadinbox(src: Path, db: Path, keep: str | None = None) -> dict:
    """Import into `db`; with `keep`, `db` is first replaced by a copy of that (already imported) database."""
    started = time.perf_counter()
    if keep:
        _fresh(db)
        shutil.copyfile(keep, db)
    else:
        _fresh(db)
    from leadinbox.store import search_pending
    from leadinbox.store.db import open_database
    from leadinbox.store.importing.entry import import_path
    loaded = time.perf_counter()
    database = open_database(db)
    opened = time.perf_counter()
    # As the window and `leadinbox import` do: the leads committed (and shown), then their search entries.
    result = import_path(database, src, search_later=True)
    committed = time.perf_counter()
    search_pending.finish(database)
    imported = time.perf_counter()
    database.conn.close()
    closed = time.perf_counter()
    if result.status == "refused":
        raise SystemExit(f"refused: {result.error}")
    import resource
    # A big file is read by a second process (core/read_ahead.py): its peak is its own (KiB on Linux).
    return {"rows": result.rows, "new_leads": result.new_leads, "known_leads": result.known_leads,
            "new_customers": result.new_customers, "skipped": len(result.skipped_rows),
            "rss_self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "rss_reader": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
            "t_modules": loaded - started, "t_open": opened - loaded, "t_import": imported - opened,
            "t_commit": committed - opened, "t_search": imported - committed, "t_close": closed - imported,
            "ended": time.perf_counter() - committed}


def child_leadinbox_read(src: Path, normalise: bool) -> dict:
    from leadinbox.core.leadfile import open_lead_file
    lead_file = open_lead_file(src)
    rows = 0
    if normalise:
        for _ in lead_file.records():
            rows += 1
    else:
        for _ in lead_file.table.rows:
            rows += 1
    return {"rows": rows}


def run_child(argv: list[str]) -> int:
    kind, rest = argv[0], argv[1:]
    paths = [Path(a) for a in rest]
    out = {
        "csv-parse": lambda: child_csv_parse(paths[0]),
        "pipeline-floor": lambda: child_pipeline_floor(paths[0], paths[1]),
        "calamine-parse": lambda: child_calamine_parse(paths[0]),
        "calamine-floor": lambda: child_calamine_floor(paths[0], paths[1]),
        "li-import": lambda: child_leadinbox(paths[0], paths[1], rest[2] if len(rest) > 2 else None),
        "li-read": lambda: child_leadinbox_read(paths[0], False),
        "li-normalise": lambda: child_leadinbox_read(paths[0], True),
    }[kind]()
    print(json.dumps(out))
    return 0


# --- the parent ----------------------------------------------------------------------------------------------

class Case:
    def __init__(self, key: str, what: str, argv: list[str], *, floor: str | None = None,
                 target: float | None = None, group: str = "", runs: int = 3, cmd: list[str] | None = None,
                 goal_s: float | None = None, env: dict[str, str] | None = None) -> None:
        self.key, self.what, self.argv, self.floor, self.target = key, what, argv, floor, target
        self.group, self.runs = group, runs
        self.cmd, self.goal_s = cmd, goal_s     # a command of its own (the CLI), and a goal in seconds
        self.env = env                          # the command's environment, when not this one
        self.walls: list[float] = []
        self.cpus: list[float] = []
        self.rss: list[int] = []
        self.info: dict = {}
        self.committed: list[float] = []        # an import's wall time until its leads were committed

    @property
    def wall(self) -> float | None:
        return statistics.median(self.walls) if self.walls else None

    @property
    def cpu(self) -> float | None:
        return statistics.median(self.cpus) if self.cpus else None

    @property
    def peak_mb(self) -> float | None:
        # An import that read its file in a second process: both processes' peaks added (an upper bound of
        # what the two held at once); the OS reports only the larger one for the pair.
        if self.info.get("rss_reader") and any(self.info["rss_reader"]):
            return max(a + b for a, b in zip(self.info["rss_self"], self.info["rss_reader"])) / 1024
        return max(self.rss) / 1024 if self.rss else None


def measure(case: Case) -> None:
    cmd = case.cmd or [sys.executable, str(Path(__file__).resolve()), "--child", *case.argv]
    for suffix in ("", "-wal", "-shm") if case.cmd else ():
        Path(case.cmd[4] + suffix).unlink(missing_ok=True)      # `leadinbox --db DB import`: a new database
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=case.env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"{case.what} failed (rc {proc.returncode}):\n{err.decode(errors='replace')[-3000:]}")
    case.walls.append(wall)
    case.cpus.append(usage.ru_utime + usage.ru_stime)
    case.rss.append(usage.ru_maxrss)       # KiB on Linux
    if case.cmd:
        return
    info = json.loads(out.decode().strip().splitlines()[-1])
    for key, value in info.items():
        case.info.setdefault(key, []).append(value)
    if "ended" in info:     # the process's wall time up to its commit: what it did after, taken off
        case.committed.append(wall - info["ended"])


def build_cases(args, work: Path) -> list[Case]:
    cases: list[Case] = []
    for size in filter(None, args.sizes.split(",")):
        rows = generate.parse_size(size)
        runs = args.runs if rows <= 200_000 else min(args.runs, args.big_runs)
        src = generate.ensure("csv", rows)
        lab = generate.label(rows)
        group = f"CSV {lab}"
        db = work / f"csv-{lab}.db"
        keep = work / f"csv-{lab}-imported.db"
        cases += [
            Case(f"parse-{lab}", "`csv.reader`, parse only", ["csv-parse", str(src)], group=group, runs=runs),
            Case(f"floor-{lab}", "**pipeline floor**", ["pipeline-floor", str(src), str(db)], group=group,
                 runs=runs),
            Case(f"li-{lab}", "LeadInbox import, fresh database", ["li-import", str(src), str(db)],
                 floor=f"floor-{lab}", target=2.5, group=group, runs=runs),
            Case(f"re-{lab}", "LeadInbox re-import of the same file", ["li-import", str(src), str(db), str(keep)],
                 floor=f"floor-{lab}", target=2.0, group=group, runs=runs),
        ]
        if rows <= 10_000:      # a small file from the command line: issue 19 asks 0.2 s for 1k rows
            cmd = [sys.executable, "-m", "leadinbox", "--db", str(work / f"cli-{lab}.db"), "import", str(src)]
            # As installed (pip and the bundle compile the modules): the bytecode cached by an untimed first
            # run. This machine's PYTHONDONTWRITEBYTECODE would otherwise compile ~330 modules every run.
            cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            cached["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
            cases.append(Case(f"cli-{lab}", "`leadinbox import` from the command line, new database", [],
                              cmd=cmd, floor=f"floor-{lab}", goal_s=0.2 if rows <= 1000 else None,
                              group=group, runs=runs, env=cached))
        if not args.no_breakdown:
            cases += [
                Case(f"read-{lab}", "LeadInbox reader only (no normalising, no database)", ["li-read", str(src)],
                     floor=f"parse-{lab}", group=group, runs=runs),
                Case(f"norm-{lab}", "LeadInbox reader + normalise (no database)", ["li-normalise", str(src)],
                     floor=f"parse-{lab}", group=group, runs=runs),
            ]
    for size in filter(None, args.xlsx.split(",")):
        rows = generate.parse_size(size)
        runs = args.runs if rows <= 200_000 else min(args.runs, args.big_runs)
        src = generate.ensure("xlsx", rows)
        lab = generate.label(rows)
        group = f"XLSX {lab}"
        db = work / f"xlsx-{lab}.db"
        keep = work / f"xlsx-{lab}-imported.db"
        cases += [
            Case(f"xparse-{lab}", "python-calamine row iterator, parse only", ["calamine-parse", str(src)],
                 group=group, runs=runs),
            Case(f"xfloor-{lab}", "**python-calamine → SQLite floor**", ["calamine-floor", str(src), str(db)],
                 group=group, runs=runs),
            Case(f"xli-{lab}", "LeadInbox import, fresh database", ["li-import", str(src), str(db)],
                 floor=f"xfloor-{lab}", target=2.5, group=group, runs=runs),
            Case(f"xre-{lab}", "LeadInbox re-import of the same file", ["li-import", str(src), str(db), str(keep)],
                 floor=f"xfloor-{lab}", target=2.0, group=group, runs=runs),
        ]
        if not args.no_breakdown:
            cases += [
                Case(f"xread-{lab}", "LeadInbox reader only (no normalising, no database)", ["li-read", str(src)],
                     floor=f"xparse-{lab}", group=group, runs=runs),
                Case(f"xnorm-{lab}", "LeadInbox reader + normalise (no database)", ["li-normalise", str(src)],
                     floor=f"xparse-{lab}", group=group, runs=runs),
            ]
    return cases


def prepare_reimports(cases: list[Case], work: Path) -> None:
    """One untimed import per file, kept as the starting database of the re-import runs."""
    for case in cases:
        if not case.cmd and case.argv[0] == "li-import" and len(case.argv) == 4:
            src, keep = case.argv[1], Path(case.argv[3])
            if not keep.exists():
                print(f"  preparing {keep.name} ...", file=sys.stderr, flush=True)
                measure(Case("prep", "prep", ["li-import", src, str(keep)]))
                for suffix in ("-wal", "-shm"):
                    if Path(str(keep) + suffix).exists():
                        raise SystemExit(f"{keep} was not checkpointed on close")


def fmt_s(value: float | None) -> str:
    return "–" if value is None else (f"{value:.2f} s" if value < 100 else f"{value:.0f} s")


def _ratio(walls: list[float], base: Case) -> float:
    """The runs alternate (floor, LeadInbox, floor, ...): the median of each run's ratio to its floor's."""
    pairs = [w / b for w, b in zip(walls, base.walls)] if len(walls) == len(base.walls) else []
    return statistics.median(pairs) if pairs else statistics.median(walls) / base.wall


def table(cases: list[Case]) -> list[str]:
    by_key = {c.key: c for c in cases}
    lines = ["| file | what | wall (median) | runs | ratio to its floor | target | CPU (user+sys) | CPU ratio | peak RSS |",
             "|---|---|---|---|---|---|---|---|---|"]
    for case in cases:
        base = by_key.get(case.floor or "")
        name = {"floor": "pipeline floor", "xfloor": "calamine→SQLite"}.get(base.key.split("-")[0], "parse") \
            if base else ""
        if case.committed:
            # The goal is on the leads committed and shown; their search entries follow (issue 19: search may
            # finish a moment later, if the window says so), and the import is reported done after them.
            value = _ratio(case.committed, base) if base and base.wall else None
            ratio = f"{value:.2f}× {name}" if value is not None else ""
            target = f"≤ {case.target}×: {'met' if value <= case.target else '**not met**'}" \
                if value is not None and case.target else ""
            lines.append(f"| {case.group} | {case.what}: leads committed, shown in the window | "
                         f"{fmt_s(statistics.median(case.committed))} | {len(case.committed)} | {ratio} | {target} "
                         f"| | | |")
        ratio = target = cpu_ratio = ""
        if base and base.wall and case.wall:
            value = _ratio(case.walls, base)
            ratio = f"{value:.2f}× {name}"
            if base.cpu and case.cpu:
                cpu_ratio = f"{case.cpu / base.cpu:.2f}×"
            if case.target and not case.committed:
                target = f"≤ {case.target}×: {'met' if value <= case.target else '**not met**'}"
        elif case.target and not case.committed:
            target = f"≤ {case.target}×"
        if case.goal_s and case.wall:
            target = f"≤ {case.goal_s} s: {'met' if case.wall <= case.goal_s else '**not met**'}"
        rss = f"{case.peak_mb:.0f} MB" if case.peak_mb else "–"
        what = f"{case.what}: searchable, reported done" if case.committed else case.what
        lines.append(f"| {case.group} | {what} | {fmt_s(case.wall)} | {len(case.walls)} | {ratio} | {target} "
                     f"| {fmt_s(case.cpu)} | {cpu_ratio} | {rss} |")
    return lines


def breakdown(cases: list[Case]) -> list[str]:
    lines = []
    for case in cases:
        if case.cmd or case.argv[0] != "li-import" or "t_import" not in case.info:
            continue
        med = {k: statistics.median(v) for k, v in case.info.items() if k.startswith("t_")}
        counts = {k: case.info[k][-1] for k in ("rows", "new_leads", "known_leads", "new_customers", "skipped")}
        reader = max(case.info.get("rss_reader") or [0]) / 1024
        memory = (f"; peak RSS of the import process {max(case.info['rss_self']) / 1024:.0f} MB and of the process "
                  f"reading the file {reader:.0f} MB (the table adds them)") if reader else ""
        lines.append(f"- {case.group}, {case.what.lower()}: modules {med['t_modules']:.2f} s, open/migrate "
                     f"{med['t_open']:.2f} s, `import_path` to its commit {med['t_commit']:.2f} s, search entries after "
                     f"it {med['t_search']:.2f} s, close "
                     f"{med['t_close']:.2f} s; {counts['rows']:,} rows, {counts['new_leads']:,} new leads, "
                     f"{counts['known_leads']:,} known, {counts['new_customers']:,} new customers, "
                     f"{counts['skipped']:,} skipped{memory}")
    return lines


def environment() -> list[str]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        from importlib.metadata import version
        calamine = version("python-calamine")
    except Exception:
        calamine = "–"
    return [f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {os.cpu_count()} cores ({cpu or platform.machine()}); "
            f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}; python-calamine {calamine}; "
            f"{platform.system()} {platform.release()}"]


def write_docs(cases: list[Case], command: str, files: list[str]) -> None:
    body = [BEGIN, "## Import (`tests/bench/bench_import.py`)", "",
            f"Command: `{command}`", "", *environment(), "",
            "Files (tests/bench/generate.py, seeded): " + "; ".join(files) + ".", "",
            *table(cases), "", "Inside the LeadInbox processes (medians):", "", *breakdown(cases), "",
            "Definitions: see the docstring of `tests/bench/bench_import.py` and perf-floors.md. Wall time is the "
            "whole process (interpreter start and imports included), CPU its user + sys time (with the process "
            "that reads a big file for the import, core/read_ahead.py); peak RSS is the process's own maximum "
            "resident set, for an import that read its file in a second process both processes' peaks added. The machine is shared and noisy: compare ratios within one "
            "run (the CPU ratio moves least when other jobs run).", END]
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        _old, tail = rest.split(END, 1)
        text = head + "\n".join(body) + tail
    else:
        text = text.rstrip("\n") + "\n\n" + "\n".join(body) + "\n"
    DOCS.parent.mkdir(parents=True, exist_ok=True)
    DOCS.write_text(text, encoding="utf-8")
    print(f"wrote {DOCS.relative_to(ROOT)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        return run_child(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100k", help="CSV sizes, e.g. 100k,1m (default: %(default)s)")
    parser.add_argument("--xlsx", default="100k", help="XLSX sizes ('' for none; default: %(default)s)")
    parser.add_argument("--runs", type=int, default=3, help="runs per case, median reported (default: 3)")
    parser.add_argument("--big-runs", type=int, default=1, help="runs per case above 200k rows (default: 1)")
    parser.add_argument("--quick", action="store_true", help="one run per case")
    parser.add_argument("--no-breakdown", action="store_true", help="skip the reader/normalise-only cases")
    parser.add_argument("--only", default="", help="comma-separated case keys to run (e.g. floor-100k,li-100k)")
    parser.add_argument("--write-docs", action="store_true", help=f"write the figures into {DOCS.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs = args.big_runs = 1
    work = generate.OUT / "db"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    cases = build_cases(args, work)
    if args.only:
        keep = set(args.only.split(","))
        cases = [c for c in cases if c.key in keep]
    prepare_reimports(cases, work)
    for case in cases:
        if case.env and "PYTHONPYCACHEPREFIX" in case.env:
            measure(Case("prep", "prep", [], cmd=case.cmd, env=case.env))    # writes the bytecode, untimed
    for round_no in range(max(c.runs for c in cases)):
        for case in cases:
            if round_no < case.runs:
                print(f"  [{round_no + 1}/{case.runs}] {case.group}: {case.what} ...", end="", file=sys.stderr,
                      flush=True)
                measure(case)
                print(f" {case.walls[-1]:.2f} s (CPU {case.cpus[-1]:.2f} s), {case.rss[-1] / 1024:.0f} MB",
                      file=sys.stderr, flush=True)
    print()
    print("\n".join(environment()))
    print()
    print("\n".join(table(cases)))
    print()
    print("\n".join(breakdown(cases)))
    if args.write_docs:
        files = []
        for case in cases:
            if case.argv and case.argv[0] in ("csv-parse", "calamine-parse"):   # the CLI case has none
                path = Path(case.argv[1])
                files.append(f"`{path.name}` {path.stat().st_size / 1e6:.1f} MB")
        write_docs(cases, "python tests/bench/bench_import.py " + " ".join(argv), files)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
