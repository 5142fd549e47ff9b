"""Wires email into the main window: dropped and dragged messages logged (one undo step per drop), the
mailbox read in the background, what it did said in the status bar, its Settings page."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMessageBox

from leadinbox.core.errors import FileRefused
from leadinbox.core.mail.message import Address
from leadinbox.core.mail.reading import read_mail
from leadinbox.store.mail.log import ALREADY, ATTEMPT, DNC, NO_CUSTOMER, REPLY, AddressBook, keep_text
from leadinbox.store.mail.mailboxes import FAILED, list_mailboxes
from leadinbox.store.mail.people import add_as_leads
from leadinbox.ui.language.core_messages import message_text
from leadinbox.ui.language.i18n import format_time
from leadinbox.ui.mail import drop as drops
from leadinbox.ui.mail.commands import LogMail
from leadinbox.ui.mail.watcher import MailWatcher


class MailController(QObject):
    def __init__(self, window, *, clock=None) -> None:
        super().__init__(window)
        self.window, self.clock = window, clock
        self.tell = lambda title, text: QMessageBox.information(window, title, text)   # a seam for tests
        self.choose_people = self._choose_people                                         # a seam for tests
        self.status = QLabel()
        self.status.setContentsMargins(8, 0, 8, 0)
        window.statusBar().addPermanentWidget(self.status)
        self.watcher = MailWatcher(window.db, window.db_path, self)
        self.watcher.started.connect(lambda: self.status.setText("✉ " + self.tr("reading mail…")))
        self.watcher.read.connect(self._read)
        self.watcher.failed.connect(lambda text: self.status.setText("✉ " + text))
        self.last: list = []
        self.show_state()
        if self.watcher.has_mailbox():
            self.watcher.pull_now()         # at start: what came in while LeadInbox was closed

    def build_menus(self, file_menu) -> None:
        """File › Read mail now, beside the other File actions (before Quit); enabled with a mailbox."""
        from PySide6.QtGui import QAction, QKeySequence
        quit_action = file_menu.actions()[-1]
        self.read_action = QAction(self.tr("Read &mail now"), self.window)
        self.read_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.read_action.triggered.connect(self.pull_now)
        file_menu.insertAction(quit_action, self.read_action)
        file_menu.insertSeparator(quit_action)
        file_menu.aboutToShow.connect(lambda: self.read_action.setEnabled(
            self.watcher.has_mailbox() and not self.watcher.busy))

    # Dropping ------------------------------------------------------------------------------------
    def accepts(self, mime) -> bool:
        return drops.accepts(mime)

    def take(self, mime) -> list[Path]:
        """Log the messages of a drop; returns the files left to import (lead files and folders)."""
        drop = drops.split(mime)
        if (drop.mail_files or drop.dragged) and self.window.runner.busy:
            # An import holds the database: the messages wait for the user to drop them again.
            self.window.status_text.setText(self.tr("An import is running: drop the emails again when it is "
                                                    "done."))
        elif drop.mail_files or drop.dragged:
            self.log_files([(p, p.name) for p in drop.mail_files], drop.dragged, drop.dragged_count)
        return drop.lead_files

    def log_files(self, files: list[tuple[Path, str]], dragged: list[tuple[str, bytes]] = (),
                  dragged_count: int = 0) -> dict:
        """Read and log each message; one undo step for the whole drop. Returns the counts by status."""
        counts: dict[str, int] = {}
        refused: list[str] = []
        unmatched: dict[str, Address] = {}
        nobody: list = []               # the messages that named no customer: logged again once added
        added = None
        keep = keep_text(self.window.db)
        stack = self.window.followup.undo_stack
        with tempfile.TemporaryDirectory(prefix="leadinbox-drag-") as folder:
            items = list(files)
            for n, (name, data) in enumerate(dragged):
                path = Path(folder) / f"{n}.msg"
                path.write_bytes(data)              # extract-msg reads a file; it is gone after the drop
                items.append((path, name))
            commands = []
            book = AddressBook(self.window.db)       # one scan of the leads for the whole drop
            for path, name in items:
                try:
                    message = read_mail(path, keep_body=keep)
                except FileRefused as exc:
                    refused.append(f"{name}: {message_text(exc.message)}")
                    continue
                command = LogMail(self.window.db, message, self._changed, book=book)
                counts[command.log.status] = counts.get(command.log.status, 0) + 1
                if command.log.status == NO_CUSTOMER:
                    nobody.append(message)
                for address in command.log.unmatched:
                    unmatched.setdefault(address.email, address)
                if command.wrote:
                    commands.append(command)
            mine = {m.account.user.lower() for m in list_mailboxes(self.window.db)}
            people = [a for a in unmatched.values() if a.email not in mine]
            if people and (chosen := self.choose_people(people)):
                added = add_as_leads(self.window.db, chosen, at=min(
                    (m.sent_at for m in nobody if m.sent_at), default=None))
                for message in nobody:
                    command = LogMail(self.window.db, message, self._changed)
                    if command.wrote:
                        counts[NO_CUSTOMER] -= 1
                        counts[command.log.status] = counts.get(command.log.status, 0) + 1
                        commands.append(command)
        if commands or added is not None:
            if len(commands) > 1:
                stack.beginMacro(self.tr("Log %Ln email(s)", "", len(commands)))
            for command in commands:
                stack.push(command)
            if len(commands) > 1:
                stack.endMacro()
            self.window.refresh()          # the new customers too, when people were added as leads
        self.window.status_text.setText(self._summary(counts, refused))
        if dragged_count > len(dragged):
            self.tell(self.tr("Email"), self.tr("Outlook handed over only the first of the %1 messages you "
                                                "dragged. Drag them one at a time, or save them (File › Save "
                                                "As) and drop the files.").replace("%1", str(dragged_count)))
        return counts

    def _choose_people(self, people: list) -> list:
        from leadinbox.ui.mail.people_dialog import AddPeopleDialog
        dialog = AddPeopleDialog(people, self.window)
        return dialog.chosen() if dialog.exec() else []

    def _summary(self, counts: dict[str, int], refused: list[str]) -> str:
        parts = []
        for status, text in ((ATTEMPT, self.tr("%Ln email attempt(s) logged", "", counts.get(ATTEMPT, 0))),
                             (REPLY, self.tr("%Ln reply(s) logged", "", counts.get(REPLY, 0))),
                             (ALREADY, self.tr("%Ln already logged", "", counts.get(ALREADY, 0))),
                             (DNC, self.tr("%Ln to a do-not-contact customer (marked, not logged)", "",
                                           counts.get(DNC, 0))),
                             (NO_CUSTOMER, self.tr("%Ln without a customer", "", counts.get(NO_CUSTOMER, 0)))):
            if counts.get(status):
                parts.append(text)
        if refused:
            parts.append(self.tr("not an email: %1").replace("%1", "; ".join(refused)))
        return "; ".join(parts) + "."

    def _changed(self, customer_ids: list[int]) -> None:
        for customer_id in customer_ids:
            self.window.followup._changed(customer_id)

    # Watching ------------------------------------------------------------------------------------
    def pull_now(self) -> bool:
        return self.watcher.pull_now()

    def _read(self, results: list) -> None:
        self.last = results
        if any(r.customer_ids for r in results):
            self.window.refresh()        # and the window takes this write as its own, not another program's
        else:
            # Only the mailbox's state was written: ours, not another program's (whose writes end the undo
            # steps), and nothing to show again.
            from leadinbox.store.db import data_version
            self.window._seen_version = data_version(self.window.db)
        self.show_state()

    def show_state(self) -> None:
        """The status bar's mailbox part: when it was last read and what it logged, or why it failed."""
        boxes = list_mailboxes(self.window.db)
        if not boxes:
            self.status.clear()
            self.status.hide()
            return
        self.status.show()
        failed = [r for r in self.last if r.status == FAILED]
        if failed:
            r = failed[0]
            text = self.tr("%1: %2; trying again at %3").replace("%1", r.mailbox).replace(
                "%2", message_text(r.refusal.message) if r.refusal else (r.error or "")).replace(
                "%3", format_time(self.watcher.next_at.astimezone()) if self.watcher.next_at else "–")
            self.status.setText("⚠ ✉ " + text)
            return
        logged = sum(r.counts.get(ATTEMPT, 0) + r.counts.get(REPLY, 0) for r in self.last)
        read_at = max((b.state.read_at or "" for b in boxes), default="")
        if not read_at:
            self.status.setText("✉ " + self.tr("mailbox not read yet"))
            return
        from datetime import datetime
        when = format_time(datetime.fromisoformat(read_at.replace("Z", "+00:00")).astimezone())
        text = self.tr("mail read %1").replace("%1", when)
        if logged:
            text += " · " + self.tr("%Ln logged", "", logged)
        self.status.setText("✉ " + text)
        self.status.setToolTip("\n".join(f"{b.name}: {b.account.address}" for b in boxes))

    def add_settings_page(self, dialog):
        from leadinbox.ui.mail.settings_page import MailboxPage
        page = MailboxPage(self.window.db, self.window.db_path)
        page.changed.connect(self._mailboxes_changed)
        page.read_requested.connect(self.pull_now)
        self.watcher.read.connect(lambda _r: page.show_connected())
        dialog.add_page(self.tr("Mailbox"), page)
        dialog.finished.connect(lambda _r: page.shutdown())
        self.page = page
        return page

    def _mailboxes_changed(self) -> None:
        self.show_state()
        if self.watcher.has_mailbox():
            self.watcher.pull_now()
        else:
            self.watcher.schedule()          # none left: no timer, no connection

    def shutdown(self) -> None:
        self.watcher.stop()
