"""Working a backlog from the window: the Lead and File menu entries for a selection (status, tags, start
from today), the detail pane's edit form, tag chips and company link, adding a lead by hand, and the
"N more in All" hint under the search."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from leadinbox.ui.followup.bulk import BulkActions
from leadinbox.ui.help import shortcuts
from leadinbox.ui.jobs import Job, Latest, Outcome

log = logging.getLogger("leadinbox.backlog")


class BacklogController(QObject):
    """`notify(customer_ids)` tells the window what changed; `say(text)` puts a line in the status bar;
    `selected()` and `current()` are the customers acted on (FollowUpController's); `show_view(key)` switches
    the inbox's view; `select(customer_id)` makes a customer current."""

    def __init__(self, window, db, source, undo_stack, detail, filters, jobs, *, say: Callable[[str], None],
                 notify: Callable[[list[int]], None], selected: Callable[[], list[int]],
                 current: Callable[[], int | None], show_view: Callable[[str], None],
                 select: Callable[[int], None]) -> None:
        super().__init__(window)
        self.window, self.db, self.source, self.detail, self.filters = window, db, source, detail, filters
        self.selected, self.current, self.show_view, self.select = selected, current, show_view, select
        self.bulk = BulkActions(db, window, undo_stack)
        self.bulk.changed.connect(notify)
        self.bulk.message.connect(say)
        detail.edit_saved.connect(self._save_edit)
        detail.tag_add.connect(lambda customer: self.bulk.add_tag([customer]))
        detail.tag_remove.connect(lambda customer, tag: self.bulk.remove_tag([customer], tag))
        detail.company_open.connect(self.show_company)
        filters.show_all.connect(lambda: self.show_view("all"))
        self.actions: list[QAction] = []
        self._texts: dict[QAction, str] = {}
        self._many: tuple[QAction, ...] = ()
        self.jobs, self._asked = jobs, None
        # The hint's count: one at a time; a newer search stops the older count, whose answer would be dropped.
        self.counting = Latest(self, self._count_job, cancel_older=True)
        self.counting.answered.connect(self._counted)

    # Which customers ------------------------------------------------------------------------------
    def targets(self) -> list[int]:
        """The selection when the current customer is in it (or nothing is current), else the current one."""
        selected, current = self.selected(), self.current()
        if current is None or current in selected:
            return selected
        return [current]

    def set_status(self, status: str) -> bool:
        return self.bulk.set_status(self.targets(), status)

    # Menus ----------------------------------------------------------------------------------------
    def build_menus(self, file_menu, lead_menu) -> None:
        add = QAction(self.tr("&Add lead…"), self.window, shortcut=QKeySequence("Ctrl+N"))
        add.triggered.connect(self.add_lead)
        first = file_menu.actions()[1] if len(file_menu.actions()) > 1 else None
        file_menu.insertAction(first, add)
        lead_menu.addSeparator()
        for text, key, slot in ((self.tr("Edi&t contact details"), "F2", self.detail.begin_edit),
                                (self.tr("Add ta&g…"), "T", lambda: self.bulk.add_tag(self.targets())),
                                (self.tr("Deal &value…"), "V", self.deal_value),
                                (self.tr("Compan&y…"), None, lambda: self.show_company(self.current())),
                                (self.tr("Start &from today…"), None, self.start_from_today)):
            action = QAction(text, self.window)
            if key:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, slot=slot: slot())
            lead_menu.addAction(action)
            self.actions.append(action)
            self._texts[action] = text
            action.setProperty(shortcuts.NAME, text)
        self.start_action = self.actions[-1]
        self._many = (self.actions[1], self.start_action)     # tag and start from today take the selection
        self.update_actions()

    def update_actions(self) -> None:
        """Each entry only with a customer to act on; Start from today also with none (then: every lead)."""
        has = self.current() is not None
        for action in self.actions:
            action.setEnabled(has or action is self.start_action)
        many = len(self.targets()) if has else 0
        for action in self._many:
            text = self._texts[action]
            action.setText(self.tr("%1 (%Ln customers)", "", many).replace("%1", text) if many > 1 else text)

    def start_from_today(self) -> bool:
        selected = self.selected()
        return self.bulk.start_from_today(selected if len(selected) > 1 else None)

    # One customer ---------------------------------------------------------------------------------
    def _save_edit(self, customer_id: int, values: dict) -> None:
        if customer_id is not None and self.bulk.edit_contact(customer_id, values):
            self.detail.end_edit()
            self.detail.show_customer(customer_id if self.source.customer(customer_id) else None)

    def add_lead(self) -> int | None:
        from leadinbox.ui.importing.add_lead_dialog import AddLeadDialog
        offers = [label for _, label in self.source.facets(hide_test=True).get("offers", [])]
        dialog = AddLeadDialog(self.window, offers=offers)
        if self.bulk.run(dialog) != QDialog.DialogCode.Accepted:
            return None
        customer = self.bulk.add_lead(dialog.values())
        if customer is not None:
            self.select(customer)
        return customer

    def deal_value(self) -> bool:
        from leadinbox.ui.followup.deal_dialog import DealDialog
        customer = self.current()
        if customer is None:
            return False
        leads = [lead for lead in self.source.leads(customer) if lead["status"] in ("won", "qualified")]
        if not leads:
            self.bulk.tell(self.tr("Deal value"), self.tr("Only a Won or Qualified lead has a deal value: mark "
                                                          "the lead Won (W) or qualify it (Q) first."))
            return False
        dialog = DealDialog(self.window, leads=leads, values={lead["id"]: self.source.deal(lead["id"])
                                                              for lead in leads})
        if self.bulk.run(dialog) != QDialog.DialogCode.Accepted:
            return False
        from leadinbox.ui.followup import bulk_commands as cmd
        return self.bulk.push(lambda: cmd.SetDeal(self.db, customer, dialog.lead_ids(), dialog.amount(),
                                                  dialog.currency(), self.bulk._notify)) is not None

    def show_company(self, customer_id: int | None) -> None:
        from leadinbox.ui.inbox.company_dialog import CompanyDialog
        if customer_id is None:
            return
        value = self.source.company_of(customer_id)
        if value is None:
            self.bulk.tell(self.tr("Company"), self.tr("This customer gives no company name and writes from a "
                                                       "free-mail address: LeadInbox cannot tell their company."))
            return
        name, members = self.source.company(value)
        dialog = CompanyDialog(name, value, members, self.window)
        dialog.open_customer.connect(self.select)
        dialog.filter_inbox.connect(lambda v: (self.filters.set_company(v, name), self.show_view("all")))
        self.bulk.run(dialog)

    # "N more in All" ------------------------------------------------------------------------------
    def more_in_all(self, query) -> None:
        """Count, in the background, how many more customers the search finds in All (closed and
        do-not-contact included) than the view shows; the filter bar's hint says it when the count comes.
        Counting All reads every matching customer (a second at a million): never on the GUI thread."""
        self._asked = query
        if not query.search.strip() or query.view == "all" and not query.hide_dnc:
            self.filters.set_more(0)
            return
        self.counting.ask(query)

    def _count_job(self, query) -> Job:
        return self.jobs.read(lambda task: _more(self.source, task.db, query), name="more-in-all", parent=self)

    def _counted(self, query, outcome: Outcome) -> None:
        if query != self._asked:   # the search changed meanwhile (to one not counted): not its answer
            return
        if outcome.error is not None:    # a busy or vanished file: no hint rather than a wrong one
            log.warning("counting the customers in All failed", exc_info=outcome.error)
        self.filters.set_more(outcome.value if outcome.ok else 0)


