"""Follow-up from the window's side: attempt dialog, email with the DNC guard, undo/redo, reminders."""

from datetime import datetime, timedelta, timezone
from urllib.parse import unquote

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from leadinbox.store.work import attempts as followup
from leadinbox.ui.followup.attempt_dialog import AttemptDialog
from leadinbox.ui.followup.reminders import DueNotifier
from leadinbox.ui.followup.actions import FollowUpActions
from leadinbox.ui.followup.action_bar import FollowUpBar
from tests.store.helpers import snapshot

NOW = datetime(2026, 10, 20, 9, 0, tzinfo=timezone.utc)


def cid(db, email):
    return db.execute("SELECT id FROM customers WHERE email = ?", (email,)).fetchone()[0]


class Recorder:
    """Stands in for the user: accepts dialogs (after `fill`), answers questions, records what was shown."""

    def __init__(self, answer=True, fill=None, opens=True):
        self.answer, self.fill, self.opens = answer, fill, opens
        self.urls, self.told, self.asked, self.dialogs = [], [], [], []

    def install(self, actions):
        # QDesktopServices.openUrl's answer: False when no app handles the URL (no mail or calendar app).
        actions.open_url = lambda url: self.urls.append(url) or self.opens
        actions.tell = lambda title, text: self.told.append((title, text))
        actions.ask = lambda title, text: self.asked.append(title) or self.answer
        actions.run = self.run
        return self

    def run(self, dialog):
        self.dialogs.append(dialog)
        if self.fill:
            self.fill(dialog)
        return QDialog.DialogCode.Accepted


@pytest.fixture
def actions(qtbot, sample_db, settings):
    parent = QWidget()
    qtbot.addWidget(parent)
    settings.setValue("user/name", "Sam Seller")
    return FollowUpActions(sample_db, parent, QUndoStack(parent), settings, clock=lambda: NOW)


def test_attempt_dialog_defaults_and_needs_a_lead(qtbot):
    dialog = AttemptDialog(customer_name="Chen", leads=[(1, "Contact me"), (2, "Test drive")], now=NOW)
    qtbot.addWidget(dialog)
    assert (dialog.channel(), dialog.outcome(), dialog.lead_ids()) == ("email", "no_answer", [1, 2])
    assert abs(dialog.at() - NOW) < timedelta(minutes=1)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for i in range(2):
        dialog.lead_list.item(i).setCheckState(dialog.lead_list.item(i).checkState().Unchecked)
    assert not ok.isEnabled() and "Tick" in dialog.hint.text()


