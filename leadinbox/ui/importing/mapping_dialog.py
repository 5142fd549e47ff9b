"""For a file whose layout is unknown: preview its first rows and choose a field for each column."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from leadinbox.core.errors import RowProblem
from leadinbox.core.fields import FIELDS
from leadinbox.ui.language.core_messages import problem_text
from leadinbox.ui.language.i18n import Labels, format_number
from leadinbox.ui.window.screen_fit import resize_to_screen

FIELD_LABELS = Labels("Fields", {
    "external_id": QT_TRANSLATE_NOOP("Fields", "Lead id"),
    "created_at": QT_TRANSLATE_NOOP("Fields", "Created (date)"),
    "first_name": QT_TRANSLATE_NOOP("Fields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Fields", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "email": QT_TRANSLATE_NOOP("Fields", "Email"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "job_title": QT_TRANSLATE_NOOP("Fields", "Job title"),
    "company": QT_TRANSLATE_NOOP("Fields", "Company"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "state": QT_TRANSLATE_NOOP("Fields", "State"),
    "lead_source": QT_TRANSLATE_NOOP("Fields", "Lead source (Source-Action|Offer)"),
    "action": QT_TRANSLATE_NOOP("Fields", "Action / call to action"),
    "offer_name": QT_TRANSLATE_NOOP("Fields", "Offer name"),
    "offer_id": QT_TRANSLATE_NOOP("Fields", "Offer id"),
    "description": QT_TRANSLATE_NOOP("Fields", "Notes / description"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Owner"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
})


class MappingDialog(QDialog):
    """`mapping()` returns header -> field ('' = ignored) for every column."""

    def __init__(self, needs, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Map the columns of %1").replace("%1", needs.path.name))
        self.needs = needs
        table = QTableWidget(len(needs.preview) + 1, len(needs.headers))
        table.setHorizontalHeaderLabels(needs.headers)
        table.setVerticalHeaderLabels([self.tr("Field")] + [str(i + 1) for i in range(len(needs.preview))])
        self.combos: list[QComboBox] = []
        for col, header in enumerate(needs.headers):
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for name in FIELDS:
                combo.addItem(FIELD_LABELS.get(name, name.replace("_", " ")), name)
            guess = needs.guess.get(header)
            if guess:
                combo.setCurrentIndex(max(combo.findData(guess), 0))
            table.setCellWidget(0, col, combo)
            self.combos.append(combo)
        for row, cells in enumerate(needs.preview, start=1):
            if isinstance(cells, RowProblem):   # a row the reader could not take whole: shown, with why
                item = QTableWidgetItem(self.tr("(row %1 cannot be read: %2)")
                                        .replace("%1", format_number(cells.row)).replace("%2", problem_text(cells)))
                item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                table.setItem(row, 0, item)
                table.setSpan(row, 0, 1, max(len(needs.headers), 1))
                continue
            for col in range(len(needs.headers)):
                table.setItem(row, col, QTableWidgetItem(cells[col] if col < len(cells) else ""))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.hint = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("LeadInbox did not recognise this file's layout. Choose what each "
                                        "column holds; the choice is remembered for files with the same "
                                        "columns.")))
        layout.addWidget(table)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.table = table
        # Every column in sight where the screen has room (a five-column list sat behind a sideways scroll bar
        # in 1000 px on a 1280 px screen); at least the old 1000 x 420.
        header = table.horizontalHeader()
        columns = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
                      for c in range(table.columnCount()))
        chrome = (table.verticalHeader().sizeHint().width() + 2 * table.frameWidth()
                  + table.verticalScrollBar().sizeHint().width() + layout.contentsMargins().left()
                  + layout.contentsMargins().right())
        resize_to_screen(self, max(1000, columns + chrome), 420)
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._check)
        self._check()

    def mapping(self) -> dict[str, str]:
        return {header: combo.currentData() for header, combo in zip(self.needs.headers, self.combos)}

    def set_field(self, header: str, name: str) -> None:
        combo = self.combos[self.needs.headers.index(header)]
        combo.setCurrentIndex(combo.findData(name))

    def _check(self) -> None:
        mapping = self.mapping()
        chosen = set(mapping.values())
        who = chosen & {"email", "full_name", "first_name", "last_name"}
        twice = [field for field in FIELDS if field in chosen
                 and sum(value == field for value in mapping.values()) > 1]
        self.import_button.setEnabled(bool(who) and not twice)
        if twice:           # which of the two would win is not for the importer to guess
            field = twice[0]
            columns = [header for header, value in mapping.items() if value == field]
            self.hint.setText(self.tr("%1 is chosen for more than one column (%2): choose it for one only.")
                              .replace("%1", FIELD_LABELS.get(field, field)).replace("%2", ", ".join(columns)))
            return
        if not who:
            self.hint.setText(self.tr("Choose at least the column with the email or the name."))
            return
        # Allowed, but the user should know before importing what the leads will lack.
        lacking = []
        if "created_at" not in chosen:
            lacking.append(self.tr("No column holds the %1: the leads sort as arriving today.")
                           .replace("%1", FIELD_LABELS["created_at"]))
        if not chosen & {"action", "lead_source"}:
            lacking.append(self.tr("No column holds the %1 or the %2: the leads get no action badge.")
                           .replace("%1", FIELD_LABELS["action"]).replace("%2", FIELD_LABELS["lead_source"]))
        self.hint.setText(" ".join(lacking))
