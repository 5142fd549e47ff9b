"""Edit › Settings: one dialog, a page per subject; each feature adds its page with its own load and save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QPlainTextEdit, QStackedWidget, QVBoxLayout, QWidget)

from leadinbox.ui.language import i18n


class SettingsDialog(QDialog):
    """Pages are (title, widget, load, save); OK saves every page in order and stays open on the first page
    whose save returns False (that page shows why)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.pages = QListWidget()
        self.pages.setStyleSheet("QListWidget::item { padding: 5px 8px; }")
        # The list is as wide as its longest page name (in every language), never scrolled sideways.
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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

    def add_page(self, title: str, widget: QWidget, *, load: Callable[[], None] | None = None,
                 save: Callable[[], bool] | None = None) -> None:
        """Add a page; `load`/`save` default to the widget's own load() and save() (save returns False to
        keep the dialog open, showing why on the page)."""
        load = load or widget.load
        save = save or widget.save
        load()
        self.pages.addItem(title)
        self._fit_pages()
        self.stack.addWidget(widget)
        self._savers.append(save)
        if self.pages.count() == 1:
            self.pages.setCurrentRow(0)

    def _fit_pages(self) -> None:
        width = self.pages.sizeHintForColumn(0) + 2 * self.pages.frameWidth()
        self.pages.setFixedWidth(width + 4)       # a little air beside the longest name

    def save_and_close(self) -> None:
        for row, save in enumerate(self._savers):
            if not save():
                self.pages.setCurrentRow(row)
                return
        self.accept()


class GeneralPage(QWidget):
    """The user's name and email signature, used in the email templates ({my_name}, {signature}), and the
    language of the UI ("System default" follows the computer's)."""

    def __init__(self, settings: QSettings, parent=None, *, data_folder: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data_folder = data_folder       # ui.data_folder.DataFolderRow: where the data lives, Move…
        self._language = ""                  # as loaded: the note appears when the choice differs
        self.name = QLineEdit(placeholderText=self.tr("e.g. Sam Lee"))
        self.signature = QPlainTextEdit(placeholderText=self.tr("Sam Lee\nContoso Software · +31 20 555 0100"))
        self.signature.setTabChangesFocus(True)
        self.signature.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)   # a signature, not a letter
        self.language = QComboBox()
        system = i18n.LANGUAGE_NAMES[i18n.language_for(None)]
        self.language.addItem(self.tr("System default (%1)").replace("%1", system), "")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language_note = QLabel(self.tr("LeadInbox speaks the new language from its next start."),
                                    wordWrap=True)
        self.language_note.hide()
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(self.language.currentData() != self._language))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("Email &signature:"), self.signature)
        if data_folder is not None:
            form.addRow(self.tr("Data folder:"), data_folder)
        page = QVBoxLayout(self)
        page.addLayout(form)
        page.addStretch(1)                   # the rows stay at the top, however tall the dialog

    def load(self) -> None:
        self.name.setText(str(self.settings.value("user/name", "")))
        self.signature.setPlainText(str(self.settings.value("user/signature", "")))
        self._language = i18n.saved_language(self.settings)
        self.language.setCurrentIndex(max(self.language.findData(self._language), 0))

    def save(self) -> bool:
        self.settings.setValue("user/name", self.name.text().strip())
        self.settings.setValue("user/signature", self.signature.toPlainText().strip())
        i18n.save_language(self.settings, self.language.currentData())
        return True
