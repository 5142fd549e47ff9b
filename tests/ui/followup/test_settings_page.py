"""Settings › Follow-up: load and save through the store, validation of the cadence, replanning open leads."""

import json

import pytest
from PySide6.QtWidgets import QApplication

from leadinbox.core.cadence import FollowUpRules
from leadinbox.core.qualification import DEFAULT_CRITERIA
from leadinbox.core.templates import DEFAULTS, Template
from leadinbox.store.work import rules as stored
from leadinbox.store.importing.entry import import_path
from leadinbox.ui.followup import settings_page as followup_settings
from leadinbox.ui.followup.settings_page import FollowUpSettingsPage


@pytest.fixture
def page(qtbot):
    widget = FollowUpSettingsPage()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def pc(db, samples):
    import_path(db, samples / "partner-center-leads-export.csv")
    return db


def due_of(db, lead_id):
    return db.execute("SELECT first_response_due_at, next_due_at FROM leads WHERE id = ?",
                      (lead_id,)).fetchone()


def settings_rows(db):
    return db.execute("SELECT key, value FROM settings ORDER BY key").fetchall()


def test_a_fresh_database_loads_the_defaults(page, db):
    page.load(db)
    assert page.hours.value() == 24 and page.weekends.isChecked()
    assert page.cadence.text() == "0, 2, 5, 9, 14" and page.close_after.value() == 3
    assert page.criteria.criteria() == list(DEFAULT_CRITERIA)
    assert page.templates.templates() == DEFAULTS
    assert page.rules() == FollowUpRules() and page.error.isHidden()
    assert page.cadence_info.text() == "5 attempts in total."


def test_saving_in_dutch_keeps_the_defaults_under_their_stored_names(qtbot, language, page, db):
    language("nl")
    page.load(db)
    assert page.criteria.list.item(2).text() == "Behoefte"
    assert page.save(db)
    assert stored.load_criteria(db) == DEFAULT_CRITERIA     # so English and Chinese show them in theirs
    language("zh_TW")
    page.load(db)
    assert page.criteria.list.item(2).text() == "需求"


def test_round_trip_through_the_database(qtbot, page, db):
    page.load(db)
    page.hours.setValue(8)
    page.weekends.setChecked(False)
    page.cadence.setText("0;1  3,7")
    page.close_after.setValue(10)
    page.criteria.set_criteria(["Budget", " Champion ", "budget", "Need"])
    page.templates.select_kind("INS")
    page.templates.subject.setText("Welkom bij {offer}, {first_name}")
    assert page.save(db)
    assert stored.load_rules(db) == FollowUpRules(8, False, (0, 1, 3, 7), 10)
    assert stored.load_criteria(db) == ("Budget", "Champion", "Need")
    ins = Template("Welkom bij {offer}, {first_name}", DEFAULTS["INS"].body)
    assert stored.load_templates(db)["INS"] == ins
    again = FollowUpSettingsPage()
    qtbot.addWidget(again)
    again.load(db)
    fields = again.hours.value(), again.weekends.isChecked(), again.cadence.text(), again.close_after.value()
    assert fields == (8, False, "0, 1, 3, 7", 10)
    assert again.criteria.criteria() == ["Budget", "Champion", "Need"]
    assert again.templates.templates()["INS"].subject == "Welkom bij {offer}, {first_name}"


def test_only_edited_templates_are_kept_and_restore_forgets_them(page, db):
    page.load(db)
    page.templates.select_kind("followup")
    page.templates.body.setPlainText("Nog even checken, {first_name}.")
    assert page.save(db)
    assert set(json.loads(dict(settings_rows(db))["templates"])) == {"followup"}
    page.templates.restore_default()
    assert page.save(db)
    assert json.loads(dict(settings_rows(db))["templates"]) == {}
    assert stored.load_templates(db) == DEFAULTS


