"""Which inbox columns show, and how wide, in the width the list has: the least important give way first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def fit_columns(wanted: Mapping[int, int], give_way: Sequence[int | Mapping[int, int]], shrink: Mapping[int, int],
                available: int, need: Mapping[int, int] | None = None,
                grow: Sequence[int] = ()) -> dict[int, int | None]:
    """Widths per column (None = hidden) so the columns fit `available` pixels.

    `wanted` are the widths set by default or by the user, in display order; `need` what each column's
    text needs (its header and the rows in view; default: `wanted`). A column starts at the smaller of the
    two: width its content does not use is the first to go, before any column hides. Then the columns in
    `give_way` hide in that order until the rest fits (a step that is a mapping narrows its columns evenly
    towards their minimums instead, cutting their text, before the columns after it hide); then the columns
    in `shrink` narrow to their minimum,
    in that order (cutting their text). Space left over goes to the `grow` columns shown, in that order:
    first up to what their text needs, then shared out evenly (the last column shown takes it when none of
    them shows), so it never lands in a column that has nothing to show in it."""
    need = need or wanted
    widths: dict[int, int | None] = {c: min(w, need.get(c, w)) for c, w in wanted.items()}
    total = sum(w for w in widths.values() if w)
    for step in give_way:
        if total <= available:
            break
        if isinstance(step, Mapping):
            total -= _narrow(widths, step, total - available)
            continue
        total -= widths[step] or 0
        widths[step] = None
    for column, minimum in shrink.items():
        excess = total - available
        current = widths.get(column)
        if excess <= 0 or current is None:
            continue
        narrower = max(min(minimum, current), current - excess)
        total -= current - narrower
        widths[column] = narrower
    shown = [c for c, w in widths.items() if w is not None]
    takers = [c for c in grow if widths.get(c) is not None] or shown[-1:]
    for column in takers:              # first the text a taker cuts (a long company name)
        more = max(min(need.get(column, 0) - (widths[column] or 0), available - total), 0)
        widths[column] = (widths[column] or 0) + more
        total += more
    if takers and total < available:
        share, rest = divmod(available - total, len(takers))
        for i, column in enumerate(takers):
            widths[column] = (widths[column] or 0) + share + (1 if i < rest else 0)
    return widths


def _narrow(widths: dict[int, int | None], minimums: Mapping[int, int], excess: int) -> int:
    """Takes up to `excess` pixels from the shown columns of `minimums`, evenly, none below its minimum;
    returns how many it took."""
    taken = 0
    columns = [c for c in minimums if widths.get(c) and widths[c] > minimums[c]]
    while taken < excess and columns:
        share = -(-(excess - taken) // len(columns))
        for column in list(columns):
            cut = min(share, widths[column] - minimums[column], excess - taken)
            widths[column] -= cut
            taken += cut
            if widths[column] <= minimums[column]:
                columns.remove(column)
    return taken
