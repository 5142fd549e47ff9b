"""Importing from the window: the file dialog, the background runner, progress, the report and mappings."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from leadinbox.core.file_kinds import SUPPORTED
from leadinbox.store.importing.result import Phase
from leadinbox.ui.language.i18n import format_number
from leadinbox.ui.importing.report import ImportReport, summary_line
from leadinbox.ui.importing.worker import ImportRunner
from leadinbox.ui.importing.mapping_dialog import MappingDialog
from leadinbox.paths import ASSETS

SAMPLES = ASSETS / "samples"
_SUFFIXES = {pattern[1:] for pattern in SUPPORTED}


def local_files(paths: list[Path]) -> list[Path]:
    """Files to import from dropped files and folders (folders are searched for lead files)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES))
        elif path.is_file():
            found.append(path)
    return found


class ImportController(QObject):
    """Owns the ImportRunner of `window` and reports through its status bar and dialogs."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.last_outcome = None
        self.ask = lambda box: box.exec()       #: shows a question; tests answer it instead
        self._files: list[Path] = []            # the drop being imported, and the mappings given for it
        self._forced: dict[Path, dict[str, str]] = {}
        self.runner = ImportRunner(window.db_path, window)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._import_finished)

    def import_dialog(self) -> None:
        patterns = " ".join(SUPPORTED)
        names, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import lead files"), str(Path.home()),
            self.tr("Lead files (%1);;All files (*)").replace("%1", patterns))
        if names:
            self.import_files([Path(n) for n in names])

    def open_samples(self) -> None:
        """The demo leads go into the database the user works in: on one that holds leads, only when asked
        to (it is in the File menu, a click away from real data)."""
        if self.window.source.count_all() and not self.confirm_samples():
            return
        self.import_files(sorted(SAMPLES.iterdir()))

    def confirm_samples(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Open sample data"),
                          self.tr("Add the demo leads to your database?"), parent=self.window)
        box.setInformativeText(
            self.tr("The sample files hold made-up leads. They go into the database you work in, beside your "
                    "own leads:\n%1\n\nYou can remove them again in File › Import history: undo the import of "
                    "each sample file.").replace("%1", str(self.window.db_path)))
        add = box.addButton(self.tr("Add demo leads"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        self.ask(box)
        return box.clickedButton() is add

    def import_files(self, paths: list[Path], forced: dict[Path, dict[str, str]] | None = None) -> None:
        files = local_files(paths)
        if not files:
            self.window.status_text.setText(self.tr("Nothing to import: drop CSV, Excel or JSON lead files."))
            return
        if self.runner.busy:
            self.window.status_text.setText(
                self.tr("An import is running; drop the files again when it has finished."))
            return
        if self.window.writes.busy:          # files from a second start: an undo, restore or erase runs
            self.window.status_text.setText(
                self.tr("LeadInbox is saving a change; drop the files again when it has finished."))
            return
        if not self.window.guard.check():     # the import opens the path: never a new file in its place
            return
        self._set_busy(True)
        self._files, self._forced = files, forced or {}
        self.runner.start(files, self._mappings(), forced)

    def cancel_import(self) -> None:
        self.runner.cancel()
        self.window.status_text.setText(self.tr("Cancelling…"))

    def _set_busy(self, busy: bool) -> None:
        self.window.progress.setVisible(busy)
        self.window.cancel_button.setVisible(busy)
        if busy:
            self.window.progress.setRange(0, 0)

    def _progress(self, number: int, total: int, phase: str, rows: int, share: float, name: str) -> None:
        bar = self.window.progress
        text = self._phase_text(Phase(phase), rows)
        if total > 1 and phase != Phase.SAVING:
            text = self.tr("File %1 of %2: %3").replace("%1", format_number(number)).replace("%2", format_number(total)).replace(
                "%3", text)
        if share >= 0:          # the share of the file read: a percentage; else a busy bar
            bar.setRange(0, 100)
            bar.setValue(int(share * 100))
            text += " · %p%"    # (QProgressBar puts the percentage in)
        else:
            bar.setRange(0, 0)
        bar.setFormat(text)
        if name:
            self.window.status_text.setText(self.tr("Importing %1…").replace("%1", name))

    def _phase_text(self, phase: Phase, rows: int) -> str:
        if phase is Phase.READING:
            return self.tr("Reading rows… %1").replace("%1", format_number(rows))
        return {Phase.DUPLICATES: self.tr("Finding duplicates…"),
                Phase.CUSTOMERS: self.tr("Updating customers…"),
                Phase.SEARCH: self.tr("Indexing for search…"),
                Phase.SAVING: self.tr("Saving…")}[phase]

    def _import_finished(self, outcome) -> None:
        self._set_busy(False)
        self.last_outcome = outcome
        if outcome.cancelled:
            self.window.status_text.setText(self.tr("Import cancelled; nothing was changed."))
            return
        if outcome.error:
            self.window.status_text.setText(self.tr("Import failed; nothing was changed."))
            QMessageBox.critical(self.window, self.tr("Import failed"),
                                 self.tr("Nothing was imported.\n\n%1").replace("%1", str(outcome.error)))
            return
        if outcome.needs_mapping:      # nothing written yet: the drop is imported whole once these are mapped
            self._ask_mappings(outcome.needs_mapping)
            return
        self.window.refresh()
        self.window.model.highlight_batches({r.batch_id for r in outcome.results if r.batch_id})
        if outcome.results:
            added = any(r.new_leads for r in outcome.results)
            summary = summary_line(outcome.results)
            self.window.status_text.setText(
                self.tr("%1. File › Import history to undo.").replace("%1", summary)
                if added else summary)     # nothing new: nothing to undo
            if self.window.report_dialogs:
                ImportReport(outcome.results, self.window).exec()

    def _ask_mappings(self, waiting) -> None:
        """The dialog for each file of the drop no mapping placed; then the drop again, without the files whose
        mapping was not given, in one transaction."""
        forced, left_out = dict(self._forced), set()
        for needs in waiting:
            dialog = MappingDialog(needs, self.window)
            if self.window.report_dialogs and dialog.exec():
                mapping = dialog.mapping()
                self._remember_mapping(needs.signature, mapping)
                forced[needs.path] = mapping
            else:      # the progress line must not go on saying "Importing …"
                left_out.add(needs.path)
                self.window.status_text.setText(self.tr("Nothing imported from %1: its columns were not mapped.")
                                                .replace("%1", needs.path.name))
        files = [path for path in self._files if path not in left_out]
        if files:
            self.import_files(files, forced)

    def _mappings(self) -> dict[str, dict[str, str]]:
        raw = self.window.settings.value("import/mappings", "{}")
        try:
            return json.loads(raw) if isinstance(raw, str) else {}
        except ValueError:
            return {}

    def _remember_mapping(self, signature: str, mapping: dict[str, str]) -> None:
        mappings = self._mappings()
        mappings[signature] = mapping
        self.window.settings.setValue("import/mappings", json.dumps(mappings))