def _more(source, db, query) -> int:
    """On `db` (a reader in a job): the customers the search finds in All beyond those of the view."""
    everywhere = replace(query, view="all", hide_dnc=False)
    return source.count_on(db, everywhere)[0] - source.count_on(db, query)[0]


def attach(window) -> BacklogController:
    """Wire the backlog controller into the main window (its menus are added by `build_menus`). What a
    backlog step changed goes to the change hub like every other write; the views read again from there."""
    from PySide6.QtCore import QTimer

    from leadinbox.core.changes import Changes

    def changed(ids: list[int]) -> None:
        merged_away = any(window.source.customer(i) is None for i in ids)
        # Many rows, or one merged away: the list is read again; a new tag is offered by the tag filter.
        window.changes.emit(Changes.all(breaks_undo=False) if len(ids) > 50 or merged_away
                            else Changes.of(customers=ids, settings=["tags"]))
        QTimer.singleShot(0, window.inbox.load_facets)

    def select(customer_id: int) -> None:
        row = window.model.row_of(customer_id)
        if row is None:
            # Not in the list as filtered: find them by their email (or name) in All.
            customer = window.source.customer(customer_id) or {}
            window.views.select("all")
            window.filters.search.setText(customer.get("email") or customer.get("full_name") or "")
            window.filters._emit()
            row = window.model.row_of(customer_id)
        if row is not None:
            window.tree.setCurrentIndex(window.model.index(row, 0))
        window.detail.show_customer(customer_id)

    followup = window.followup
    controller = BacklogController(
        window, window.db, window.source, followup.undo_stack, window.detail, window.filters, window.jobs,
        say=window.status.say, notify=changed, selected=followup.selected_customers,
        current=followup.current_customer, show_view=window.views.select, select=select)
    followup.bulk = controller.bulk

    def settled(*_args) -> None:
        followup.update_actions()
        controller.update_actions()
    window.tree.selectionModel().selectionChanged.connect(settled)
    window.tree.selectionModel().currentRowChanged.connect(settled)
    window.model.modelReset.connect(settled)
    # The hint counts after the list has painted, in the background (a count of All reads every match).
    window.filters.changed.connect(lambda query: QTimer.singleShot(    # dropped when the window went meanwhile
        0, controller, lambda: controller.more_in_all(window.model.query)))
    return controller
