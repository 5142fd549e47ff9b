"""After an import: per file what was added, known, rejected and flagged (row, column, reason); can be saved."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QStyle, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from leadinbox.core.headers import layout_name
from leadinbox.core.messages import CONTEXT
from leadinbox.store.importing.result import ImportResult
from leadinbox.ui.language.core_messages import problem_text, result_error
from leadinbox.ui.language.i18n import Labels, Texts, format_number

COLUMNS = Texts("ImportReport", (QT_TRANSLATE_NOOP("ImportReport", "File"),
                                  QT_TRANSLATE_NOOP("ImportReport", "Status"),
                                  QT_TRANSLATE_NOOP("ImportReport", "Rows"),
                                  QT_TRANSLATE_NOOP("ImportReport", "New leads"),
                                  QT_TRANSLATE_NOOP("ImportReport", "New customers"),
                                  QT_TRANSLATE_NOOP("ImportReport", "Already known"),
                                  QT_TRANSLATE_NOOP("ImportReport", "Updated leads"),
                                  QT_TRANSLATE_NOOP("ImportReport", "Rejected rows")))
COUNTS = range(2, len(COLUMNS))     #: the columns holding numbers: right-aligned, as numbers are
# The status column in words: an imported file that brought nothing is not "imported" to a reader.
STATUSES = Labels("ImportReport", {
    "imported": QT_TRANSLATE_NOOP("ImportReport", "Imported"),
    "updated": QT_TRANSLATE_NOOP("ImportReport", "Filled in known leads"),
    "nothing new": QT_TRANSLATE_NOOP("ImportReport", "Nothing new"),
    "refused": QT_TRANSLATE_NOOP("ImportReport", "Refused"),
    "nothing to import": QT_TRANSLATE_NOOP("ImportReport", "Nothing to import")})


def status_key(result: ImportResult) -> str:
    """The STATUSES key that says what the file did; ImportResult.status only says it was read."""
    if result.status != "imported" or result.new_leads:
        return result.status
    return "updated" if result.updated_leads else "nothing new"  # i18n: not UI (STATUSES keys)


def summary_line(results) -> str:
    """One line for the status bar and the report."""
    new = sum(r.new_leads for r in results)
    customers = sum(r.new_customers for r in results)
    known = sum(r.known_leads for r in results)
    refused = sum(r.status == "refused" for r in results)
    if not new and known:       # not "Imported 0 new leads": the file was fine, LeadInbox had it all
        text = _all_known(results, known)
    elif not new:
        text = QCoreApplication.translate("ImportReport", "Nothing imported")
    else:
        text = QCoreApplication.translate("ImportReport", "Imported %Ln new lead(s)", "", new)
        text += QCoreApplication.translate("ImportReport", " (%Ln new customer(s))", "", customers)
    if refused:
        text += QCoreApplication.translate("ImportReport", "; %Ln file(s) refused", "", refused)
    suppressed = sum(getattr(r, "suppressed_rows", 0) for r in results)
    if suppressed:    # people erased earlier (store/suppression.py) are not brought back
        text += QCoreApplication.translate("ImportReport", "; %Ln row(s) of erased people skipped", "", suppressed)
    return text


def _all_known(results, rows: int) -> str:
    """'All 20 leads (65 rows) of these files were already in LeadInbox': the files of one drop, even one
    file, can hold a lead several times. A file that kept no lead ids (a very big one, or a result built by
    hand) makes the sentence count rows."""
    counted_ids = all(r.known_lead_ids for r in results if r.known_leads)
    leads = len(set().union(*(r.known_lead_ids for r in results))) if counted_ids else rows
    met = [r for r in results if r.known_leads]
    name = Path(met[0].file).name if len(met) == 1 else None
    if leads == rows:
        if name:
            return QCoreApplication.translate("ImportReport", "All %Ln lead(s) of %1 were already in LeadInbox",
                                              "", leads).replace("%1", name)
        return QCoreApplication.translate("ImportReport", "All %Ln lead(s) of these files were already in "
                                                          "LeadInbox", "", leads)
    counted = QCoreApplication.translate("ImportReport", "%Ln row(s)", "", rows)
    if name:
        return QCoreApplication.translate("ImportReport", "All %Ln lead(s) (%1) of %2 were already in LeadInbox",
                                          "", leads).replace("%1", counted).replace("%2", name)
    return QCoreApplication.translate("ImportReport", "All %Ln lead(s) (%1) of these files were already in "
                                                      "LeadInbox", "", leads).replace("%1", counted)


class ImportReport(QDialog):
    """Every file of the drop, imported or refused (its files were mapped before it was imported)."""

    def __init__(self, results, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.results = list(results)
        summary = summary_line(results)
        files = QTableWidget(len(results), len(COLUMNS))
        files.setHorizontalHeaderLabels(list(COLUMNS))
        for row, r in enumerate(results):
            status = STATUSES.get(status_key(r), r.status)
            if r.status == "refused":
                status = self.tr("Refused: %1").replace("%1", result_error(r))
            elif r.layout:        # what the file was read as: a wrong guess shows here, not in odd leads
                name = QCoreApplication.translate(CONTEXT, layout_name(r.layout))
                status = self.tr("%1 (%2)").replace("%1", status, 1).replace("%2", name, 1)
            counts = (r.rows, r.new_leads, r.new_customers, r.known_leads, r.updated_leads, len(r.skipped_rows))
            values = (Path(r.file).name, status, *map(format_number, counts))
            for col, value in enumerate(values):
                files.setItem(row, col, _cell(value, col in COUNTS))
            files.item(row, 0).setToolTip(r.file)           # the folder too: two drops can hold one name
        _fit(files, stretch=1)
        problems = [(Path(r.file).name, p) for r in results for p in r.skipped_rows]
        rows = _problem_table(problems, self.tr("Why it was skipped"))
        # Rows imported with a value that could not be read, or joined to a customer by name: kept, and said.
        flagged = [(Path(r.file).name, p) for r in results for p in r.warnings]
        warnings = _problem_table(flagged, self.tr("Imported, but"))
        for table in (files, rows, warnings):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # "Save…": it opens a file dialog. Enter closes the report, never that dialog.
        self.save_button = buttons.addButton(self.tr("Save…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(lambda: self.save())
        self.save_button.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{summary}</b>"))
        layout.addWidget(files)
        layout.addWidget(QLabel(self.tr("Rejected rows (%Ln):", "", len(problems)) if problems
                                else self.tr("No rows were rejected.")))
        layout.addWidget(rows)
        rows.setVisible(bool(problems))
        if flagged:
            layout.addWidget(QLabel(self.tr("Imported with a warning (%Ln):", "", len(flagged))))
            layout.addWidget(warnings)
        layout.addWidget(buttons)
        self.files_table, self.rows_table, self.warnings_table = files, rows, warnings
        # Up to eight files in sight without scrolling; the dialog as tall as that needs, within the screen.
        files.setMinimumHeight(files.horizontalHeader().sizeHint().height() + 2 * files.frameWidth()
                               + files.verticalHeader().defaultSectionSize() * min(files.rowCount(), 8))
        height = min(max(480, self.sizeHint().height()), self.screen().availableGeometry().height() - 80)
        self.resize(_width_for(self, files, _room(self)), height)

    def save(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save import report"), "import-report.csv",
                                                  self.tr("CSV files (*.csv)"))
        if not path:
            return
        with open(path, "w", newline="", encoding="utf-8-sig") as handle:
            out = csv.writer(handle)
            out.writerow(("file", "status", "error", "rows", "new_leads", "new_customers", "known_leads",
                          "updated_leads", "row", "column", "reason", "kind"))
            for r in self.results:
                base = (r.file, r.status, r.error or "", r.rows, r.new_leads, r.new_customers, r.known_leads,
                        r.updated_leads)
                out.writerow(base + ("", "", "", ""))
                for kind, problems in (("skipped", r.skipped_rows), ("warning", r.warnings)):
                    for p in problems:
                        out.writerow(base + (p.row, p.column or "", p.reason, kind))


def _problem_table(problems: list, why: str) -> QTableWidget:
    """File, row, column and the reason, one line per row of a file."""
    table = QTableWidget(len(problems), 4)
    table.setHorizontalHeaderLabels((QCoreApplication.translate("ImportReport", "File"),
                                     QCoreApplication.translate("ImportReport", "Row"),
                                     QCoreApplication.translate("ImportReport", "Column"), why))
    for i, (name, p) in enumerate(problems):
        for col, value in enumerate((name, format_number(p.row), p.column or "", problem_text(p))):
            table.setItem(i, col, _cell(value, col == 1))
    _fit(table, stretch=3)
    return table


def _fit(table: QTableWidget, stretch: int) -> None:
    """Each column as wide as its header and text, one line a row; the `stretch` column (the long words) takes
    the rest, and when the dialog is too narrow for it, it ends in "…" and its tooltip says it whole."""
    table.setWordWrap(False)        # wrapped into a row's height, a Dutch status lost its second half
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)    # so one line a row
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for row in range(table.rowCount()):
        item = table.item(row, stretch)
        if item is not None and not item.toolTip():
            item.setToolTip(item.text())


def _room(widget: QWidget) -> int:
    """The width of the screen the dialog opens on, less a margin."""
    return widget.screen().availableGeometry().width() - 40


def _width_for(dialog: QDialog, table: QTableWidget, room: int) -> int:
    """A width that shows every column of `table` whole (at least 900 px), when the screen has room for it."""
    header = table.horizontalHeader()
    columns = sum(max(header.sectionSizeHint(c), table.sizeHintForColumn(c)) for c in range(table.columnCount()))
    style = dialog.style()
    chrome = (2 * table.frameWidth() + style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
              + sum(dialog.layout().getContentsMargins()[::2]))
    return max(900, min(columns + chrome, room))


def _cell(value, number: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
