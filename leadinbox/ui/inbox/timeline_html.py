"""The detail pane's timeline as HTML: the customer's events beside the user's attempts, notes and calls."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from leadinbox.ui.inbox.badges import SOURCE_LABELS, action_badge, text_colour_for
from leadinbox.ui.inbox.columns import STATUS_LABELS, lead_date, short_date
from leadinbox.ui.language.i18n import format_money

_NOTE_STYLE = "background-color:#FCEBC4;color:#000000"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def _chip(text: str, colour: str) -> str:
    return (f"<span style='background:{colour};color:{text_colour_for(colour).name()}'>"
            f"&nbsp;{escape(text)}&nbsp;</span>")


def _lead(e: dict, quoted: bool = False) -> str:
    text, colour = action_badge(e["action"])
    source = SOURCE_LABELS.get(e["source"] or "", e["source"] or "")
    offer = e["offer_name"] or e["offer_id"] or ""
    # A lead without a source or an offer (a hand-added one, a CRM row) leaves out the part and its "·".
    what = " · ".join(escape(part) for part in (source, offer) if part)
    line = f"<b>{lead_date(e['at'])}</b> {_chip(text, colour)} {what}"
    if e["description"] and not quoted:
        line += f"<br><i>“{escape(e['description'])}”</i>"
    status = STATUS_LABELS.get(e["status"], e["status"])
    return line + (f"<br><small>{escape(_tr('from'))} {escape(e['file_name'])} · {escape(status)}"
                   f" · <a href='row:{int(e['id'])}' style='white-space:nowrap'>{escape(_tr('original row'))}</a></small>"
                   + "".join(f"<br>⚠ {escape(text)}" for text in _flags(e)))   # no colour: it reads on a dark palette too


def _flags(e: dict) -> list[str]:
    """What the lead's file said that could not be read (the import warned; the lead keeps it as written)."""
    said = {"created_at": _tr("Date “%1” could not be read; the lead is dated by its import"),
            "country": _tr("Country “%1” could not be read; kept as written"),
            "phone": _tr("Phone “%1” could not be read; kept as written"),
            "email": _tr("Email “%1” could not be read; the lead has no email address")}
    flags = e.get("unreadable") or {}
    return [said[field].replace("%1", flags[field]) for field in said if field in flags]


def _channel(e: dict) -> str:
    return {"email": _tr("Email"), "call": _tr("Call"), "meeting": _tr("Meeting"),
            "linkedin": _tr("LinkedIn"), "other": _tr("Other")}.get(e["channel"], e["channel"])


def _leads_and_note(e: dict) -> str:
    text = f" <small>({e['leads']} {escape(_tr('leads'))})</small>" if e["leads"] and e["leads"] > 1 else ""
    if e.get("sender_email"):             # logged from an email: its subject, and who sent it
        return text + _mail_lines(e)
    return text + (f"<br>{escape(e['note'])}" if e["note"] else "")


def _mail_lines(e: dict) -> str:
    subject = e.get("subject") or _tr("(no subject)")
    sender = e.get("sender_name") or e.get("sender_email") or ""
    return (f"<br>✉ {escape(subject)}<br><small>{escape(_tr('from %1').replace('%1', sender))}"
            + (f" &lt;{escape(e['sender_email'])}&gt;" if e.get("sender_name") else "") + "</small>"
            + (f"<br><small><i>{escape(_excerpt(e['body']))}</i></small>" if e.get("body") else ""))


