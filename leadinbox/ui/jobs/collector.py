"""Python's cycle collector runs on the GUI thread only. Left to itself it runs in whichever thread allocates
next, a job's too; a Qt object in a reference cycle (a widget and a lambda connected to its signal) is then
deleted off its own thread, which crashes Qt (an invalid socket notifier, an abort)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class CycleCollector(QObject):
    """Turns automatic collection off and collects, by the same generation thresholds, on a timer of the GUI
    thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
