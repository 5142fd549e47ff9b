"""A date field that may be empty (a filter bound): Tab leaves it, typing starts a date, Delete empties it."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from leadinbox.ui.language.i18n import date_field_format

NO_DATE = QDate(2000, 1, 1)     # the minimum date stands for "no bound" and shows the label


class OptionalDateEdit(QDateEdit):
    """QDateEdit shows its special value text at the minimum date, but then swallows Tab (Qt moves the
    cursor inside the text instead), ignores digits (the text is not a date) and steps Up from the
    minimum (2000 → 2001). Here an empty field starts from today when the user types or steps, Tab and
    Shift+Tab always move to the next control, and Delete (or Backspace on the whole text) empties it."""

    def __init__(self, label: str, tip: str, parent: QWidget | None = None, *, today=QDate.currentDate) -> None:
        super().__init__(parent, calendarPopup=True, displayFormat=date_field_format(), toolTip=tip)
        self._today = today
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(label)
        self.setDate(NO_DATE)

    def is_empty(self) -> bool:
        return self.date() == NO_DATE

    def clear_date(self) -> None:
        self.setDate(NO_DATE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            # QWidget's own focus chain, not QDateTimeEdit's, which steps through day, month and year first.
            QWidget.focusNextPrevChild(self, key == Qt.Key.Key_Tab and not event.modifiers())
            return
        if key == Qt.Key.Key_Delete or (key == Qt.Key.Key_Backspace and self._all_selected()):
            self.clear_date()
            return
        if self.is_empty() and text.isdigit():
            # Today silently under the typed digits: the filter changes once the typed date is one.
            self.blockSignals(True)
            self._start()
            self.blockSignals(False)
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)

    def stepBy(self, steps: int) -> None:
        if self.is_empty():          # Up, Down, Page keys or the wheel: start at today, not at 2000
            self._start()
            return
        super().stepBy(steps)

    def stepEnabled(self):
        # Down is possible from an empty field too (it starts at today).
        if self.is_empty():
            return self.StepEnabledFlag.StepUpEnabled | self.StepEnabledFlag.StepDownEnabled
        return super().stepEnabled()

    def _start(self) -> None:
        self.setDate(self._today())
        self.selectAll()

    def _all_selected(self) -> bool:
        edit = self.lineEdit()
        return edit.hasSelectedText() and edit.selectedText() == edit.text()
