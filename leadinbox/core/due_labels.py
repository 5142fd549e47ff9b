"""The follow-up clock: how a due time reads ('due in 5 h', 'overdue 3 d') and how urgent it is."""

from __future__ import annotations

from datetime import datetime, timezone

# Levels, most urgent first; the UI colours them.
OVERDUE, SOON, LATER, NONE = "overdue", "soon", "later", "none"
SOON_HOURS = 2


def parse_utc(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def span_parts(seconds: float) -> tuple[int, str]:
    """(5, 'h'): a duration to the nearest minute under an hour, hour under two days, else day. The unit
    follows the rounded value, so 47 h 59 min reads "2 d" as 48 h 1 min does: rounding down made the same
    due time "2 d" in the list and "47 h" a minute later in the detail pane."""
    minutes = round(seconds / 60)
    if minutes < 60:
        return max(minutes, 1), "min"
    hours = round(seconds / 3600)
    if hours < 48:
        return hours, "h"
    return round(seconds / 86400), "d"


def _span(seconds: float) -> str:
    return "%d %s" % span_parts(seconds)


# What is due, by the kind of a lead's next due item (core/cadence.py): (when overdue, when ahead).
_WORDING = {
    "reply": ("reply overdue {span}", "reply due in {span}"),
    "attempt": ("attempt overdue {span}", "next attempt in {span}"),
    "call": ("call overdue {span}", "call in {span}"),
    "close": ("close? no reply", "close? in {span}"),
}


def due_label(due_at: str | None, now: datetime | None = None, *, dnc: bool = False,
              kind: str | None = None) -> tuple[str, str]:
    """('overdue 3 h', OVERDUE), ('due in 5 h', LATER), ('do not contact', NONE) or ('', NONE); with a
    `kind`, the label says what is due ('next attempt in 2 d', 'close? no reply')."""
    if dnc:
        return "do not contact", NONE
    due = parse_utc(due_at)
    if due is None:
        return "", NONE
    now = now or datetime.now(timezone.utc)
    left = (due - now).total_seconds()
    late, ahead = _WORDING.get(kind or "", ("overdue {span}", "due in {span}"))
    if left < 0:
        # A proposal to close is a question, not a missed promise: it never shows as overdue.
        return late.format(span=_span(-left)), SOON if kind == "close" else OVERDUE
    return ahead.format(span=_span(left)), SOON if left < SOON_HOURS * 3600 else LATER
