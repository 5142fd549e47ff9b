"""Settings › Backups and privacy: where the data lives, the backups, and the retention setting with a
preview of what it would erase now (saved with the dialog's OK; "Erase them now" acts at once, after a
backup)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from leadinbox.store.safety import retention
from leadinbox.store.safety.backups import folder_for, list_backups, make_backup
from leadinbox.store.connections import connections
from leadinbox.store.db import StoreError
from leadinbox.store.failures import explain
from leadinbox.ui.language.i18n import format_datetime, format_number


class PrivacyPage(QWidget):
    backup_requested = Signal()
    restore_requested = Signal()
    data_changed = Signal()          # retention erased leads: the views refresh

    def __init__(self, db, db_path: Path, parent=None, *, clock=None, confirm=None, tell=None) -> None:
        super().__init__(parent)
        self.db, self.db_path = db, Path(db_path)
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.confirm = confirm or self._ask
        self.tell = tell or (lambda title, text: QMessageBox.warning(self, title, text))
        where = QGroupBox(self.tr("Your data"))
        form = QFormLayout(where)
        form.addRow(self.tr("Database:"), _selectable(str(self.db_path)))
        form.addRow(self.tr("Backups:"), _selectable(str(folder_for(self.db_path))))
        self.network = QLabel(wordWrap=True)       # what is connected, said again on each load()
        form.addRow(self.network)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db_path.parent))))
        form.addRow(open_folder)
        saved = QGroupBox(self.tr("Backups"))
        row = QHBoxLayout(saved)
        self.backup_summary = QLabel()
        backup_now = QPushButton(self.tr("Back up now"))
        backup_now.clicked.connect(self.backup_requested)
        restore = QPushButton(self.tr("Restore backup…"))
        restore.clicked.connect(self.restore_requested)
        row.addWidget(self.backup_summary, 1)
        row.addWidget(backup_now)
        row.addWidget(restore)
        keep = QGroupBox(self.tr("Retention"))
        column = QVBoxLayout(keep)
        line = QHBoxLayout()
        self.enabled = QCheckBox(self.tr("Erase leads older than"))
        self.months = QSpinBox(minimum=1, maximum=retention.MAX_MONTHS, value=6, suffix=self.tr(" months"))
        line.addWidget(self.enabled)
        line.addWidget(self.months)
        line.addStretch(1)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        # Room for the longest text: a wrapped label's height is not always re-measured inside a stacked page.
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 4)
        self.apply_button = QPushButton(self.tr("Erase them now…"))
        self.apply_button.clicked.connect(self.apply_now)
        column.addLayout(line)
        column.addWidget(self.preview)
        column.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        for box in (where, saved, keep):
            layout.addWidget(box)
        layout.addStretch(1)
        self.enabled.toggled.connect(self.refresh)
        self.months.valueChanged.connect(self.refresh)
        self.load()

    def load(self) -> None:
        self.network.setText(self.network_text())
        months = retention.load_months(self.db)
        self.enabled.setChecked(months is not None)
        self.months.setValue(months or 6)
        self.refresh()

    def network_text(self) -> str:
        """Only what is connected opens a connection: said by name, so the page never says 'none' while a
        lead source, a mailbox or a team is connected."""
        found = connections(self.db)
        parts = []
        if found["sources"]:
            parts.append(self.tr("reads new leads from %1").replace("%1", ", ".join(found["sources"])))
        if found["mailboxes"]:
            parts.append(self.tr("reads the mailbox %1").replace("%1", ", ".join(found["mailboxes"])))
        if found["team"]:
            parts.append(self.tr("sends and fetches the team's work through %1").replace("%1", found["team"][0]))
        if not parts:
            return self.tr("Only you can read these files. LeadInbox opens no network connection; email and "
                           "calls go through your own apps.")
        return self.tr("Only you can read these files. LeadInbox connects only to what you connected: it %1. "
                       "Nothing else leaves this computer; email and calls go through your own apps.").replace(
            "%1", "; ".join(parts))

    def save(self) -> bool:
        retention.save_months(self.db, self.months.value() if self.enabled.isChecked() else None)
        return True

    def refresh(self) -> None:
        found = list_backups(folder_for(self.db_path))
        self.backup_summary.setText(
            self.tr("Backups kept: %s, the newest from %s.") % (format_number(len(found)), format_datetime(
                found[0].taken_at.astimezone())) if found else self.tr("No backups yet: the first is made today."))
        what = retention.preview(self.db, self.months.value(), now=self.clock())
        self.months.setEnabled(self.enabled.isChecked())
        self.apply_button.setEnabled(self.enabled.isChecked() and what.leads > 0)
        text = self.tr("Now this would erase %s leads, and %s customers who have no newer lead.") % (
            format_number(what.leads), format_number(what.customers))
        if self.enabled.isChecked():
            text += " " + self.tr("LeadInbox applies it once a day, after the daily backup. Backups made before "
                                  "keep those leads until they are rotated out (at most five weeks).")
        else:
            text = self.tr("Off: leads are kept until you erase them. Partner Center keeps leads for 6 months.")
        self.preview.setText(text)
        self.last_preview = what

    def apply_now(self) -> None:
        what = retention.preview(self.db, self.months.value(), now=self.clock())
        if not what.leads or not self.confirm(what):
            return
        # The dialog's Cancel cannot bring the leads back: a backup can (File › Restore backup…).
        try:
            make_backup(self.db, self.db_path, "before-retention", now=self.clock())
        except (StoreError, sqlite3.Error, OSError) as exc:
            self.tell(self.tr("Erase old leads"), self.tr("No backup could be made, so nothing was erased.\n\n%1")
                      .replace("%1", explain(exc, str(folder_for(self.db_path))) or str(exc)))
            return
        retention.apply(self.db, self.months.value(), now=self.clock())
        self.refresh()
        self.data_changed.emit()

    def backups_changed(self, _backup=None) -> None:
        """A backup was made elsewhere (File › Back up now, the daily one): the summary says so."""
        self.refresh()

    def _ask(self, what) -> bool:
        return QMessageBox.question(self, self.tr("Erase old leads"), self.tr(
            "Erase %s leads that arrived before %s, and %s customers left without leads?\n\nThis happens at once: "
            "Cancel in Settings does not undo it. A backup is made first, so File › Restore backup… can bring "
            "them back.") % (format_number(what.leads), what.cutoff[:10], format_number(what.customers))) == QMessageBox.StandardButton.Yes


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
