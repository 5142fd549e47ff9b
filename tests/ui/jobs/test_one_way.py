"""One way to run work off the GUI thread (ui/jobs) and a thin main window: checked on the source."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "leadinbox" / "ui"
# What starts a thread or a pool of them: only ui/jobs may.
THREADS = re.compile(r"\b(QThread|QThreadPool|QRunnable|QtConcurrent|threading|concurrent\.futures|"
                     r"ThreadPoolExecutor|ProcessPoolExecutor|multiprocessing|_thread)\b")


def test_no_thread_or_executor_in_ui_outside_the_jobs_package():
    found = [f"{path.relative_to(UI)}:{n}: {line.strip()}"
             for path in sorted(UI.rglob("*.py")) if path.parent.name != "jobs"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if THREADS.search(line)]
    assert found == []


def test_the_main_window_module_stays_thin():
    lines = (UI / "window" / "main_window.py").read_text(encoding="utf-8").count("\n")
    assert lines <= 250, f"main_window.py has {lines} lines; give the new part a room of its own"
