"""The reports' numbers, each one SQL aggregate over the leads the inbox's filters select (never every lead
into Python). Weeks start on Monday, in UTC; a lead's week is that of its date (the inbox's date filter)."""

from __future__ import annotations

from datetime import date, datetime, timezone

from leadinbox.store.database import Database

from leadinbox.store.offers import name_of, with_names

from leadinbox.core import reports as r
from leadinbox.core.leadsource import INTENT
from leadinbox.core.query import InboxQuery
from leadinbox.store.inbox import lead_conditions
from leadinbox.store.work.rules import load_rules

_WEEK = "date(l.sort_at, 'weekday 0', '-6 days')"       # the Monday of the lead's week
# How far along the pipe a status is. A lead's furthest point is its status, Contacted once it had an
# attempt, or the furthest status it ever had (status_changes; looked up only for leads whose status was
# ever changed and that are not Won).
_RANK = "CASE {} WHEN 'contacted' THEN 1 WHEN 'nurturing' THEN 2 WHEN 'qualified' THEN 3 WHEN 'won' THEN 4 " \
        "ELSE 0 END"
_STAGE = (f"CASE WHEN l.status = 'won' THEN 4 WHEN l.status_changed_at IS NULL THEN l.attempt_count > 0 "
          f"ELSE max({_RANK.format('l.status')}, l.attempt_count > 0, "
          f"coalesce((SELECT max({_RANK.format('s.to_status')}) FROM status_changes AS s "
          f"WHERE s.lead_id = l.id), 0)) END")
# Hours from the lead to its first response, to the second (julianday alone leaves 0.99999 for 1 h).
_HOURS = "round((julianday(l.first_response_at) - julianday(l.sort_at)) * 86400) / 3600.0"
_BOUNDS = [bound for _, bound in r.RESPONSE_BUCKETS]
# One sum per bucket over the `hours` column of the pass: lower bound (the previous one) <= hours < bound.
_BUCKET_SUMS = ", ".join(
    "sum(" + " AND ".join(filter(None, (f"hours >= {low}" if low else "hours IS NOT NULL",
                                        f"hours < {high}" if high else None))) + ")"
    for low, high in zip([None, *_BOUNDS[:-1]], _BOUNDS))


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def scope(q: InboxQuery) -> tuple[str, list]:
    """FROM … WHERE … of the leads a report counts: the inbox's lead filters (action, source, offer,
    dates, test leads, owner) and its customer filters where they make sense (country, hiding DNC
    customers)."""
    where, params = lead_conditions(q)
    if q.country:
        where.append("c.country_code = ?")
        params.append(q.country)
    if q.hide_dnc:
        where.append("NOT c.dnc")
    sql = " FROM leads AS l JOIN customers AS c ON c.id = l.customer_id" if q.country or q.hide_dnc else \
        " FROM leads AS l"       # the join costs a third of a scan; only country and DNC need it
    return sql + (" WHERE " + " AND ".join(where) if where else ""), params


def _and(sql: str) -> str:
    return " AND " if " WHERE " in sql else " WHERE "


def overview(db: Database, q: InboxQuery, now: datetime | None = None) -> r.Overview:
    """Leads per week and action, the funnel, and first-response times: one pass over the leads, grouped
    by week and action, folded here (a few hundred rows at most)."""
    sql, params = scope(q)
    now_iso = _iso(now or datetime.now(timezone.utc))
    rows = db.execute(f"""
        SELECT week, action, count(*), sum(stage >= 1), sum(stage >= 3), sum(stage >= 4),
               sum(status = 'lost'), sum(status = 'no_response'), sum(first <= due), sum(first > due),
               sum(first IS NULL AND due < ?), sum(first IS NULL AND due >= ?), {_BUCKET_SUMS}, marked
        FROM (SELECT {_WEEK} AS week, coalesce(l.action, '?') AS action, l.status AS status,
                     l.status = 'dnc' AS marked,
                     {_STAGE} AS stage, l.first_response_at AS first, l.first_response_due_at AS due,
                     {_HOURS} AS hours{sql})
        GROUP BY week, action, marked""", [now_iso, now_iso, *params]).fetchall()
    rows = [(date.fromisoformat(w), a, *(n or 0 for n in rest)) for w, a, *rest in rows]
    weekly = _weekly(q, rows)
    return r.Overview(weekly, _funnel(rows), _response(db, sql, params, rows, weekly.weeks))


def _weekly(q: InboxQuery, rows: list[tuple]) -> r.WeeklyLeads:
    counts: dict[tuple, int] = {}
    for row in rows:          # a week and action come in two rows: leads marked do-not-contact and the rest
        counts[(row[0], row[1])] = counts.get((row[0], row[1]), 0) + row[2]
    if not counts:
        return r.WeeklyLeads([], [], {})
    days = [w for w, _ in counts]
    first = min(days + ([date.fromisoformat(q.date_from)] if q.date_from else []))
    last = max(days + ([date.fromisoformat(q.date_to)] if q.date_to else []))
    actions = sorted({a for _, a in counts}, key=lambda a: (INTENT.get(a, 99), a))
    return r.WeeklyLeads(r.week_range(first, last), actions, counts)


