"""Qualification criteria: what the user says makes a lead qualified, and which are still open."""

from __future__ import annotations

# Also the keys these defaults are stored under (in the settings and in each lead's qualification), whatever
# the UI language shows them as (ui/criteria_names.py): never rename them, or old qualifications stop matching.
DEFAULT_CRITERIA = ("Budget", "Authority", "Need", "Timeline")


def open_criteria(criteria: tuple[str, ...] | list[str], met: set[str] | list[str]) -> list[str]:
    """The criteria not yet met, in the user's order."""
    done = set(met)
    return [c for c in criteria if c not in done]


def clean_criteria(names: list[str]) -> tuple[str, ...]:
    """Trimmed, without blanks or repeats (case-insensitively), in the order given."""
    seen, out = set(), []
    for name in names:
        name = name.strip()
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return tuple(out)
