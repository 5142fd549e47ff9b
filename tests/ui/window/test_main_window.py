"""The window end to end: drop files, search, views, mapping, undo, cancel."""

import json

import pytest

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.ui.waiting import wait_for_write
from leadinbox.ui.inbox.columns import BADGES_ROLE, COL_ACTIVITY, COL_NAME
from tests.store.helpers import snapshot


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return event


def names(window):
    m = window.model
    return [m.index(r, COL_NAME).data() for r in range(m.rowCount())]


def test_starts_on_the_empty_state(window):
    assert window.inbox.stack.currentWidget() is window.inbox.empty


def test_drop_samples_fills_the_inbox(qtbot, window, samples):
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        event = drop(window, [samples])            # a folder: every lead file inside
    assert event.dropAction() == Qt.DropAction.CopyAction
    window.views.select("all")
    assert window.inbox.stack.currentWidget() is window.tree
    assert len(names(window)) == 10
    row = names(window).index("Chloé Lefèvre")
    assert [t for t, _ in window.model.index(row, COL_ACTIVITY).data(BADGES_ROLE)] == \
        ["Get it now", "Contact me", "Test drive"]
    qtbot.waitUntil(lambda: window.status.counts.text() == "10 customers · 19 leads", timeout=2000)
    assert len(window.imports.last_outcome.results) == 5


def test_search_and_views_narrow_the_list(qtbot, window, samples):
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        drop(window, sorted(samples.iterdir()))
    window.views.select("all")
    with qtbot.waitSignal(window.filters.changed, timeout=2000):
        qtbot.keyClicks(window.filters.search, "fabrik")
    assert names(window) == ["Sanne de Vries"]
    window.filters.search.clear()
    with qtbot.waitSignal(window.filters.changed, timeout=2000):
        window.views.select("dnc")
    assert names(window) == ["Lukas Müller"]
    window.views.select("needs_reply")
    assert "Lukas Müller" not in names(window) and len(names(window)) == 9


def test_selecting_a_customer_shows_details(qtbot, window, samples):
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        drop(window, [samples / "azure-table-marketplaceleads.csv"])
    window.views.select("dnc")
    window.tree.setCurrentIndex(window.model.index(0, 0))
    assert window.detail.name.text() == "Lukas Müller"
    assert window.detail.dnc_banner.isVisibleTo(window.detail)
    assert not window.detail.copy_email.isEnabled()  # the app keeps you from contacting a DNC


def test_unknown_layout_is_mapped_and_remembered(qtbot, window, tmp_path, monkeypatch):
    from leadinbox.ui.importing import controller as import_controller
    odd = tmp_path / "odd.csv"
    odd.write_text("Wer,Was,Wann\nann@x.example,SPZA-PLT|Gateway,2026-10-01\n", encoding="utf-8")

    def accept(dialog):
        assert dialog.needs.preview[0][0] == "ann@x.example"
        dialog.set_field("Wer", "email")
        dialog.set_field("Was", "lead_source")
        dialog.set_field("Wann", "created_at")
        return True
    monkeypatch.setattr(import_controller.MappingDialog, "exec", accept)
    window.imports.report_dialogs = True
    monkeypatch.setattr(import_controller.ImportReport, "exec", lambda self: 0)
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        drop(window, [odd])
    assert window.imports.last_outcome.needs_mapping
    qtbot.waitUntil(lambda: bool(window.imports.last_outcome.results) and window.imports.last_outcome.results[0].new_leads == 1,
                    timeout=20000)
    remembered = json.loads(window.settings.value("import/mappings"))
    assert list(remembered.values()) == [{"Wer": "email", "Was": "lead_source", "Wann": "created_at"}]
    odd2 = tmp_path / "odd2.csv"   # same header: imports straight away
    odd2.write_text("Wer,Was,Wann\nbob@x.example,SPZA-INS|Gateway,2026-10-02\n", encoding="utf-8")
    monkeypatch.setattr(import_controller.MappingDialog, "exec", lambda d: (_ for _ in ()).throw(AssertionError))
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        drop(window, [odd2])
    assert not window.imports.last_outcome.needs_mapping and window.imports.last_outcome.results[0].new_leads == 1


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")     # offscreen: the busy window
def test_undo_from_history_removes_what_the_import_added(qtbot, window, samples):
    from leadinbox.ui.importing.history_dialog import HistoryDialog
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        drop(window, [samples / "salesforce-leads-report.csv"])
    assert window.status.text().endswith("File › Import history to undo.")
    dialog = window.imports.history_dialog()
    assert isinstance(dialog, HistoryDialog)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert dialog.undo_button.isEnabled()
    with wait_for_write(qtbot, window, 20000):
        dialog.undo_selected(confirm=False)
    assert window.db.execute("SELECT count(*) FROM leads").fetchone()[0] == 0
    assert window.inbox.stack.currentWidget() is window.inbox.empty
    assert window.status.text().startswith("Import of salesforce-leads-report.csv undone: 10 leads removed. ")


