"""The main window: filter bar, views, the inbox and the detail pane; imports by drag and drop."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QInputDialog, QLabel, QMainWindow, QMenu, QMessageBox, QProgressBar,
                               QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from leadinbox import APP_NAME
from leadinbox.store.db import can_write, data_version
from leadinbox.ui.help.about_dialog import AboutDialog
from leadinbox.ui.window.db_guard import DatabaseGuard
from leadinbox.ui.inbox.detail_pane import DetailPane
from leadinbox.ui.inbox.empty_state import EmptyState
from leadinbox.ui.export.dialog import ExportDialog, selection_of
from leadinbox.ui.inbox.filter_bar import FilterBar
from leadinbox.ui.language import i18n
from leadinbox.ui.inbox import saved_views
from leadinbox.ui.followup.backlog import attach as attach_backlog
from leadinbox.ui.followup.controller import FollowUpController
from leadinbox.ui.help.getting_started import GettingStartedDialog
from leadinbox.ui.importing.history_dialog import HistoryDialog
from leadinbox.ui.language.i18n import format_number
from leadinbox.ui.importing.controller import ImportController
from leadinbox.ui.inbox.columns import COL_FOLLOWUP, CUSTOMER_ID_ROLE, SORT_FOR_COLUMN
from leadinbox.ui.inbox.model import InboxModel
from leadinbox.store.inbox_source import InboxSource
from leadinbox.ui.window.splitter import InboxSplitter
from leadinbox.ui.inbox.view import InboxView
from leadinbox.ui.reports.view import ReportsWindow
from leadinbox.ui.window.screen_fit import resize_to_screen
from leadinbox.ui.help.shortcuts import show_shortcuts
from leadinbox.ui.safety.controller import TrustController
from leadinbox.ui.widgets.typing_keys import keep_typing_in
from leadinbox.ui.inbox.views_panel import VIEW_LABELS, ViewsPanel
from leadinbox.ui.jobs.write_runner import WriteRunner
from leadinbox.ui.mail.controller import MailController

log = logging.getLogger("leadinbox.window")
OTHER_WRITERS_MS = 2000     # how often the window looks whether another connection committed
INBOX_MIN_WIDTH = 460        # the name, the follow-up and the first badge with its "+N" (inbox_view._shrink)
DETAIL_WIDTH = 340           # its buttons and contact rows set its minimum


class MainWindow(QMainWindow):
    def __init__(self, db, db_path: Path, settings: QSettings | None = None, *, report_dialogs: bool = True,
                 clock=None) -> None:
        super().__init__()
        self.db, self.db_path = db, db_path
        self.settings = settings or QSettings()
        self.report_dialogs = report_dialogs  # tests turn the modal report off
        self.reports: ReportsWindow | None = None
        self.instance = None     #: the SingleInstance holding this database's lock (app.py); None in tests
        self.row_menu: QMenu | None = None        # the inbox's context menu
        # A seam for tests: asks a yes/no question, No by default.
        self.confirm = lambda title, text: QMessageBox.question(
            self, title, text, defaultButton=QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
        self.source = InboxSource(db, clock)
        self.clock = clock
        self.model = InboxModel(self.source, self, clock=clock)
        self.imports = ImportController(self)
        self.writes = WriteRunner(db_path, self)      # undo import, restore, erase: off the GUI thread
        self._build()
        self.followup = FollowUpController(self, clock=clock)
        self.backlog = attach_backlog(self)
        self.trust = TrustController(self, clock=clock)
        self.guard = DatabaseGuard(self)
        self.mail = MailController(self, clock=clock)
        self.writes.may_start = self.guard.check      # its worker opens the path: the file must be ours
        self._menus()
        self.model.counts_changed.connect(self._counts)
        self.model.modelReset.connect(self._after_reset)
        self._clock = QTimer(self, interval=60_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._seen_version = data_version(db)
        self._writers = QTimer(self, interval=OTHER_WRITERS_MS)
        self._writers.timeout.connect(self.follow_other_writers)
        self._writers.start()
        self.setAcceptDrops(True)
        self._restore()
        self.refresh()
        self.followup.notifier.start()

    # Layout -------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.filters = FilterBar()
        self.views = ViewsPanel()
        self.tree = InboxView()
        self.tree.setModel(self.model)
        self.tree.set_default_widths()
        # Urgency is the default order (Qt would otherwise sort by the first column, the name).
        self.tree.sortByColumn(COL_FOLLOWUP, Qt.SortOrder.AscendingOrder)
        self.empty = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tree)
        self.detail = DetailPane(self.source, clock=self.model.now)     # the list's moment: the same countdown
        for typing in (self.filters, self.views):
            keep_typing_in(typing)
        self.splitter = InboxSplitter()
        for w in (self.views, self.stack, self.detail):
            self.splitter.addWidget(w)
        # The inbox takes the space: it alone grows with the window, and it keeps room for who, what is due
        # and the badges, so on a narrow screen the views and the detail pane give way.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setCollapsible(1, False)
        self.stack.setMinimumWidth(INBOX_MIN_WIDTH)
        self.splitter.setSizes([self.views.sizeHint().width(), 1000, DETAIL_WIDTH])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.progress = QProgressBar(maximumWidth=260, textVisible=True)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.status_text = QLabel()
        self.status_text.setContentsMargins(16, 0, 0, 0)   # apart from the counts: two messages, not one
        status = self.statusBar()
        status.addWidget(self.count_label)
        status.addWidget(self.status_text, 1)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        self.imports._set_busy(False)
        self.filters.changed.connect(self._query_changed)
        self.views.view_chosen.connect(self._view_chosen)
        self.views.delete_requested.connect(self.delete_view)
        self.tree.search_requested.connect(self.filters.focus_search)
        self.filters.to_list.connect(self.focus_list)
        self.tree.menu_requested.connect(self._row_menu)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.tree.opened.connect(lambda index: self.detail.show_customer(index.data(CUSTOMER_ID_ROLE)))
        self.empty.import_requested.connect(self.imports.import_dialog)
        self.empty.sample_requested.connect(self.imports.open_samples)
        self.cancel_button.clicked.connect(self.cancel_import)

    def _menus(self) -> None:
        def act(menu, text, slot, shortcut=None):
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.addAction(action)
            return action
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        act(file, self.tr("&Import…"), self.imports.import_dialog, "Ctrl+O")
        # "…": on a database that holds leads it asks first.
        act(file, self.tr("Open &sample data…"), self.imports.open_samples)
        act(file, self.tr("Import &history…"), self.show_history, "Ctrl+H")
        act(file, self.tr("&Export…"), self.export_leads, "Ctrl+E")
        file.addSeparator()
        act(file, self.tr("&Quit"), self.close, "Ctrl+Q")
        edit = bar.addMenu(self.tr("&Edit"))
        act(edit, self.tr("&Find"), self.filters.focus_search, "Ctrl+F")
        act(edit, self.tr("&Clear search"), self.clear_search)
        edit.addSeparator()
        act(edit, self.tr("&Settings…"), self.show_settings, "Ctrl+,")
        lead = self.lead_menu = bar.addMenu(self.tr("&Lead"))
        self.followup.build_menus(edit, lead)
        self.backlog.build_menus(file, lead)
        self.trust.build_menus(file, lead)
        self.mail.build_menus(file)
        view = bar.addMenu(self.tr("&View"))
        for number, (key, label) in enumerate(VIEW_LABELS, start=1):
            act(view, label, lambda _=False, k=key: self.views.select(k), f"Ctrl+{number}")
        view.addSeparator()
        act(view, self.tr("&Save current view…"), self.save_view, "Ctrl+Shift+S")
        act(view, self.tr("&Refresh"), self.reload, "F5")
        act(view, self.tr("Re&ports…"), self.show_reports, "Ctrl+R")
        help_menu = bar.addMenu(self.tr("&Help"))
        act(help_menu, self.tr("&Getting started"), lambda: GettingStartedDialog(self).exec(), "F1")
        act(help_menu, self.tr("&Keyboard shortcuts"), lambda: show_shortcuts(self))
        act(help_menu, self.tr("&About LeadInbox"), lambda: AboutDialog(self.db_path, self).exec())

    def _row_menu(self, at) -> None:
        """The Lead menu's own actions, for the row just made current."""
        if self.row_menu is None:
            self.row_menu = QMenu(self)
        self.row_menu.clear()            # the actions stay: they belong to the window
        self.row_menu.addActions(self.lead_menu.actions())
        self.row_menu.popup(at)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.filters.search.text():
            self.clear_search()
            return
        super().keyPressEvent(event)

    def _view_chosen(self, key: str) -> None:
        if key.startswith(saved_views.PREFIX):
            query = saved_views.load(self.settings).get(key[len(saved_views.PREFIX):])
            if query is not None:
                column = next((c for c, k in SORT_FOR_COLUMN.items() if k == query.sort), 0)
                self.tree.sortByColumn(column, Qt.SortOrder.DescendingOrder if query.descending
                                       else Qt.SortOrder.AscendingOrder)
                self.filters.set_query(query)
            return
        self.filters.set_view(key)

    def save_view(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr(
            "Name for the current search, filters and sort:"))
        name = name.strip()
        if ok and name:
            query = replace(self.filters.query(), sort=self.model.query.sort, descending=self.model.query.descending)
            saved_views.save(self.settings, name, query)
            self.views.set_saved(list(saved_views.load(self.settings)))
            self.views.select(saved_views.PREFIX + name)

    def delete_view(self, name: str) -> None:
        if not self.confirm(self.tr("Delete view"), self.tr("Delete the saved view “%1”? Its search, filters "
                                                              "and sort cannot be brought back.").replace("%1", name)):
            return
        saved_views.delete(self.settings, name)
        self.views.set_saved(list(saved_views.load(self.settings)))

    def focus_list(self) -> None:
        """From the search box to the list, on its first row (the search stays)."""
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))

    def clear_search(self) -> None:
        self.filters.search.clear()
        self.tree.setFocus()

    # Data ---------------------------------------------------------------------
    def refresh(self) -> None:
        self._seen_version = data_version(self.db)
        # The quick filters' choices group every lead (0.6 s at a million): after the list has painted.
        QTimer.singleShot(0, self._load_facets)
        self.model.refresh()
        self.model.recount()
        if hasattr(self, "followup"):
            self.followup.notifier.check()
        self.refresh_reports()

    def reload(self) -> None:
        """F5: read everything again; the status bar's last message is about the data as it was."""
        self.status_text.clear()
        self.refresh()

    def follow_other_writers(self) -> None:
        """`leadinbox import`/`erase` (or another connection) committed: read the list, counts and the detail
        pane again, keeping the selection (_after_reset). Not under an open dialog, which may show the data
        it was opened on; the next look after it closes catches up."""
        if not self.isVisible() or self.isMinimized() or QApplication.activeModalWidget() is not None:
            return
        if self.imports.runner.busy or self.writes.busy or self.mail.watcher.busy:
            return      # our own writes commit on a connection of their own, then refresh the window themselves
        if data_version(self.db) != self._seen_version:
            # "Import … undone: 2 leads removed" is stale once `leadinbox import` brought them back; the undo
            # steps go too, and that is said last.
            self.reload()
            self._forget_undo_after_other_writer()

    def _forget_undo_after_other_writer(self) -> None:
        """Undo steps restore what rows held before: after another program erased, imported or changed
        them, undoing could bring back what it erased or overwrite what it wrote. They go, and the user hears
        why Ctrl+Z no longer does anything."""
        stack = self.followup.undo_stack
        if stack.count() == 0:
            return
        stack.clear()
        self.status_text.setText(self.tr("Another program changed the database; earlier steps can no longer be "
                                         "undone."))

    def refresh_reports(self) -> None:
        """An open Reports window counts again (in its worker thread) after the data changed."""
        if self.reports is not None and self.reports.isVisible():
            self.reports.view.refresh()

    def _load_facets(self) -> None:
        # Offers and countries only test leads have are offered while test leads show (store.inbox.facets).
        self.filters.set_facets(self.source.facets(hide_test=self.filters.query().hide_test))

    def _query_changed(self, query) -> None:
        # The filter bar owns search and filters; the header owns the sort.
        test_shown_changed = query.hide_test != self.model.query.hide_test
        query = replace(query, sort=self.model.query.sort, descending=self.model.query.descending)
        self.model.set_query(query)
        QTimer.singleShot(0, self.model.recount)  # the first page paints before the count runs
        if test_shown_changed:
            QTimer.singleShot(0, self._load_facets)

    def _after_reset(self) -> None:
        self.tree.empty_text = self.tree.empty_text_for(self.model.query)
        has_data = self.source.has_customers()   # after every keystroke: no count
        self.stack.setCurrentWidget(self.tree if has_data else self.empty)
        self.detail.setVisible(has_data)
        shown = self.detail.customer_id
        if shown is not None:
            # The customer beside the list stays only while the list holds them, selected again: keys and
            # menu actions act on the customer shown, and must never reach one the list no longer shows.
            row = self.model.row_of(shown) if has_data else None
            if row is None:
                self.detail.show_customer(None)
            else:
                self.tree.setCurrentIndex(self.model.index(row, 0))
                self.detail.show_customer(shown)
        self.followup.update_actions()

    def _counts(self, customers: int, leads: int) -> None:
        self.count_label.setText(self.tr("%Ln customer(s)", "", customers) + " · "
                                 + self.tr("%Ln lead(s)", "", leads))

    def _current_changed(self, current, _previous) -> None:
        self.detail.show_customer(current.data(CUSTOMER_ID_ROLE) if current.isValid() else None)
        if hasattr(self, "followup"):
            self.followup.update_actions()

    def _tick(self) -> None:
        self.guard.check()
        self.model.tick()
        self.detail.tick()

    def say_if_read_only(self) -> bool:
        """Once at start: a database that cannot be written is said before the first change fails (the data
        can still be read). True when it was said."""
        if can_write(self.db):
            return False
        self.status_text.setText(self.tr("Read only: the database file cannot be written."))
        QMessageBox.warning(self, self.tr("Read only"), self.tr(
            "LeadInbox cannot write to its database (%1): the file is read-only. You can look at your leads, "
            "but nothing you change can be saved until the file is writable again.").replace(
            "%1", str(self.db_path)))
        return True

    def use_database_at(self, path: Path) -> None:
        """The database was written to another place (the file was gone): everything that opens it by path
        follows. The connection `self.db` was already moved there (store.db_file.write_back)."""
        self.db_path = path
        # The one-window lock follows, or a LeadInbox started on the new path would open it a second time.
        if self.instance is not None and not self.instance.move_to(path):
            log.warning("another LeadInbox holds the lock of %s; this window keeps the old one", path)
        self.imports.runner.db_path = path
        self.writes.db_path = path
        self.trust.scheduler.db_path = path
        if self.reports is not None:          # it reads by path: a new one is made when asked
            self.reports.close()
            self.reports.deleteLater()
            self.reports = None

    # Importing ------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if self.mail.accepts(event.mimeData()):        # local files, or messages dragged from Outlook
            event.setDropAction(Qt.DropAction.CopyAction)  # never a move: the user's files stay put
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        paths = self.mail.take(event.mimeData())        # messages are logged; lead files and folders imported
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path], forced: dict[Path, dict[str, str]] | None = None) -> None:
        self.imports.import_files(paths, forced)

    def cancel_import(self) -> None:
        self.imports.cancel_import()

    @property
    def runner(self):
        return self.imports.runner

    @property
    def last_outcome(self):
        return self.imports.last_outcome

    def show_reports(self) -> None:
        if self.reports is None:
            self.reports = ReportsWindow(self.db_path, self.settings, self)
            self.filters.changed.connect(self.reports.view.set_inbox_query)
        self.reports.open_with(self.model.query, self.source.facets(hide_test=self.model.query.hide_test))

    def export_leads(self) -> None:
        picked = selection_of(self.tree)
        ExportDialog(self.db, self.db_path, self.model.query, picked, self, self.settings).exec()

    def show_settings(self) -> None:
        from leadinbox.ui.followup.settings_page import FollowUpSettingsPage
        from leadinbox.ui.settings.dialog import GeneralPage, SettingsDialog
        dialog = SettingsDialog(self)
        from leadinbox.ui.safety.data_folder import DataFolderRow
        general = GeneralPage(self.settings, data_folder=DataFolderRow(self.db, self.db_path,
                                                                        busy=lambda: self.imports.runner.busy))
        dialog.add_page(self.tr("General"), general, load=general.load, save=general.save)
        follow = FollowUpSettingsPage()
        dialog.add_page(self.tr("Follow-up"), follow, load=lambda: follow.load(self.db),
                        save=lambda: follow.save(self.db))
        self.trust.add_settings_page(dialog)
        self.mail.add_settings_page(dialog)
        self.settings_dialog = dialog          # other features add their pages before it opens
        accepted = dialog.exec()
        if accepted and follow.replanned:
            self.refresh()
            self.status_text.setText(self.tr("New follow-up rules: %s open leads replanned.") % format_number(follow.replanned))
        if accepted and general.data_folder.move_now():      # after every page saved into this database
            self.close()

    def show_history(self) -> None:
        self.history_dialog().exec()

    def history_dialog(self) -> HistoryDialog:
        dialog = HistoryDialog(self.db, self.writes, self, importing=lambda: self.runner.busy)
        dialog.undone.connect(self._import_undone)
        return dialog

    def _import_undone(self, done: dict) -> None:
        self.refresh()
        # Replaces "Imported … File › Import history to undo.", which no longer holds.
        text = self.tr("Import of %1 undone: %Ln lead(s) removed.", "", done["removed_leads"]).replace(
            "%1", done["file"])
        if done.get("backup"):
            text += " " + self.tr("The database as it was before is kept as a backup (File › Restore backup…).")
        self.status_text.setText(text)

    # Settings -------------------------------------------------------------------
    def _restore(self) -> None:
        s = self.settings
        if s.value("window/geometry"):
            self.restoreGeometry(s.value("window/geometry"))
        else:
            resize_to_screen(self, 1400, 820)
        # Widths saved in another language fit that language's words ("Needs first reply" is longer in
        # Dutch): keep the column order and sort, but size the views and columns for this language.
        same_language = s.value("window/language", i18n.current_language()) == i18n.current_language()
        if s.value("window/splitter") and same_language:
            self.splitter.restoreState(s.value("window/splitter"))
        # v4: the Offer column came in after Activity; an older state would put widths on the wrong columns.
        if s.value("window/header-v4"):
            self.tree.header().restoreState(s.value("window/header-v4"))
            if same_language:
                self.tree.adopt_header_widths()
            else:
                self.tree.set_default_widths()
        self.views.set_saved(list(saved_views.load(s)))
        self.views.select(s.value("window/view", "needs_reply"))

    def closeEvent(self, event) -> None:
        self.guard.stop()
        self.trust.shutdown()
        self.mail.shutdown()
        if self.reports is not None:
            self.reports.close()
        if self.runner.busy:
            self.runner.cancel()
            self.runner.wait()
        self.writes.wait()        # an undo, restore or erase is never cut off: it commits first (seconds)
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/header-v4", self.tree.header().saveState())
        s.setValue("window/language", i18n.current_language())
        s.setValue("window/view", self.views.current_view())
        super().closeEvent(event)
