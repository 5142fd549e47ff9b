"""After an import: per file what was added, known and rejected (row, column, reason); can be saved."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

COLUMNS = ("File", "Status", "Rows", "New leads", "New customers", "Already known", "Rejected rows")


def summary_line(results) -> str:
    new = sum(r.new_leads for r in results)
    customers = sum(r.new_customers for r in results)
    refused = sum(r.status == "refused" for r in results)
    text = f"Imported {new} new leads ({customers} new customers)"
    return text + (f"; {refused} file(s) refused" if refused else "")


class ImportReport(QDialog):
    def __init__(self, results, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import report")
        self.resize(900, 480)
        self.results = results
        files = QTableWidget(len(results), len(COLUMNS))
        files.setHorizontalHeaderLabels(COLUMNS)
        for row, r in enumerate(results):
            status = r.status if r.status != "refused" else f"refused: {r.error}"
            values = (Path(r.file).name, status, r.rows, r.new_leads, r.new_customers, r.known_leads,
                      len(r.skipped_rows))
            for col, value in enumerate(values):
                files.setItem(row, col, QTableWidgetItem(str(value)))
        files.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        files.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        problems = [(Path(r.file).name, p) for r in results for p in r.skipped_rows]
        rows = QTableWidget(len(problems), 4)
        rows.setHorizontalHeaderLabels(("File", "Row", "Column", "Why it was skipped"))
        for i, (name, p) in enumerate(problems):
            for col, value in enumerate((name, p.row, p.column or "", p.reason)):
                rows.setItem(i, col, QTableWidgetItem(str(value)))
        rows.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for table in (files, rows):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Save)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{summary_line(results)}</b>"))
        layout.addWidget(files)
        layout.addWidget(QLabel(f"Rejected rows ({len(problems)}):" if problems else "No rows were rejected."))
        layout.addWidget(rows)
        rows.setVisible(bool(problems))
        layout.addWidget(buttons)
        self.files_table, self.rows_table = files, rows

    def save(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "Save import report", "import-report.csv", "CSV (*.csv)")
        if not path:
            return
        with open(path, "w", newline="", encoding="utf-8-sig") as handle:
            out = csv.writer(handle)
            out.writerow(("file", "status", "error", "rows", "new_leads", "new_customers", "known_leads",
                          "row", "column", "reason"))
            for r in self.results:
                base = (r.file, r.status, r.error or "", r.rows, r.new_leads, r.new_customers, r.known_leads)
                out.writerow(base + ("", "", ""))
                for p in r.skipped_rows:
                    out.writerow(base + (p.row, p.column or "", p.reason))
