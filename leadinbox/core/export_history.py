"""A lead's follow-up history as plain text: the description a CRM gets, and a column of the export."""

from __future__ import annotations

from datetime import datetime

from leadinbox.core.export_cells import csv_datetime, status_label

OUTCOMES = {"no_answer": "no answer", "voicemail": "voicemail", "replied": "replied",
            "meeting": "meeting booked",
            "bounced": "bounced", "not_interested": "not interested", "other": "other"}
CHANNELS = {"email": "Email", "call": "Call", "meeting": "Meeting", "linkedin": "LinkedIn", "other": "Other"}
ELLIPSIS = "…"


def _when(text: str | None) -> str:
    """'2026-10-02T09:15:00Z' -> '2026-10-02 09:15'."""
    stamp = csv_datetime(text)
    return stamp[:16] if stamp else "?"


def sla_met(lead: dict, now: datetime | None = None) -> bool | None:
    """True when the first response came within its due time, False when it came late or is overdue,
    None when there is no clock (DNC, test) or it is still running."""
    due, first = lead.get("first_response_due_at"), lead.get("first_response_at")
    if not due:
        return None
    if first:
        return first <= due
    if now is not None and now.strftime("%Y-%m-%dT%H:%M:%SZ") > due:
        return False
    return None


def history_lines(lead: dict) -> list[str]:
    """Attempts and the customer's replies, status changes the user made, and the customer's notes, oldest
    first. Status changes that an attempt or reply caused are implied by it, so they are left out."""
    events: list[tuple[str, int, str]] = []
    for a in lead.get("attempts") or ():
        channel = CHANNELS.get(a["channel"], a["channel"])
        if a.get("direction") == "in":         # the customer's own reply, not an attempt of ours
            text = f"Reply from the customer ({channel})"
        else:
            text = f"{channel}: {OUTCOMES.get(a['outcome'], a['outcome'])}"
        if a.get("note"):
            text += f" – {a['note']}"
        events.append((a["at"], 0, text))
    for s in lead.get("changes") or ():
        if s.get("attempt_id") is None:
            text = f"Status {status_label(s['from_status'])} → {status_label(s['to_status'])}"
            if s.get("reason"):
                text += f" ({s['reason']})"
            events.append((s["at"], 1, text))
    for n in lead.get("notes") or ():
        events.append((n["at"], 2, f"Note: {n['text']}"))
    events.sort(key=lambda e: (e[0] or "", e[1]))
    return [f"{_when(at)}  {text}" for at, _, text in events]


def history_text(lead: dict, now: datetime | None = None) -> str:
    """'Status: Contacted · 2 attempts · first response … (within the 24 h)' and one line per event."""
    if not any(lead.get(k) for k in ("attempts", "changes", "notes", "first_response_at")):
        return ""
    head = [f"Status: {status_label(lead.get('status'))}"]
    count = lead.get("attempt_count") or 0
    head.append(f"{count} attempt" + ("" if count == 1 else "s"))
    if lead.get("first_response_at"):
        met = sla_met(lead, now)
        head.append(f"first response {_when(lead['first_response_at'])}"
                    + (" (in time)" if met else " (late)" if met is False else ""))
    return "\n".join([" · ".join(head), *history_lines(lead)])


def crm_description(lead: dict, limit: int, now: datetime | None = None) -> str:
    """The customer's own message, then LeadInbox's follow-up history (times in UTC), cut to `limit`."""
    parts = [lead.get("description") or ""]
    history = history_text(lead, now)
    if history:
        parts.append("LeadInbox follow-up (UTC):\n" + history)
    return clip("\n\n".join(p for p in parts if p), limit)


def clip(text: str | None, limit: int) -> str:
    """At most `limit` characters; a cut shows as a trailing ellipsis."""
    text = text or ""
    return text if len(text) <= limit else text[:limit - 1] + ELLIPSIS
