"""The reports' numbers, each one SQL aggregate over the leads the inbox's filters select (never every lead
into Python). Weeks start on Monday, in UTC; a lead's week is that of its date (the inbox's date filter)."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlite_utils import Database

from leadinbox.core import reports as r
from leadinbox.core.leadsource import INTENT
from leadinbox.core.query import InboxQuery
from leadinbox.store.inbox import _lead_conditions
from leadinbox.store.rules import load_rules

_WEEK = "date(l.sort_at, 'weekday 0', '-6 days')"       # the Monday of the lead's week
# How far along the pipe a status is; a lead's furthest point is its status or any status it ever had.
_RANK = "CASE {} WHEN 'contacted' THEN 1 WHEN 'nurturing' THEN 2 WHEN 'qualified' THEN 3 WHEN 'won' THEN 4 " \
        "ELSE 0 END"
_HOURS = "(strftime('%s', l.first_response_at) - strftime('%s', l.sort_at)) / 3600.0"   # exact seconds


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def scope(q: InboxQuery) -> tuple[str, list]:
    """FROM … WHERE … of the leads a report counts: the inbox's lead filters (action, source, offer, dates,
    test leads, owner) and its customer filters where they make sense (country, hiding DNC customers)."""
    where, params = _lead_conditions(q)
    if q.country:
        where.append("c.country_code = ?")
        params.append(q.country)
    if q.hide_dnc:
        where.append("NOT c.dnc")
    sql = " FROM leads AS l JOIN customers AS c ON c.id = l.customer_id"
    return sql + (" WHERE " + " AND ".join(where) if where else ""), params


def _and(sql: str) -> str:
    return " AND " if " WHERE " in sql else " WHERE "


def weekly_leads(db: Database, q: InboxQuery) -> r.WeeklyLeads:
    sql, params = scope(q)
    rows = db.execute(f"SELECT {_WEEK}, coalesce(l.action, '?'), count(*){sql} GROUP BY 1, 2", params).fetchall()
    counts = {(date.fromisoformat(week), action): n for week, action, n in rows}
    if not counts:
        return r.WeeklyLeads([], [], {})
    days = [w for w, _ in counts]
    first = date.fromisoformat(q.date_from) if q.date_from else min(days)
    last = date.fromisoformat(q.date_to) if q.date_to else max(days)
    actions = sorted({a for _, a in counts}, key=lambda a: (INTENT.get(a, 99), a))
    return r.WeeklyLeads(r.week_range(min(first, min(days)), max(last, max(days))), actions, counts)


def funnel(db: Database, q: InboxQuery) -> r.Funnel:
    sql, params = scope(q)
    reached = (f"max({_RANK.format('l.status')}, CASE WHEN l.attempt_count > 0 THEN 1 ELSE 0 END, "
               f"coalesce((SELECT max({_RANK.format('s.to_status')}) FROM status_changes AS s "
               f"WHERE s.lead_id = l.id), 0))")
    row = db.execute(f"""
        SELECT count(*), coalesce(sum(r >= 1), 0), coalesce(sum(r >= 3), 0), coalesce(sum(r >= 4), 0),
               coalesce(sum(status = 'lost'), 0), coalesce(sum(status = 'no_response'), 0)
        FROM (SELECT l.status, {reached} AS r{sql}{_and(sql)}l.action IS NOT 'DNC')""", params).fetchone()
    dnc = db.execute(f"SELECT count(*){sql}{_and(sql)}l.action = 'DNC'", params).fetchone()[0]
    return r.Funnel(*row, dnc=dnc)


def response_times(db: Database, q: InboxQuery, now: datetime | None = None) -> r.ResponseTimes:
    """SLA met per week (first response at or before its due time) and how long answers took."""
    sql, params = scope(q)
    now_iso = _iso(now or datetime.now(timezone.utc))
    clock = f"{sql}{_and(sql)}l.first_response_due_at IS NOT NULL"
    weeks = [r.ResponseWeek(date.fromisoformat(w), *counts) for w, *counts in db.execute(f"""
        SELECT {_WEEK}, coalesce(sum(l.first_response_at <= l.first_response_due_at), 0),
               coalesce(sum(l.first_response_at > l.first_response_due_at), 0),
               sum(l.first_response_at IS NULL AND l.first_response_due_at < ?),
               sum(l.first_response_at IS NULL AND l.first_response_due_at >= ?)
        {clock} GROUP BY 1 ORDER BY 1""", [now_iso, now_iso, *params])]
    case = " ".join(f"WHEN {_HOURS} < {bound} THEN {i}" for i, (_, bound) in enumerate(r.RESPONSE_BUCKETS)
                    if bound is not None)
    found = dict(db.execute(f"""SELECT CASE {case} ELSE {len(r.RESPONSE_BUCKETS) - 1} END, count(*)
                                {sql}{_and(sql)}l.first_response_at IS NOT NULL GROUP BY 1""", params))
    buckets = [(label, found.get(i, 0)) for i, (label, _) in enumerate(r.RESPONSE_BUCKETS)]
    answered = sum(n for _, n in buckets)
    median = None
    if answered:
        median = db.execute(f"""SELECT {_HOURS} {sql}{_and(sql)}l.first_response_at IS NOT NULL
                                ORDER BY 1 LIMIT 1 OFFSET ?""", [*params, (answered - 1) // 2]).fetchone()[0]
    return r.ResponseTimes(weeks, buckets, sum(w.overdue for w in weeks), median)


def attempts(db: Database, q: InboxQuery) -> r.Attempts:
    """Attempts up to and including the reply, for leads that replied; leads closed without a reply, and
    how many of them before the cadence's planned attempts were spent."""
    sql, params = scope(q)
    planned = load_rules(db).planned_attempts
    counted = dict(db.execute(f"""
        SELECT min(n, {r.MAX_ATTEMPT_BUCKET}), count(*) FROM (
            SELECT (SELECT count(*) FROM attempt_leads AS al JOIN attempts AS a ON a.id = al.attempt_id
                    WHERE al.lead_id = l.id AND a.at <= l.replied_at) AS n
            {sql}{_and(sql)}l.replied_at IS NOT NULL) GROUP BY 1""", params))
    to_reply = [(r.attempt_label(n), counted.get(n, 0)) for n in range(1, r.MAX_ATTEMPT_BUCKET + 1)]
    closed, early = db.execute(f"""
        SELECT count(*), coalesce(sum(l.attempt_count < ?), 0){sql}{_and(sql)}
        l.status IN ('lost', 'no_response') AND l.replied_at IS NULL""", [planned, *params]).fetchone()
    return r.Attempts(to_reply, sum(counted.values()), closed, early, planned)


def top_offers(db: Database, q: InboxQuery, limit: int = 10) -> r.TopList:
    sql, params = scope(q)
    rows = db.execute(f"""SELECT coalesce(max(l.offer_name), max(l.offer_id), '(no offer)'), count(*){sql}
                          GROUP BY l.offer_key ORDER BY 2 DESC, 1 LIMIT ?""", [*params, limit]).fetchall()
    return _top(db, sql, params, rows)


def top_countries(db: Database, q: InboxQuery, limit: int = 10) -> r.TopList:
    sql, params = scope(q)
    rows = db.execute(f"""SELECT coalesce(c.country_code, '?'), count(*){sql}
                          GROUP BY c.country_code ORDER BY 2 DESC, 1 LIMIT ?""", [*params, limit]).fetchall()
    return _top(db, sql, params, rows)


def _top(db: Database, sql: str, params: list, rows: list) -> r.TopList:
    total = db.execute(f"SELECT count(*){sql}", params).fetchone()[0]
    return r.TopList([(label, n) for label, n in rows], total, total - sum(n for _, n in rows))
