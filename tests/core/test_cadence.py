"""The first-response clock, the cadence plan and what attempts do to a lead (injected times only)."""

from datetime import datetime, timedelta, timezone

import pytest

from leadinbox.core import cadence as c

T0 = datetime(2026, 11, 18, 9, 30, tzinfo=timezone.utc)      # a Wednesday


def at(days=0, hours=0):
    return T0 + timedelta(days=days, hours=hours)


def test_first_response_is_24_hours_after_the_lead():
    assert c.first_response_due(T0, c.FollowUpRules()) == at(1)


def test_without_weekends_friday_evening_lead_is_due_monday_evening():
    friday_6pm = datetime(2026, 11, 20, 18, 0, tzinfo=timezone.utc)
    due = c.first_response_due(friday_6pm, c.FollowUpRules(count_weekends=False))
    assert due == datetime(2026, 11, 23, 18, 0, tzinfo=timezone.utc)      # 6 h Friday + 18 h Monday
    saturday = datetime(2026, 11, 21, 11, 0, tzinfo=timezone.utc)
    assert c.first_response_due(saturday, c.FollowUpRules(count_weekends=False)) == \
        datetime(2026, 11, 24, 0, 0, tzinfo=timezone.utc)


def test_working_days_land_on_weekdays():
    thursday = datetime(2026, 11, 19, 10, 0, tzinfo=timezone.utc)
    assert c.add_days(thursday, 2, count_weekends=False).weekday() == 0       # Monday
    assert c.add_days(thursday, 2, count_weekends=True).weekday() == 5        # Saturday


def test_new_lead_is_due_for_a_reply():
    p = c.plan(c.LeadState("new", at(1)), c.FollowUpRules())
    assert (p.next_due_at, p.next_due_kind, p.attempt_count) == (at(1), c.DUE_REPLY, 0)


@pytest.mark.parametrize("made, expected_day", [(1, 2), (2, 5), (3, 9), (4, 14)])
def test_cadence_plans_the_next_attempt_from_the_first(made, expected_day):
    days = (0, 2, 5, 9, 14)[:made]
    state = c.LeadState("contacted", at(1), tuple((at(d, 1), c.NO_ANSWER) for d in days))
    p = c.plan(state, c.FollowUpRules())
    assert (p.next_due_at, p.next_due_kind, p.attempt_count) == (at(expected_day, 1), c.DUE_ATTEMPT, made)
    assert p.first_response_at == at(0, 1)


def test_close_is_proposed_only_when_the_plan_is_spent():
    rules = c.FollowUpRules()
    four = tuple((at(d), c.VOICEMAIL) for d in (0, 2, 5, 9))
    assert c.plan(c.LeadState("contacted", None, four), rules).next_due_kind == c.DUE_ATTEMPT
    five = four + ((at(14), c.NO_ANSWER),)
    p = c.plan(c.LeadState("contacted", None, five), rules)
    assert (p.next_due_kind, p.next_due_at) == (c.DUE_CLOSE, at(17))


def test_late_attempts_never_plan_the_next_one_in_the_past():
    state = c.LeadState("contacted", None, ((at(0), c.NO_ANSWER), (at(7), c.NO_ANSWER)))
    assert c.plan(state, c.FollowUpRules()).next_due_at == at(7)      # day 5 had passed: due now


def test_a_reply_stops_the_cadence():
    state = c.LeadState("nurturing", None, ((at(0), c.NO_ANSWER), (at(2), c.REPLIED)))
    p = c.plan(state, c.FollowUpRules())
    assert (p.next_due_at, p.replied_at) == (None, at(2))


def test_the_customers_reply_stops_the_cadence_without_being_an_attempt():
    two = ((at(0), c.NO_ANSWER), (at(1), c.NO_ANSWER))
    p = c.plan(c.LeadState("nurturing", at(1), two, replies=(at(3),)), c.FollowUpRules())
    assert (p.next_due_at, p.attempt_count, p.last_attempt_at, p.replied_at) == (None, 2, at(1), at(3))
    # Still Contacted (the user moved it back): the cadence stays stopped, as after an answered attempt.
    assert c.plan(c.LeadState("contacted", None, two, replies=(at(3),)), c.FollowUpRules()).next_due_at is None
    only = c.plan(c.LeadState("nurturing", at(1), replies=(at(0, 5),)), c.FollowUpRules())
    assert (only.attempt_count, only.first_response_at, only.replied_at) == (0, None, at(0, 5))
    assert c.reply_effect("contacted").status == c.NURTURING and c.reply_effect("qualified").status is None
    with pytest.raises(ValueError):
        c.reply_effect("won")


