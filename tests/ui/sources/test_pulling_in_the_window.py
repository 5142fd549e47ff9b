"""The window pulls a connected Azure Table (Azurite, for real) in the background: on F5 and on its timer, new
leads highlighted, the reminder says what came, the status bar says when it last read and since when the
storage is not reachable, and no dialog ever opens for it."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QApplication

from leadinbox.sources.azure_connection import AzureTableConnection
from leadinbox.store.db import open_database
from leadinbox.store.sources.connect import connect
from leadinbox.ui.language.i18n import format_datetime
from leadinbox.ui.sources.texts import new_leads_text, status_text
from leadinbox.sources.refusal import Problem
from tests.sources.helpers import lead_entity, new_table, sas_url


@pytest.fixture
def table(azurite):
    return new_table(azurite)


@pytest.fixture
def connected_window(qtbot, db_path, settings, azurite, table):
    from leadinbox.ui.window.main_window import MainWindow
    db = open_database(db_path)
    connect(db, AzureTableConnection.from_sas_url(sas_url(azurite, table.table_name)))
    win = MainWindow(db, db_path, settings, report_dialogs=False)
    qtbot.addWidget(win)
    yield win
    win.sources.puller.stop()
    db.close()


def keys(window):
    return {a.shortcut().toString(): a for menu in window.menuBar().actions() for a in menu.menu().actions()}


def test_the_reminder_names_what_came():
    assert new_leads_text({"INS": 2, "PLT": 1}) == "3 new leads: 1 Contact me, 2 Get it now"
    assert new_leads_text({"PLT": 1}) == "1 new lead: 1 Contact me"


def test_the_status_line():
    at = datetime(2026, 12, 6, 10, 42, tzinfo=timezone.utc)
    later = datetime(2026, 12, 6, 10, 45, tzinfo=timezone.utc)
    said = status_text(at, later, Problem.UNREACHABLE)
    assert said.startswith("Leads pulled ") and " · storage not reachable since " in said
    assert "busy" in status_text(at, later, Problem.THROTTLED)
    assert "needs attention" in status_text(None, later, Problem.EXPIRED)
    assert status_text(None, None, None) == ""


def test_f5_pulls_in_the_background_and_highlights_what_came(qtbot, connected_window, table):
    win = connected_window
    for n, action in enumerate(("PLT", "INS", "INS")):
        table.create_entity(lead_entity(n, action=action))
    win.sources.puller.timer.stop()                                      # F5, not the first timed pull
    keys(win)["F5"].trigger()
    assert win.sources.puller.busy                                       # in the background: the window goes on
    qtbot.waitUntil(lambda: not win.sources.puller.busy, timeout=20000)
    assert win.status.text() == "3 new leads: 1 Contact me, 2 Get it now"
    assert win.sources.status.text().startswith("Leads pulled ") and not win.sources.status.isHidden()
    assert win.model._highlight and win.model.rowCount() == 3
    assert win.db.execute("SELECT count(*) FROM leads").fetchone()[0] == 3
    timer = win.sources.puller.timer
    assert timer.isActive() and 4 * 60_000 < timer.remainingTime() <= 5 * 60_000 + 1000   # coarse timers
    assert QApplication.activeModalWidget() is None


def test_a_storage_that_cannot_be_reached_is_said_in_the_status_bar_and_tried_again_sooner(
        qtbot, connected_window, table):
    win = connected_window
    win.sources.puller.timer.stop()
    table.delete_table()
    keys(win)["F5"].trigger()
    qtbot.waitUntil(lambda: not win.sources.puller.busy, timeout=20000)
    assert "needs attention" in win.sources.status.text() and win.sources.puller.failures == 1
    assert win.sources.puller.timer.remainingTime() <= 61_000               # back-off starts at a minute
    assert QApplication.activeModalWidget() is None


def test_with_no_source_the_window_schedules_no_pull(window):
    assert not window.sources.puller.timer.isActive() and window.sources.status.isHidden()
    assert window.sources.puller.pull_now() is False


def test_a_pull_with_nothing_new_still_shows_as_the_last_read(qtbot, connected_window, table, monkeypatch):
    """Nothing new writes nothing to the database, but Settings › Lead sources says when the source last
    answered, not when it last brought leads."""
    from leadinbox.ui.sources.settings_page import LeadSourcesPage
    win = connected_window
    puller = win.sources.puller
    puller.timer.stop()
    table.create_entity(lead_entity(1))
    puller.pull_now()
    qtbot.waitUntil(lambda: not puller.busy, timeout=20000)
    stored = win.db.execute("SELECT value FROM settings WHERE key LIKE 'source_state:%'").fetchone()[0]
    later = datetime(2031, 1, 2, 3, 4, tzinfo=timezone.utc)
    monkeypatch.setattr(puller, "clock", lambda: later)
    puller.pull_now()                                                    # nothing new: nothing written
    qtbot.waitUntil(lambda: not puller.busy, timeout=20000)
    assert win.db.execute("SELECT value FROM settings WHERE key LIKE 'source_state:%'").fetchone()[0] == stored
    page = LeadSourcesPage(win.db, win.jobs, read_at=puller.read_at)
    qtbot.addWidget(page)
    page.load()
    assert page.connected.topLevelItem(0).text(3) == format_datetime(later.astimezone())
