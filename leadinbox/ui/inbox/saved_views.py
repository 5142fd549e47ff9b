"""The user's own views: a named query (search, filters, view, sort) kept in QSettings."""

from __future__ import annotations

import json
from dataclasses import asdict, fields

from PySide6.QtCore import QSettings

from leadinbox.core.query import InboxQuery

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
