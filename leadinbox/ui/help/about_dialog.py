"""Help › About: version, where the data lives, and the Qt/Python versions (copyable for support mails)."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from leadinbox import APP_NAME, __version__
from leadinbox.ui.language.i18n import Labels


def about_facts(db_path: Path) -> list[tuple[str, str]]:
    """(key, value) pairs: version, data folder, database, Qt and Python. The data folder is the open
    database's (its backups live beside it), not the default one: --db and LEADINBOX_DB point elsewhere."""
    database = Path(db_path).resolve()
    return [
        ("version", __version__),
        ("data_folder", str(database.parent)),
        ("database", str(database)),
        ("qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),  # i18n: not UI (versions)
        ("python", f"{platform.python_version()} ({platform.system()} {platform.machine()})"),
    ]


LABELS = Labels("AboutDialog", {"version": QT_TRANSLATE_NOOP("AboutDialog", "Version"),
                                "data_folder": QT_TRANSLATE_NOOP("AboutDialog", "Data folder"),
                                "database": QT_TRANSLATE_NOOP("AboutDialog", "Database"),
                                "qt": QT_TRANSLATE_NOOP("AboutDialog", "Qt"),
                                "python": QT_TRANSLATE_NOOP("AboutDialog", "Python")})


class AboutDialog(QDialog):
    def __init__(self, db_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About LeadInbox"))
        self.facts = about_facts(db_path)
        title = QLabel(f"<h2>{APP_NAME} {__version__}</h2>")
        blurb = QLabel(self.tr("Marketplace leads, imported, deduplicated and followed up. "
                               "Your data stays on this computer."), wordWrap=True)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, value in self.facts:
            # Plain text and selectable: paths may hold '<' or '&', and users copy them into a file manager.
            label = QLabel(value, textFormat=Qt.TextFormat.PlainText, wordWrap=True,
                           textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("%1:").replace("%1", LABELS[key]), label)
            self.values[key] = label
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def details_text(self) -> str:
        facts = [f"{LABELS[key]}: {value}" for key, value in self.facts[1:]]
        return "\n".join([f"{APP_NAME} {__version__}", *facts])

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
