"""File › Export…: the current view or the selection, as XLSX, CSV or a CRM import file, with progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QLabel, QProgressBar, QPushButton, QRadioButton, QVBoxLayout)

from leadinbox.core.query import InboxQuery
from leadinbox.store.export import Selection, count_leads, export_leads
from leadinbox.ui.jobs import Job, Jobs
from leadinbox.ui.language.i18n import format_number
from leadinbox.ui.inbox.columns import CUSTOMER_ID_ROLE, LEAD_ROLE


def selection_of(view) -> Selection:
    """The customers and leads selected in the inbox tree."""
    customers, leads = set(), set()
    model = view.selectionModel()
    for index in model.selectedRows(0) if model else []:
        lead = index.data(LEAD_ROLE)
        if lead is not None:
            leads.add(lead["id"])
        elif index.data(CUSTOMER_ID_ROLE) is not None:
            customers.add(index.data(CUSTOMER_ID_ROLE))
    return Selection(frozenset(customers), frozenset(leads))


@dataclass
class ExportOutcome:
    path: Path
    count: int = 0
    cancelled: bool = False
    error: str | None = None


class ExportDialog(QDialog):
    """Pick what and how, then a file; the export runs as a job and can be cancelled."""

    finished_export = Signal(object)     # ExportOutcome, after the dialog showed it

    def __init__(self, db, jobs: Jobs, query: InboxQuery, selection: Selection, parent=None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export leads"))
        self.query, self.selection, self.jobs = query, selection, jobs
        self.settings = settings or QSettings()
        self.job: Job | None = None
        self.outcome: ExportOutcome | None = None
        self._build(count_leads(db, query), count_leads(db, query, selection) if selection else 0)

    def _build(self, in_view: int, in_selection: int) -> None:
        self.view_choice = QRadioButton(self.tr("The current view: %Ln lead(s)", "", in_view))
        self.selection_choice = QRadioButton(self.tr("The selected rows: %Ln lead(s)", "", in_selection))
        self.selection_choice.setEnabled(bool(self.selection))
        # One row is the inbox's current row, selected whenever a customer is open, not a choice to export
        # only them: the view unless several rows are selected.
        several = len(self.selection.customer_ids) + len(self.selection.lead_ids) > 1
        (self.selection_choice if several else self.view_choice).setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.view_choice)
        group.addButton(self.selection_choice)
        self.format = QComboBox()
        for fmt, label in (("xlsx", self.tr("Excel workbook (.xlsx)")), ("csv", self.tr("CSV, UTF-8 (.csv)")),
                           ("dynamics", self.tr("Dynamics 365 lead import (.csv)")),
                           ("salesforce", self.tr("Salesforce lead import (.csv)"))):
            self.format.addItem(label, fmt)
        last = self.settings.value("export/format", "xlsx")
        self.format.setCurrentIndex(max(self.format.findData(last), 0))
        self.hint = QLabel(wordWrap=True)
        self.format.currentIndexChanged.connect(self._hint)
        self._hint()
        self.progress = QProgressBar(visible=False)
        self.result = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("&Export…"), default=True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = QPushButton(self.tr("&Cancel export"))
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.hide()          # the button box shows what it is given; Cancel only while busy
        self.export_button.clicked.connect(self.choose_file)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Leads:"), self.view_choice)
        form.addRow("", self.selection_choice)
        form.addRow(self.tr("&Format:"), self.format)
        layout = QVBoxLayout(self)
        for item in (form, self.hint, self.progress, self.result, self.buttons):
            (layout.addLayout if item is form else layout.addWidget)(item)
        self.resize(480, self.sizeHint().height())

    def _hint(self) -> None:
        self.hint.setText({
            "xlsx": self.tr("Real dates, a frozen header row and the follow-up history; LeadInbox can import "
                            "the file again."),
            "csv": self.tr("UTF-8 with a byte-order mark, so Excel shows accents and Chinese right; "
                           "LeadInbox can import the file again."),
            "dynamics": self.tr("For Dynamics 365 Sales › Import from CSV: the Lead's display names, "
                                "Status Reason, and the follow-up history as the Description."),
            "salesforce": self.tr("For Salesforce's Data Import Wizard: Lead field labels, Lead Status, and "
                                  "the follow-up history as the Description (UTF-8 without a BOM)."),
        }[self.format.currentData()])

    def chosen_format(self) -> str:
        return self.format.currentData()

    def choose_file(self) -> None:
        fmt = self.chosen_format()
        suffix = ".xlsx" if fmt == "xlsx" else ".csv"
        name = f"leads-{date.today().isoformat()}" + ("" if fmt in ("xlsx", "csv") else f"-{fmt}") + suffix
        folder = Path(self.settings.value("export/dir", str(Path.home())))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export leads"), str(folder / name),
                                              self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx"
                                              else self.tr("CSV file (*.csv)"))
        if path:
            self.start(Path(path))

    def start(self, path: Path) -> None:
        """Export to `path` in the chosen format (the file dialog's part is done)."""
        fmt = self.chosen_format()
        self.settings.setValue("export/format", fmt)
        self.settings.setValue("export/dir", str(path.parent))
        use_selection = self.selection_choice.isChecked() and bool(self.selection)
        self._busy(True)
        self.result.clear()
        query, selection = self.query, self.selection if use_selection else None
        self.job = self.jobs.read(lambda task: export_leads(task.db, query, path, fmt, selection=selection,
                                                            progress=task.progress, cancelled=task.cancelled),
                                  name="export", parent=self)
        self.job.on_progress(lambda p: self._progress(*p)).on_done(lambda outcome: self._finished(path, outcome))
        self.job.run()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        for w in (self.export_button, self.format, self.view_choice):
            w.setEnabled(not busy)
        self.selection_choice.setEnabled(not busy and bool(self.selection))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        text = self.tr("%1 of %2 leads").replace("%1", format_number(done)).replace("%2", format_number(total))
        self.progress.setFormat(text)

    def _finished(self, path: Path, done) -> None:
        self.job = None
        error = done.error
        if isinstance(error, OSError):
            text = error.strerror or str(error)
        else:
            text = None if error is None else f"{type(error).__name__}: {error}"
        self.outcome = outcome = ExportOutcome(path, done.value or 0, cancelled=done.cancelled, error=text)
        self._busy(False)
        if outcome.cancelled:
            self.result.setText(self.tr("Export cancelled; no file was written."))
        elif outcome.error:
            self.result.setText(self.tr("The export failed; no file was written.\n%s") % outcome.error)
        else:
            self.result.setText(self.tr("Exported %Ln lead(s) to %1.", "", outcome.count)
                                .replace("%1", str(outcome.path)))
        self.finished_export.emit(outcome)

    def reject(self) -> None:
        if self.job is not None:              # closing the dialog stops its export
            self.job.cancel()
            self.job.wait()
        super().reject()
