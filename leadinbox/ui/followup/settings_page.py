"""Settings › Follow-up: the response clock, the cadence, qualification criteria and email templates."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGroupBox, QLabel,
                               QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout, QWidget)
from leadinbox.store.database import Database

from leadinbox.core.cadence import FollowUpRules
from leadinbox.core.templates import DEFAULTS
from leadinbox.store.work import rules as stored
from leadinbox.store.work.plan import save_follow_up
from leadinbox.ui.followup.criteria_editor import CriteriaEditor
from leadinbox.ui.language.i18n import format_number
from leadinbox.ui.followup.templates_editor import TemplatesEditor
from leadinbox.ui.widgets.two_columns import TwoColumns

MAX_DAY = 365     # a later day is a typo, and would push dates past what the calendar widgets show


class InvalidSetting(ValueError):
    """A field the user must correct before saving; the message is shown as is."""


class FollowUpSettingsPage(QWidget):
    """`load(db)` fills the page from the database, `save(db)` writes it back (False, with the reason shown,
    when a field is invalid). New rules replan the open leads; `replanned` then says how many."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.replanned = 0
        self.hours = QSpinBox(minimum=1, maximum=168, value=24, suffix=self.tr(" hours"))
        self.weekends = QCheckBox(self.tr("Count weekends"), checked=True)
        self.weekends.setToolTip(self.tr("Unticked, Saturday and Sunday do not run the clocks."))
        self.cadence = QLineEdit("0, 2, 5, 9, 14")
        self.cadence.setToolTip(self.tr("The days after the first attempt on which each attempt is due."))
        self.cadence_info = QLabel()
        self.error = QLabel(wordWrap=True)
        self.error.hide()
        self.close_after = QSpinBox(minimum=0, maximum=90, value=3, suffix=self.tr(" days"))
        for spin in (self.hours, self.close_after):
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        cadence_box = QWidget()
        column = QVBoxLayout(cadence_box)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.cadence, self.cadence_info, self.error):
            column.addWidget(widget)
        timing = QFormLayout()
        timing.addRow(self.tr("First reply &within:"), self.hours)
        timing.addRow("", self.weekends)
        timing.addRow(QLabel(self.tr("&Attempts on days:"), buddy=self.cadence), cadence_box)
        timing.addRow(self.tr("Propose closing &after:"), self.close_after)
        timing.addRow("", QLabel(self.tr("…without a reply to the last planned attempt."), wordWrap=True))
        timing_box = QGroupBox(self.tr("Response and cadence"))
        timing_box.setLayout(timing)
        self.criteria = CriteriaEditor()
        criteria_box = QGroupBox(self.tr("Qualification criteria"))
        QVBoxLayout(criteria_box).addWidget(self.criteria)
        self.templates = TemplatesEditor()
        templates_box = QGroupBox(self.tr("Email templates"))
        QVBoxLayout(templates_box).addWidget(self.templates)
        left_column = QWidget()
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(timing_box)
        left.addWidget(criteria_box, 1)
        # Side by side on a wide screen, stacked (scrolling) on a 1024-px one: the two columns need 1,109 px.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(TwoColumns(left_column, templates_box, (2, 3)))
        for signal in (self.hours.valueChanged, self.weekends.toggled, self.cadence.textChanged,
                       self.close_after.valueChanged, self.criteria.changed, self.templates.changed):
            signal.connect(self.changed)
        self.cadence.textChanged.connect(self._check)
        self._check()

    def load(self, db: Database) -> None:
        rules = stored.load_rules(db)
        self.hours.setValue(rules.response_hours)
        self.weekends.setChecked(rules.count_weekends)
        self.cadence.setText(", ".join(str(d) for d in rules.cadence_days))
        self.close_after.setValue(rules.close_after_days)
        self.criteria.set_criteria(stored.load_criteria(db))
        self.templates.set_templates(stored.load_templates(db))
        self._check()

    def rules(self) -> FollowUpRules:
        """The rules as entered; InvalidSetting (with a message for the user) when they make no sense."""
        parts = [p for p in re.split(r"[\s,;]+", self.cadence.text()) if p]
        if not parts or not all(p.isascii() and p.isdigit() for p in parts):
            raise InvalidSetting(self.tr("Write the attempt days as whole numbers separated by commas, "
                                         "for example 0, 2, 5, 9, 14."))
        days = tuple(int(p) for p in parts)
        if max(days) > MAX_DAY:
            raise InvalidSetting(self.tr("An attempt can be planned at most %d days after the first.")
                                 % MAX_DAY)
        try:
            return FollowUpRules(self.hours.value(), self.weekends.isChecked(), days,
                                 self.close_after.value())
        except ValueError:
            raise InvalidSetting(self.tr("The first attempt is on day 0 and each later day comes after the "
                                         "one before, for example 0, 2, 5, 9, 14.")) from None

    def _check(self, *_args) -> bool:
        try:
            rules = self.rules()
        except InvalidSetting as exc:
            self.error.setText("⚠ " + str(exc))
            self.error.show()
            self.cadence_info.hide()
            return False
        self.error.hide()
        self.cadence_info.show()
        count = rules.planned_attempts
        self.cadence_info.setText(self.tr("One attempt in total.") if count == 1
                                  else self.tr("%s attempts in total.") % format_number(count))
        return True

    def save(self, db: Database) -> bool:
        """Write the page to the database in one transaction; changed rules replan the open leads."""
        if not self._check():
            self.cadence.setFocus()
            return False
        rules = self.rules()
        # Only the templates the user changed are kept, so better default wording reaches the rest.
        templates = {kind: t for kind, t in self.templates.templates().items() if t != DEFAULTS[kind]}
        # New rules replan every open lead: seconds on a database of 100 000 leads, so show it is working.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._write(db, rules, templates)
        finally:
            QApplication.restoreOverrideCursor()
        self.criteria.set_criteria(stored.load_criteria(db))     # as kept: trimmed, without repeats
        return True

    def _write(self, db: Database, rules: FollowUpRules, templates: dict) -> None:
        self.replanned = save_follow_up(db, rules, templates, self.criteria.criteria())