def test_a_several_customer_attempt_title_counts_who_gets_it_on_the_chosen_channel(qtbot):
    dialog = AttemptDialog(customer_name="", leads=[(1, "Ann"), (2, "Bob"), (3, "Cy")], now=NOW,
                           unreachable={"email": {2}, "call": set()}, customers=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Log attempt – 2 customers"           # Bob has no email address
    dialog.channel_box.setCurrentIndex(dialog.channel_box.findData("call"))
    assert dialog.windowTitle() == "Log attempt – 3 customers"
    dialog.lead_list.item(0).setCheckState(dialog.lead_list.item(0).checkState().Unchecked)
    assert dialog.windowTitle() == "Log attempt – 2 customers"


def test_attempt_when_field_under_the_c_locale_reads_as_a_date(qtbot, language):
    from leadinbox.ui.language.i18n import format_datetime
    language("en", "C")     # LANG=C: the locale's own short format is 'd MM yyyy HH:mm'
    dialog = AttemptDialog(customer_name="Chen", leads=[(1, "Contact me")], now=NOW)
    qtbot.addWidget(dialog)
    assert dialog.when.displayFormat() == "d MMM yyyy HH:mm"        # as the timeline and the list say it
    assert dialog.when.text() == format_datetime(NOW.astimezone()) and dialog.at() == NOW
    dialog.when.setDateTime(dialog.when.dateTime().addDays(-1))      # still a field to change
    assert dialog.at() == NOW - timedelta(days=1)


def test_dnc_customer_gets_no_mailto_no_call_no_attempt(actions, sample_db):
    user = Recorder().install(actions)
    lukas = cid(sample_db, "lukas.mueller@litware.example")
    assert not actions.email(lukas)
    assert not actions.call(lukas)
    assert not actions.log_attempt(lukas)
    assert user.urls == [] and user.dialogs == []
    assert [t for t, _ in user.told] == ["Do not contact"] * 3
    assert sample_db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 0


def test_email_opens_encoded_mailto_then_logs_one_attempt_on_all_open_leads(actions, sample_db):
    user = Recorder(fill=lambda d: setattr(d, "choice", "open")).install(actions)
    chen = cid(sample_db, "yichun.chen@tailspin.example")
    assert actions.email(chen)
    (url,) = user.urls
    assert url.startswith("mailto:yichun.chen@tailspin.example?subject=") and url.isascii()
    body = unquote(url.split("body=", 1)[1])
    assert "Tailspin 科技股份有限公司" in body and "Sam Seller" in body
    attempts = sample_db.execute("SELECT count(*) FROM attempts").fetchone()[0]
    linked = sample_db.execute("SELECT count(*) FROM attempt_leads").fetchone()[0]
    assert (attempts, linked) == (1, 3)


def test_no_mail_app_offers_the_subject_and_text_to_copy_then_to_log(actions, sample_db, qapp):
    from PySide6.QtGui import QGuiApplication

    def fill(dialog):
        if dialog.no_mail_app:           # shown again: the user copies the subject, then the text, then Done
            dialog.copy_subject_button.click()
            assert QGuiApplication.clipboard().text() == dialog.subject.text()
            dialog.copy_button.click()
            dialog.done_button.click()
        else:
            dialog.choice = "open"
    user = Recorder(fill=fill, opens=False).install(actions)
    chen = cid(sample_db, "yichun.chen@tailspin.example")
    assert actions.email(chen)
    assert len(user.urls) == 1 and [d.no_mail_app for d in user.dialogs] == [False, True]
    assert "Tailspin" in QGuiApplication.clipboard().text() and "Subject:" not in QGuiApplication.clipboard().text()
    assert user.asked == ["Log attempt?"]                      # as Call offers it
    assert sample_db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 1


def test_no_mail_app_and_cancel_logs_nothing(actions, sample_db):
    def fill(dialog):
        dialog.choice = "open"
    user = Recorder(fill=fill, opens=False).install(actions)
    user.run = lambda dialog: (user.dialogs.append(dialog), fill(dialog),
                               QDialog.DialogCode.Rejected if dialog.no_mail_app else QDialog.DialogCode.Accepted)[2]
    actions.run = user.run
    assert not actions.email(cid(sample_db, "yichun.chen@tailspin.example"))
    assert user.asked == [] and sample_db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 0


def test_a_long_email_opens_with_the_subject_only_and_the_text_on_the_clipboard(actions, sample_db, qapp):
    from PySide6.QtGui import QGuiApplication
    long_body = "Dear Yi-Chun,\n\n" + "Here is what we discussed, point by point. " * 80

    def fill(dialog):
        dialog.body.setPlainText(long_body)
        dialog.choice = "open"
    user = Recorder(fill=fill).install(actions)
    assert actions.email(cid(sample_db, "yichun.chen@tailspin.example"))
    (url,) = user.urls
    assert "subject=" in url and "body=" not in url and len(url) < 2000
    assert QGuiApplication.clipboard().text() == long_body
    assert user.told[0][0] == "Paste the text" and "clipboard" in user.told[0][1]


def test_a_short_email_opens_whole(actions, sample_db):
    user = Recorder(fill=lambda d: setattr(d, "choice", "open")).install(actions)
    assert actions.email(cid(sample_db, "yichun.chen@tailspin.example"))
    assert "body=" in user.urls[0] and len(user.urls[0]) <= 2000 and user.told == []


def test_no_phone_app_says_which_number_to_dial(actions, sample_db):
    user = Recorder(opens=False).install(actions)
    actions.call(cid(sample_db, "jsmith@contoso.example"))
    assert user.told[0][0] == "No phone app" and "Dial" in user.told[0][1]


def test_undo_and_redo_an_attempt(actions, sample_db):
    Recorder(fill=lambda d: d.outcome_box.setCurrentIndex(d.outcome_box.findData("replied"))).install(actions)
    smith = cid(sample_db, "jsmith@contoso.example")
    status = lambda: sample_db.execute("SELECT status, attempt_count FROM customers WHERE id = ?",  # noqa: E731
                                       (smith,)).fetchone()
    assert actions.log_attempt(smith)
    assert status() == ("nurturing", 1)
    actions.undo_stack.undo()
    assert status() == ("new", 0)
    actions.undo_stack.redo()
    assert status() == ("nurturing", 1)


def test_bounce_proposes_lost_and_the_user_decides(actions, sample_db):
    user = Recorder(answer=False,
                    fill=lambda d: d.outcome_box.setCurrentIndex(d.outcome_box.findData("bounced"))).install(actions)
    jansen = cid(sample_db, "p.jansen@northwind.example")
    actions.log_attempt(jansen)
    assert user.asked == ["Close as Lost?"]
    assert sample_db.execute("SELECT status FROM customers WHERE id = ?", (jansen,)).fetchone()[0] == "contacted"
    user.answer = True
    actions.log_attempt(jansen)
    assert sample_db.execute("SELECT status FROM customers WHERE id = ?", (jansen,)).fetchone()[0] == "lost"
    actions.undo_stack.undo()     # the close, then the attempt: one step each
    assert sample_db.execute("SELECT status FROM customers WHERE id = ?", (jansen,)).fetchone()[0] == "contacted"


def test_marking_dnc_asks_then_guards(actions, sample_db):
    user = Recorder().install(actions)
    smith = cid(sample_db, "jsmith@contoso.example")
    assert actions.set_status(smith, "dnc")
    assert user.asked == ["Do not contact?"]
    assert not actions.email(smith) and user.urls == []
    actions.undo_stack.undo()
    assert not followup.is_dnc(sample_db, smith)


def test_bar_disables_contact_for_dnc_and_says_why(qtbot):
    bar = FollowUpBar()
    qtbot.addWidget(bar)
    bar.set_customer({"dnc": 1, "email": "a@b.example", "phone": "1"})
    assert not any(b.isEnabled() for b in bar.contact_buttons)
    assert "Do not contact" in bar.email_button.toolTip()
    bar.set_customer({"dnc": 0, "email": "a@b.example", "phone": None})
    assert bar.email_button.isEnabled() and not bar.call_button.isEnabled()
    assert "Do not contact" not in bar.email_button.toolTip()


def test_reminder_fires_once_per_due_item(qtbot, sample_db):
    clock = [datetime(2026, 10, 1, tzinfo=timezone.utc)]        # before any sample lead is due
    notifier = DueNotifier(sample_db, clock=lambda: clock[0])
    fired = []
    notifier.became_due.connect(fired.append)
    notifier.check()
    assert fired == []
    clock[0] = datetime(2026, 10, 4, tzinfo=timezone.utc)
    notifier.check()
    notifier.check()                                             # a minute later: nothing new
    assert len(fired) == 1 and {d["email"] for d in fired[0]} >= {"jsmith@contoso.example"}
    clock[0] = datetime(2026, 10, 7, tzinfo=timezone.utc)
    notifier.check()
    assert len(fired) == 2 and "jsmith@contoso.example" not in {d["email"] for d in fired[1]}


def test_due_view_and_title_follow_the_clock(qtbot, db_path, sample_db, settings):
    from leadinbox.ui.inbox.columns import COL_FOLLOWUP
    from leadinbox.ui.window.main_window import MainWindow
    clock = [datetime(2026, 10, 4, 12, 0, tzinfo=timezone.utc)]
    window = MainWindow(sample_db, db_path, settings, report_dialogs=False, clock=lambda: clock[0])
    qtbot.addWidget(window)
    window.views.select("due")
    m = window.model
    due_rows = m.rowCount()
    labels = [m.index(r, COL_FOLLOWUP).data() for r in range(due_rows)]
    assert due_rows and all("overdue" in label for label in labels)
    assert window.windowTitle() == f"LeadInbox – {due_rows} due"
    clock[0] += timedelta(days=3)
    window.followup.notifier.check()
    window.refresh()
    assert m.rowCount() > due_rows
    assert window.windowTitle() == f"LeadInbox – {m.rowCount()} due"


def test_plan_call_becomes_next_due_and_writes_an_invitation(actions, sample_db, tmp_path, monkeypatch):
    from leadinbox.ui.followup import schedule_dialog
    saved = []

    def save(parent, text, name):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8", newline="")
        saved.append(path)
        return path
    monkeypatch.setattr(schedule_dialog, "save_invitation", save)
    user = Recorder().install(actions)
    said = []
    actions.message.connect(said.append)
    smith = cid(sample_db, "jsmith@contoso.example")
    assert actions.plan_call(smith)
    due, kind = sample_db.execute("SELECT next_due_at, next_due_kind FROM customers WHERE id = ?",
                                  (smith,)).fetchone()
    assert kind == "reply"          # the 24-hour reply (long overdue) still comes before the call
    call = sample_db.execute("SELECT starts_at FROM appointments WHERE customer_id = ?", (smith,)).fetchone()[0]
    assert call > NOW.strftime("%Y-%m-%dT%H:%M:%SZ")
    text = saved[0].read_bytes().decode("utf-8")
    assert "BEGIN:VEVENT" in text and "\r\n" in text and "ATTENDEE" in text
    day = datetime.fromisoformat(call.replace("Z", "+00:00")).astimezone().date().isoformat()
    assert saved[0].name == f"Call with John Smith {day}.ics"          # not call-1.ics
    unfolded = text.replace("\r\n ", "")
    assert "Phone: +1 425 555 0100" in unfolded and "Company: Contoso" in unfolded
    uid = next(line for line in unfolded.split("\r\n") if line.startswith("UID:"))
    assert "leadinbox-call-1" not in uid
    assert user.urls == [saved[0].as_uri()]
    assert said == [f"Invitation saved as {saved[0]}."]
    actions.undo_stack.undo()
    assert sample_db.execute("SELECT count(*) FROM appointments").fetchone()[0] == 0


def test_plan_call_without_a_calendar_app_says_where_the_invitation_is(actions, sample_db, tmp_path,
                                                                        monkeypatch):
    from leadinbox.ui.followup import schedule_dialog
    monkeypatch.setattr(schedule_dialog, "save_invitation", lambda parent, text, name: tmp_path / "call.ics")
    user = Recorder(opens=False).install(actions)
    assert actions.plan_call(cid(sample_db, "jsmith@contoso.example"))
    (title, text), = user.told
    assert title == "No calendar app" and str(tmp_path / "call.ics") in text


def test_plan_call_refused_for_dnc(actions, sample_db):
    user = Recorder().install(actions)
    assert not actions.plan_call(cid(sample_db, "lukas.mueller@litware.example"))
    assert user.dialogs == [] and user.told[0][0] == "Do not contact"


def test_qualifying_a_dnc_customer_says_why_not_reopen(actions, sample_db):
    user = Recorder().install(actions)
    assert not actions.set_status(cid(sample_db, "lukas.mueller@litware.example"), "qualified")
    assert user.dialogs == []
    (title, text), = user.told
    assert title == "Do not contact" and "asked not to be contacted" in text and "Reopen" not in text


def test_assign_owner_to_a_selection_in_one_undo_step(qtbot, db_path, sample_db, settings, monkeypatch):
    from PySide6.QtCore import QItemSelectionModel
    from leadinbox.ui.window.main_window import MainWindow
    window = MainWindow(sample_db, db_path, settings, report_dialogs=False, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.views.select("all")
    user = Recorder().install(window.followup.actions)
    from leadinbox.ui.followup import owner_dialog
    monkeypatch.setattr(owner_dialog.AssignOwnerDialog, "owner", lambda self: "Dana")
    sel = window.tree.selectionModel()
    for row in (0, 1, 2):
        sel.select(window.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    chosen = window.followup.selected_customers()
    assert len(chosen) == 3
    window.followup._assign_selected(chosen[0])
    owned = sample_db.execute("SELECT DISTINCT customer_id FROM leads WHERE owner = 'Dana'").fetchall()
    assert sorted(r[0] for r in owned) == sorted(chosen) and len(user.dialogs) == 1
    window.followup.undo_stack.undo()
    assert sample_db.execute("SELECT count(*) FROM leads WHERE owner = 'Dana'").fetchone()[0] == 0


def test_email_without_a_name_or_signature_says_where_to_set_them(actions, sample_db, settings):
    user = Recorder().install(actions)
    settings.setValue("user/name", "")
    actions.email(cid(sample_db, "jsmith@contoso.example"))
    assert "Settings" in user.dialogs[0].hint.text()
    settings.setValue("user/name", "Sam Seller")
    actions.email(cid(sample_db, "jsmith@contoso.example"))
    assert not hasattr(user.dialogs[1], "hint")


def test_reply_after_an_email_and_a_call_is_the_customers_and_the_next_email_does_not_chase(actions, sample_db):
    from leadinbox.store.timeline import customer_timeline
    from leadinbox.ui.inbox.timeline_html import timeline_html
    user = Recorder(fill=lambda d: d.note.setPlainText("Send me the price list")
                    if getattr(d, "reply", False) else None).install(actions)
    said = []
    actions.message.connect(said.append)
    chen = cid(sample_db, "yichun.chen@tailspin.example")

    def state():
        return sample_db.execute("SELECT status, attempt_count, next_due_at FROM customers WHERE id = ?",
                                 (chen,)).fetchone()
    assert actions.log_attempt(chen) and actions.call(chen)                        # A, Enter; C
    assert actions.log_reply(chen)                                                 # R
    dialog = user.dialogs[-1]
    assert dialog.windowTitle().startswith("Log reply") and not dialog.outcome_box.isVisibleTo(dialog)
    assert said[-1] == "Reply recorded on 3 leads."
    assert state() == ("nurturing", 2, None)
    html = timeline_html(customer_timeline(sample_db, chen))
    newest = html.split("<p>")[1]
    assert "↙ Reply" in newest and "Email" in newest and "Send me the price list" in newest
    assert "↗" not in newest
    assert actions.email(chen)                                                     # E
    draft = user.dialogs[-1].draft()
    # In Chinese: Chen is in Taiwan. The conversation goes on; no chaser ("still on the list at …?").
    assert draft.subject == "Lead Router SaaS 的後續步驟" and "仍在考慮" not in draft.body
    assert state()[:2] == ("nurturing", 3)            # the email after the reply is an attempt (contact)
    actions.undo_stack.undo()
    actions.undo_stack.undo()                          # the email's attempt, then the reply
    assert state()[:2] == ("contacted", 2) and state()[2] is not None
    actions.undo_stack.redo()
    assert state() == ("nurturing", 2, None)


def test_email_answers_contact_me_before_a_later_get_it_now(actions, sample_db):
    user = Recorder().install(actions)
    chen = cid(sample_db, "yichun.chen@tailspin.example")
    actions_by_date = [a for (a,) in sample_db.execute(
        "SELECT action FROM leads WHERE customer_id = ? ORDER BY sort_at DESC", (chen,))]
    assert actions_by_date[0] != "PLT" and "PLT" in actions_by_date      # Contact me is not the newest
    actions.email(chen)
    draft = user.dialogs[0].draft()
    assert draft.subject == "關於 Lead Router SaaS 的洽詢"            # in Chinese: Chen is in Taiwan
    assert "您提到：\n> 請與我們聯絡,我們想了解價格方案。" in draft.body        # what they wrote, quoted


def test_undo_texts_name_the_customer(actions, sample_db):
    Recorder().install(actions)
    smith = cid(sample_db, "jsmith@contoso.example")
    name = sample_db.execute("SELECT full_name FROM customers WHERE id = ?", (smith,)).fetchone()[0]
    actions.set_status(smith, "won")
    assert actions.undo_stack.undoText() == f"Won for {name}"
    actions.log_attempt(cid(sample_db, "p.jansen@northwind.example"))
    assert actions.undo_stack.undoText().startswith("Log attempt for ")


def test_an_attempt_on_three_selected_customers_is_logged_for_each_in_one_undo_step(
        qtbot, db_path, sample_db, settings):
    from PySide6.QtCore import QItemSelectionModel
    from leadinbox.ui.window.main_window import MainWindow
    window = MainWindow(sample_db, db_path, settings, report_dialogs=False, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.views.select("all")
    user = Recorder().install(window.followup.actions)
    attempts = lambda: sample_db.execute("SELECT count(*) FROM attempts").fetchone()[0]  # noqa: E731
    before = attempts()
    sel = window.tree.selectionModel()
    for row in (0, 1, 2):
        sel.select(window.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    window.tree.setCurrentIndex(window.model.index(0, 0))
    for row in (1, 2):
        sel.select(window.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    chosen = window.followup.selected_customers()
    contactable = [c for c in chosen if not followup.is_dnc(sample_db, c)
                   and window.followup.actions._open_leads(c)]
    assert len(contactable) >= 2
    next(a for a in window.lead_menu.actions() if a.shortcut().toString() == "A").trigger()
    assert len(user.dialogs) == 1
    logged = sample_db.execute("SELECT DISTINCT customer_id FROM attempts").fetchall()
    assert sorted(r[0] for r in logged) == sorted(contactable)
    assert "customer" in window.status.text()
    window.followup.undo_stack.undo()
    assert attempts() == before


def test_an_attempt_on_a_selection_says_who_was_left_out_and_skips_who_the_channel_cannot_reach(actions,
                                                                                                 sample_db):
    sample_db.execute("UPDATE customers SET phone = NULL, phone_e164 = NULL WHERE email = 'aiko@woodgrove.example'")
    seen = []

    titles, said = [], []

    def look(dialog):
        seen.append((dialog.left_out.text(), dialog.hint.text(), len(dialog.lead_ids())))
        titles.append(dialog.windowTitle())
        dialog.channel_box.setCurrentIndex(dialog.channel_box.findData("call"))
        seen.append((dialog.left_out.text(), dialog.hint.text(), len(dialog.lead_ids())))
        dialog.channel_box.setCurrentIndex(dialog.channel_box.findData("email"))
    Recorder(fill=look).install(actions)
    actions.message.connect(said.append)
    everyone = [r[0] for r in sample_db.execute("SELECT id FROM customers WHERE status != 'test' ORDER BY id")]
    assert actions.log_attempts(everyone)
    # The title counts who gets the attempt, not who was listed; the status bar names each reason.
    assert titles == [f"Log attempt – {len(everyone) - 2} customers"]
    assert said == [f"Attempt logged for {len(everyone) - 2} customers. 2 selected customers left out: "
                    "1 do not contact, 1 without an email address."]
    (dnc_note, email_hint, email_rows), (_, call_hint, call_rows) = seen
    assert dnc_note == "1 do-not-contact customer left out."                  # Lukas Müller
    assert "1 customer without an email address left out." in email_hint     # Emma Bakker
    assert "1 customer without a phone number left out." in call_hint        # Aiko Tanaka, for this test
    assert (email_rows, call_rows) == (len(everyone) - 2, len(everyone) - 2)
    emailed = {r[0] for r in sample_db.execute("SELECT customer_id FROM attempts")}
    emma = sample_db.execute("SELECT id FROM customers WHERE email IS NULL").fetchone()[0]
    assert emma not in emailed and cid(sample_db, "lukas.mueller@litware.example") not in emailed
    assert cid(sample_db, "aiko@woodgrove.example") in emailed              # back on the list for Email


@pytest.mark.qt_log_ignore("does not support")
def test_ctrl_enter_saves_a_note(actions, sample_db, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPlainTextEdit

    def type_and_save(dialog):
        dialog.show()
        edit = dialog.findChild(QPlainTextEdit)
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        qtbot.keyClicks(edit, "Call back after the summer")
        qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()
    actions.run = type_and_save
    assert actions.add_note(cid(sample_db, "jsmith@contoso.example"))
    assert sample_db.execute("SELECT count(*) FROM notes WHERE text LIKE 'Call back%'").fetchone()[0] == 1


def test_a_customer_erased_from_the_command_line_is_refused_plainly(actions, sample_db, db_path):
    from leadinbox.store.db import open_database
    from leadinbox.store.safety.erase import erase_customer
    user = Recorder().install(actions)
    stale = []
    actions.changes.changed.connect(lambda changes: changes.everything and stale.append(1))
    smith = cid(sample_db, "jsmith@contoso.example")
    other = open_database(db_path)              # `leadinbox erase` is another connection
    erase_customer(other, smith)
    other.close()
    for act in (actions.log_attempt, actions.add_note, lambda c: actions.set_status(c, "won"),
                lambda c: actions.set_status(c, "qualified"), actions.plan_call, actions.email, actions.call,
                actions.assign_owner):
        user.told.clear()
        assert not act(smith)
        assert user.told == [("Not possible", "This customer is no longer in LeadInbox (erased, or removed by an "
                                              "undone import).")]
    assert not user.dialogs and len(stale) == 8


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")     # offscreen: showing a window
def test_the_window_follows_another_connection(qtbot, db_path, sample_db, settings, samples):
    from leadinbox.store.db import open_database
    from leadinbox.store.safety.erase import erase_customer
    from leadinbox.ui.inbox.columns import CUSTOMER_ID_ROLE
    from leadinbox.ui.window.main_window import MainWindow
    window = MainWindow(sample_db, db_path, settings, report_dialogs=False, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    window.views.select("all")
    qtbot.waitUntil(lambda: window.status.counts.text().startswith("10 customers"), timeout=3000)  # counted apart
    m = window.model
    chen, smith = cid(sample_db, "yichun.chen@tailspin.example"), cid(sample_db, "jsmith@contoso.example")
    row = next(r for r in range(m.rowCount()) if m.index(r, 0).data(CUSTOMER_ID_ROLE) == chen)
    window.tree.setCurrentIndex(m.index(row, 0))
    rows = m.rowCount()
    window.other_writers.look()
    assert m.rowCount() == rows                     # nothing changed: nothing read again
    window.status.say("Import of leads.csv undone: 2 leads removed.")
    other = open_database(db_path)
    erase_customer(other, smith)
    other.close()
    qtbot.waitUntil(lambda: m.rowCount() == rows - 1, timeout=5000)      # the ~2 s poll, no F5
    assert window.status.text() == ""        # said about the data before the other writer changed it
    qtbot.waitUntil(lambda: window.status.counts.text().startswith("9 customers"), timeout=3000)
    assert window.detail.customer_id == chen
    assert window.tree.currentIndex().data(CUSTOMER_ID_ROLE) == chen


def read_only_db(db_path):
    """Read-only without chattr (CI cannot set the immutable flag; root ignores permission bits): SQLite's
    mode=ro open, whose writes fail with the same "attempt to write a readonly database"."""
    import sqlite3
    from leadinbox.store.database import Database
    return Database(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, isolation_level=None))


def test_a_read_only_database_is_said_plainly_and_nothing_changes(qtbot, sample_db, db_path, settings, monkeypatch):
    from leadinbox.ui.window import errors
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda parent, title, text, details=None: shown.append((title, text)))
    ro = read_only_db(db_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = FollowUpActions(ro, parent, QUndoStack(parent), settings, clock=lambda: NOW)
    user = Recorder(fill=lambda d: d.setTextValue("a note") if hasattr(d, "setTextValue") else None).install(actions)
    smith = cid(ro, "jsmith@contoso.example")
    before = snapshot(sample_db)
    assert not actions.add_note(smith)
    assert not actions.log_attempt(smith)
    assert not actions.set_status(smith, "won")
    assert len(shown) == 3 and not user.told
    assert all(title == "Nothing was changed" and "cannot write to its database" in text and "file is read-only"
               in text and str(db_path) in text for title, text in shown)
    assert snapshot(sample_db) == before and actions.undo_stack.count() == 0
    ro.close()


def test_start_up_says_once_that_the_database_cannot_be_written(qtbot, sample_db, db_path, settings, monkeypatch):
    from leadinbox.ui.window.main_window import MainWindow
    from leadinbox.ui.window.startup import say_if_read_only
    warned = []
    monkeypatch.setattr("leadinbox.ui.window.startup.QMessageBox.warning", lambda *args: warned.append(args[2]))
    writable = MainWindow(sample_db, db_path, settings, report_dialogs=False)
    qtbot.addWidget(writable)
    assert not say_if_read_only(writable) and not warned
    ro = read_only_db(db_path)
    window = MainWindow(ro, db_path, settings, report_dialogs=False)
    qtbot.addWidget(window)
    assert say_if_read_only(window)
    assert len(warned) == 1 and "the file is read-only" in warned[0]
    assert window.model.rowCount() > 0                    # the data still shows
    qtbot.wait(50)                                        # (the quick filters load after the list)
    window.close()
    ro.close()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")     # offscreen: showing a window
def test_another_writer_clears_the_undo_history_and_says_so(qtbot, db_path, sample_db, settings):
    from leadinbox.store.db import open_database
    from leadinbox.store.safety.erase import erase_customer
    from leadinbox.ui.window.main_window import MainWindow
    window = MainWindow(sample_db, db_path, settings, report_dialogs=False, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    Recorder().install(window.followup.actions)
    smith = cid(sample_db, "jsmith@contoso.example")
    assert window.followup.actions.log_attempt(smith)
    stack = window.followup.undo_stack
    assert stack.canUndo()
    window.other_writers.look()
    assert stack.canUndo()                          # our own write is not another program's
    other = open_database(db_path)
    erase_customer(other, smith)                   # undoing the attempt now would write to erased leads
    other.close()
    window.other_writers.look()
    assert not stack.canUndo() and stack.count() == 0
    assert "can no longer be undone" in window.status.text()


def test_the_list_and_the_detail_pane_say_the_same_countdown(qtbot, db_path, sample_db, settings):
    from leadinbox.ui.inbox.columns import COL_FOLLOWUP
    from leadinbox.ui.window.main_window import MainWindow
    clock = [NOW]
    window = MainWindow(sample_db, db_path, settings, report_dialogs=False, clock=lambda: clock[0])
    qtbot.addWidget(window)
    window.views.select("all")
    Recorder().install(window.followup.actions)
    clock[0] += timedelta(seconds=40)       # the list's clock ticks once a minute; the attempt is later
    smith = cid(sample_db, "jsmith@contoso.example")
    window.tree.setCurrentIndex(window.model.index(window.model.row_of(smith), 0))
    assert window.followup.actions.log_attempt(smith)
    in_list = window.model.index(window.model.row_of(smith), COL_FOLLOWUP).data()
    assert in_list.startswith("next attempt in") and in_list in window.detail.state.text()
    clock[0] += timedelta(hours=5)
    window._tick()
    later = window.model.index(window.model.row_of(smith), COL_FOLLOWUP).data()
    assert later != in_list and later in window.detail.state.text()


def test_the_status_bar_says_what_was_undone_and_counts_what_the_view_now_holds(qtbot, db_path, sample_db,
                                                                                settings):
    from leadinbox.ui.window.main_window import MainWindow
    window = MainWindow(sample_db, db_path, settings, report_dialogs=False, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.views.select("needs_reply")
    customers = lambda: int(window.status.counts.text().split()[0] or 0)  # noqa: E731
    qtbot.waitUntil(lambda: window.status.counts.text().endswith("leads"), timeout=3000)
    before = customers()
    Recorder().install(window.followup.actions)
    smith = cid(sample_db, "jsmith@contoso.example")
    rows = window.model.rowCount()
    window.tree.setCurrentIndex(window.model.index(window.model.row_of(smith), 0))
    assert window.followup.actions.log_attempt(smith)
    assert window.model.rowCount() == rows        # kept under the keyboard until a refresh...
    qtbot.waitUntil(lambda: customers() == before - 1, timeout=3000)  # ...but no longer counted
    keys = {a.shortcut().toString(): a for menu in window.menuBar().actions() for a in menu.menu().actions()}
    keys["Ctrl+Z"].trigger()
    assert window.status.text() == "Undone: Log attempt for John Smith"
    qtbot.waitUntil(lambda: customers() == before, timeout=3000)
    window.status.say("Attempt logged on 1 lead.")
    keys["F5"].trigger()
    assert window.status.text() == ""


def test_a_refused_attempt_on_a_lead_closed_meanwhile_is_said_in_the_windows_language(actions, sample_db, db_path,
                                                                                       language):
    """The store's refusal is a template (store/refusal.py); the window words it as the core's messages are."""
    from leadinbox.store.db import open_database
    language("nl")
    smith = cid(sample_db, "jsmith@contoso.example")

    def closed_from_elsewhere(dialog):       # while the dialog is open, `leadinbox` closes the lead
        other = open_database(db_path)
        followup.set_status(other, dialog.lead_ids(), "lost")
        other.close()
    user = Recorder(fill=closed_from_elsewhere).install(actions)
    before = snapshot(sample_db)
    assert not actions.log_attempt(smith)
    assert user.told == [("Niet mogelijk", "heropen een afgesloten lead voordat je er een poging op vastlegt")]
    after = snapshot(sample_db)
    assert after["attempts"] == before["attempts"]


def test_the_command_line_keeps_the_english_of_a_refusal(sample_db):
    smith = cid(sample_db, "jsmith@contoso.example")
    ids = [r[0] for r in sample_db.execute("SELECT id FROM leads WHERE customer_id = ?", (smith,))]
    followup.set_status(sample_db, ids, "lost")
    with pytest.raises(followup.NotAllowed) as refused:
        followup.log_attempt(sample_db, smith, "email", "no_answer", lead_ids=ids)
    assert str(refused.value) == "reopen a closed lead before logging the attempt on it"


def test_an_action_reads_the_customer_it_changes_once_and_tells_the_change_once(actions, sample_db, monkeypatch):
    from leadinbox.store import inbox
    Recorder().install(actions)
    smith = cid(sample_db, "jsmith@contoso.example")
    reads, told = [], []
    real = inbox.customer
    monkeypatch.setattr(inbox, "customer", lambda db, customer_id: reads.append(customer_id) or real(db, customer_id))
    actions.changes.changed.connect(told.append)
    assert actions.log_attempt(smith)
    assert reads == [smith]                               # the guard, the dialog and the undo text share it
    assert [c.customers for c in told] == [{smith}]
    actions.undo_stack.undo()
    assert [c.customers for c in told] == [{smith}, {smith}]


def test_one_step_for_several_customers_is_told_once(actions, sample_db):
    Recorder().install(actions)
    smith, sanne = cid(sample_db, "jsmith@contoso.example"), cid(sample_db, "sanne.devries@fabrikam.example")
    told = []
    actions.changes.changed.connect(told.append)
    assert actions.log_attempts([smith, sanne])
    assert [c.customers for c in told] == [{smith, sanne}]
    actions.undo_stack.undo()                             # the whole step, told once too
    assert [c.customers for c in told] == [{smith, sanne}, {smith, sanne}]



def test_contacted_on_a_do_not_contact_customer_warns_first(actions, sample_db):
    """Lukas has a marketplace DNC lead; a later lead of his, once New, is not DNC itself: marking it
    Contacted is asked about, and No changes nothing."""
    from leadinbox.store.people.manual import add_lead
    lukas = cid(sample_db, "lukas.mueller@litware.example")
    add_lead(sample_db, {"email": "lukas.mueller@litware.example", "action": "PLT", "date": "2026-11-30T09:00:00Z"})
    user = Recorder().install(actions)
    user.answer = False
    assert not actions.set_status(lukas, "contacted")
    assert user.asked == ["Do not contact"]
    from leadinbox.store.inbox import customer_leads
    assert "contacted" not in {lead["status"] for lead in customer_leads(sample_db, lukas)}
