"""Importing from the window: the file dialog, the import job and its progress, the report, mappings, history."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from leadinbox.core.file_kinds import SUPPORTED
from leadinbox.store import search_pending
from leadinbox.store.db import can_write
from leadinbox.store.importing.result import Phase
from leadinbox.ui.language.i18n import format_number
from leadinbox.ui.importing.report import ImportReport, summary_line
from leadinbox.core.changes import SEARCH, Changes
from leadinbox.ui.importing.history_dialog import HistoryDialog
from leadinbox.store.importing.entry import ImportOutcome
from leadinbox.ui.importing.worker import failed, import_drop, index_for_search
from leadinbox.ui.importing.mapping_dialog import MappingDialog
from leadinbox.ui.importing import quit_guard
from leadinbox.paths import ASSETS

SAMPLES = ASSETS / "samples"
_SUFFIXES = {pattern[1:] for pattern in SUPPORTED}


def local_files(paths: list[Path]) -> list[Path]:
    """Files to import from dropped files and folders (folders are searched for lead files). A folder without
    lead files and a path that is gone stay in the list: the import refuses each with its reason, so every
    file and folder dropped or chosen has its line in the report."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES)
            found.extend(inside or [path])
        else:
            found.append(path)
    return found


class ImportController(QObject):
    """Imports as jobs on `jobs`, says how far they got on the status bar, and shows the report and the
    questions over `parent`."""

    imported = Signal(set)          # the batch ids of the leads just imported: shown as new
    finished = Signal(object)       # ImportOutcome, after the window showed it

    def __init__(self, parent, db, jobs, status, settings, *, has_leads, report_dialogs: bool = True) -> None:
        super().__init__(parent)
        self.parent_widget, self.db, self.jobs, self.status, self.settings = parent, db, jobs, status, settings
        self.has_leads, self.report_dialogs = has_leads, report_dialogs
        self.last_outcome: ImportOutcome | None = None
        self.ask = lambda box: box.exec()       #: shows a question; tests answer it instead
        self.job = None
        self._files: list[Path] = []            # the drop being imported, and the mappings given for it
        self._forced: dict[Path, dict[str, str]] = {}
        self._searching = None                  # the search step's job while it runs
        self._waiting: list[tuple[list[Path], dict | None]] = []     # drops made meanwhile, imported after it
        quit_guard.install(parent, jobs)        # quitting while an import runs asks first

    def import_dialog(self) -> None:
        patterns = " ".join(SUPPORTED)
        names, _ = QFileDialog.getOpenFileNames(
            self.parent_widget, self.tr("Import lead files"), str(Path.home()),
            self.tr("Lead files (%1);;All files (*)").replace("%1", patterns))
        if names:
            self.import_files([Path(n) for n in names])

    def open_samples(self) -> None:
        """The demo leads go into the database the user works in: on one that holds leads, only when asked
        to (it is in the File menu, a click away from real data)."""
        if self.has_leads() and not self.confirm_samples():
            return
        self.import_files(sorted(SAMPLES.iterdir()))

    def confirm_samples(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Open sample data"),
                          self.tr("Add the demo leads to your database?"), parent=self.parent_widget)
        box.setInformativeText(
            self.tr("The sample files hold made-up leads. They go into the database you work in, beside your "
                    "own leads:\n%1\n\nYou can remove them again in File › Import history: undo the import of "
                    "each sample file.").replace("%1", str(self.jobs.db_path)))
        add = box.addButton(self.tr("Add demo leads"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        self.ask(box)
        return box.clickedButton() is add

    @property
    def busy(self) -> bool:
        """An import runs, or its search step (a job named "import" too: what waits for an import, a restore,
        an erase, an undo, a move of the data folder, waits for it)."""
        return self.jobs.busy("import")

    def import_files(self, paths: list[Path], forced: dict[Path, dict[str, str]] | None = None) -> None:
        files = local_files(paths)
        if not files:
            self.status.say(self.tr("Nothing to import: drop CSV, Excel or JSON lead files."))
            return
        if self.busy and self._searching is not None and self.job is None:
            # Only the last import's search step runs (seconds to half a minute): these files follow it.
            self._waiting.append((files, forced))
            self.status.say(self.tr("These files are imported as soon as the last import's leads are searchable."))
            return
        if self.busy:
            self.status.say(self.tr("An import is running; drop the files again when it has finished."))
            return
        if self.jobs.writing is not None:          # files from a second start: an undo, restore or erase runs
            self.status.say(self.tr("LeadInbox is saving a change; drop the files again when it has finished."))
            return
        mappings = self._mappings()
        self._files, self._forced = files, forced or {}
        # The import opens the path (the guard first: never a new file in its place).
        job = self.jobs.write(lambda task: import_drop(task, files, mappings, forced), name="import",
                              cancellable=True, changes=lambda outcome: Changes.of(
                                  imports=[r.batch_id for r in outcome.results if r.batch_id]))
        job.on_progress(lambda p: self._progress(*p)).on_done(self._import_finished)
        if job.run() is None:
            return
        self.job = job
        self.status.follow(job, self.tr("Cancel import"))

    def cancel_import(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.say(self.tr("Cancelling…"))

    def _progress(self, number: int, total: int, phase: str, rows: int, share: float, name: str) -> None:
        text = self._phase_text(Phase(phase), rows)
        if total > 1 and phase != Phase.SAVING:
            text = self.tr("File %1 of %2: %3").replace("%1", format_number(number)).replace(
                "%2", format_number(total)).replace("%3", text)
        # The share of the file read: a percentage; else a busy bar.
        self.status.set_progress(text, share if share >= 0 else None)
        if name:
            self.status.say(self.tr("Importing %1…").replace("%1", name))

    def _phase_text(self, phase: Phase, rows: int) -> str:
        if phase is Phase.READING:
            return self.tr("Reading rows… %1").replace("%1", format_number(rows))
        return {Phase.DUPLICATES: self.tr("Finding duplicates…"),
                Phase.CUSTOMERS: self.tr("Updating customers…"),
                Phase.SEARCH: self.tr("Indexing for search…"),
                Phase.SAVING: self.tr("Saving…")}[phase]

    def _import_finished(self, done) -> None:
        self.job = None
        outcome = done.value if done.ok else failed(done, self.jobs.db_path)
        self.last_outcome = outcome
        if outcome.search_pending and not (outcome.cancelled or outcome.error):
            # Committed, and the views read the new leads afresh already (the job told its change): shown now.
            # The import is reported once a search finds them too.
            self.imported.emit({r.batch_id for r in outcome.results if r.batch_id})
            if self.index_for_search(lambda: self._reported(outcome)):
                self.status.say(self.tr("The new leads are in the list; search finds them in a moment."))
                return
        self._reported(outcome, shown=bool(outcome.search_pending))

    def _reported(self, outcome: ImportOutcome, *, shown: bool = True) -> None:
        try:
            self._show(outcome, highlight=not shown)
        finally:
            self.finished.emit(outcome)

    def index_for_search(self, then=None) -> bool:
        """The search step: the entries an import left to write after its commit, or that a quit or a crash cut
        off (the window asks at start). The status bar says so, without a Cancel (the leads are in: nothing to
        undo); closing the window stops it, and the rest is done next time. `then()` once it ended. False when
        it could not start (the database is no longer this window's)."""
        job = self.jobs.write(index_for_search, name="import", cancellable=True,
                              changes=lambda written: Changes.of(settings=[SEARCH]) if written else Changes())
        quit_guard.nothing_lost(job)          # quitting stops it, and the next start does the rest
        text = self.tr("Making new leads searchable…")
        job.on_progress(lambda p: self._search_progress(text, *p))
        job.on_done(lambda done: self._search_done(done, then))
        if job.run() is None:
            return False
        self._searching = job
        self.status.follow(job, None)
        self.status.set_progress(text, 0.0)
        return True

    def _search_progress(self, text: str, written: int, total: int) -> None:
        self.status.set_progress(text, written / total if total else None)
        # Each step's entries are committed: a list showing a search finds more now, not only at the end.
        self.jobs.changes.emit(Changes.of(settings=[SEARCH]))

    def _search_done(self, done, then) -> None:
        self._searching = None
        waiting, self._waiting = self._waiting, []
        if done.cancelled:          # the window is closing: nothing more to show (the rest is done next time)
            return
        try:
            self._after_search(done, then)
        finally:
            if waiting:      # after the report: the drops made meanwhile, as one import (one transaction)
                files = list(dict.fromkeys(f for drop, _forced in waiting for f in drop))
                self.import_files(files, {p: m for _drop, forced in waiting for p, m in (forced or {}).items()})

    def _after_search(self, done, then) -> None:
        if done.error is not None:
            # Steps before the one that failed were committed: a list showing a search may find more.
            self.jobs.changes.emit(Changes.of(settings=[SEARCH]))
            QMessageBox.warning(self.parent_widget, self.tr("Search not updated"), self.tr(
                "The leads are imported and shown, but they could not be made searchable:\n\n%1\n\nLeadInbox "
                "tries again the next time it opens this database.").replace(
                "%1", failed(done, self.jobs.db_path).error or ""))
        if then is not None:
            then()

    def resume_search(self, *, at_start: bool = True) -> None:
        """Search entries that a quit or a crash left unwritten are written now: at start (unless the database
        is read-only), and after a change of everything (a restored backup may hold some)."""
        if not self.busy and search_pending.count(self.db) and (not at_start or can_write(self.db)):
            self.index_for_search(lambda: self.status.say(self.tr("Search is up to date.")))

    def changed(self, changes: Changes) -> None:
        if changes.everything:
            self.resume_search(at_start=False)

    def _show(self, outcome: ImportOutcome, *, highlight: bool = True) -> None:
        if outcome.cancelled:
            self.status.say(self.tr("Import cancelled; nothing was changed."))
            return
        if outcome.error:
            self.status.say(self.tr("Import failed; nothing was changed."))
            QMessageBox.critical(self.parent_widget, self.tr("Import failed"),
                                 self.tr("Nothing was imported.\n\n%1").replace("%1", str(outcome.error)))
            return
        if outcome.needs_mapping:      # nothing written yet: the drop is imported whole once these are mapped
            self._ask_mappings(outcome.needs_mapping)
            return
        if highlight:
            self.imported.emit({r.batch_id for r in outcome.results if r.batch_id})
        if outcome.results:
            added = any(r.new_leads for r in outcome.results)
            summary = summary_line(outcome.results)
            self.status.say(self.tr("%1. File › Import history to undo.").replace("%1", summary)
                            if added else summary)     # nothing new: nothing to undo
            if self.report_dialogs:
                ImportReport(outcome.results, self.parent_widget).exec()

    def _ask_mappings(self, waiting) -> None:
        """The dialog for each file of the drop no mapping placed; then the drop again, without the files whose
        mapping was not given, in one transaction."""
        forced, left_out = dict(self._forced), set()
        for needs in waiting:
            dialog = MappingDialog(needs, self.parent_widget)
            if self.report_dialogs and dialog.exec():
                mapping = dialog.mapping()
                self._remember_mapping(needs.signature, mapping)
                forced[needs.path] = mapping
            else:      # the progress line must not go on saying "Importing …"
                left_out.add(needs.path)
                self.status.say(self.tr("Nothing imported from %1: its columns were not mapped.")
                                .replace("%1", needs.path.name))
        files = [path for path in self._files if path not in left_out]
        if files:
            self.import_files(files, forced)

    def _mappings(self) -> dict[str, dict[str, str]]:
        raw = self.settings.value("import/mappings", "{}")
        try:
            return json.loads(raw) if isinstance(raw, str) else {}
        except ValueError:
            return {}

    def _remember_mapping(self, signature: str, mapping: dict[str, str]) -> None:
        mappings = self._mappings()
        mappings[signature] = mapping
        self.settings.setValue("import/mappings", json.dumps(mappings))

    # File › Import history ---------------------------------------------------------------------------
    def show_history(self) -> None:
        self.history_dialog().exec()

    def history_dialog(self) -> HistoryDialog:
        dialog = HistoryDialog(self.db, self.jobs, self.parent_widget)
        dialog.undone.connect(self._import_undone)
        return dialog

    def _import_undone(self, done: dict) -> None:
        # Replaces "Imported … File › Import history to undo.", which no longer holds.
        text = self.tr("Import of %1 undone: %Ln lead(s) removed.", "", done["removed_leads"]).replace(
            "%1", done["file"])
        if done.get("backup"):
            text += " " + self.tr("The database as it was before is kept as a backup (File › Restore backup…).")
        self.status.say(text)
