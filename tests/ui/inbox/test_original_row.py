"""The detail pane's "original row" link: every column of the file's row, not copyable for do-not-contact."""

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from leadinbox.store.importing.entry import import_path
from leadinbox.ui.inbox.detail_pane import DetailPane
from leadinbox.store.inbox_source import InboxSource
from leadinbox.ui.inbox.original_row_dialog import OriginalRowDialog


def _pane(qtbot, db):
    pane = DetailPane(InboxSource(db))
    qtbot.addWidget(pane)
    return pane


def _open_first_row(pane, customer_id):
    pane.show_customer(customer_id)
    html = pane.timeline.toHtml()
    start = html.index("row:")
    pane.timeline.anchorClicked.emit(QUrl(html[start:html.index('"', start)]))
    return pane.findChild(OriginalRowDialog)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_link_shows_every_column_of_the_row(qtbot, db, tmp_path):
    path = tmp_path / "fair.csv"
    path.write_text("Email,Full Name,Call to action,Offer name,Created date,Industry\n"
                    "a@x.example,Ann Lee,Contact me,Router,2026-10-01,Retail\n", encoding="utf-8")
    import_path(db, path)
    customer_id = db.execute("SELECT id FROM customers").fetchone()[0]
    pane = _pane(qtbot, db)
    dialog = _open_first_row(pane, customer_id)
    assert dialog is not None and dialog.isVisible()
    cells = [(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text()) for r in range(dialog.table.rowCount())]
    assert cells == [("Email", "a@x.example"), ("Full Name", "Ann Lee"), ("Call to action", "Contact me"),
                     ("Offer name", "Router"), ("Created date", "2026-10-01"), ("Industry", "Retail")]
    assert "Row 2 of fair.csv" in dialog.findChild(QLabel).text()
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().endswith("Industry\tRetail")


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_do_not_contact_row_cannot_be_copied(qtbot, sample_db):
    customer_id = sample_db.execute("SELECT id FROM customers WHERE dnc LIMIT 1").fetchone()[0]
    pane = _pane(qtbot, sample_db)
    dialog = _open_first_row(pane, customer_id)
    assert dialog.table.rowCount() > 0
    assert not dialog.copy_button.isEnabled()
    assert dialog.table.selectionMode() == dialog.table.SelectionMode.NoSelection