def _funnel(rows: list[tuple]) -> r.Funnel:
    # Do-not-contact leads (from the marketplace, or marked by the user; the flag is the pass's last column)
    # are never worked: they stay out of the funnel, counted beside it.
    dnc = [row for row in rows if row[1] == "DNC" or row[-1]]
    kept = [row for row in rows if not (row[1] == "DNC" or row[-1])]
    new, contacted, qualified, won, lost, no_response = (sum(row[i] for row in kept) for i in range(2, 8))
    return r.Funnel(new, contacted, qualified, won, lost, no_response, dnc=sum(row[2] for row in dnc))


def _response(db: Database, sql: str, params: list, rows: list[tuple], weeks: list[date]) -> r.ResponseTimes:
    # The same weeks as the leads per week, so the two charts line up; a week without a clock has no rate.
    by_week: dict[date, list[int]] = {w: [0, 0, 0, 0] for w in weeks}
    for row in rows:
        sums = by_week[row[0]]
        for i in range(4):
            sums[i] += row[8 + i]
    per_week = [r.ResponseWeek(w, *sums) for w, sums in sorted(by_week.items())]
    buckets = [(label, sum(row[12 + i] for row in rows)) for i, (label, _) in enumerate(r.RESPONSE_BUCKETS)]
    answered = sum(n for _, n in buckets)
    median = None
    if answered:
        median = db.execute(f"""SELECT {_HOURS}{sql}{_and(sql)}l.first_response_at IS NOT NULL
                                ORDER BY 1 LIMIT 1 OFFSET ?""", [*params, (answered - 1) // 2]).fetchone()[0]
    return r.ResponseTimes(per_week, buckets, sum(w.overdue for w in per_week), median)


def attempts(db: Database, q: InboxQuery) -> r.Attempts:
    """Attempts up to and including the reply, for leads that replied; leads closed without a reply, and
    how many of them before the cadence's planned attempts were spent. The reply is the first answered
    attempt (counted: it was ours) or the customer's own reply (not counted: it is theirs)."""
    sql, params = scope(q)
    planned = load_rules(db).planned_attempts
    counted = dict(db.execute(f"""
        SELECT min(n, {r.MAX_ATTEMPT_BUCKET}), count(*) FROM (
            SELECT (SELECT count(*) FROM attempt_leads AS al JOIN attempts AS a ON a.id = al.attempt_id
                    WHERE al.lead_id = l.id AND a.direction = 'out' AND a.at <= l.replied_at) AS n
            {sql}{_and(sql)}l.replied_at IS NOT NULL) GROUP BY 1""", params))
    to_reply = [(r.attempt_label(n), counted.get(n, 0)) for n in range(1, r.MAX_ATTEMPT_BUCKET + 1)]
    closed, early = db.execute(f"""
        SELECT count(*), coalesce(sum(l.attempt_count < ?), 0){sql}{_and(sql)}
        l.status IN ('lost', 'no_response') AND l.replied_at IS NULL""", [planned, *params]).fetchone()
    return r.Attempts(to_reply, sum(counted.values()), closed, early, planned)


def top_offers(db: Database, q: InboxQuery, limit: int = 10) -> r.TopList:
    sql, params = scope(q)
    rows = db.execute(with_names(f"""SELECT coalesce({name_of()}, max(l.offer_id), '(no offer)'), count(*){sql}
                          GROUP BY l.offer_key ORDER BY 2 DESC, 1 LIMIT ?"""), [*params, limit]).fetchall()
    return _top(db, sql, params, rows)


def top_countries(db: Database, q: InboxQuery, limit: int = 10) -> r.TopList:
    sql, params = scope(q)
    if " JOIN customers " not in sql:
        sql = sql.replace(" FROM leads AS l", " FROM leads AS l JOIN customers AS c ON c.id = l.customer_id",
                          1)
    rows = db.execute(f"""SELECT coalesce(c.country_code, '?'), count(*){sql}
                          GROUP BY c.country_code ORDER BY 2 DESC, 1 LIMIT ?""", [*params, limit]).fetchall()
    return _top(db, sql, params, rows)


def _top(db: Database, sql: str, params: list, rows: list) -> r.TopList:
    total = db.execute(f"SELECT count(*){sql}", params).fetchone()[0]
    return r.TopList([(label, n) for label, n in rows], total, total - sum(n for _, n in rows))


def report_set(db: Database, q: InboxQuery, now: datetime | None = None) -> r.ReportSet:
    """Every report for the Reports window (about 1.2 s at 100k leads: run it off the GUI thread)."""
    from leadinbox.store.work.deals import value_per_offer
    return r.ReportSet(overview(db, q, now), attempts(db, q), top_offers(db, q), top_countries(db, q),
                       tuple(value_per_offer(db, q)))
