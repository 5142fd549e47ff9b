"""Help menu: the About dialog says where the data lives; Getting started covers views and badges."""

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from leadinbox import __version__
from leadinbox.ui.help.about_dialog import AboutDialog
from leadinbox.ui.inbox.badges import ACTION_BADGES
from leadinbox.ui.help.getting_started import GettingStartedDialog, guide_html
from leadinbox.ui.inbox.views_panel import VIEW_LABELS


def test_about_shows_version_data_folder_and_database(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("LEADINBOX_DATA_DIR", str(tmp_path / "default"))
    db_path = tmp_path / "data & <more>" / "leads.sqlite"          # --db: the folder of the open database
    dialog = AboutDialog(db_path)
    qtbot.addWidget(dialog)
    assert dialog.values["version"].text() == __version__
    assert dialog.values["data_folder"].text() == str(tmp_path / "data & <more>")  # plain text, not HTML
    assert dialog.values["database"].text() == str(db_path.resolve())
    assert dialog.values["qt"].text().startswith("6.")
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"LeadInbox {__version__}" in copied and f"Database: {db_path.resolve()}" in copied


def test_getting_started_lists_every_view_and_badge(qtbot):
    html = guide_html()
    for _key, label in VIEW_LABELS:
        assert f"<b>{label}</b>" in html
    for text, _colour in ACTION_BADGES.values():
        assert text in html
    dialog = GettingStartedDialog()
    qtbot.addWidget(dialog)
    assert "Drop your lead files" in dialog.browser.toPlainText()


def test_help_menu_has_guide_shortcuts_and_about(window):
    help_menu = [m for m in window.menuBar().actions() if m.text() == "&Help"][0].menu()
    texts = [a.text() for a in help_menu.actions()]
    assert texts == ["&Getting started", "&Keyboard shortcuts", "&About LeadInbox"]


def test_shortcuts_list_every_menu_shortcut_of_the_window(qtbot, window):
    from leadinbox.ui.help.shortcuts import ShortcutsDialog, _plain
    dialog = ShortcutsDialog(window.menuBar())
    qtbot.addWidget(dialog)
    listed = {(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
              for r in range(dialog.table.rowCount())}
    assert ("Ctrl+O", "Import") in listed and ("F1", "Getting started") in listed
    assert ("/", "Search") in listed                       # a key the inbox handles without a menu action
    wanted = {(a.shortcut().toString(), _plain(a.text()))
              for m in window.menuBar().actions() for a in m.menu().actions() if not a.shortcut().isEmpty()}
    assert wanted <= listed and len(wanted) >= 10


def test_plain_menu_text():
    from leadinbox.ui.help.shortcuts import _plain
    assert _plain("Log &attempt…") == "Log attempt"
    assert _plain("Sales && &marketing") == "Sales & marketing"


def test_shortcuts_name_actions_plainly_whatever_the_menu_says_now(qtbot, window, sample_db):
    # The list showed "Undo Deal value" after a step, and "Log attempt (3 customers)" with a selection.
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtGui import QUndoCommand
    from leadinbox.ui.help.shortcuts import ShortcutsDialog
    window.refresh()
    window.views.select("all")
    window.tree.setCurrentIndex(window.model.index(0, 0))
    for r in (0, 1):
        window.tree.selectionModel().select(window.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                                            | QItemSelectionModel.SelectionFlag.Rows)
    window.followup.undo_stack.push(QUndoCommand("Deal value"))
    assert any("(2 customers)" in a.text() for a in window.lead_menu.actions())
    dialog = ShortcutsDialog(window.menuBar())
    qtbot.addWidget(dialog)
    listed = {(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
              for r in range(dialog.table.rowCount())}
    assert ("Ctrl+Z", "Undo") in listed and ("A", "Log attempt") in listed and ("W", "Mark won") in listed
    assert not [what for _, what in listed if "Deal value" in what and what != "Deal value" or "customers)" in what]


def test_shortcuts_list_the_keys_the_inbox_handles_without_a_menu_action(qtbot, window):
    # Alt+A (a search's matches in other views), the row's menu from the keyboard and the step from the search
    # box to its results worked, but Help › Keyboard shortcuts, which "lists every key", did not name them.
    from leadinbox.ui.help.shortcuts import ShortcutsDialog
    dialog = ShortcutsDialog(window.menuBar())
    qtbot.addWidget(dialog)
    keys = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert {"Alt+A", "Shift+F10 or Menu", "↓ or Enter"} <= keys