def test_importing_a_known_file_again_says_its_leads_were_all_there(qtbot, window, samples):
    for _ in range(2):
        with qtbot.waitSignal(window.imports.finished, timeout=20000):
            drop(window, [samples / "salesforce-leads-report.csv"])
    assert window.status.text() == "All 10 leads of salesforce-leads-report.csv were already in LeadInbox"


def test_cancel_leaves_the_database_as_it_was(qtbot, window, tmp_path, samples):
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        drop(window, [samples / "partner-center-leads-export.csv"])
    before = snapshot(window.db)
    big = tmp_path / "big.csv"
    with open(big, "w", encoding="utf-8") as out:
        out.write("Lead ID,LeadCreationDateTime,Customer name,Customer email,Lead source,Call to action\n")
        for i in range(60000):
            out.write(f"x{i},2026-10-01T00:00:00Z,P {i},p{i}@big.example,AppSource,Contact me\n")
    with qtbot.waitSignal(window.imports.finished, timeout=60000):
        drop(window, [samples / "azure-table-marketplaceleads.csv", big])
        qtbot.waitUntil(lambda: "File 2 of 2" in window.status.progress.format(), timeout=30000)
        window.imports.cancel_import()
    assert window.imports.last_outcome.cancelled
    assert snapshot(window.db) == before


