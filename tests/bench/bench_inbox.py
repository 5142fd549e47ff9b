"""Inbox speed on a big database: search keystroke to first page, filter switch, cold start, memory,
and the longest GUI stall during an import. Prints figures next to the perf-floors.md goals.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_inbox.py --leads 1000000
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FIRST = ["Jan", "Sanne", "Pieter", "John", "Aiko", "Chloé", "Priya", "Lukas", "Emma", "Jansen", "怡君", "小明",
         "Maria", "Ahmed", "Olga", "Li", "Wei", "Sophie", "Daan", "Noah"]
LAST = ["de Vries", "Jansen", "Smith", "Tanaka", "Lefèvre", "Raman", "Müller", "Bakker", "陳", "王", "Visser",
        "Garcia", "Kowalski", "Nguyen", "Brown", "Wang", "Dubois", "Rossi", "Santos", "Kim"]
ACTIONS = ["PLT", "INS", "StartTestDrive", "Create", "DNC"]


def build(path: Path, leads: int) -> None:
    """Customers and leads inserted straight into the schema (the import itself is bench_import's job)."""
    from leadinbox.store.db import open_database
    from leadinbox.store.rollup import refresh_customers
    rnd = random.Random(7)
    db = open_database(path)
    customers = int(leads / 1.7)
    with db.atomic():
        db.execute("INSERT INTO batches (id, file_name, imported_at) VALUES (1, 'bench', '2026-11-01T00:00:00Z')")
        db.conn.executemany("INSERT INTO customers (id, key) VALUES (?, ?)",
                            ((i, f"e:c{i}@x.example") for i in range(1, customers + 1)))
        rows = []
        for lead in range(1, leads + 1):
            cid = lead if lead <= customers else rnd.randint(1, customers)
            first, last = FIRST[cid % 20], LAST[(cid // 20) % 20]
            day = f"2026-{rnd.randint(1, 10):02d}-{rnd.randint(1, 28):02d}T{rnd.randint(0, 23):02d}:00:00Z"
            action = ACTIONS[rnd.randint(0, 4)]
            rows.append((lead, cid, day, day[:10], day, day, action, f"pub.offer{lead % 7}", f"Offer {lead % 7}",
                         f"c{cid}@x.example", f"{first} {last}", f"Company {cid % 5000}", "NL",
                         "dnc" if action == "DNC" else "new", None if action == "DNC" else day, *phone(cid)))
            if len(rows) == 20000:
                _insert(db, rows)
                rows.clear()
        _insert(db, rows)
        db.execute("CREATE TEMP TABLE affected AS SELECT id FROM customers")
        refresh_customers(db)
    db.execute("ANALYZE")
    db.close()


def phone(cid: int) -> tuple[str, str]:
    """(as written, E.164): Amsterdam numbers written internationally or nationally, and US numbers."""
    n = 1_000_000 + cid * 7_919 % 9_000_000
    if cid % 3 == 2:
        return f"(425) {n // 10_000 % 1000:03d}-{n % 10_000:04d}", f"+1425{n // 10_000 % 1000:03d}{n % 10_000:04d}"
    written = f"20 {n // 10_000:03d} {n % 10_000:04d}"
    return ("+31 " + written if cid % 3 else "0" + written), f"+3120{n:07d}"


def _insert(db, rows) -> None:
    db.conn.executemany("""INSERT INTO leads (source_system, id, customer_id, batch_id, created_at, created_day, received_at,
        sort_at, first_response_due_at, action, offer_key, offer_name, email, full_name, company, country_code,
        status, updated_at, phone, phone_e164) VALUES ('bench', ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        [(r[0], r[1], r[2], r[3], r[4], r[5], r[5], *r[6:]) for r in rows])


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def bench_queries(path: Path) -> dict:
    from PySide6.QtWidgets import QApplication
    from leadinbox.core.query import InboxQuery
    from leadinbox.store.db import open_database
    from leadinbox.ui.inbox.model import InboxModel
    from leadinbox.store.inbox_source import InboxSource
    from leadinbox.ui.inbox.view import InboxView
    app = QApplication.instance() or QApplication([])
    db = open_database(path)
    model = InboxModel(InboxSource(db))
    view = InboxView()
    view.setModel(model)
    view.resize(1000, 700)
    view.show()
    app.processEvents()
    keystrokes, names = [], []
    for word in ("jansen", "vries", "smith", "offer", "company"):
        for n in range(1, len(word) + 1):
            start = time.perf_counter()
            model.set_query(InboxQuery(search=word[:n], view="all"))
            view.viewport().repaint()
            keystrokes.append((time.perf_counter() - start) * 1000)
            if word in ("jansen", "vries", "smith"):
                names.append(keystrokes[-1])
    phones = []          # a number typed as people do: international, national, American
    for number in ("+31 20 123 4567", "020 123 45", "(425) 555-01"):
        for n in range(1, len(number) + 1):
            start = time.perf_counter()
            model.set_query(InboxQuery(search=number[:n], view="all"))
            view.viewport().repaint()
            phones.append((time.perf_counter() - start) * 1000)
    switches = []
    for action in ("PLT", "INS", None, "DNC", "StartTestDrive") * 2:
        start = time.perf_counter()
        model.set_query(InboxQuery(action=action, view="all"))
        view.viewport().repaint()
        switches.append((time.perf_counter() - start) * 1000)
    start = time.perf_counter()
    counts = InboxSource(db).count(InboxQuery(view="all"))
    count_ms = (time.perf_counter() - start) * 1000
    return {"keystroke_p95": percentile(keystrokes, 95), "keystroke_max": max(keystrokes),
            "names_p95": percentile(names, 95), "phones_p95": percentile(phones, 95), "phones_max": max(phones),
            "switch_p95": percentile(switches, 95), "count_ms": count_ms, "customers": counts[0]}


COLD = """
import time, sys, os
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from leadinbox.store.db import open_database
from leadinbox.ui.window.main_window import MainWindow
db = open_database({db!r})
w = MainWindow(db, {db!r}, QSettings({ini!r}, QSettings.Format.IniFormat), report_dialogs=False)
w.show()
def done():
    import resource
    print(time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def bench_cold_start(path: Path, tmp: Path) -> tuple[float, float]:
    code = COLD.format(root=str(ROOT), db=str(path), ini=str(tmp / "s.ini"))
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    wall = time.perf_counter() - start
    return wall, float(out[1])


def bench_stall(tmp: Path, rows: int) -> float:
    """Longest gap between 10 ms timer ticks on the GUI thread while a `rows`-row CSV imports."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from leadinbox.store.db import open_database
    from leadinbox.ui.importing.worker import import_drop
    from leadinbox.ui.jobs import ChangeHub, Jobs
    app = QApplication.instance() or QApplication([])
    csv = tmp / "stall.csv"
    with open(csv, "w", encoding="utf-8") as out:
        out.write("Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Country,Offer name,"
                  "Lead source,Call to action,Notes\n")
        for i in range(rows):
            out.write(f"L{i},2026-10-{i % 28 + 1:02d}T10:00:00Z,Person {i},Company {i % 900},p{i % (rows // 2)}"
                      f"@x.example,NL,Offer {i % 5},AppSource,Contact me,\"Hello, call me\"\n")
    db_path = tmp / "stall.sqlite"
    open_database(db_path).close()
    jobs = Jobs(db_path, ChangeHub())
    gaps, last = [], [time.perf_counter()]
    timer = QTimer(interval=10)

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
    timer.timeout.connect(tick)
    loop = QEventLoop()
    job = jobs.write(lambda task: import_drop(task, [csv], {}), name="import", cancellable=True)
    job.finished.connect(lambda _o: loop.quit())
    timer.start()
    job.run()
    loop.exec()
    timer.stop()
    return max(gaps) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--leads", type=int, default=200_000)
    parser.add_argument("--stall-rows", type=int, default=100_000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="leadinbox-bench-"))
    db = tmp / "bench.sqlite"
    start = time.perf_counter()
    build(db, args.leads)
    print(f"built {args.leads:,} leads in {time.perf_counter() - start:.1f} s")
    q = bench_queries(db)
    cold, rss = bench_cold_start(db, tmp)
    stall = bench_stall(tmp, args.stall_rows)
    print(f"\nInbox on {args.leads:,} leads ({q['customers']:,} customers)")
    print(f"{'measure':<46}{'LeadInbox':>12}{'goal':>10}")
    print(f"{'search keystroke -> first page painted, p95':<46}{q['keystroke_p95']:>10.1f}ms{'50 ms':>10}")
    print(f"{'  (worst keystroke, incl. one-letter prefix)':<46}{q['keystroke_max']:>10.1f}ms{'':>10}")
    print(f"{'  names only (jansen, vries, smith), p95':<46}{q['names_p95']:>10.1f}ms{'50 ms':>10}")
    print(f"{'phone numbers (+31 20 …, 020 …, (425) …), p95':<46}{q['phones_p95']:>10.1f}ms{'50 ms':>10}")
    print(f"{'  (worst phone keystroke)':<46}{q['phones_max']:>10.1f}ms{'':>10}")
    print(f"{'quick filter switch -> first page, p95':<46}{q['switch_p95']:>10.1f}ms{'':>10}")
    print(f"{'count of customers and leads (deferred)':<46}{q['count_ms']:>10.1f}ms{'':>10}")
    print(f"{'cold start to interactive window':<46}{cold:>11.2f}s{'1.5 s':>10}")
    print(f"{'resident memory with the window open':<46}{rss:>9.0f} MB{'300 MB':>10}")
    print(f"{f'longest GUI stall, {args.stall_rows:,}-row import':<46}{stall:>10.0f}ms{'100 ms':>10}")
    print(f"(this process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
