"""English counts for the command line and the store's own messages: '1 lead', '2 leads', not a lazy plural."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 row', '2 rows', '1,234 rows' (the command line is English only; the window has real plural forms)."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
