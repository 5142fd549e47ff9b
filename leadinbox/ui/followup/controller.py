"""Wires follow-up into the main window: the Lead menu and its keys, undo/redo, the due count, reminders."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from leadinbox import APP_NAME
from leadinbox.ui.followup.reminders import DueNotifier
from leadinbox.ui.followup.actions import FollowUpActions
from leadinbox.ui.help import shortcuts
from leadinbox.ui.language.i18n import format_number
from leadinbox.ui.inbox.columns import CUSTOMER_ID_ROLE


class FollowUpController(QObject):
    """Follow-up for the window `window` (dialogs, its title, the tray): `tree` and `detail` say which
    customer is acted on; the changes go to the hub `changes`, the messages to `status`."""

    def __init__(self, window, db, settings, changes, status, tree, detail, *, clock=None) -> None:
        super().__init__(window)
        self.window, self.status, self.tree, self.detail = window, status, tree, detail
        self.undo_stack = QUndoStack(self)
        self.actions = FollowUpActions(db, window, self.undo_stack, settings, changes=changes, clock=clock)
        self.actions.message.connect(status.say)
        self.notifier = DueNotifier(db, self, clock=clock)
        self.notifier.count_changed.connect(self._due_count)
        self.notifier.became_due.connect(self._remind)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.activated.connect(lambda *_: (window.showNormal(), window.raise_(), window.activateWindow()))
            self.tray.show()
        self.due = 0
        self._texts: dict = {}
        bar = detail.actions
        # Log attempt and Plan call act on the selection as their Lead menu entries do (the pane says so).
        for signal, slot in ((bar.email, self.actions.email), (bar.call, self.actions.call),
                             (bar.attempt, self._attempt_selected), (bar.note, self.actions.add_note),
                             (bar.plan_call, self._plan_selected)):
            signal.connect(lambda slot=slot: self._on_current(slot))
        bar.status.connect(lambda status: self._on_current(self._status, status))
        detail.close_proposed.connect(lambda: self._on_current(self.actions.set_status, "no_response"))

    def current_customer(self) -> int | None:
        index = self.tree.currentIndex()
        if index.isValid():
            return index.data(CUSTOMER_ID_ROLE)
        return self.detail.customer_id

    def selected_customers(self) -> list[int]:
        """The customers of the selected rows (a lead row counts as its customer), in list order."""
        ids = [i.data(CUSTOMER_ID_ROLE) for i in self.tree.selectionModel().selectedRows()]
        return list(dict.fromkeys(i for i in ids if i is not None))

    def _assign_selected(self, customer_id: int) -> None:
        self.actions.assign_owner(customer_id, customer_ids=self.selected_customers() or None)

    def _attempt_selected(self, customer_id: int) -> None:
        # Several customers selected (one email to many): an attempt for each, as Assign owner does.
        selected = self.selected_customers()
        if len(selected) > 1 and customer_id in selected:
            self.actions.log_attempts(selected)
        else:
            self.actions.log_attempt(customer_id)

    def _plan_selected(self, customer_id: int) -> None:
        selected = self.selected_customers()
        if len(selected) > 1 and customer_id in selected:
            self.actions.plan_calls(selected)
        else:
            self.actions.plan_call(customer_id)

    # Set by the backlog controller: several customers selected, a status goes to all of them at once.
    bulk = None
    BULK = ("won", "lost", "no_response", "new", "dnc")

    def _status(self, customer_id: int, status: str) -> None:
        selected = self.selected_customers()
        if self.bulk is not None and status in self.BULK and len(selected) > 1 and customer_id in selected:
            self.bulk.set_status(selected, "reopen" if status == "new" else status)
        else:
            self.actions.set_status(customer_id, status)

    def _on_current(self, slot, *args) -> None:
        customer_id = self.current_customer()
        if customer_id is not None:
            slot(customer_id, *args)

    def build_menus(self, edit_menu, lead_menu) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        undo.setProperty(shortcuts.NAME, self.tr("&Undo"))
        redo.setProperty(shortcuts.NAME, self.tr("&Redo"))
        # Said after the step (these slots run after the stack's own): the step undone is now the redo text.
        undo.triggered.connect(lambda: self.status.say(
            self.tr("Undone: %1").replace("%1", self.undo_stack.redoText())))
        redo.triggered.connect(lambda: self.status.say(
            self.tr("Redone: %1").replace("%1", self.undo_stack.undoText())))
        first = edit_menu.actions()[0] if edit_menu.actions() else None
        edit_menu.insertActions(first, [undo, redo])
        edit_menu.insertSeparator(first)
        a = self.actions
        # Each item its own access key (tests/ui/test_access_keys.py), also with Erase person… (&E) below.
        for text, key, slot in (
                (self.tr("E&mail…"), "E", a.email), (self.tr("&Call"), "C", a.call),
                (self.tr("Log &attempt…"), "A", self._attempt_selected), (self.tr("Log &reply"), "R", a.log_reply),
                (self.tr("&Plan call…"), "P", self._plan_selected), (self.tr("Add &note…"), "N", a.add_note),
                (self.tr("C&hange status…"), "S", lambda cid: self.detail.actions.status_button.showMenu()),
                (self.tr("&Qualify…"), "Q", lambda cid: a.set_status(cid, "qualified")),
                (self.tr("Mark &won"), "W", lambda cid: self._status(cid, "won")),
                (self.tr("Mark &lost"), "L", lambda cid: self._status(cid, "lost")),
                (self.tr("Clo&se, no response"), None, lambda cid: self._status(cid, "no_response")),
                (self.tr("Re&open"), None, lambda cid: self._status(cid, "new")),
                (self.tr("Ass&ign owner…"), "O", self._assign_selected),
                (self.tr("&Do not contact…"), None, lambda cid: self._status(cid, "dnc"))):
            action = QAction(text, self.window)
            if key:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, slot=slot: self._on_current(slot))
            lead_menu.addAction(action)
            self._texts[action] = text
            action.setProperty(shortcuts.NAME, text)
        lead_menu.setToolTipsVisible(True)
        actions = lead_menu.actions()
        # Contact (email, call, attempt, plan call) and the statuses that work on a selection, by position.
        self._contact = [actions[i] for i in (0, 1, 2, 4)]
        self._many = [actions[i] for i in (2, 4, 8, 9, 10, 11, 12, 13)]
        self.lead_menu = lead_menu
        self.update_actions()

    def update_actions(self) -> None:
        """The Lead menu (and its keys) only with a customer to act on: without one a key would do nothing,
        and say nothing. The main window calls this when the current customer changes."""
        current = self.current_customer()
        enabled = current is not None
        for action in self.lead_menu.actions():
            action.setEnabled(enabled)
        # Several customers selected: the entries that act on all of them say so.
        selected = self.selected_customers()
        many = len(selected) if enabled and len(selected) > 1 and current in selected else 0
        self.detail.actions.set_selection(many)
        for action in self._many:
            text = self._texts[action]
            action.setText(self.tr("%1 (%Ln customers)", "", many).replace("%1", text) if many else text)
        # Do not contact: contact is greyed out, with the reason, as in the detail pane.
        customer = self.detail.current if enabled and many == 0 else None
        dnc = bool(customer and customer.get("dnc"))
        why = self.tr("Do not contact: this customer asked not to be contacted.")
        for action in self._contact:
            if dnc:
                action.setEnabled(False)
            action.setToolTip(why if dnc else self._texts[action].replace("&", "").rstrip("…"))
        # Nothing to write to or dial: greyed out with the reason, as the pane's buttons are (E opened a box).
        for action, field, reason in ((self._contact[0], "email", self.tr("This customer has no email address.")),
                                      (self._contact[1], "phone", self.tr("This customer has no phone number."))):
            if customer and not dnc and not customer.get(field):
                action.setEnabled(False)
                action.setToolTip(reason)

    def changed(self, changes) -> None:
        """Subscribed to the change hub: what is due is counted again; undo steps that point at rows which
        may be gone or replaced (erase, restore, another program) go, and after another program the user
        hears why Ctrl+Z no longer does anything."""
        self.notifier.check()
        if changes.breaks_undo and self.undo_stack.count():
            self.undo_stack.clear()
            if changes.outside:
                self.status.say(self.tr("Another program changed the database; earlier steps can no longer be "
                                        "undone."))

    def _due_count(self, due: int) -> None:
        self.due = due
        self.window.setWindowTitle(self.tr("%s – %s due") % (APP_NAME, format_number(due)) if due else APP_NAME)
        if self.tray:
            self.tray.setToolTip(self.tr("%s – %s due") % (APP_NAME, format_number(due)) if due else APP_NAME)

    def _remind(self, fresh: list[dict]) -> None:
        if len(fresh) == 1:
            who = fresh[0]["full_name"] or fresh[0]["email"] or ""
            text = self.tr("%s is due: %s") % (who, {"reply": self.tr("first reply"),
                                                     "attempt": self.tr("next attempt"),
                                                     "call": self.tr("planned call"),
                                                     "close": self.tr("close?")}.get(fresh[0]["due_kind"], ""))
        else:
            text = self.tr("%s customers have a reply, attempt or call due.") % format_number(max(self.due, 1))
        if self.tray:
            self.tray.showMessage(APP_NAME, text, QSystemTrayIcon.MessageIcon.Information, 10_000)
        self.status.say(text)
        self.last_reminder = text
