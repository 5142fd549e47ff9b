"""Which inbox columns show, and how wide, in the width the list has: the least important give way first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def fit_columns(wanted: Mapping[int, int], give_way: Sequence[int], shrink: Mapping[int, int],
                available: int) -> dict[int, int | None]:
    """Widths per column (None = hidden) so the columns fit `available` pixels.

    `wanted` are the widths the user set (or the defaults), in display order; the columns in `give_way`
    are hidden in that order until the rest fits; then the columns in `shrink` narrow to their minimum,
    in that order. Space left over goes to the last column shown, as Qt's stretched last section would."""
    widths: dict[int, int | None] = dict(wanted)
    total = sum(wanted.values())
    for column in give_way:
        if total <= available:
            break
        total -= widths[column] or 0
        widths[column] = None
    for column, minimum in shrink.items():
        excess = total - available
        current = widths.get(column)
        if excess <= 0 or current is None:
            continue
        narrower = max(minimum, current - excess)
        total -= current - narrower
        widths[column] = narrower
    shown = [c for c, w in widths.items() if w is not None]
    if shown and total < available:
        widths[shown[-1]] = (widths[shown[-1]] or 0) + available - total
    return widths