def test_new_rules_replan_open_leads(page, pc):
    page.load(pc)
    assert due_of(pc, 1) == ("2026-10-03T00:00:00Z", "2026-10-03T00:00:00Z")    # created 2 Oct 00:00, 24 h
    page.hours.setValue(48)
    assert page.save(pc)
    assert due_of(pc, 1) == ("2026-10-04T00:00:00Z", "2026-10-04T00:00:00Z")
    open_leads = pc.execute("SELECT count(*) FROM leads WHERE status = 'new' AND NOT is_test").fetchone()[0]
    assert page.replanned == open_leads > 0
    owner_of_1 = "(SELECT customer_id FROM leads WHERE id = 1)"
    customer, = pc.execute(f"SELECT next_due_at FROM customers WHERE id = {owner_of_1}").fetchone()
    soonest, = pc.execute(f"SELECT min(next_due_at) FROM leads WHERE customer_id = {owner_of_1}").fetchone()
    assert customer == soonest and soonest <= "2026-10-04T00:00:00Z"    # the roll-up follows


def test_weekends_off_moves_a_friday_lead_past_the_weekend(page, pc):
    # Lead 14 was created on Saturday 10 October 09:00: without weekends its 24 hours start on Monday.
    page.load(pc)
    page.weekends.setChecked(False)
    assert page.save(pc)
    assert due_of(pc, 14)[0] == "2026-10-13T00:00:00Z"


def test_unchanged_rules_do_not_replan(page, pc):
    page.load(pc)
    pc.execute("UPDATE leads SET first_response_due_at = '2030-01-01T00:00:00Z' WHERE id = 1")
    page.criteria.add()
    assert page.save(pc)
    assert page.replanned == 0 and due_of(pc, 1)[0] == "2030-01-01T00:00:00Z"


@pytest.mark.parametrize("text, says", [
    ("", "whole numbers"), ("0, 2, x", "whole numbers"), ("0, 2.5, 5", "whole numbers"),
    ("0, -2", "whole numbers"),
    ("1, 2, 5", "day 0"), ("0, 5, 2", "day 0"), ("0, 2, 2", "day 0"), ("0, 2, 400", "365"),
])
def test_invalid_cadence_is_refused_with_a_reason_and_nothing_saved(page, pc, text, says):
    page.load(pc)
    before = settings_rows(pc), due_of(pc, 1)
    page.hours.setValue(12)
    page.cadence.setText(text)
    assert not page.error.isHidden() and says in page.error.text()
    assert not page.save(pc)
    assert (settings_rows(pc), due_of(pc, 1)) == before
    page.cadence.setText("0, 3")
    assert page.error.isHidden() and page.save(pc)
    assert stored.load_rules(pc).cadence_days == (0, 3)


def test_a_failing_replan_leaves_every_setting_as_it_was(page, pc, monkeypatch):
    page.load(pc)
    before = settings_rows(pc)
    page.hours.setValue(2)
    page.criteria.set_criteria(["Only this"])

    def broken(db, rules):
        raise RuntimeError("disk full")
    from leadinbox.store.work import plan
    monkeypatch.setattr(plan, "apply_rules", broken)      # the page saves through plan.save_follow_up
    with pytest.raises(RuntimeError):
        page.save(pc)
    assert settings_rows(pc) == before
    assert QApplication.overrideCursor() is None


def test_hour_and_day_limits(page):
    assert (page.hours.minimum(), page.hours.maximum()) == (1, 168)
    assert page.close_after.minimum() == 0


def test_changed_is_emitted_by_every_field(page, db):
    page.load(db)
    seen = []
    page.changed.connect(lambda: seen.append(1))
    for edit in (lambda: page.hours.setValue(30), lambda: page.weekends.setChecked(False),
                 lambda: page.cadence.setText("0, 1"), lambda: page.close_after.setValue(5),
                 lambda: page.criteria.add(), lambda: page.templates.subject.setText("Hi")):
        count = len(seen)
        edit()
        assert len(seen) > count
