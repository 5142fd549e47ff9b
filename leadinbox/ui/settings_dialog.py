"""Edit › Settings: one dialog, a page per subject; each feature adds its page with its own load and save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QListWidget,
                               QPlainTextEdit, QStackedWidget, QVBoxLayout, QWidget)


class SettingsDialog(QDialog):
    """Pages are (title, widget, load, save); OK saves every page in order and stays open on the first page
    whose save returns False (that page shows why)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.pages = QListWidget(maximumWidth=180)
        self.pages.setStyleSheet("QListWidget::item { padding: 5px 8px; }")
        self.stack = QStackedWidget()
        self._savers: list[Callable[[], bool]] = []
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.pages)
        row.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(900, 620)

    def add_page(self, title: str, widget: QWidget, *, load: Callable[[], None],
                 save: Callable[[], bool]) -> None:
        load()
        self.pages.addItem(title)
        self.stack.addWidget(widget)
        self._savers.append(save)
        if self.pages.count() == 1:
            self.pages.setCurrentRow(0)

    def save_and_close(self) -> None:
        for row, save in enumerate(self._savers):
            if not save():
                self.pages.setCurrentRow(row)
                return
        self.accept()


class GeneralPage(QWidget):
    """The user's name and email signature, used in the email templates ({my_name}, {signature})."""

    def __init__(self, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.name = QLineEdit(placeholderText=self.tr("e.g. Sam Lee"))
        self.signature = QPlainTextEdit(placeholderText=self.tr("Sam Lee\nContoso Software · +31 20 555 0100"))
        self.signature.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("Email &signature:"), self.signature)
        form.setAlignment(Qt.AlignmentFlag.AlignTop)

    def load(self) -> None:
        self.name.setText(str(self.settings.value("user/name", "")))
        self.signature.setPlainText(str(self.settings.value("user/signature", "")))

    def save(self) -> bool:
        self.settings.setValue("user/name", self.name.text().strip())
        self.settings.setValue("user/signature", self.signature.toPlainText().strip())
        return True