def test_saved_view_round_trip_with_filters_and_sort(qtbot, window, sample_db, settings, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    from leadinbox.ui.inbox.columns import COL_COMPANY
    window.refresh()
    window.views.select("all")
    qtbot.waitUntil(lambda: window.filters.country.findData("NL") > 0)    # facets load after the first paint
    window.filters.country.setCurrentIndex(window.filters.country.findData("NL"))
    window.tree.sortByColumn(COL_COMPANY, Qt.SortOrder.DescendingOrder)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Dutch leads", True))
    window.saved_views.save()
    dutch = names(window)
    assert dutch and window.views.current_view() == "saved:Dutch leads"
    window.filters.clear()
    window.views.select("all")
    assert len(names(window)) > len(dutch)
    window.views.select("saved:Dutch leads")
    assert names(window) == dutch and window.model.query.sort == "company" and window.model.query.descending
    asked = []
    window.saved_views.confirm = lambda title, text: asked.append(text) or len(asked) > 1    # No, then Yes
    window.saved_views.delete("Dutch leads")
    assert window.views.count() == 8 and "Dutch leads" in asked[0]     # asked first: kept on No
    window.saved_views.delete("Dutch leads")
    assert window.views.count() == 7 and "Dutch leads" not in settings.value("views/saved")


def test_the_quick_filters_offer_what_test_leads_only_have_while_they_show(qtbot, window, sample_db):
    offers, countries = window.filters.offer, window.filters.country
    window.refresh()
    window.views.select("all")
    qtbot.waitUntil(lambda: offers.findData("contoso-isv.lead-router-saas") > 0)     # facets after the paint
    assert offers.findText("Contoso Test") < 0
    assert countries.itemText(countries.findData("NL")) == "NL – Netherlands"
    window.filters.hide_test.setChecked(False)
    qtbot.waitUntil(lambda: offers.findText("Contoso Test") > 0)
    offers.setCurrentIndex(offers.findText("Contoso Test"))
    assert names(window) == ["MSFT_TEST_636573304831318844 MSFT_TEST_636573304831318844"]
    window.filters.hide_test.setChecked(True)
    qtbot.waitUntil(lambda: offers.findText("Contoso Test") < 0)
    assert offers.currentIndex() == 0 and window.model.query.offer is None and len(names(window)) == 10


def test_new_customers_and_leads_of_the_last_import_are_highlighted(qtbot, window, samples):
    from PySide6.QtCore import Qt as _Qt
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        drop(window, [samples / "partner-center-leads-export.csv"])
    window.views.select("all")
    m = window.model
    lit = [m.index(r, COL_NAME).data(_Qt.ItemDataRole.BackgroundRole) is not None for r in range(m.rowCount())]
    assert lit and all(lit)                        # every customer came with this file
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        drop(window, [samples / "azure-table-marketplaceleads.csv"])       # brings Lukas Müller
    window.views.select("all")
    lit = {m.index(r, COL_NAME).data(): m.index(r, COL_NAME).data(_Qt.ItemDataRole.BackgroundRole) is not None
           for r in range(m.rowCount())}
    assert [name for name, on in lit.items() if on] == ["Lukas Müller"]


def test_closing_during_an_import_cancels_it_without_hanging(qtbot, window, tmp_path):
    big = tmp_path / "big.csv"
    with open(big, "w", encoding="utf-8") as out:
        out.write("Lead ID,LeadCreationDateTime,Customer name,Customer email,Lead source,Call to action\n")
        for i in range(60000):
            out.write(f"x{i},2026-10-01T00:00:00Z,P {i},p{i}@big.example,AppSource,Contact me\n")
    drop(window, [big])
    qtbot.waitUntil(lambda: window.imports.busy and "Reading rows" in window.status.progress.format(), timeout=30000)
    window.close()            # cancels, then waits for the worker thread on the GUI thread
    assert window.db.execute("SELECT count(*) FROM leads").fetchone()[0] == 0


def test_an_empty_view_says_what_belongs_there(qtbot, window, sample_db):
    window.refresh()
    window.views.select("closed")
    assert window.model.rowCount() == 0 and "won, lost" in window.tree.empty_text
    window.filters.search.setText("zzzz")
    qtbot.waitUntil(lambda: "zzzz" in window.tree.empty_text, timeout=2000)
    window.tree.viewport().repaint()         # paints the text without a warning


def test_an_open_reports_window_counts_again_after_an_import(qtbot, window, samples):
    calls = []

    class Reports:          # stands in for the Reports window: only whether it is open and its refresh
        view = type("View", (), {"refresh": lambda self: calls.append("refresh")})()

        def isVisible(self):
            return True
    window.reports = Reports()
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        drop(window, [samples / "partner-center-leads-export.csv"])
    assert calls
    window.reports = None


def _select(window, name):
    window.tree.setCurrentIndex(window.model.index(names(window).index(name), 0))
    assert window.detail.name.text() == name


def _search(qtbot, window, text):
    with qtbot.waitSignal(window.filters.changed, timeout=2000):
        window.filters.search.setText(text)


def test_the_customer_shown_follows_the_filtered_list(qtbot, window, sample_db):
    """Keys and menu actions act on the customer shown: after a search that hides them, nobody is shown."""
    window.refresh()
    window.views.select("all")
    _select(window, "Chloé Lefèvre")
    _search(qtbot, window, "fabrik")
    assert names(window) == ["Sanne de Vries"]
    assert window.detail.customer_id is None and window.followup.current_customer() is None
    _select(window, "Sanne de Vries")
    _search(qtbot, window, "sanne")              # still in the list: still shown, and selected again
    assert window.detail.name.text() == "Sanne de Vries"
    assert window.tree.currentIndex().row() == names(window).index("Sanne de Vries")
    assert window.followup.current_customer() == window.detail.customer_id


def _lead_action(window, key):
    return next(a for top in window.menuBar().actions() if top.menu() for a in top.menu().actions()
                if a.shortcut().toString() == key)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_letters_typed_into_a_drop_down_do_not_trigger_lead_actions(qtbot, window, sample_db, monkeypatch):
    monkeypatch.setattr(window.followup, "_on_current", lambda *_a: None)   # a triggered action opens nothing
    window.refresh()
    window.views.select("all")
    _select(window, "Sanne de Vries")                                         # the Lead keys are enabled
    window.show()
    qtbot.waitExposed(window)
    window.filters.set_facets(window.source.facets())
    note = _lead_action(window, "N")
    combo = window.filters.country
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    with qtbot.assertNotEmitted(note.triggered):
        qtbot.keyClick(combo, "N")
    assert combo.currentText().startswith("N")               # the drop-down jumped to the Netherlands
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    with qtbot.waitSignal(note.triggered, timeout=1000):
        qtbot.keyClick(window.tree, "N")


def _click_header(header, column):
    """What a click on a header section does (QHeaderView's mouse release): same section, other way."""
    flip = header.sortIndicatorSection() == column and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if flip else Qt.SortOrder.AscendingOrder)


