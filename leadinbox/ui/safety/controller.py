"""Wires the data's safety into the window: File › Back up now / Restore backup…, Lead › Erase person…,
Settings › Backups and privacy, the daily backup, and what to say when a backup fails or finds damage."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from leadinbox.core.changes import Changes
from leadinbox.store.safety.backups import folder_for, list_backups
from leadinbox.store.db import StoreError
from leadinbox.store.safety.erase import describe, erase_customer
from leadinbox.store.failures import explain
from leadinbox.store.safety.restore import restore_backup
from leadinbox.store.stats import totals
from leadinbox.ui.safety.backup_scheduler import BackupScheduler
from leadinbox.ui.safety.erase_dialog import EraseDialog
from leadinbox.ui.language.i18n import format_datetime
from leadinbox.ui.safety.privacy_page import PrivacyPage
from leadinbox.ui.safety.restore_dialog import RestoreDialog


class SafetyController(QObject):
    """Backups, restore, erase and retention for the window `parent`: writes as jobs on `jobs` (their change
    told on its hub), messages on `status`; `current_customer()` is who Erase person… erases."""

    def __init__(self, parent, db, jobs, status, *, current_customer, clock=None) -> None:
        super().__init__(parent)
        self.parent_widget, self.db, self.jobs, self.status = parent, db, jobs, status
        self.current_customer = current_customer
        self.clock = clock
        self.run = lambda dialog: dialog.exec()      # tests answer dialogs themselves
        self.tell = lambda title, text: QMessageBox.warning(parent, title, text)
        self.scheduler = BackupScheduler(jobs, self, clock=clock)
        self.scheduler.backed_up.connect(self._backed_up)
        self.scheduler.failed.connect(lambda text: self.tell(self.tr("Backup failed"), text))
        self.scheduler.damaged.connect(self._damaged)
        self.scheduler.retention_applied.connect(self._retention_applied)

    def build_menus(self, file_menu, lead_menu) -> None:
        quit_action = file_menu.actions()[-1]
        for text, slot in ((self.tr("&Back up now"), self.back_up_now),
                           (self.tr("&Restore backup…"), self.show_restore)):
            action = QAction(text, self.parent_widget)
            action.triggered.connect(slot)
            file_menu.insertAction(quit_action, action)
        file_menu.insertSeparator(quit_action)
        lead_menu.addSeparator()
        erase = QAction(self.tr("&Erase person…"), self.parent_widget)
        erase.triggered.connect(self.erase_current)
        lead_menu.addAction(erase)

    def start(self) -> None:
        self.scheduler.start()

    def shutdown(self) -> None:
        self.scheduler.stop()

    def _refuse_while_importing(self, message: str) -> bool:
        if self.jobs.busy("import"):
            self.status.say(message)
            return True
        return False

    # Backups ---------------------------------------------------------------------
    def back_up_now(self) -> None:
        if self.scheduler.check(force=True):
            self.status.say(self.tr("Backing up…"))

    def _backed_up(self, backup) -> None:
        # Said when asked for (Back up now said "Backing up…"); the daily one leaves the status bar to what the
        # user did last ("Attempt logged on 2 leads."), which it replaced a minute after the start.
        if backup.reason != "daily":
            self.status.say(self.tr("Backed up to %s.") % backup.path.name)

    def show_restore(self) -> None:
        if not self.jobs.may_write():
            return
        now = totals(self.db)
        dialog = RestoreDialog(self.jobs.db_path, (now["customers"], now["leads"]), self.parent_widget)
        dialog.restore_requested.connect(self.restore)
        self.run(dialog)

    def restore(self, backup) -> bool:
        """Starts the restore (seconds at 100,000 leads) in the background; True when it was started."""
        if self._refuse_while_importing(self.tr("An import is running: restore when it has finished.")):
            return False
        self.scheduler.wait()
        db_path = self.jobs.db_path
        taken = format_datetime(backup.taken_at.astimezone())
        job = self.jobs.write(lambda task: restore_backup(task.db, db_path, backup), name="restore",
                              changes=Changes.all())
        job.modal(self.tr("Restore backup"), self.tr("Restoring the backup of %s…") % taken, self.parent_widget)
        return job.on_done(lambda outcome: self._restored(outcome, taken)).run() is not None

    def _restored(self, outcome, taken: str) -> None:
        if isinstance(outcome.error, (StoreError, sqlite3.Error, OSError)):
            self.tell(self.tr("Restore failed"), explain(outcome.error, database=self.jobs.db_path)
                      or str(outcome.error))
            return
        if outcome.error is not None:
            raise outcome.error          # a bug: the exception hook's dialog
        self.status.say(self.tr("Restored the backup of %s; the database as it was is in %s.") % (
            taken, outcome.value.safety_copy.name))

    def add_settings_page(self, dialog) -> PrivacyPage:
        page = PrivacyPage(self.db, self.jobs.db_path, clock=self.clock)
        page.backup_requested.connect(self.back_up_now)
        page.restore_requested.connect(lambda: (dialog.reject(), self.show_restore()))
        page.data_changed.connect(lambda: self.jobs.changes.emit(Changes.all()))
        self.scheduler.backed_up.connect(page.backups_changed)
        dialog.add_page(self.tr("Backups and privacy"), page)
        return page

    # Erasing ---------------------------------------------------------------------
    def erase_current(self) -> bool:
        """Asks, then starts the erase in the background; True when it was started."""
        customer_id = self.current_customer()
        what = describe(self.db, customer_id) if customer_id is not None else None
        if what is None or self._refuse_while_importing(
                self.tr("An import is running: erase when it has finished.")):
            return False
        folder = folder_for(self.jobs.db_path)
        if self.run(EraseDialog(what, len(list_backups(folder)), self.parent_widget)) != QDialog.DialogCode.Accepted:
            return False
        # The erase rewrites the search index and every backup: seconds on a big database, in the background.
        job = self.jobs.write(lambda task: erase_customer(task.db, customer_id, backups=folder), name="erase",
                              changes=Changes.all())
        job.modal(self.tr("Erase person"), self.tr("Erasing %s and everything recorded about them…") % (
            what.name or what.email or self.tr("this customer")), self.parent_widget)
        return job.on_done(lambda outcome: self._erased(outcome, folder)).run() is not None

    def _erased(self, outcome, folder) -> None:
        if isinstance(outcome.error, (sqlite3.Error, OSError)):
            self.tell(self.tr("Erase failed"), explain(outcome.error, database=self.jobs.db_path)
                      or str(outcome.error))
            return
        if outcome.error is not None:
            raise outcome.error          # a bug: the exception hook's dialog
        done = outcome.value
        self.status.say(self._erased_text(done))
        if done.backups_failed:
            self.tell(self.tr("Erase person"), self.tr(
                "%Ln backup(s) could not be changed (damaged, read-only, or a full disk) and still hold this "
                "person. Fix that and run “leadinbox erase %1”, or delete them from %2.", "", done.backups_failed)
                .replace("%1", done.email or "EMAIL").replace("%2", str(folder)))
        if done.index_pending:
            self.tell(self.tr("Erase person"), self.tr(
                "The disk is full. The person is erased and no search finds them, but their words stay in unused "
                "parts of the search index until LeadInbox can rewrite it. Free some space: LeadInbox "
                "rewrites the index the next time it starts."))

    def _erased_text(self, done) -> str:
        """One plural per count ("1 lead", not "1 leads"), and no "0 notes" for someone who had none."""
        parts = [self.tr("%Ln lead(s)", "", done.leads)]
        parts += [text for n, text in ((done.attempts, self.tr("%Ln attempt(s)", "", done.attempts)),
                                       (done.notes, self.tr("%Ln note(s)", "", done.notes))) if n]
        text = self.tr("Erased: %1.").replace("%1", self.tr(", ", "between the counts of what was erased")
                                               .join(parts))
        if done.backups:
            text += " " + self.tr("Removed from %Ln backup(s).", "", done.backups)
        return text

    def _retention_applied(self, what) -> None:
        self.status.say(self.tr("Retention: erased %Ln lead(s) older than %1.", "", what.leads)
                                        .replace("%1", self.tr("%Ln month(s)", "", what.months)))

    def _damaged(self, detail: str) -> None:
        self.tell(self.tr("The database is damaged"), self.tr(
            "SQLite found damage in the database (%s). No backup was made of it, so your good backups are kept. "
            "Use File › Restore backup… to restore the newest good one; the database as it is now is kept in "
            "the backups folder first.") % detail)
