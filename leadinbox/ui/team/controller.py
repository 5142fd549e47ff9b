"""Wires the team into the main window: the syncer and its line in the status bar, Lead › Team work (claim,
release, hand to another desk, on the selection too) with the detail pane's button, and Settings › Team."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu

from leadinbox.core.changes import OWNERS, Changes
from leadinbox.sources.refusal import SourceRefused
from leadinbox.store.failures import explain
from leadinbox.store.team import desk, state
from leadinbox.team.protocol import NotYours, Taken
from leadinbox.team.table import Unreachable
from leadinbox.ui.language.core_messages import message_text
from leadinbox.ui.team.settings_page import TeamPage
from leadinbox.ui.team.syncer import TeamSyncer
from leadinbox.ui.team.texts import taken_text


def change_owners(db, customer_ids: list[int], *, claim: bool, hand_to=None) -> list[tuple[int, object]]:
    """The job's work: each customer asked of the team table in turn; per customer its ClaimResult, or the
    Taken / NotYours that refused it (nothing changed here for that one). Unreachable stops it all."""
    done = []
    for customer_id in customer_ids:
        try:
            done.append((customer_id, desk.change_owner(db, customer_id, claim=claim, hand_to=hand_to)))
        except (Taken, NotYours) as refused:
            done.append((customer_id, refused))
    return done


class TeamController(QObject):
    """The team for the window `window`: syncs as jobs on `jobs` (other desks' work told on `hub`), the line
    on the status bar `bar`; `followup` says which customers are acted on, `detail` shows the claim button."""

    def __init__(self, window, db, jobs, bar, hub, followup, detail, *, clock=None) -> None:
        super().__init__(window)
        self.window, self.db, self.jobs, self.bar, self.followup, self.detail = (
            window, db, jobs, bar, followup, detail)
        self.syncer = TeamSyncer(db, jobs, self, clock=clock)
        self.status = QLabel()          # "Team: 3 changes not sent yet" / "Team synced 10:42"; empty: hidden
        self.status.setContentsMargins(8, 0, 8, 0)
        self.status.setVisible(False)
        self.syncer.status_changed.connect(self.status.setText)
        self.syncer.status_changed.connect(lambda text: self.status.setVisible(bool(text)))
        self.syncer.status_changed.connect(lambda _text: self.update_actions())
        self.syncer.synced.connect(self._synced)
        bar.addPermanentWidget(self.status)
        hub.changed.connect(self.syncer.changed)
        detail.claim_button.clicked.connect(self._toggle_current)
        detail.shown.connect(lambda _c: self.update_actions())
        self.menu: QMenu | None = None
        self.job = None
        self.syncer.start()             # off a team: no timer, no socket

    # Menus ----------------------------------------------------------------------------------------------
    def build_menus(self, lead_menu) -> None:
        self.menu = QMenu(self.tr("Team wor&k"), self.window)
        self.claim_action = self._add(self.tr("&Claim (make it mine)"), "M", lambda: self.change(claim=True))
        self.release_action = self._add(self.tr("&Release"), "Shift+M", lambda: self.change(claim=False))
        self.hand_action = self._add(self.tr("&Hand to another desk…"), None, self.hand_to)
        lead_menu.addSeparator()
        lead_menu.addMenu(self.menu)
        self.update_actions()

    def _add(self, text: str, key: str | None, slot) -> QAction:
        action = QAction(text, self.window)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _=False: slot())
        self.menu.addAction(action)
        return action

    def targets(self) -> list[int]:
        """The selection when the current customer is in it, else the current customer."""
        current = self.followup.current_customer()
        if current is None:
            return []
        selected = self.followup.selected_customers()
        return selected if current in selected else [current]

    def update_actions(self) -> None:
        """Only on a team, only with a customer to act on; the detail pane's button says what it would do."""
        member = state.membership(self.db)
        shown = self.detail.current
        button = self.detail.claim_button
        button.setVisible(member is not None and shown is not None)
        if member is not None and shown is not None:
            mine = shown.get("owner") == member.name
            button.setText(self.tr("Release") if mine else self.tr("Claim"))
            button.setToolTip(self.tr("Stop working this customer (Shift+M)") if mine else
                              self.tr("Work this customer: checked with the team at once (M)"))
            button.setEnabled(self.job is None)
        if self.menu is None:
            return
        self.menu.menuAction().setVisible(member is not None)
        has = member is not None and self.followup.current_customer() is not None and self.job is None
        for action in (self.claim_action, self.release_action, self.hand_action):
            action.setEnabled(has)

    # Claiming -------------------------------------------------------------------------------------------
    def _toggle_current(self) -> None:
        member, shown = state.membership(self.db), self.detail.current
        if member is not None and shown is not None:
            self.change(claim=shown.get("owner") != member.name, customer_ids=[self.detail.customer_id])

    def hand_to(self) -> None:
        desks = desk.other_desks(self.db)
        if not desks:
            self.bar.say(self.tr("No other desk of the team is known yet: sync first."))
            return
        names = sorted(desks.values(), key=str.casefold)
        name, ok = QInputDialog.getItem(self.window, self.tr("Hand to another desk"),
                                        self.tr("Who works this customer from now on:"), names, 0, False)
        if ok and name:
            self.change(claim=False, hand_to=next((i, n) for i, n in desks.items() if n == name))

    def change(self, *, claim: bool, hand_to=None, customer_ids: list[int] | None = None) -> bool:
        """Claim, release or hand on: asked of the team table at once, in the background. False when nothing
        was started (off a team, nobody to act on, one running)."""
        ids = customer_ids or self.targets()
        if not ids or self.job is not None or state.membership(self.db) is None:
            return False
        self.job = self.jobs.write(lambda task: change_owners(task.db, ids, claim=claim, hand_to=hand_to),
                                   name="team-claim", exclusive=False,
                                   changes=Changes.of(customers=ids, settings=[OWNERS]))   # Mine re-filters
        self.job.on_done(lambda outcome: self._changed(outcome, claim, hand_to))
        if self.job.run() is None:
            self.job = None
            return False
        self.update_actions()
        return True

    def _changed(self, outcome, claim: bool, hand_to) -> None:
        self.job = None
        self.update_actions()
        error = outcome.error
        if isinstance(error, (Unreachable, SourceRefused)):
            refused = error.refused if isinstance(error, Unreachable) else error
            self.bar.say(self.tr("Nothing changed: the team's storage cannot be used (%1).").replace(
                "%1", message_text(refused.message)))
            return
        if error is not None:
            said = explain(error, database=self.jobs.db_path)      # the disk or the database file; else a bug
            if said is None:
                raise error
            self.bar.say(self.tr("Nothing changed: %1").replace("%1", said))
            return
        done = [r for _, r in outcome.value if not isinstance(r, Exception)]
        refused = [r for _, r in outcome.value if isinstance(r, Exception)]
        self.bar.say(self.said(done, refused, claim, hand_to))
        if done:
            self.syncer.say()

    def said(self, done: list, refused: list, claim: bool, hand_to) -> str:
        parts = []
        if done:
            if hand_to is not None:
                parts.append(QCoreApplication.translate("Team", "%Ln customer(s) handed to %1", "", len(done))
                             .replace("%1", hand_to[1]))
            elif claim:
                parts.append(QCoreApplication.translate("Team", "You work %Ln customer(s) now", "", len(done)))
            else:
                parts.append(QCoreApplication.translate("Team", "%Ln customer(s) released", "", len(done)))
        for r in refused[:1]:      # the first refusal in words; the count says the rest
            if isinstance(r, Taken):
                parts.append(taken_text(r.claim.owner, r.claim.at))
            elif r.claim is not None and r.claim.owner_desk:
                parts.append(self.tr("%1 works this customer, not you").replace("%1", r.claim.owner))
            else:
                parts.append(self.tr("you do not work this customer"))
        if len(refused) > 1:
            parts.append(QCoreApplication.translate("Team", "%Ln more not changed", "", len(refused) - 1))
        return "; ".join(parts)

    def _synced(self, result) -> None:
        if result.conflicts:
            first = result.conflicts[0]
            self.bar.say(QCoreApplication.translate(
                "Team", "Team: %Ln change(s) made at the same time on two desks; the later was kept (%1's)", "",
                len(result.conflicts)).replace("%1", first["by"] if first["kept"] == "theirs"
                                               else state.membership(self.db).name))

    # Settings -------------------------------------------------------------------------------------------
    def add_settings_page(self, dialog) -> TeamPage:
        page = TeamPage(self.db, self.jobs, self.syncer)
        dialog.finished.connect(lambda _r: page.shutdown())
        dialog.finished.connect(lambda _r: self.update_actions())
        dialog.add_page(QCoreApplication.translate("Team", "Team"), page, load=page.load, save=page.save)
        self.page = page
        return page

    def shutdown(self) -> None:
        self.syncer.stop()
