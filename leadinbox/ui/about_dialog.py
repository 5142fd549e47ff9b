"""Help › About: version, where the data lives, and the Qt/Python versions (copyable for support mails)."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from leadinbox import APP_NAME, __version__
from leadinbox.paths import data_dir


def about_facts(db_path: Path) -> list[tuple[str, str]]:
    """(label key, value) pairs; the dialog translates the labels, the text copy keeps them in English."""
    return [
        ("Version", __version__),
        ("Data folder", str(data_dir())),
        ("Database", str(Path(db_path).resolve())),
        ("Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),
        ("Python", f"{platform.python_version()} ({platform.system()} {platform.machine()})"),
    ]


class AboutDialog(QDialog):
    def __init__(self, db_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About LeadInbox"))
        self.facts = about_facts(db_path)
        title = QLabel(f"<h2>{APP_NAME} {__version__}</h2>")
        blurb = QLabel(self.tr("Marketplace leads, imported, deduplicated and followed up. "
                               "Your data stays on this computer."), wordWrap=True)
        labels = {"Version": self.tr("Version"), "Data folder": self.tr("Data folder"),
                  "Database": self.tr("Database"), "Qt": self.tr("Qt"), "Python": self.tr("Python")}
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, value in self.facts:
            # Plain text and selectable: paths may hold '<' or '&', and users copy them into a file manager.
            label = QLabel(value, textFormat=Qt.TextFormat.PlainText, wordWrap=True,
                           textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(labels[key] + ":", label)
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
        return "\n".join(f"{key}: {value}" for key, value in [("LeadInbox", __version__)] + self.facts[1:])

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
