"""Which inbox columns show, and how wide, in the width the list has: the least important give way first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def fit_columns(wanted: Mapping[int, int], give_way: Sequence[int], shrink: Mapping[int, int],
                available: int, need: Mapping[int, int] | None = None,
                grow: Sequence[int] = ()) -> dict[int, int | None]:
    """Widths per column (None = hidden) so the columns fit `available` pixels.

    `wanted` are the widths set by default or by the user, in display order; `need` what each column's
    text needs (its header and the rows in view; default: `wanted`). A column starts at the smaller of the
    two: width its content does not use is the first to go, before any column hides. Then the columns in
    `give_way` hide in that order until the rest fits; then the columns in `shrink` narrow to their minimum,
    in that order (cutting their text). Space left over goes to the `grow` columns shown, in that order:
    first up to what their text needs, then shared out evenly (the last column shown takes it when none of
    them shows), so it never lands in a column that has nothing to show in it."""
    need = need or wanted
    widths: dict[int, int | None] = {c: min(w, need.get(c, w)) for c, w in wanted.items()}
    total = sum(w for w in widths.values() if w)
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