@pytest.mark.parametrize("column", [COL_ACTIVITY, "followup"])
def test_the_sort_arrow_shows_what_the_list_does(qtbot, window, sample_db, column):
    """Follow-up and Activity sort by urgency, overdue first, one way only: a second click must not turn
    the arrow. Other columns turn both ways."""
    from leadinbox.ui.inbox.columns import COL_FOLLOWUP
    column = COL_FOLLOWUP if column == "followup" else column
    window.refresh()
    window.views.select("all")
    header = window.tree.header()
    _click_header(header, COL_NAME)
    first = None
    for _ in range(2):
        _click_header(header, column)
        assert header.sortIndicatorSection() == column
        assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        assert not window.model.query.descending and names(window) == (first := first or names(window))
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        _click_header(header, COL_NAME)
        assert header.sortIndicatorOrder() == order
        assert window.model.query.descending == (order == Qt.SortOrder.DescendingOrder)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_or_enter_in_the_search_box_goes_to_the_first_row_keeping_the_search(qtbot, window, sample_db, key):
    window.refresh()
    window.views.select("all")
    window.show()
    qtbot.waitExposed(window)
    window.filters.focus_search()
    qtbot.waitUntil(window.filters.search.hasFocus)
    qtbot.keyClicks(window.filters.search, "sanne")
    qtbot.keyClick(window.filters.search, key)
    qtbot.waitUntil(window.tree.hasFocus)
    assert names(window) == ["Sanne de Vries"] and window.filters.search.text() == "sanne"
    assert window.tree.currentIndex().row() == 0 and window.detail.name.text() == "Sanne de Vries"


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_esc_in_an_empty_search_box_goes_to_the_list(qtbot, window, sample_db):
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    window.filters.focus_search()
    qtbot.waitUntil(window.filters.search.hasFocus)
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.tree.hasFocus)


def _lead_menu_enabled(window):
    """The entries that act on a customer (Start from today also acts on every lead, with nobody selected);
    Team work is hidden off a team (and a hidden action is a disabled one)."""
    return {a.isEnabled() for a in window.lead_menu.actions()
            if not a.isSeparator() and a is not window.backlog.start_action and a.isVisible()}


def test_the_lead_menu_is_disabled_without_a_customer_and_enabled_with_one(qtbot, window, sample_db):
    window.refresh()
    window.views.select("all")
    assert window.followup.current_customer() is None and _lead_menu_enabled(window) == {False}
    _select(window, "Sanne de Vries")
    assert _lead_menu_enabled(window) == {True}
    _search(qtbot, window, "fabrik-nobody")          # the customer leaves the list: nobody to act on
    assert _lead_menu_enabled(window) == {False}


@pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")
@pytest.mark.parametrize("how", ["menu key", "shift+f10", "right click"])
def test_a_row_opens_the_lead_menu_actions_as_a_context_menu(qtbot, window, sample_db, how):
    window.refresh()
    window.views.select("all")
    window.show()
    qtbot.waitExposed(window)
    row = names(window).index("Sanne de Vries")
    if how == "right click":
        from PySide6.QtGui import QContextMenuEvent
        from PySide6.QtWidgets import QApplication
        where = window.tree.visualRect(window.model.index(row, 0)).center()
        QApplication.sendEvent(window.tree.viewport(), QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, where, window.tree.viewport().mapToGlobal(where)))
    else:
        window.tree.setCurrentIndex(window.model.index(row, 0))
        key, mods = ((Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier) if how == "menu key"
                     else (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier))
        qtbot.keyClick(window.tree, key, mods)
    qtbot.waitUntil(lambda: window.row_menu is not None and window.row_menu.isVisible())
    assert window.row_menu.actions() == window.lead_menu.actions()
    assert window.detail.name.text() == "Sanne de Vries" and _lead_menu_enabled(window) == {True}
    window.row_menu.close()


def test_upper_case_j_and_k_move_too(qtbot, window, sample_db):
    window.refresh()
    window.views.select("all")
    window.tree.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(window.tree, "J", Qt.KeyboardModifier.ShiftModifier)
    assert window.tree.currentIndex().row() == 1
    qtbot.keyClick(window.tree, "K")
    assert window.tree.currentIndex().row() == 0


def test_the_samples_again_count_their_leads_not_their_rows(qtbot, window, samples):
    for _ in range(2):
        with qtbot.waitSignal(window.imports.finished, timeout=20000):
            drop(window, sorted(samples.iterdir()))
    assert window.status.text() == "All 20 leads (65 rows) of these files were already in LeadInbox"

