"""What the window says about pulls: the reminder for new leads and the status bar's line."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from leadinbox.sources.refusal import Problem
from leadinbox.ui.inbox.badges import action_label
from leadinbox.ui.language.i18n import format_number, format_time


def _tr(text: str) -> str:
    return QCoreApplication.translate("LeadSources", text)


# The order the salesperson answers in: someone waiting to be contacted first (as the email templates pick).
_ORDER = {"PLT": 0, "Create": 1, "INS": 2, "StartTestDrive": 3, "DNC": 4}


def new_leads_text(actions: dict[str, int]) -> str:
    """'3 new leads: 1 Contact me, 2 Get it now', the strongest intent first."""
    total = sum(actions.values())
    head = QCoreApplication.translate("LeadSources", "%Ln new lead(s)", "", total)
    parts = [f"{format_number(n)} {action_label(code) if code else _tr('no action')}"
             for code, n in sorted(actions.items(), key=lambda item: (_ORDER.get(item[0], 9), item[0] or ""))]
    return f"{head}: {', '.join(parts)}" if parts else head


def status_text(pulled_at: datetime | None, failing_since: datetime | None, problem: Problem | None) -> str:
    """'Leads pulled 10:42 · storage not reachable since 10:45' (times in local time, the locale's way)."""
    parts = []
    if pulled_at is not None:
        parts.append(_tr("Leads pulled %1").replace("%1", format_time(pulled_at.astimezone())))
    if failing_since is not None:
        since = format_time(failing_since.astimezone())
        if problem is Problem.THROTTLED:
            parts.append(_tr("storage busy since %1").replace("%1", since))
        elif problem is not None and not problem.passing:
            parts.append(_tr("lead source needs attention (Settings › Lead sources) since %1").replace("%1", since))
        else:
            parts.append(_tr("storage not reachable since %1").replace("%1", since))
    return " · ".join(parts)
