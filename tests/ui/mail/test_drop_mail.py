"""Dropping messages on the window: files and Outlook's drag logged, lead files imported, one undo step."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from leadinbox.core.mail.outlook_drag import descriptor, descriptor_names
from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path
from leadinbox.store.timeline import customer_timeline
from leadinbox.ui.inbox.timeline_html import timeline_html
from leadinbox.ui.mail.drop import OUTLOOK_CONTENTS, OUTLOOK_NAMES
from tests.core.mail.msg_builder import build_msg

SENT = (b"Message-ID: <m1@contoso-isv.example>\r\nDate: Tue, 20 Oct 2026 11:00:00 +0200\r\n"
        b"From: Jan Verkoper <jan@contoso-isv.example>\r\nTo: JSmith@Contoso.example\r\n"
        b"Subject: Lead Router pricing\r\n\r\nHello John\r\n")
_alive: list = []
SMITH, SANNE = "jsmith@contoso.example", "sanne.devries@fabrikam.example"


@pytest.fixture
def loaded(qtbot, db_path, settings, samples):
    from leadinbox.ui.window.main_window import MainWindow
    db = open_database(db_path)
    import_path(db, samples / "partner-center-leads-export.csv")
    win = MainWindow(db, db_path, settings, report_dialogs=False)
    qtbot.addWidget(win)
    said, offered = [], []
    win.mail.tell = lambda title, text: said.append(text)
    win.mail.choose_people = lambda people: offered.append(people) or []     # declined unless a test says
    win.said, win.offered = said, offered
    yield win
    win.jobs.wait()
    win.mail.shutdown()
    db.close()


def _event(mime, kind=QDropEvent):
    _alive.append(mime)          # the event keeps a pointer to the mime data only: it must outlive it
    return kind(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier) if kind is QDropEvent else \
        kind(QPointF(10, 10).toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
             Qt.KeyboardModifier.NoModifier)


def _files(paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _attempts(db, direction="out"):
    return db.execute("SELECT count(*) FROM attempts WHERE direction = ?", (direction,)).fetchone()[0]


def test_messages_and_lead_files_in_one_drop_are_told_apart_by_content(qtbot, loaded, tmp_path, samples):
    sent = tmp_path / "sent.eml"
    sent.write_bytes(SENT)
    reply = tmp_path / "reply.txt"                          # an Outlook message with a misleading name
    reply.write_bytes(build_msg(subject="Re: demo", sender=("Sanne de Vries", SANNE),
                                to=[("Jan", "jan@contoso-isv.example")], message_id="<r1@fabrikam.example>",
                                sent=datetime(2026, 10, 21, 8, 0, tzinfo=timezone.utc), received=True))
    with qtbot.waitSignal(loaded.imports.finished, timeout=20000):
        loaded.dropEvent(_event(_files([sent, samples / "azure-table-marketplaceleads.csv", reply])))
    assert _attempts(loaded.db) == 1 and _attempts(loaded.db, "in") == 1
    assert loaded.db.execute("SELECT count(*) FROM batches").fetchone()[0] == 2     # the CSV was imported
    assert loaded.status.text() != ""
    stack = loaded.followup.undo_stack
    assert stack.undoText() == "Log 2 emails"
    stack.undo()                                           # one step for the whole drop
    assert _attempts(loaded.db) == 0 and _attempts(loaded.db, "in") == 0
    stack.redo()
    assert _attempts(loaded.db) == 1 and _attempts(loaded.db, "in") == 1


def test_the_status_bar_says_what_was_logged(loaded, tmp_path):
    sent = tmp_path / "sent.eml"
    sent.write_bytes(SENT)
    loaded.dropEvent(_event(_files([sent])))
    assert loaded.status.text() == "1 email attempt logged."
    loaded.dropEvent(_event(_files([sent])))
    assert loaded.status.text() == "1 already logged."
    assert _attempts(loaded.db) == 1


def test_outlooks_drag_is_accepted_and_logged(loaded):
    mime = QMimeData()
    mime.setData(OUTLOOK_NAMES, descriptor(["Re demo.msg"]))
    mime.setData(OUTLOOK_CONTENTS, build_msg(subject="Re: demo", sender=("Sanne de Vries", SANNE),
                                             to=[("Jan", "jan@contoso-isv.example")],
                                             message_id="<r2@fabrikam.example>",
                                             sent=datetime(2026, 10, 21, 8, 0, tzinfo=timezone.utc)))
    enter = _event(mime, QDragEnterEvent)
    loaded.dragEnterEvent(enter)
    assert enter.isAccepted() and enter.dropAction() == Qt.DropAction.CopyAction
    loaded.dropEvent(_event(mime))
    assert _attempts(loaded.db, "in") == 1 and loaded.status.text() == "1 reply logged."
    sanne = loaded.db.execute("SELECT id FROM customers WHERE email = ?", (SANNE,)).fetchone()[0]
    html = timeline_html(customer_timeline(loaded.db, sanne))
    assert "✉ Re: demo" in html and "from Sanne de Vries" in html


def test_outlook_gives_only_the_first_of_several_messages_and_that_is_said(loaded):
    mime = QMimeData()
    mime.setData(OUTLOOK_NAMES, descriptor(["One.msg", "Two.msg"]))
    mime.setData(OUTLOOK_CONTENTS, build_msg(subject="One", to=[("John", SMITH)], message_id="<o1@x>",
                                             sender=("Jan", "jan@contoso-isv.example")))
    loaded.dropEvent(_event(mime))
    assert _attempts(loaded.db) == 1
    assert "only the first of the 2 messages" in loaded.said[0]
    assert descriptor_names(descriptor(["Ünïcode – 寄件.msg"])) == ["Ünïcode – 寄件.msg"]


def test_a_message_to_nobody_known_offers_to_add_them_as_leads(loaded, tmp_path):
    path = tmp_path / "new.eml"
    path.write_bytes(SENT.replace(b"JSmith@Contoso.example", b"New Person <new.person@example.org>"))
    loaded.dropEvent(_event(_files([path])))
    assert loaded.status.text() == "1 without a customer."
    assert [str(a) for a in loaded.offered[0]] == ["Jan Verkoper <jan@contoso-isv.example>",
                                                   "New Person <new.person@example.org>"]
    assert _attempts(loaded.db) == 0                     # declined: nothing written
    loaded.mail.choose_people = lambda people: [p for p in people if p.email == "new.person@example.org"]
    loaded.dropEvent(_event(_files([path])))
    assert loaded.status.text() == "1 email attempt logged."
    lead = loaded.db.execute("""SELECT c.full_name, l.status, b.file_name FROM leads AS l JOIN customers AS c
                                ON c.id = l.customer_id JOIN batches AS b ON b.id = l.batch_id
                                WHERE l.email = 'new.person@example.org'""").fetchone()
    assert lead == ("New Person", "contacted", "Added from email")
    loaded.followup.undo_stack.undo()                    # the email; the lead goes with Import history
    assert _attempts(loaded.db) == 0


def test_other_drags_are_refused(loaded):
    mime = QMimeData()
    mime.setText("just text")
    enter = _event(mime, QDragEnterEvent)
    loaded.dragEnterEvent(enter)
    assert not enter.isAccepted()
