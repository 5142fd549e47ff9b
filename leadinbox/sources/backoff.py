"""When to try a source again: its interval while it answers; after failures, sooner at first, then less and
less often (1, 2, 4, 8, 16, 30 minutes), so an offline laptop or a throttled account is not hammered."""

from __future__ import annotations

FIRST_RETRY_SECONDS = 60
LONGEST_WAIT_SECONDS = 30 * 60


def next_wait(interval_seconds: float, failures: int) -> float:
    """Seconds until the next pull, after `failures` failed pulls in a row (0: the last one worked)."""
    if failures <= 0:
        return interval_seconds
    wait = FIRST_RETRY_SECONDS * 2 ** min(failures - 1, 16)
    return float(min(wait, max(LONGEST_WAIT_SECONDS, interval_seconds)))
