"""The GUI thread's pauses, as the benchmarks of long background work measure them: a 10 ms timer's ticks,
and the gaps between them (a gap far over 10 ms is a time the window could not answer)."""

from __future__ import annotations

import time

TICK_MS = 10


class GapTimer:
    """Started, it records the gap before each tick; `longest_ms` and `over(ms)` read them."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer(interval=TICK_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def longest_ms(self) -> float:
        return max(self.gaps, default=0.0) * 1000

    def over(self, ms: float) -> int:
        return sum(gap * 1000 > ms for gap in self.gaps)


def spin(app, until=None, seconds: float = 0.0) -> float:
    """Run the event loop (as the window's would) while `until()` is false, then `seconds` more; returns
    how long the first part took, in seconds."""
    start = time.perf_counter()
    while until is not None and not until():
        app.processEvents()
        time.sleep(0.001)
    took = time.perf_counter() - start
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    return took
