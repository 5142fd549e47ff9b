"""Follow-up rules: the first-response clock, the nurture cadence, and what an attempt does to a lead."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

# Lead statuses. Open ones are worked; closed ones can be reopened; dnc and test are never contacted.
NEW, CONTACTED, NURTURING, QUALIFIED = "new", "contacted", "nurturing", "qualified"
WON, LOST, NO_RESPONSE, DNC, TEST = "won", "lost", "no_response", "dnc", "test"
OPEN = (NEW, CONTACTED, NURTURING, QUALIFIED)
CLOSED = (WON, LOST, NO_RESPONSE)
STATUSES = (*OPEN, *CLOSED, DNC)

CHANNELS = ("email", "call", "meeting", "linkedin", "other")
NO_ANSWER, VOICEMAIL, REPLIED, MEETING, BOUNCED, NOT_INTERESTED = (
    "no_answer", "voicemail", "replied", "meeting", "bounced", "not_interested")
OUTCOMES = (NO_ANSWER, VOICEMAIL, REPLIED, MEETING, BOUNCED, NOT_INTERESTED, "other")
ENGAGED = (REPLIED, MEETING)             # the customer answered: the cadence stops
DEAD_END = (BOUNCED, NOT_INTERESTED)     # the app proposes Lost

# Who made a contact. An attempt is the salesperson's (out): only those count and drive the cadence. A reply
# is the customer's (in, R): it stops the cadence like an attempt whose outcome was a reply, but is no
# attempt. An attempt with outcome "replied" stays meaningful: an email or call of ours that was answered.
OUTGOING, INCOMING = "out", "in"
DIRECTIONS = (OUTGOING, INCOMING)

# Kinds of a lead's next due item.
DUE_REPLY, DUE_ATTEMPT, DUE_CLOSE, DUE_CALL = "reply", "attempt", "close", "call"


@dataclass(frozen=True)
class FollowUpRules:
    response_hours: int = 24                  # Microsoft: answer within 24 hours
    count_weekends: bool = True               # False: Saturday and Sunday do not run the clocks
    cadence_days: tuple[int, ...] = (0, 2, 5, 9, 14)   # attempt n is due this many days after the first
    close_after_days: int = 3                 # after the last planned attempt, wait this long for a reply

    def __post_init__(self) -> None:
        if self.response_hours < 1:
            raise ValueError("the first-response time must be at least one hour")
        days = self.cadence_days
        if not days or days[0] != 0 or any(b <= a for a, b in zip(days, days[1:])):
            raise ValueError("the cadence starts on day 0 and its days increase")
        if self.close_after_days < 0:
            raise ValueError("the wait before closing cannot be negative")

    @property
    def planned_attempts(self) -> int:
        return len(self.cadence_days)


def _skip_weekend(moment: datetime) -> datetime:
    while moment.weekday() >= 5:
        moment = (moment + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return moment


def add_hours(start: datetime, hours: float, count_weekends: bool = True) -> datetime:
    """`start` plus `hours`; without weekends, hours falling on a Saturday or Sunday do not count."""
    if count_weekends:
        return start + timedelta(hours=hours)
    moment, left = _skip_weekend(start), timedelta(hours=hours)
    while True:
        midnight = (moment + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
        if moment + left <= midnight:
            return moment + left
        left -= midnight - moment
        moment = _skip_weekend(midnight)


def add_days(start: datetime, days: int, count_weekends: bool = True) -> datetime:
    """`start` plus `days` (working days without weekends, landing on a weekday)."""
    if count_weekends:
        return start + timedelta(days=days)
    moment = _skip_weekend(start)
    for _ in range(days):
        moment = _skip_weekend(moment + timedelta(days=1))
    return moment


def first_response_due(created: datetime, rules: FollowUpRules) -> datetime:
    return add_hours(created, rules.response_hours, rules.count_weekends)


@dataclass
class AttemptEffect:
    status: str | None = None      # the lead's new status, if it changes
    propose: str | None = None     # a status the app proposes but leaves to the user (Lost)


def attempt_effect(status: str, outcome: str) -> AttemptEffect:
    """What logging an attempt with `outcome` does to a lead in `status`."""
    if status not in OPEN:
        raise ValueError(f"an attempt cannot be logged on a {status} lead")
    if outcome in ENGAGED:
        return AttemptEffect(NURTURING if status in (NEW, CONTACTED) else None)
    effect = AttemptEffect(CONTACTED if status == NEW else None)
    if outcome in DEAD_END:
        effect.propose = LOST
    return effect


def reply_effect(status: str) -> AttemptEffect:
    """What the customer's own reply does to a lead in `status`: what an answered attempt does (the lead is
    in conversation), without being an attempt."""
    return attempt_effect(status, REPLIED)


@dataclass(frozen=True)
class LeadState:
    """What the plan of one lead depends on."""
    status: str
    first_response_due_at: datetime | None
    attempts: tuple[tuple[datetime, str], ...] = ()        # the salesperson's: (at, outcome), any order
    appointments: tuple[datetime, ...] = ()                # planned calls not yet done
    replies: tuple[datetime, ...] = ()                     # the customer's own replies, any order


@dataclass(frozen=True)
class Plan:
    next_due_at: datetime | None
    next_due_kind: str | None
    attempt_count: int
    first_response_at: datetime | None
    last_attempt_at: datetime | None
    replied_at: datetime | None = None
    candidates: tuple = field(default=(), compare=False)


def plan(state: LeadState, rules: FollowUpRules) -> Plan:
    """The lead's next due item: the first reply while New, the next planned attempt while Contacted, a
    proposal to close once the planned attempts are spent, and any planned call, whichever comes first."""
    attempts = sorted(state.attempts)
    first = attempts[0][0] if attempts else None
    last = attempts[-1][0] if attempts else None
    # The conversation started with the first answer: an answered attempt or a reply of the customer's.
    replied = min([at for at, outcome in attempts if outcome in ENGAGED] + list(state.replies), default=None)
    candidates: list[tuple[datetime, str]] = []
    if state.status in OPEN:
        candidates += [(at, DUE_CALL) for at in state.appointments]
    if state.status == NEW and state.first_response_due_at is not None and not attempts:
        candidates.append((state.first_response_due_at, DUE_REPLY))
    elif state.status in (NEW, CONTACTED) and attempts and replied is None:
        if len(attempts) < rules.planned_attempts:
            due = add_days(first, rules.cadence_days[len(attempts)], rules.count_weekends)
            candidates.append((max(due, last), DUE_ATTEMPT))
        else:
            candidates.append((add_days(last, rules.close_after_days, rules.count_weekends), DUE_CLOSE))
    due_at, kind = min(candidates) if candidates else (None, None)
    return Plan(due_at, kind, len(attempts), first, last, replied, tuple(candidates))