def _excerpt(body: str, limit: int = 300) -> str:
    text = " ".join(body.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _mail(e: dict) -> str:
    """A logged message that is no attempt: one to a do-not-contact customer is marked in the warning colour."""
    if e["mail_kind"] == "dnc":
        what = _tr("emailed despite do not contact") if e["direction"] == "out" else \
            _tr("email from a do-not-contact customer")
        chip = _chip("⚠ " + _tr("Email"), "#D55E00")
    else:
        what = _tr("email logged; no open lead, the cadence is unchanged")
        chip = _chip("✉ " + _tr("Email"), "#4A4A4A")
    return f"<b>{short_date(e['at'])}</b> {chip} {escape(what)}" + _mail_lines(e)


def _by(e: dict) -> str:
    """Who did it, on a team: "· Ana" after the line (this desk's own work names this desk too)."""
    return f" <small>· {escape(_tr('by %1')).replace('%1', '<b>' + escape(e['by']) + '</b>')}</small>" \
        if e.get("by") else ""


def _attempt(e: dict) -> str:
    """Ours, outgoing (↗): the channel in the chip, then how it went."""
    outcome = {"no_answer": _tr("no answer yet"), "voicemail": _tr("left voicemail"), "replied": _tr("replied"),
               "meeting": _tr("meeting booked"), "bounced": _tr("bounced"),
               "not_interested": _tr("not interested"), "other": _tr("other")}.get(e["outcome"], e["outcome"])
    return f"<b>{short_date(e['at'])}</b> {_chip('↗ ' + _channel(e), '#4A4A4A')} {escape(outcome)}" + _by(e) + \
        _leads_and_note(e)


def _reply(e: dict) -> str:
    """The customer's, incoming (↙): a colour of its own, neither the grey of ours nor an action's."""
    return (f"<b>{short_date(e['at'])}</b> {_chip('↙ ' + _tr('Reply'), '#CC79A7')} {escape(_channel(e))}"
            + _by(e) + _leads_and_note(e))


def _status(e: dict) -> str:
    old, new = (STATUS_LABELS.get(e[k], e[k]) for k in ("from_status", "to_status"))
    reason = f" – {escape(e['reason'])}" if e["reason"] else ""
    many = f" ({e['leads']} {escape(_tr('leads'))})" if e.get("leads", 1) > 1 else ""
    return (f"<b>{short_date(e['at'])}</b> <small>{escape(_tr('Status'))}: {escape(old)} → {escape(new)}"
            f"{reason}{many}</small>" + _by(e))


def _fold_status(events: list[dict]) -> list[dict]:
    """One line for a change made on several leads at once (same time, same move, same reason)."""
    out: list[dict] = []
    for e in events:
        last = out[-1] if out else None
        if (e["kind"] == "status" and last is not None and last["kind"] == "status"
                and all(last.get(k) == e.get(k) for k in ("at", "from_status", "to_status", "reason", "by"))):
            last["leads"] = last.get("leads", 1) + 1
            continue
        out.append(e)          # the events are this call's own dicts: counting on them is safe
    return out


def _note(e: dict) -> str:
    return (f"<table width='100%' cellpadding='4' style='{_NOTE_STYLE}'><tr><td>{escape(e['text'])}<br>"
            f"<small>{escape(_tr('Note'))}, {short_date(e['at'])}</small>{_by(e)}</td></tr></table>")


def _call(e: dict) -> str:
    done = f" ✓ {escape(_tr('done'))}" if e["done_at"] else ""
    if e["done_at"] and e.get("done_by"):      # on a team: which desk marked it done
        done = f" ✓ {escape(_tr('done by %1')).replace('%1', '<b>' + escape(e['done_by']) + '</b>')}"
    title = escape(e["title"] or _tr("Call"))
    minutes = escape(_tr("%1 min")).replace("%1", str(e["minutes"]))
    return f"<b>{short_date(e['at'])}</b> {_chip('☎ ' + _tr('Planned'), '#0072B2')} {title} ({minutes}){done}" + _by(e)


def _field(name: str) -> str:
    return {"name": _tr("name"), "email": _tr("email"), "phone": _tr("phone"), "company": _tr("company"),
            "title": _tr("job title"), "country": _tr("country"), "language": _tr("language")}.get(name, name)


def _edit(e: dict) -> str:
    """A contact detail the user changed: what it was and what it became (kept over later imports)."""
    changes = "; ".join(f"{escape(_field(f))}: {escape(old or '–')} → {escape(new or '–')}"
                        for f, (old, new) in e["changes"].items())
    return f"<b>{short_date(e['at'])}</b> <small>{escape(_tr('Edited'))}: {changes}</small>" + _by(e)


def _tag(e: dict) -> str:
    return f"<b>{short_date(e['at'])}</b> <small>{escape(_tr('Tagged'))}</small> {_chip('#' + e['tag'], '#56B4E9')}"


def _deal(e: dict) -> str:
    offer = e["offer_name"] or e["offer_id"] or ""
    value = format_money(e["amount"], e["currency"])
    return (f"<b>{short_date(e['at'])}</b> <small>{escape(_tr('Deal value'))}: </small>{escape(value)}"
            + (f"<small> · {escape(offer)}</small>" if offer else ""))


RENDER = {"lead": _lead, "attempt": _attempt, "reply": _reply, "status": _status, "note": _note, "call": _call,
          "mail": _mail, "edit": _edit, "tag": _tag, "deal": _deal}


def timeline_html(events: list[dict]) -> str:
    """What the customer wrote in "Contact me" first (the salesperson reads it first), then every event,
    newest first."""
    asks = [e for e in events if e["kind"] == "lead" and e["description"] and e["action"] == "PLT"][:3]
    parts = [f"<table width='100%' cellpadding='6' style='{_NOTE_STYLE}'><tr><td>“{escape(e['description'])}”"
             f"<br><small>{escape(_tr('Contact me'))}, {lead_date(e['at'])}</small></td></tr></table>"
             for e in asks]
    shown = {id(e) for e in asks}     # their words are quoted above, once is enough
    events = _fold_status(events)
    parts += [f"<p>{_lead(e, True) if id(e) in shown else RENDER[e['kind']](e)}</p>" for e in events]
    return "".join(parts)
