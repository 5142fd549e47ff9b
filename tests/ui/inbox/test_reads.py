"""What the inbox reads, and when: one page per keystroke, the first page once when the window opens, the quick
filters' choices beside the window (each read beyond these cost 0.1-3 s at a million leads)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QModelIndex

from leadinbox.core.query import InboxQuery
from leadinbox.store import inbox
from leadinbox.store.inbox_source import InboxSource
from leadinbox.ui.inbox.model import PAGE, InboxModel
from leadinbox.ui.inbox.view import InboxView


class CountingSource(InboxSource):
    def __init__(self, db) -> None:
        super().__init__(db)
        self.pages: list[int] = []         # the offset of each page read

    def page(self, query, offset, limit):
        self.pages.append(offset)
        return super().page(query, offset, limit)


def test_a_keystroke_reads_one_page_and_the_next_when_scrolled_to_the_end(qtbot, db):
    for i in range(PAGE * 2 + 5):
        db.execute("INSERT INTO customers (key, full_name, lead_count, latest_at) VALUES (?, ?, 0, ?)",
                   (f"e:{i}@x", f"P{i:04d}", f"2026-10-01T00:00:{i % 60:02d}Z"))
    source = CountingSource(db)
    model = InboxModel(source)
    view = InboxView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    source.pages.clear()
    model.set_query(InboxQuery(view="all", sort="name"))
    view.viewport().repaint()          # Qt's tree lays the list out again, and asked for a second page then
    qtbot.wait(50)
    assert source.pages == [0] and model.rowCount() == PAGE and model.canFetchMore(QModelIndex())
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE)
    assert source.pages[:2] == [0, PAGE]


def test_the_window_reads_its_first_page_once_and_its_choices_beside_it(qtbot, sample_db, db_path, settings,
                                                                        monkeypatch):
    from leadinbox.ui.window.main_window import MainWindow
    pages, choices = [], []
    page, facets = inbox.customer_page, inbox.facets
    monkeypatch.setattr(inbox, "customer_page", lambda *a, **k: pages.append(a[1]) or page(*a, **k))
    monkeypatch.setattr(inbox, "facets", lambda *a, **k: choices.append(threading.current_thread()) or facets(*a, **k))
    window = MainWindow(sample_db, db_path, settings, report_dialogs=False)
    qtbot.addWidget(window)
    assert len(pages) == 1 and pages[0].view == "needs_reply"      # the view kept from the last start
    qtbot.waitUntil(lambda: window.filters.offer.count() > 1)
    assert choices and threading.main_thread() not in choices
    window.close()
    window.jobs.wait()