def test_a_planned_call_comes_first_when_it_is_sooner():
    state = c.LeadState("contacted", None, ((at(0), c.NO_ANSWER),), appointments=(at(1),))
    assert (c.plan(state, c.FollowUpRules()).next_due_kind) == c.DUE_CALL
    replied = c.LeadState("nurturing", None, ((at(0), c.REPLIED),), appointments=(at(6),))
    assert c.plan(replied, c.FollowUpRules()).next_due_at == at(6)


@pytest.mark.parametrize("status", ["won", "lost", "no_response", "dnc", "test"])
def test_closed_and_dnc_leads_are_never_due(status):
    state = c.LeadState(status, at(1), ((at(0), c.NO_ANSWER),), appointments=(at(2),))
    assert c.plan(state, c.FollowUpRules()).next_due_at is None


@pytest.mark.parametrize("status, outcome, new_status, proposal", [
    ("new", "no_answer", "contacted", None),
    ("new", "replied", "nurturing", None),
    ("contacted", "meeting", "nurturing", None),
    ("contacted", "voicemail", None, None),
    ("contacted", "bounced", None, "lost"),
    ("new", "not_interested", "contacted", "lost"),
    ("qualified", "replied", None, None),
])
def test_attempt_effects(status, outcome, new_status, proposal):
    effect = c.attempt_effect(status, outcome)
    assert (effect.status, effect.propose) == (new_status, proposal)


@pytest.mark.parametrize("status", ["won", "dnc", "test"])
def test_no_attempt_on_a_closed_or_dnc_lead(status):
    with pytest.raises(ValueError):
        c.attempt_effect(status, "no_answer")


@pytest.mark.parametrize("kwargs", [dict(cadence_days=(1, 3)), dict(cadence_days=(0, 5, 5)),
                                    dict(cadence_days=()), dict(response_hours=0), dict(close_after_days=-1)])
def test_nonsense_rules_are_refused(kwargs):
    with pytest.raises(ValueError):
        c.FollowUpRules(**kwargs)


@pytest.mark.parametrize("due, kind, label, level", [
    (at(0, 5), None, "due in 5 h", "later"),
    (at(0, 1), "reply", "reply due in 1 h", "soon"),
    (at(0, -3), "reply", "reply overdue 3 h", "overdue"),
    (at(2), "attempt", "next attempt in 2 d", "later"),
    (at(-1), "attempt", "attempt overdue 24 h", "overdue"),
    (at(0, 2), "call", "call in 2 h", "later"),
    (at(-4), "close", "close? no reply", "soon"),
])
def test_due_labels_say_what_is_due_and_how_urgent(due, kind, label, level):
    from leadinbox.core.due_labels import due_label
    assert due_label(due.strftime("%Y-%m-%dT%H:%M:%SZ"), T0, kind=kind) == (label, level)
    assert due_label(due.strftime("%Y-%m-%dT%H:%M:%SZ"), T0, dnc=True, kind=kind) == ("do not contact", "none")


@pytest.mark.parametrize("seconds, parts", [
    (47 * 3600 + 59 * 60, (2, "d")),      # was "47 h" while 48 h 1 min read "2 d": one rule on both sides
    (48 * 3600 + 60, (2, "d")),
    (5 * 3600 + 40 * 60, (6, "h")),
    (59 * 60 + 50, (1, "h")),
    (90, (2, "min")),
    (10, (1, "min")),
    (3 * 86400 - 3600, (3, "d")),
])
def test_spans_round_to_the_nearest_unit_and_take_the_unit_of_the_rounded_value(seconds, parts):
    from leadinbox.core.due_labels import span_parts
    assert span_parts(seconds) == parts
