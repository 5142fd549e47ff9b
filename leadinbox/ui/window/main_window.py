"""The main window: composes the filter bar, the views, the inbox, the detail pane and the status bar with the
features' controllers, the jobs and the change hub. It holds no feature logic; files dropped on it are imported."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from leadinbox import APP_NAME
from leadinbox.core.changes import Changes
from leadinbox.ui.followup.backlog import attach as attach_backlog
from leadinbox.store.inbox_source import InboxSource
from leadinbox.ui.export.dialog import ExportDialog, selection_of
from leadinbox.ui.followup.controller import FollowUpController
from leadinbox.ui.help.about_dialog import AboutDialog
from leadinbox.ui.help.getting_started import GettingStartedDialog
from leadinbox.ui.help.shortcuts import show_shortcuts
from leadinbox.ui.importing.controller import ImportController
from leadinbox.ui.inbox.model import InboxModel
from leadinbox.ui.inbox.pane import InboxPane
from leadinbox.ui.inbox.saved_views import SavedViews
from leadinbox.ui.inbox.views_panel import VIEW_LABELS
from leadinbox.ui.jobs import ChangeHub, Jobs, OtherWriters
from leadinbox.ui.mail.controller import MailController
from leadinbox.ui.reports.view import ReportsWindow
from leadinbox.ui.safety.controller import SafetyController
from leadinbox.ui.settings.assemble import show_settings
from leadinbox.ui.sources.controller import SourcesController
from leadinbox.ui.team.controller import TeamController
from leadinbox.ui.window.db_guard import DatabaseGuard
from leadinbox.ui.window.status_bar import StatusBar
from leadinbox.ui.window.window_state import restore_state, save_state

log = logging.getLogger("leadinbox.window")


class MainWindow(QMainWindow):
    def __init__(self, db, db_path: Path, settings: QSettings | None = None, *, report_dialogs: bool = True,
                 clock=None) -> None:
        super().__init__()
        self.db, self.db_path = db, db_path
        self.settings = settings or QSettings()
        self.reports: ReportsWindow | None = None
        self.instance = None     #: the SingleInstance holding this database's lock (app.py); None in tests
        self.row_menu: QMenu | None = None        # the inbox's context menu
        self.source = InboxSource(db, clock)
        self.model = InboxModel(self.source, self, clock=clock)
        self.model.hold()            # the first page is read once, by the refresh at the end
        self.changes = ChangeHub(self)
        self.jobs = Jobs(db_path, self.changes, self)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.setWindowTitle(APP_NAME)
        self.inbox = InboxPane(self.model, self.source)
        self.setCentralWidget(self.inbox)
        inbox = self.inbox
        self.filters, self.views, self.tree, self.detail, self.splitter = (
            inbox.filters, inbox.views, inbox.tree, inbox.detail, inbox.splitter)
        self.guard = DatabaseGuard(self)
        self.jobs.may_write = self.guard.check          # a job opens the path: the file must be ours
        self.imports = ImportController(self, db, self.jobs, self.status, self.settings,
                                        has_leads=self.source.count_all, report_dialogs=report_dialogs)
        self.followup = FollowUpController(self, db, self.settings, self.changes, self.status, self.tree,
                                           self.detail, clock=clock)
        self.backlog = attach_backlog(self)
        self.safety = SafetyController(self, db, self.jobs, self.status,
                                       current_customer=lambda: self.followup.current_customer(), clock=clock)
        self.mail = MailController(self, db, self.jobs, self.status, self.followup.undo_stack,
                                   self.followup.actions.touch, clock=clock)
        self.sources = SourcesController(self, db, self.jobs, self.status, self.model,
                                         tray=lambda: self.followup.tray, clock=clock)   # pulls only when connected
        self.team = TeamController(self, db, self.jobs, self.status, self.changes, self.followup, self.detail,
                                   clock=clock)                                  # syncs only on a team
        self.saved_views = SavedViews(self, self.settings, self.views, self.filters, self.tree, self.model)
        self.settings_pages = [self.safety.add_settings_page, self.mail.add_settings_page,   # a feature's page
                               self.sources.add_settings_page, self.team.add_settings_page]
        self.other_writers = OtherWriters(db, self.changes, self, self.jobs)
        self._connect()
        self._menus()
        self._clock = QTimer(self, interval=60_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self.setAcceptDrops(True)
        restore_state(self, self.settings)
        self.model.release()
        self.refresh()
        self.followup.notifier.start()

    def _connect(self) -> None:
        # Who hears of a change, in this order: the status bar's last message, the list and its counts, the
        # detail pane, the quick filters' choices, the reminders, the undo steps, the reports.
        for subscriber in (self.status.changed, self.model.apply, self._detail_changed, self._facets_changed,
                           self.followup.changed, self._reports_changed, self.imports.changed):
            self.changes.changed.connect(subscriber)
        self.model.counts_changed.connect(self.status.show_counts)
        self.inbox.current_settled.connect(self.followup.update_actions)
        self.inbox.current_settled.connect(self.team.update_actions)
        self.imports.imported.connect(self.model.highlight_batches)
        self.inbox.empty.import_requested.connect(self.imports.import_dialog)
        self.inbox.empty.sample_requested.connect(self.imports.open_samples)
        self.tree.menu_requested.connect(self._row_menu)

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
        act(file, self.tr("Import &history…"), self.imports.show_history, "Ctrl+H")
        act(file, self.tr("&Export…"), self.export_leads, "Ctrl+E")
        file.addSeparator()
        act(file, self.tr("&Quit"), self.close, "Ctrl+Q")
        edit = bar.addMenu(self.tr("&Edit"))
        act(edit, self.tr("&Find"), self.filters.focus_search, "Ctrl+F")
        act(edit, self.tr("&Clear search"), self.inbox.clear_search)
        edit.addSeparator()
        act(edit, self.tr("&Settings…"), self.show_settings, "Ctrl+,")
        lead = self.lead_menu = bar.addMenu(self.tr("&Lead"))
        self.followup.build_menus(edit, lead)
        self.backlog.build_menus(file, lead)
        self.safety.build_menus(file, lead)
        self.mail.build_menus(file)
        self.team.build_menus(lead)
        view = bar.addMenu(self.tr("&View"))
        for number, (key, label) in enumerate(VIEW_LABELS, start=1):
            act(view, label, lambda _=False, k=key: self.views.select(k), f"Ctrl+{number}")
        view.addSeparator()
        act(view, self.tr("&Save current view…"), self.saved_views.save, "Ctrl+Shift+S")
        self.f5 = act(view, self.tr("P&ull new leads"), self.sources.pull_new_leads, "F5")
        self.f5.triggered.connect(lambda: self.team.syncer.sync_now())      # the team too, when on one
        act(view, self.tr("&Refresh"), self.reload)
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
            self.inbox.clear_search()
            return
        super().keyPressEvent(event)

    # Data ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Every view reads its data again."""
        self.changes.emit(Changes(everything=True))

    def reload(self) -> None:
        """F5: read everything again; the status bar's last message is about the data as it was."""
        self.status.clear_message()
        self.refresh()

    def _detail_changed(self, changes: Changes) -> None:
        # A change to which customers are listed is followed by the list's reset (after_reset), which shows
        # the customer again when the list still holds them.
        if not changes.rows and changes.touches(self.detail.customer_id):
            self.detail.show_customer(self.detail.customer_id)

    def _facets_changed(self, changes: Changes) -> None:
        if changes.rows:     # the quick filters' choices group every lead (0.6 s at a million): after the list
            QTimer.singleShot(0, self.inbox.load_facets)

    def _reports_changed(self, _changes: Changes) -> None:
        """An open Reports window counts again (as a job) after the data changed."""
        if self.reports is not None and self.reports.isVisible():
            self.reports.view.refresh()

    def _tick(self) -> None:
        self.guard.check()
        self.model.tick()
        self.detail.tick()

    def use_database_at(self, path: Path) -> None:
        """The database was written to another place (the file was gone): the jobs open it there now. The
        connection `self.db` was already moved there (store.db_file.write_back)."""
        self.db_path = self.jobs.db_path = path
        # The one-window lock follows, or a LeadInbox started on the new path would open it a second time.
        if self.instance is not None and not self.instance.move_to(path):
            log.warning("another LeadInbox holds the lock of %s; this window keeps the old one", path)
        if self.reports is not None:          # it reads by path: a new one is made when asked
            self.reports.close()
            self.reports.deleteLater()
            self.reports = None

    # Drag and drop ------------------------------------------------------------------
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
            self.imports.import_files(paths)

    # The other windows ------------------------------------------------------------------
    def show_reports(self) -> None:
        if self.reports is None:
            self.reports = ReportsWindow(self.db_path, self.settings, self)
            self.filters.changed.connect(self.reports.view.set_inbox_query)
        self.reports.open_with(self.model.query, self.source.facets(hide_test=self.model.query.hide_test))

    def export_leads(self) -> None:
        ExportDialog(self.db, self.jobs, self.model.query, selection_of(self.tree), self, self.settings).exec()

    def show_settings(self) -> None:
        if show_settings(self, self.settings, self.db, self.jobs, self.status, self.settings_pages):
            self.close()          # the data folder moves: LeadInbox works from there when started again

    def closeEvent(self, event) -> None:
        self.guard.stop()
        self.other_writers.stop()
        self.safety.shutdown()
        self.mail.shutdown()
        self.sources.shutdown()
        self.team.shutdown()
        self.inbox.stop()
        if self.reports is not None:
            self.reports.close()
        self.jobs.shutdown()      # an import stops; an undo, restore or erase is never cut off: it commits first
        save_state(self, self.settings)
        super().closeEvent(event)

