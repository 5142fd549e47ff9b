"""What each cell of the inbox shows: text, badges, colours, fonts and tooltips per role."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont

from leadinbox.core.leadsource import INTENT
from leadinbox.ui.inbox.badges import FOLLOWUP_COLOURS, NEUTRAL, SOURCE_LABELS, action_badge, action_label
from leadinbox.ui.inbox.due_text import due_label
from leadinbox.ui.inbox.columns import (BACKGROUND, BADGES_ROLE, COL_ACTIVITY, COL_ATTEMPTS, COL_COMPANY,
                                        COL_COUNTRY, COL_FOLLOWUP, COL_LATEST, COL_LEADS, COL_NAME, COL_OFFER,
                                        COL_STATUS,
                                        CUSTOMER_ID_ROLE, DISPLAY, FONT, FOREGROUND, LEAD_ROLE, STATUS_LABELS,
                                        TOOLTIP, attempts_text, lead_date, short_date)


def _action_codes(c: dict) -> list[str]:
    """The customer's action badges, strongest intent first. A customer marked do-not-contact by hand (or whose
    lead's status says so) shows the same stop badge as one whose marketplace lead was a DNC: the salesperson
    must see it at a glance either way, not only in the Follow-up column."""
    codes = (c["actions"] or "").split()
    if c["dnc"] and "DNC" not in codes:
        codes.append("DNC")
    return sorted(codes, key=lambda a: INTENT.get(a, 99))


def customer_cell(c: dict, col: int, role, now: datetime, highlight: set[int]):
    """What a customer row shows in `col` for `role`."""
    if role == DISPLAY:
        if col == COL_NAME:
            return c["full_name"] or c["email"] or QCoreApplication.translate("Inbox", "(no name)")
        if col == COL_COMPANY:
            return c["company"] or ""
        if col == COL_OFFER:
            return ", ".join(c.get("offers") or ())
        if col == COL_COUNTRY:
            return c["country_code"] or ""
        if col == COL_LATEST:
            return lead_date(c["latest_at"])
        if col == COL_LEADS:
            return c["lead_count"]
        if col == COL_FOLLOWUP:
            return due_label(c["next_due_at"], now, dnc=bool(c["dnc"]), kind=c["next_due_kind"])[0]
        if col == COL_STATUS:
            return STATUS_LABELS.get(c["status"] or "", c["status"] or "")
        if col == COL_ATTEMPTS:
            return attempts_text(c["attempt_count"], c["last_attempt_at"])
        if col == COL_ACTIVITY:
            return ", ".join(action_label(a) for a in _action_codes(c))
        return None
    if role == BADGES_ROLE and col == COL_ACTIVITY:
        chips = [action_badge(a) for a in _action_codes(c)]
        if c["is_test"]:
            chips.append((QCoreApplication.translate("Inbox", "TEST"), NEUTRAL))
        if c["missing"] and "email" in c["missing"]:
            chips.append((QCoreApplication.translate("Inbox", "no email"), NEUTRAL))
        return chips
    if role == FOREGROUND and col == COL_FOLLOWUP:
        level = due_label(c["next_due_at"], now, dnc=bool(c["dnc"]), kind=c["next_due_kind"])[1]
        colour = FOLLOWUP_COLOURS.get(level) or (FOLLOWUP_COLOURS["overdue"] if c["dnc"] else None)
        return QBrush(QColor(colour)) if colour else None
    if role == FONT and col == COL_NAME and c["open_leads"]:
        font = QFont()
        font.setBold(True)
        return font
    if role == CUSTOMER_ID_ROLE:
        return c["id"]
    if role == BACKGROUND and c["created_batch"] in highlight:     # a customer the import brought
        return QBrush(QColor(255, 214, 0, 60))
    if role == TOOLTIP and col == COL_NAME:
        return "\n".join(filter(None, (c["full_name"], c["job_title"], c["email"], c["phone"])))
    if role == TOOLTIP and col == COL_COMPANY and c["company"]:     # cut when the Status needs the room
        return c["company"]
    if role == TOOLTIP and col == COL_OFFER and c.get("offers"):
        return "\n".join(c["offers"])
    if role == TOOLTIP and col == COL_ATTEMPTS and c["last_attempt_at"]:
        return QCoreApplication.translate("Inbox", "%Ln attempt(s); the last on %1", "", c["attempt_count"]
                                          ).replace("%1", short_date(c["last_attempt_at"]))
    return None

def lead_cell(c: dict, lead: dict, col: int, role, now: datetime, highlight: set[int]):
    """What one of customer `c`'s lead rows shows in `col` for `role`."""
    if role == DISPLAY:
        if col == COL_NAME:
            return lead_date(lead["created_at"] or lead["sort_at"])
        if col == COL_OFFER:
            return lead["offer_name"] or lead["offer_id"] or ""
        if col == COL_ACTIVITY:
            return action_label(lead["action"])
        if col == COL_STATUS:
            return STATUS_LABELS.get(lead["status"], lead["status"])
        if col == COL_FOLLOWUP:
            return due_label(lead["next_due_at"], now, kind=lead["next_due_kind"])[0]
        if col == COL_ATTEMPTS:
            return attempts_text(lead["attempt_count"], lead["last_attempt_at"])
        return None
    if role == FOREGROUND and col == COL_FOLLOWUP:
        colour = FOLLOWUP_COLOURS.get(due_label(lead["next_due_at"], now, kind=lead["next_due_kind"])[1])
        return QBrush(QColor(colour)) if colour else None
    if role == BADGES_ROLE and col == COL_ACTIVITY:
        chips = [action_badge(lead["action"])]
        if lead["source"]:
            chips.append((SOURCE_LABELS.get(lead["source"], lead["source"]), NEUTRAL))
        if lead["is_test"]:
            chips.append((QCoreApplication.translate("Inbox", "TEST"), NEUTRAL))
        return chips
    if role == BACKGROUND and lead["batch_id"] in highlight:
        return QBrush(QColor(255, 214, 0, 60))
    if role == CUSTOMER_ID_ROLE:
        return c["id"]
    if role == LEAD_ROLE:
        return lead
    if role == TOOLTIP and col == COL_NAME and lead["description"]:
        return lead["description"]
    return None
