"""Longest GUI stall while the window undoes an import, restores a backup and erases a person on a big
database: a 10 ms QTimer on the GUI thread records the gaps between its ticks, from the click until the
window has shown the result.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_long_writes.py tests/bench/out/leads-100k.csv
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.gui_gaps import GapTimer, spin  # noqa: E402

SETTLE_S = 0.5      # ticks after the operation: the window's refresh is part of what the user waits for


def build(csv: Path, base: Path) -> None:
    from leadinbox.store.db import open_database
    from leadinbox.store.importing.entry import import_path
    db = open_database(base)
    import_path(db, csv)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def measure(base: Path, tmp: Path, name: str, act) -> tuple[float, float]:
    """(longest gap, wall time) in ms while `act(window)` runs and the window settles."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from leadinbox.store.db import open_database
    from leadinbox.ui.window.main_window import MainWindow
    app = QApplication.instance() or QApplication([])
    folder = tmp / name
    folder.mkdir()
    db_path = folder / "leadinbox.sqlite"
    shutil.copy(base, db_path)
    db = open_database(db_path)
    window = MainWindow(db, db_path, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat),
                        report_dialogs=False)
    window.show()
    prepared = act(window, prepare=True)
    for _ in range(20):
        app.processEvents()
    timer = GapTimer()
    timer.start()
    start = time.perf_counter()
    act(window, prepared=prepared)
    wall = time.perf_counter() - start + spin(app, lambda: window.jobs.writing is None, SETTLE_S)
    timer.stop()
    window.close()
    db.close()
    return timer.longest_ms, wall * 1000


def undo(window, prepare=False, prepared=None):
    if prepare:
        return None
    dialog = window.imports.history_dialog()
    dialog.table.selectRow(dialog.table.rowCount() - 1)      # the first import: the 100,000 leads
    dialog.undo_selected(confirm=False)


def restore(window, prepare=False, prepared=None):
    from leadinbox.store.safety.backups import make_backup
    if prepare:
        return make_backup(window.db, window.db_path, "manual")
    window.safety.restore(prepared)


def erase(window, prepare=False, prepared=None):
    from PySide6.QtWidgets import QDialog
    if prepare:
        cid = window.db.execute("SELECT customer_id FROM leads GROUP BY customer_id ORDER BY count(*) DESC "
                                "LIMIT 1").fetchone()[0]
        window.followup.current_customer = lambda: cid
        window.safety.run = lambda dialog: QDialog.DialogCode.Accepted
        return cid
    window.safety.erase_current()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("csv", type=Path)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="leadinbox-longwrites-"))
    base = tmp / "base.sqlite"
    start = time.perf_counter()
    build(args.csv, base)
    print(f"imported {args.csv.name} in {time.perf_counter() - start:.1f} s")
    print(f"{'operation':<28}{'longest GUI stall':>20}{'click to result':>18}")
    for name, act in (("undo import", undo), ("restore backup", restore), ("erase person", erase)):
        stall, wall = measure(base, tmp, name.replace(" ", "-"), act)
        print(f"{name:<28}{stall:>18.0f}ms{wall:>16.0f}ms")
    shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
