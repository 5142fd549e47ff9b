"""The search box and quick filters; emits the query after a short pause in typing."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton,
                               QVBoxLayout, QWidget)

from leadinbox.core.leadsource import ACTIONS
from leadinbox.core.query import InboxQuery
from leadinbox.ui.inbox.badges import SOURCE_LABELS, action_label
from leadinbox.ui.language.i18n import current_language
from leadinbox.ui.widgets.optional_date import OptionalDateEdit

DEBOUNCE_MS = 150


class FilterBar(QWidget):
    """Changes to any control emit `changed` with the new query (typing is debounced)."""

    changed = Signal(object)
    to_list = Signal()        # Down, Enter (or Esc when empty) in the search box: go to the list's first row
    show_all = Signal()       # the "3 more in All" hint was followed: the view becomes All

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._query = InboxQuery()
        self.search = QLineEdit(placeholderText=self.tr(
            "Search name, email, phone, company, offer, notes… (press / to search)"))
        self.search.setClearButtonEnabled(True)
        self.action = self._combo(self.tr("Any action"), [(a, action_label(a)) for a in ACTIONS])
        self.source = self._combo(self.tr("Any source"), list(SOURCE_LABELS.items()))
        self.offer = self._combo(self.tr("Any offer"), [])
        self.country = self._combo(self.tr("Any country"), [])
        # '' = leads without an owner: the user's
        self.owner = self._combo(self.tr("Anyone's"), [("", self.tr("Mine"))])
        self.tag = self._combo(self.tr("Any tag"), [])
        self.tag.setMinimumContentsLength(6)
        self.tag.hide()          # until a customer has a tag: the bar must fit a laptop screen (test_layout)
        # A company picked in the company view (the detail pane's company link): shown while it filters.
        self._company: str | None = None
        self.company = QToolButton(objectName="companyFilter", toolTip=self.tr("Show every company again"))
        self.company.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.company.hide()
        self.company.clicked.connect(lambda: self.set_company(None))
        # Customers the search finds outside the current view ("3 more in All – show them").
        self.more = QLabel(objectName="moreHint", openExternalLinks=False)
        self.more.setStyleSheet("QLabel#moreHint { background: #FFF4CC; color: #000000; padding: 2px 6px; "
                                "border-radius: 3px; }")
        self.more.hide()
        self.more.linkActivated.connect(lambda _link: self.show_all.emit())
        more_key = QShortcut(QKeySequence("Alt+A"), self, context=Qt.ShortcutContext.WindowShortcut)
        more_key.activated.connect(lambda: self.more.isVisible() and self.show_all.emit())
        self.date_from, self.date_to = (self._date(self.tr("From"), self.tr("From (lead date)")),
                                        self._date(self.tr("To"), self.tr("To (lead date)")))
        self.hide_test = QCheckBox(self.tr("Hide test leads"), checked=True)
        self.hide_dnc = QCheckBox(self.tr("Hide do-not-contact"))
        self.reset = QToolButton(text=self.tr("Reset"), toolTip=self.tr("Clear all filters"))
        # Two rows, so the window fits a 1024-px screen: search and switches, then the quick filters.
        self.search.setMinimumWidth(200)
        self.search.setToolTip(self.search.placeholderText())
        top, bottom = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.search, 1)
        for w in (self.company, self.hide_test, self.hide_dnc, self.reset):
            top.addWidget(w)
        for w in (self.action, self.source, self.offer, self.country, self.owner, self.tag, self.date_from,
                  self.date_to):
            bottom.addWidget(w)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.more)
        layout.addLayout(bottom)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.action, self.source, self.offer, self.country, self.owner, self.tag):
            combo.currentIndexChanged.connect(self._emit)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._emit)
        self.hide_test.toggled.connect(self._emit)
        self.hide_dnc.toggled.connect(self._emit)
        self.reset.clicked.connect(self.clear)
        self.search.installEventFilter(self)

    @staticmethod
    def _combo(anything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(anything, None)
        for value, label in items:
            combo.addItem(label, value)
        # Sized for a short label, not the longest offer name: the bar must fit a 1280-px laptop screen.
        # The open list still shows whole names.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(9)
        combo.view().setMinimumWidth(260)
        combo.setToolTip(anything)
        return combo

    @staticmethod
    def _date(label: str, tip: str) -> OptionalDateEdit:
        return OptionalDateEdit(label, tip)   # shows the label while empty: no bound

    def set_facets(self, facets: dict) -> None:
        """The values the database has (store.inbox.facets). A value picked that is no longer among them
        (its leads undone, or only test leads have it and those are hidden) falls back to 'Any', and the
        list follows."""
        # Countries by name in the UI language, as the Reports window names them: 'NL – Nederland'. (pycountry
        # takes 0.1-0.2 s to import: after the window has painted, when the choices come.)
        from leadinbox.core.countries import country_label
        language = current_language()
        countries = sorted(((code, country_label(code, language)) for code, _ in facets.get("countries", [])),
                           key=lambda item: item[1].casefold())
        desk = facets.get("desk")
        # Alone, "Mine" is every lead without another owner; on a team it is what this desk claimed, and
        # "Unclaimed" is what nobody has.
        mine = [(desk, self.tr("Mine")), ("", self.tr("Unclaimed"))] if desk else [("", self.tr("Mine"))]
        owners = mine + [(o, o) for o in facets.get("owners", []) if o != desk]
        dropped = False
        for combo, values, fixed in ((self.offer, facets.get("offers", []), 1),
                                     (self.country, countries, 1),
                                     (self.owner, owners, 1),
                                     (self.tag, [(t, t) for t in facets.get("tags", [])], 1)):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > fixed:
                combo.removeItem(fixed)
            for value, label in values:
                combo.addItem(label, value)
            dropped |= current is not None and combo.findData(current) < 0
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)
        self.tag.setVisible(self.tag.count() > 1)
        if dropped:
            self._emit()

    def set_query(self, query: InboxQuery) -> None:
        """Show a whole query (a saved view) in the controls, then emit it once."""
        controls = (self.search, self.action, self.source, self.offer, self.country, self.owner, self.tag,
                    self.date_from, self.date_to, self.hide_test, self.hide_dnc)
        for w in controls:
            w.blockSignals(True)
        self.search.setText(query.search)
        for combo, value in ((self.action, query.action), (self.source, query.source), (self.offer, query.offer),
                             (self.country, query.country), (self.owner, query.owner), (self.tag, query.tag)):
            if value is not None and combo.findData(value) < 0:
                combo.addItem(value, value)        # a saved view's tag no customer has any more
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
        self._show_company(query.company, query.company)
        for edit, day in ((self.date_from, query.date_from), (self.date_to, query.date_to)):
            edit.setDate(QDate.fromString(day, "yyyy-MM-dd") if day else edit.minimumDate())
        self.hide_test.setChecked(query.hide_test)
        self.hide_dnc.setChecked(query.hide_dnc)
        for w in controls:
            w.blockSignals(False)
        self._query = query
        self._emit()

    def set_view(self, view: str) -> None:
        self._query = replace(self._query, view=view)
        self._emit()

    def query(self) -> InboxQuery:
        def day(edit: OptionalDateEdit) -> str | None:
            return None if edit.is_empty() else edit.date().toString("yyyy-MM-dd")
        return replace(self._query, search=self.search.text(), action=self.action.currentData(),
                       source=self.source.currentData(), offer=self.offer.currentData(),
                       country=self.country.currentData(), owner=self.owner.currentData(),
                       date_from=day(self.date_from),
                       date_to=day(self.date_to), hide_test=self.hide_test.isChecked(),
                       hide_dnc=self.hide_dnc.isChecked(), tag=self.tag.currentData(), company=self._company)

    def set_company(self, value: str | None, name: str | None = None) -> None:
        """Filter on a company (store/people/companies: its key, or '@' + its domain), or stop (None)."""
        self._show_company(value, name)
        self._emit()

    def _show_company(self, value: str | None, name: str | None) -> None:
        self._company = value
        self.company.setText(self.tr("Company: %1 ✕").replace("%1", (name or value or "").lstrip("@")))
        self.company.setVisible(value is not None)

    def set_more(self, count: int) -> None:
        """Say how many more customers the search finds in All (0 hides the hint)."""
        if count <= 0:
            self.more.hide()
            return
        self.more.setText(self.tr("%Ln more in All – <a href='all'>show them</a> (Alt+A)", "", count))
        self.more.show()

    def clear(self) -> None:
        for w in (self.search, self.action, self.source, self.offer, self.country, self.owner, self.tag,
                  self.date_from, self.date_to):
            w.blockSignals(True)
        self.search.clear()
        self._show_company(None, None)
        for combo in (self.action, self.source, self.offer, self.country, self.owner, self.tag):
            combo.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            edit.setDate(edit.minimumDate())
        for w in (self.search, self.action, self.source, self.offer, self.country, self.owner, self.tag,
                  self.date_from, self.date_to):
            w.blockSignals(False)
        self._emit()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) or (
                    key == Qt.Key.Key_Escape and not self.search.text()):
                if self._timer.isActive():       # the list must show what was typed before it takes the keys
                    self._emit()
                self.to_list.emit()
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _emit(self, *_args) -> None:
        self._timer.stop()
        self._query = self.query()
        self.changed.emit(self._query)
