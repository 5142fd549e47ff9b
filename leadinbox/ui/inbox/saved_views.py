"""The user's own views: a named query (search, filters, view, sort) kept in QSettings, and View › Save current
view…, choosing one in the views panel, deleting one."""

from __future__ import annotations

import json
from dataclasses import asdict, fields, replace

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from leadinbox.core.query import InboxQuery
from leadinbox.ui.inbox.columns import SORT_FOR_COLUMN

KEY = "views/saved"
PREFIX = "saved:"          # view keys in the views panel that name a saved view
_FIELDS = {f.name for f in fields(InboxQuery)}


def load(settings: QSettings) -> dict[str, InboxQuery]:
    raw = settings.value(KEY, "{}")
    try:
        data = json.loads(raw) if isinstance(raw, str) else {}
    except ValueError:
        return {}
    out = {}
    for name, values in data.items() if isinstance(data, dict) else ():
        if isinstance(values, dict):
            try:
                out[name] = InboxQuery(**{k: v for k, v in values.items() if k in _FIELDS})
            except TypeError:
                continue          # a view saved by another version that no longer fits: skipped
    return out


def _store(settings: QSettings, views: dict[str, InboxQuery]) -> None:
    settings.setValue(KEY, json.dumps({n: asdict(q) for n, q in views.items()}, ensure_ascii=False))


def save(settings: QSettings, name: str, query: InboxQuery) -> None:
    views = load(settings)
    views[name] = query
    _store(settings, views)


def delete(settings: QSettings, name: str) -> None:
    views = load(settings)
    views.pop(name, None)
    _store(settings, views)


class SavedViews(QObject):
    """Between the views panel, the filter bar and the list's sort: a saved view is the filters and the sort."""

    def __init__(self, parent, settings, views, filters, tree, model) -> None:
        super().__init__(parent)
        self.parent_widget, self.settings = parent, settings
        self.views, self.filters, self.tree, self.model = views, filters, tree, model
        # A seam for tests: asks a yes/no question, No by default.
        self.confirm = lambda title, text: QMessageBox.question(
            parent, title, text, defaultButton=QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
        views.view_chosen.connect(self.choose)
        views.delete_requested.connect(self.delete)

    def restore(self, current: str) -> None:
        self.views.set_saved(list(load(self.settings)))
        self.views.select(current)

    def choose(self, key: str) -> None:
        if key.startswith(PREFIX):
            query = load(self.settings).get(key[len(PREFIX):])
            if query is not None:
                column = next((c for c, k in SORT_FOR_COLUMN.items() if k == query.sort), 0)
                self.tree.sortByColumn(column, Qt.SortOrder.DescendingOrder if query.descending
                                       else Qt.SortOrder.AscendingOrder)
                self.filters.set_query(query)
            return
        self.filters.set_view(key)

    def save(self) -> None:
        name, ok = QInputDialog.getText(self.parent_widget, self.tr("Save view"), self.tr(
            "Name for the current search, filters and sort:"))
        name = name.strip()
        if ok and name:
            query = replace(self.filters.query(), sort=self.model.query.sort, descending=self.model.query.descending)
            save(self.settings, name, query)
            self.views.set_saved(list(load(self.settings)))
            self.views.select(PREFIX + name)

    def delete(self, name: str) -> None:
        if not self.confirm(self.tr("Delete view"), self.tr("Delete the saved view “%1”? Its search, filters "
                                                              "and sort cannot be brought back.").replace("%1", name)):
            return
        delete(self.settings, name)
        self.views.set_saved(list(load(self.settings)))
