"""What the window says about the team: the status bar's line, who holds a customer, why a join was refused."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication

from leadinbox.sources.refusal import Problem
from leadinbox.ui.language.i18n import format_time


def _tr(text: str) -> str:
    return QCoreApplication.translate("Team", text)


def when(text: str | None) -> datetime | None:
    """A stored UTC stamp ("2026-12-06T10:14:00Z") as a datetime; None for none or a damaged one."""
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc) if text else None
    except ValueError:
        return None


def status_text(unsent: int, synced_at: datetime | None, failing_since: datetime | None,
                problem: Problem | None) -> str:
    """'Team: 3 changes not sent yet' while changes wait, else 'Team synced 10:42'; and since when the
    storage cannot be used, when it cannot."""
    if unsent:
        parts = [QCoreApplication.translate("Team", "Team: %Ln change(s) not sent yet", "", unsent)]
    elif synced_at is not None:
        parts = [_tr("Team synced %1").replace("%1", format_time(synced_at.astimezone()))]
    else:
        parts = [_tr("Team: not synced yet")]
    if failing_since is not None:
        since = format_time(failing_since.astimezone())
        if problem is not None and not problem.passing:
            parts.append(_tr("team storage needs attention (Settings › Team) since %1").replace("%1", since))
        else:
            parts.append(_tr("team storage not reachable since %1").replace("%1", since))
    return " · ".join(parts)


def taken_text(owner: str, at: str | None) -> str:
    """'Ana took this customer at 10:14' (the time in local time, the locale's way)."""
    moment = when(at)
    return _tr("%1 took this customer at %2").replace("%1", owner).replace(
        "%2", format_time(moment.astimezone()) if moment else "?")
