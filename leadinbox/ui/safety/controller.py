"""Wires the data's safety into the window: File › Back up now / Restore backup…, Lead › Erase person…,
Settings › Backups and privacy, the daily backup, and what to say when a backup fails or finds damage."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

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


class TrustController(QObject):
    def __init__(self, window, *, clock=None) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.run = lambda dialog: dialog.exec()      # tests answer dialogs themselves
        self.tell = lambda title, text: QMessageBox.warning(window, title, text)
        self.scheduler = BackupScheduler(window.db_path, self, clock=clock)
        # A backup opens the path: a new file there would be backed up instead of the user's data.
        # Not beside an undo, restore or erase: its retention step would wait for their lock.
        self.scheduler.may_run = lambda: not window.writes.busy and window.guard.check()
        self.scheduler.backed_up.connect(
            lambda b: window.status_text.setText(self.tr("Backed up to %s.") % b.path.name))
        self.scheduler.failed.connect(lambda text: self.tell(self.tr("Backup failed"), text))
        self.scheduler.damaged.connect(self._damaged)
        self.scheduler.retention_applied.connect(self._retention_applied)

    def build_menus(self, file_menu, lead_menu) -> None:
        quit_action = file_menu.actions()[-1]
        for text, slot in ((self.tr("&Back up now"), self.back_up_now),
                           (self.tr("&Restore backup…"), self.show_restore)):
            action = QAction(text, self.window)
            action.triggered.connect(slot)
            file_menu.insertAction(quit_action, action)
        file_menu.insertSeparator(quit_action)
        lead_menu.addSeparator()
        erase = QAction(self.tr("&Erase person…"), self.window)
        erase.triggered.connect(self.erase_current)
        lead_menu.addAction(erase)

    def files_from_another_start(self, files: list) -> None:
        """LeadInbox was started again on this database (e.g. *Open with* on a file): come to the front and
        import what it was given."""
        window = self.window
        if QGuiApplication.platformName() != "offscreen":     # (no windows to raise there)
            if window.isMinimized():
                window.showNormal()
            window.raise_()
            window.activateWindow()
        if files:
            window.import_files(files)

    def start(self) -> None:
        self.scheduler.start()

    def shutdown(self) -> None:
        self.scheduler.stop()

    def _refuse_while_importing(self, message: str) -> bool:
        if self.window.runner.busy:
            self.window.status_text.setText(message)
            return True
        return False

    # Backups ---------------------------------------------------------------------
    def back_up_now(self) -> None:
        if not self.window.guard.check():
            return
        if self.scheduler.check(force=True):
            self.window.status_text.setText(self.tr("Backing up…"))

    def show_restore(self) -> None:
        if not self.window.guard.check():
            return
        now = totals(self.window.db)
        dialog = RestoreDialog(self.window.db_path, (now["customers"], now["leads"]), self.window)
        dialog.restore_requested.connect(self.restore)
        self.run(dialog)

    def restore(self, backup) -> bool:
        """Starts the restore (seconds at 100,000 leads) in the background; True when it was started."""
        if self._refuse_while_importing(self.tr("An import is running: restore when it has finished.")):
            return False
        if not self.window.guard.check():
            return False
        self.scheduler.wait()
        db_path = self.window.db_path
        taken = format_datetime(backup.taken_at.astimezone())
        return self.window.writes.start(
            lambda db: restore_backup(db, db_path, backup), lambda outcome: self._restored(outcome, taken),
            title=self.tr("Restore backup"), text=self.tr("Restoring the backup of %s…") % taken,
            parent=self.window)

    def _restored(self, outcome, taken: str) -> None:
        if isinstance(outcome.error, (StoreError, sqlite3.Error, OSError)):
            self.tell(self.tr("Restore failed"), explain(outcome.error, database=self.window.db_path)
                      or str(outcome.error))
            return
        if outcome.error is not None:
            raise outcome.error          # a bug: the exception hook's dialog
        self._after_change()
        self.window.status_text.setText(self.tr("Restored the backup of %s; the database as it was is in %s.") % (
            taken, outcome.value.safety_copy.name))

    def add_settings_page(self, dialog) -> PrivacyPage:
        page = PrivacyPage(self.window.db, self.window.db_path, clock=self.clock)
        page.backup_requested.connect(self.back_up_now)
        page.restore_requested.connect(lambda: (dialog.reject(), self.show_restore()))
        page.data_changed.connect(self._after_change)
        self.scheduler.backed_up.connect(page.backups_changed)
        dialog.add_page(self.tr("Backups and privacy"), page)
        return page

    # Erasing ---------------------------------------------------------------------
    def erase_current(self) -> bool:
        """Asks, then starts the erase in the background; True when it was started."""
        customer_id = self.window.followup.current_customer()
        what = describe(self.window.db, customer_id) if customer_id is not None else None
        if what is None or self._refuse_while_importing(
                self.tr("An import is running: erase when it has finished.")):
            return False
        folder = folder_for(self.window.db_path)
        if self.run(EraseDialog(what, len(list_backups(folder)), self.window)) != QDialog.DialogCode.Accepted:
            return False
        # The erase rewrites the search index and every backup: seconds on a big database, in the background.
        return self.window.writes.start(
            lambda db: erase_customer(db, customer_id, backups=folder), lambda outcome: self._erased(outcome, folder),
            title=self.tr("Erase person"), text=self.tr("Erasing %s and everything recorded about them…") % (
                what.name or what.email or self.tr("this customer")), parent=self.window)

    def _erased(self, outcome, folder) -> None:
        if isinstance(outcome.error, (sqlite3.Error, OSError)):
            self.tell(self.tr("Erase failed"), explain(outcome.error, database=self.window.db_path)
                      or str(outcome.error))
            return
        if outcome.error is not None:
            raise outcome.error          # a bug: the exception hook's dialog
        done = outcome.value
        self._after_change()
        self.window.status_text.setText(self._erased_text(done))
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

    # After a change the views did not make ---------------------------------------
    def _after_change(self) -> None:
        # Undo entries point at rows that are gone or were replaced: they cannot be undone any more.
        self.window.followup.undo_stack.clear()
        self.window.detail.show_customer(None)
        self.window.refresh()

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
        self._after_change()
        self.window.status_text.setText(self.tr("Retention: erased %Ln lead(s) older than %1.", "", what.leads)
                                        .replace("%1", self.tr("%Ln month(s)", "", what.months)))

    def _damaged(self, detail: str) -> None:
        self.tell(self.tr("The database is damaged"), self.tr(
            "SQLite found damage in the database (%s). No backup was made of it, so your good backups are kept. "
            "Use File › Restore backup… to restore the newest good one; the database as it is now is kept in "
            "the backups folder first.") % detail)
