"""What the reports show, as plain data: weekly counts, the funnel, response times, attempts, top lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

# Response-time buckets: (label, upper bound in hours); the last one is open-ended.
RESPONSE_BUCKETS = (("< 1 h", 1), ("1–4 h", 4), ("4–8 h", 8), ("8–24 h", 24), ("1–2 days", 48),
                    ("2–7 days", 168), ("> 7 days", None))
MAX_ATTEMPT_BUCKET = 6       # "6+" attempts before a reply


def share(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide (shown as a dash, never as 0 %)."""
    return part / whole if whole else None


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_range(first: date, last: date) -> list[date]:
    """Every Monday from the week of `first` to the week of `last`."""
    weeks, week = [], monday(first)
    while week <= monday(last):
        weeks.append(week)
        week += timedelta(days=7)
    return weeks


@dataclass(frozen=True)
class WeeklyLeads:
    """Leads per week (Monday, UTC) and action; weeks without leads are present with zeros."""

    weeks: list[date]
    actions: list[str]                          # the actions present, strongest intent first
    counts: dict[tuple[date, str], int]

    def count(self, week: date, action: str) -> int:
        return self.counts.get((week, action), 0)

    def total(self, week: date) -> int:
        return sum(self.count(week, a) for a in self.actions)


@dataclass(frozen=True)
class Funnel:
    """Leads that ever reached each stage (reaching one implies the ones before it), and how they closed."""

    new: int
    contacted: int
    qualified: int
    won: int
    lost: int
    no_response: int
    dnc: int = 0            # marketplace do-not-contact leads, left out of the funnel

    @property
    def stages(self) -> list[tuple[str, int]]:
        return [("New", self.new), ("Contacted", self.contacted), ("Qualified", self.qualified),
                ("Won", self.won)]

    def step_rates(self) -> list[float | None]:
        """Each stage as a share of the one before it (None for the first)."""
        counts = [n for _, n in self.stages]
        return [None] + [share(b, a) for a, b in zip(counts, counts[1:])]

    @property
    def win_rate(self) -> float | None:
        return share(self.won, self.new)


@dataclass(frozen=True)
class ResponseWeek:
    week: date
    met: int              # first response within its due time
    late: int             # answered, after the due time
    overdue: int          # not answered, due time passed
    pending: int = 0      # not answered, still time

    @property
    def sla_rate(self) -> float | None:
        return share(self.met, self.met + self.late + self.overdue)


@dataclass(frozen=True)
class ResponseTimes:
    weeks: list[ResponseWeek]
    buckets: list[tuple[str, int]]          # answered leads by hours to the first response
    unanswered: int                         # overdue and not answered
    median_hours: float | None = None

    @property
    def sla_rate(self) -> float | None:
        met = sum(w.met for w in self.weeks)
        return share(met, met + sum(w.late + w.overdue for w in self.weeks))


@dataclass(frozen=True)
class Attempts:
    to_reply: list[tuple[str, int]]         # "1", "2", … "6+": attempts up to and including the reply
    replied: int
    closed_no_reply: int                    # closed Lost / No response without ever replying
    closed_early: int                       # … of which before the planned attempts were spent
    planned: int                            # attempts in the cadence

    @property
    def average_to_reply(self) -> float | None:
        total = sum((MAX_ATTEMPT_BUCKET if label.endswith("+") else int(label)) * n
                    for label, n in self.to_reply)
        return total / self.replied if self.replied else None


@dataclass(frozen=True)
class TopList:
    rows: list[tuple[str, int]] = field(default_factory=list)    # (label, leads), largest first
    total: int = 0                                              # leads in the period, for shares
    others: int = 0                                             # leads outside the top rows


@dataclass(frozen=True)
class Overview:
    """The reports that one pass over the leads gives."""

    weekly: WeeklyLeads
    funnel: Funnel
    response: ResponseTimes


def country_label(code: str | None, language: str = "en") -> str:
    """'NL' -> 'NL – Netherlands' (in `language`, as the inbox's country filter); '?' for leads without a
    country."""
    if not code or code == "?":
        return "?"
    from leadinbox.core import countries       # pycountry: 0.1-0.2 s to import, not while the window opens
    return countries.country_label(code, language)


def attempt_label(n: int) -> str:
    return f"{MAX_ATTEMPT_BUCKET}+" if n >= MAX_ATTEMPT_BUCKET else str(n)


@dataclass(frozen=True)
class ReportSet:
    """Everything the Reports window shows, for one query."""

    overview: Overview
    attempts: Attempts
    offers: TopList
    countries: TopList
    # Deal values per offer and currency (store/work/deals.value_per_offer): {offer, currency, won, pipeline, …}
    deals: tuple = ()
