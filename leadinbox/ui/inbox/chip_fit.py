"""How many of a cell's chips fit its width when the ones that do not are counted in a "+N" chip."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def chips_that_fit(widths: Sequence[float], available: float, gap: float,
                   more_width: Callable[[int], float]) -> int:
    """How many chips (in order) to draw side by side in `available` pixels.

    All of them when they fit; else as many as fit together with a "+N" chip for the N others, whose width
    `more_width(N)` gives, so a chip never silently disappears. May be 0: then only "+N" (all of them) shows."""
    if sum(widths) + gap * max(len(widths) - 1, 0) <= available:
        return len(widths)
    used = 0.0
    for count, width in enumerate(widths):
        after = used + width + gap
        if after + more_width(len(widths) - count - 1) > available:
            return count
        used = after
    return len(widths)
