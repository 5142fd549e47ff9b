"""The backlog controller in the window: menus that say they act on a selection, W on a selection as one
step, do-not-contact greying out contact in the Lead menu, the "N more in All" hint, the tag filter
and plural texts of the mixins translated."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from leadinbox.store import inbox
from leadinbox.ui.inbox.columns import CUSTOMER_ID_ROLE


def _action(window, start: str):
    return next(a for a in window.lead_menu.actions() if a.text().replace("&", "").startswith(start))


def _select_rows(window, rows):
    tree, model = window.tree, window.model
    tree.setCurrentIndex(model.index(rows[0], 0))
    for r in rows:
        tree.selectionModel().select(model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                                     | QItemSelectionModel.SelectionFlag.Rows)


def test_a_status_on_a_selection_from_the_lead_menu(qtbot, window, sample_db):
    window.refresh()
    window.views.select("needs_reply")
    _select_rows(window, [0, 1, 2])
    ids = window.followup.selected_customers()
    assert len(ids) == 3
    won = _action(window, "Mark won")
    assert won.text().endswith("(3 customers)") and _action(window, "Add tag").text().endswith("(3 customers)")
    assert not window.detail.actions.selection.isHidden()
    won.trigger()
    assert all(inbox.customer(sample_db, i)["status"] == "won" for i in ids)
    assert "3 customers changed" in window.status.text()
    window.followup.undo_stack.undo()
    assert all(inbox.customer(sample_db, i)["status"] == "new" for i in ids)
    window.tree.setCurrentIndex(window.model.index(0, 0))
    window.tree.selectionModel().select(window.model.index(0, 0),
                                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                                        | QItemSelectionModel.SelectionFlag.Rows)
    assert _action(window, "Mark won").text() == "Mark &won"


def test_do_not_contact_greys_out_contact_in_the_lead_menu(qtbot, window, sample_db):
    window.refresh()
    window.views.select("dnc")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.tree.setCurrentIndex(window.model.index(0, 0))
    for start in ("Email", "Call", "Log attempt", "Plan call"):
        action = _action(window, start)
        assert not action.isEnabled() and "asked not to be contacted" in action.toolTip(), start
    assert _action(window, "Add note").isEnabled()


def test_email_is_greyed_out_in_the_lead_menu_without_an_address_as_in_the_pane(qtbot, window, sample_db):
    # The pane's Email button was greyed out for Emma Bakker (no email), but E opened a box saying so.
    window.refresh()
    window.views.select("all")
    row = next(r for r in range(window.model.rowCount())
               if inbox.customer(sample_db, window.model.index(r, 0).data(CUSTOMER_ID_ROLE))["email"] is None)
    window.tree.setCurrentIndex(window.model.index(row, 0))
    assert not window.detail.actions.email_button.isEnabled()
    email = _action(window, "Email")
    assert not email.isEnabled() and "no email address" in email.toolTip()
    assert _action(window, "Call").isEnabled() and _action(window, "Log attempt").isEnabled()
    window.tree.setCurrentIndex(window.model.index(0 if row else 1, 0))     # one with an address
    assert _action(window, "Email").isEnabled()


def test_a_search_says_how_many_more_are_in_all(qtbot, window, sample_db):
    window.refresh()
    window.views.select("dnc")
    window.filters.search.setText("Sanne")
    window.filters._emit()
    qtbot.waitUntil(lambda: not window.filters.more.isHidden())
    assert "1 more in All" in window.filters.more.text()
    window.filters.show_all.emit()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    qtbot.waitUntil(window.filters.more.isHidden)        # counted again once the list has painted
    assert window.views.current_view() == "all"
    assert inbox.customer(sample_db, window.model.index(0, 0).data(CUSTOMER_ID_ROLE))["full_name"] == \
        "Sanne de Vries"


def test_the_more_in_all_count_runs_in_the_background(qtbot, window, sample_db, monkeypatch):
    import threading
    threads = []
    real = window.source.count_on
    monkeypatch.setattr(window.source, "count_on", lambda db, query: threads.append(
        threading.current_thread()) or real(db, query))
    window.refresh()
    window.views.select("dnc")
    with qtbot.waitSignal(window.backlog.counting.answered, timeout=5000):
        window.filters.search.setText("Sanne")
        window.filters._emit()
    assert "1 more in All" in window.filters.more.text()
    counted = [t for t in threads if t is not threading.main_thread()]
    assert len(counted) >= 2          # All and the view, both off the GUI thread


def test_an_answer_for_an_older_search_is_not_shown(qtbot, window, sample_db):
    window.refresh()
    window.views.select("dnc")
    with qtbot.waitSignal(window.backlog.counting.answered, timeout=5000):
        window.backlog.more_in_all(window.model.query.__class__(view="dnc", search="Sanne"))
        window.backlog.more_in_all(window.model.query.__class__(view="dnc", search=""))    # cleared meanwhile
    assert window.filters.more.isHidden()


def test_tags_show_in_the_filter_once_a_customer_has_one(qtbot, window, sample_db):
    window.refresh()
    window.views.select("all")
    assert window.filters.tag.isHidden()
    _select_rows(window, [0, 1])

    def answer(dialog):
        dialog.setTextValue("VIP")
        return 1
    window.backlog.bulk.run = answer
    _action(window, "Add tag").trigger()
    qtbot.waitUntil(lambda: not window.filters.tag.isHidden())
    window.filters.tag.setCurrentIndex(window.filters.tag.findData("VIP"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert "#VIP" in window.detail.tags.text()


def test_plan_call_on_a_selection_plans_one_after_the_other_in_one_step(qtbot, window, sample_db):
    from PySide6.QtWidgets import QDialog
    window.refresh()
    window.views.select("needs_reply")
    _select_rows(window, [0, 1, 2])
    ids = window.followup.selected_customers()
    plan = _action(window, "Plan call")
    assert plan.text().endswith("(3 customers)")
    shown = []
    window.followup.actions.run = lambda dialog: shown.append(dialog.windowTitle()) or QDialog.DialogCode.Accepted
    plan.trigger()
    assert shown == ["Plan a call – 3 customers"]
    rows = sample_db.execute("SELECT customer_id, starts_at, minutes FROM appointments ORDER BY starts_at").fetchall()
    assert [r[0] for r in rows] == ids
    from datetime import datetime
    starts = [datetime.fromisoformat(r[1]) for r in rows]
    assert all((b - a).total_seconds() == rows[0][2] * 60 for a, b in zip(starts, starts[1:]))
    assert "Calls planned for 3 customers" in window.status.text()
    window.followup.undo_stack.undo()
    assert sample_db.execute("SELECT count(*) FROM appointments").fetchone()[0] == 0


def test_assign_owner_on_a_selection_names_its_undo_step_in_dutch(qtbot, window, sample_db, language):
    # A count in a mixin's self.tr is looked up under FollowUpActions only, where it is not: this text was
    # left in English in a Dutch window until it named its context (PlanningMixin) itself.
    from PySide6.QtWidgets import QDialog
    window.refresh()
    window.views.select("needs_reply")
    _select_rows(window, [0, 1, 2])
    ids = window.followup.selected_customers()
    language("nl")

    def accept(dialog):
        dialog.owner_box.setCurrentText("Sanne")
        return QDialog.DialogCode.Accepted
    window.followup.actions.run = accept
    assert window.followup.actions.assign_owner(ids[0], customer_ids=ids)
    assert window.followup.undo_stack.undoText() == "Eigenaar toewijzen voor 3 klanten"


def test_the_panes_log_attempt_and_plan_call_buttons_act_on_the_selection(qtbot, window, sample_db):
    # The pane says Log attempt and Plan call act on all selected customers: its buttons did only the one shown.
    from PySide6.QtWidgets import QDialog
    window.refresh()
    window.views.select("needs_reply")
    _select_rows(window, [0, 1, 2])
    ids = window.followup.selected_customers()
    bar = window.detail.actions
    assert "Log attempt and Plan call act on all of them" in bar.selection.text()
    window.followup.actions.run = lambda dialog: QDialog.DialogCode.Accepted
    bar.attempt_button.click()
    assert sorted({r[0] for r in sample_db.execute("SELECT customer_id FROM attempts")}) == sorted(ids)
    bar.plan_button.click()
    assert sorted(r[0] for r in sample_db.execute("SELECT customer_id FROM appointments")) == sorted(ids)


def test_log_attempt_and_plan_call_act_on_a_selection_whose_current_customer_is_do_not_contact(qtbot, window,
                                                                                                sample_db):
    # The pane said "2 customers selected: Status, Log attempt and Plan call act on all of them." under those
    # buttons greyed out, because the customer clicked last asked not to be contacted (the Lead menu had them).
    window.refresh()
    window.views.select("all")
    rows = {inbox.customer(sample_db, window.model.index(r, 0).data(CUSTOMER_ID_ROLE))["full_name"]: r
            for r in range(window.model.rowCount())}
    _select_rows(window, [rows["Sanne de Vries"]])
    window.tree.selectionModel().setCurrentIndex(window.model.index(rows["Lukas Müller"], 0),    # Ctrl+click
                                                 QItemSelectionModel.SelectionFlag.Select
                                                 | QItemSelectionModel.SelectionFlag.Rows)
    bar = window.detail.actions
    assert window.detail.name.text() == "Lukas Müller" and not bar.selection.isHidden()
    assert bar.attempt_button.isEnabled() and bar.plan_button.isEnabled()
    assert not bar.email_button.isEnabled() and not bar.call_button.isEnabled()    # those act on Lukas alone
    assert _action(window, "Log attempt").isEnabled()
    window.tree.selectionModel().setCurrentIndex(window.model.index(rows["Sanne de Vries"], 0),  # a click
                                                 QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                 | QItemSelectionModel.SelectionFlag.Rows)
    window.tree.selectionModel().setCurrentIndex(window.model.index(rows["Lukas Müller"], 0),
                                                 QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                 | QItemSelectionModel.SelectionFlag.Rows)
    assert not bar.attempt_button.isEnabled() and not bar.plan_button.isEnabled()
