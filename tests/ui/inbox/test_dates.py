"""How the inbox, detail pane and dialogs write a time: a lead's day from its file versus a moment the user
recorded, both in local time."""

from __future__ import annotations

import time

import pytest

from leadinbox.ui.inbox.columns import attempts_text, lead_date, short_date


@pytest.fixture
def taipei(monkeypatch):
    """A user in Taipei (UTC+8, no daylight saving): 00:00 UTC is 08:00 there."""
    monkeypatch.setenv("TZ", "Asia/Taipei")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_moment_the_user_recorded_at_midnight_utc_shows_its_local_time(taipei):
    # A call planned for 08:00 in Taipei, or an attempt logged then, is stored as 00:00 UTC.
    assert short_date("2026-10-02T00:00:00Z") == "2 Oct 2026 8:00\u202fAM"
    assert short_date("2026-10-02T19:00:00Z") == "3 Oct 2026 3:00\u202fAM"
    assert attempts_text(2, "2026-10-02T20:00:00Z") == "2 · 3 Oct"
    assert short_date(None) == "" and attempts_text(0, None) == ""


def test_a_lead_day_without_a_time_stays_that_day(taipei):
    # Salesforce's "Create Date" 10/02/2026 is stored as 2026-10-02T00:00:00Z: the day, not 08:00 in Taipei.
    assert lead_date("2026-10-02T00:00:00Z") == "2 Oct 2026"
    assert lead_date("2026-10-02T19:00:00Z") == "3 Oct 2026 3:00\u202fAM"
    assert lead_date("2026-10-02T00:00:37Z") == "2 Oct 2026 8:00\u202fAM"    # seconds: a real time
    assert lead_date("") == ""
