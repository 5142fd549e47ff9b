"""The follow-up clock in the UI language: core.followup.due_label's wording translated ('reply due in 5 h')."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from leadinbox.core import due_labels as followup
from leadinbox.ui.language.i18n import Labels

# (when overdue, when ahead) per kind of due item; %1 is the span ("5 h").
_LATE = Labels("Due", {
    "": QT_TRANSLATE_NOOP("Due", "overdue %1"),
    "reply": QT_TRANSLATE_NOOP("Due", "reply overdue %1"),
    "attempt": QT_TRANSLATE_NOOP("Due", "attempt overdue %1"),
    "call": QT_TRANSLATE_NOOP("Due", "call overdue %1"),
    "close": QT_TRANSLATE_NOOP("Due", "close? no reply"),
})
_AHEAD = Labels("Due", {
    "": QT_TRANSLATE_NOOP("Due", "due in %1"),
    "reply": QT_TRANSLATE_NOOP("Due", "reply due in %1"),
    "attempt": QT_TRANSLATE_NOOP("Due", "next attempt in %1"),
    "call": QT_TRANSLATE_NOOP("Due", "call in %1"),
    "close": QT_TRANSLATE_NOOP("Due", "close? in %1"),
})


def span_text(seconds: float) -> str:
    n, unit = followup.span_parts(seconds)
    if unit == "min":
        return QCoreApplication.translate("Due", "%Ln min", "", n)
    if unit == "h":
        return QCoreApplication.translate("Due", "%Ln h", "", n)
    return QCoreApplication.translate("Due", "%Ln d", "", n)


def due_label(due_at: str | None, now: datetime | None = None, *, dnc: bool = False,
              kind: str | None = None) -> tuple[str, str]:
    """Like core.followup.due_label (same urgency levels), in the UI language."""
    now = now or datetime.now(timezone.utc)
    english, level = followup.due_label(due_at, now, dnc=dnc, kind=kind)
    if dnc:
        return QCoreApplication.translate("Due", "do not contact"), level
    if not english:
        return "", level
    left = (followup.parse_utc(due_at) - now).total_seconds()
    table = _LATE if left < 0 else _AHEAD
    wording = table.get(kind or "") or table[""]
    return wording.replace("%1", span_text(abs(left))), level


def sample_labels() -> list[str]:
    """The longest labels this language writes (two-digit spans), to size the Follow-up column."""
    spans = [span_text(s) for s in (59 * 60, 47 * 3600, 99 * 86400)]
    return [table[kind].replace("%1", span) for table in (_LATE, _AHEAD) for kind in table for span in spans]
