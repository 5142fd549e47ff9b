"""Wires the lead sources into the main window: the puller, its line in the status bar, F5, the reminder for
new leads and the Settings page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QSystemTrayIcon

from leadinbox import APP_NAME
from leadinbox.ui.sources.puller import LeadPuller
from leadinbox.ui.sources.settings_page import LeadSourcesPage


class SourcesController(QObject):
    """Lead sources for the window `window`: pulls as jobs on `jobs` (new leads told on their change hub),
    the reminder on the status bar `bar` and the tray `tray()`, new batches highlighted in `model`."""

    def __init__(self, window, db, jobs, bar, model, *, tray=lambda: None, clock=None) -> None:
        super().__init__(window)
        self.window, self.db, self.jobs, self.bar, self.model, self.tray = window, db, jobs, bar, model, tray
        self.puller = LeadPuller(db, jobs, self, clock=clock)
        self.status = QLabel()          # "Leads pulled 10:42 · storage not reachable since 10:45"; empty: hidden
        self.status.setContentsMargins(8, 0, 8, 0)
        self.status.setVisible(False)
        self.puller.status_changed.connect(self.status.setText)
        self.puller.status_changed.connect(lambda text: self.status.setVisible(bool(text)))
        bar.addPermanentWidget(self.status)
        self.puller.new_leads.connect(self._arrived)
        self.last_reminder = ""
        self.puller.start()             # with no source connected: no timer, no socket

    def _arrived(self, text: str, batches) -> None:
        # The list was read afresh when the pull's change was told; what came is highlighted, said, reminded.
        self.model.highlight_batches(set(batches))
        tray = self.tray()
        if tray is not None:
            tray.showMessage(APP_NAME, text, QSystemTrayIcon.MessageIcon.Information, 10_000)
        self.bar.say(text)
        self.last_reminder = text

    def pull_new_leads(self) -> None:
        """View › Pull new leads (F5): read everything again, and pull the connected sources in the background."""
        self.window.reload()
        self.puller.pull_now()

    def add_settings_page(self, dialog) -> LeadSourcesPage:
        page = LeadSourcesPage(self.db, self.jobs, on_change=self.puller.start, read_at=self.puller.read_at)
        dialog.finished.connect(lambda _r: page.shutdown())     # a try still running finishes before the page goes
        dialog.add_page(QCoreApplication.translate("LeadSources", "Lead sources"), page)
        self.page = page
        return page

    def shutdown(self) -> None:
        self.puller.stop()
