"""The Backups and privacy page: where the data is, the backups, retention with its preview."""

from __future__ import annotations

from datetime import datetime, timezone

from leadinbox.store.safety import retention
from leadinbox.ui.safety.privacy_page import PrivacyPage

NOW = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)


def page_for(qtbot, db, db_path, confirm=lambda what: True):
    page = PrivacyPage(db, db_path, clock=lambda: NOW, confirm=confirm)
    qtbot.addWidget(page)
    return page


def test_retention_is_off_until_ticked_and_then_saved(qtbot, sample_db, db_path):
    page = page_for(qtbot, sample_db, db_path)
    assert not page.enabled.isChecked() and not page.months.isEnabled() and not page.apply_button.isEnabled()
    assert "Off" in page.preview.text()
    page.enabled.setChecked(True)
    page.months.setValue(12)
    expected = retention.preview(sample_db, 12, now=NOW)
    assert f"erase {expected.leads} leads, and {expected.customers} customers" in page.preview.text()
    assert retention.load_months(sample_db) is None            # saved with the dialog's OK, not before
    assert page.save() and retention.load_months(sample_db) == 12
    again = page_for(qtbot, sample_db, db_path)
    assert again.enabled.isChecked() and again.months.value() == 12
    again.enabled.setChecked(False)
    again.save()
    assert retention.load_months(sample_db) is None


def test_erase_now_asks_then_erases_and_tells_the_window(qtbot, sample_db, db_path):
    asked = []
    page = page_for(qtbot, sample_db, db_path, confirm=lambda what: asked.append(what) or True)
    page.enabled.setChecked(True)
    page.months.setValue(1)
    leads = sample_db.execute("SELECT count(*) FROM leads").fetchone()[0]
    assert page.last_preview.leads == leads and page.apply_button.isEnabled()
    with qtbot.waitSignal(page.data_changed):
        page.apply_button.click()
    assert asked[0].leads == leads
    assert sample_db.execute("SELECT count(*) FROM leads").fetchone()[0] == 0
    assert not page.apply_button.isEnabled()


def test_erase_now_declined_keeps_everything(qtbot, sample_db, db_path):
    page = page_for(qtbot, sample_db, db_path, confirm=lambda what: False)
    page.enabled.setChecked(True)
    page.months.setValue(1)
    leads = sample_db.execute("SELECT count(*) FROM leads").fetchone()[0]
    page.apply_button.click()
    assert sample_db.execute("SELECT count(*) FROM leads").fetchone()[0] == leads


def test_shows_where_the_data_is_and_the_backups(qtbot, sample_db, db_path):
    page = page_for(qtbot, sample_db, db_path)
    assert "No backups yet" in page.backup_summary.text()
    from leadinbox.store.safety.backups import make_backup
    make_backup(sample_db, db_path, "manual", now=NOW)
    page.refresh()
    from leadinbox.ui.language.i18n import format_datetime
    assert page.backup_summary.text() == f"Backups kept: 1, the newest from {format_datetime(NOW.astimezone())}."
    texts = [w.text() for w in page.findChildren(type(page.preview))]
    assert str(db_path) in texts and str(db_path.parent / "backups") in texts


def test_erase_now_makes_a_backup_first(qtbot, sample_db, db_path):
    from leadinbox.store.safety.backups import folder_for, list_backups
    page = page_for(qtbot, sample_db, db_path)
    page.enabled.setChecked(True)
    page.months.setValue(1)
    leads = sample_db.execute("SELECT count(*) FROM leads").fetchone()[0]
    page.apply_button.click()
    made = list_backups(folder_for(db_path))
    assert [b.reason for b in made] == ["before-retention"]
    import sqlite3
    copy = sqlite3.connect(made[0].path)
    assert copy.execute("SELECT count(*) FROM leads").fetchone()[0] == leads    # what Cancel cannot bring back
    copy.close()
    assert "Backups kept: 1" in page.backup_summary.text()


def test_erase_now_without_a_backup_erases_nothing(qtbot, sample_db, db_path, monkeypatch):
    from leadinbox.ui.safety import privacy_page

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(privacy_page, "make_backup", full)
    told = []
    page = PrivacyPage(sample_db, db_path, clock=lambda: NOW, confirm=lambda what: True,
                       tell=lambda title, text: told.append(text))
    qtbot.addWidget(page)
    page.enabled.setChecked(True)
    page.months.setValue(1)
    leads = sample_db.execute("SELECT count(*) FROM leads").fetchone()[0]
    page.apply_button.click()
    assert sample_db.execute("SELECT count(*) FROM leads").fetchone()[0] == leads
    assert told and "nothing was erased" in told[0]


def test_the_open_page_shows_a_backup_made_meanwhile(qtbot, window):
    class Dialog:               # the Settings dialog: only where the page goes
        def add_page(self, title, page):
            self.page = page

        def reject(self):
            pass
    dialog = Dialog()
    page = window.safety.add_settings_page(dialog)
    qtbot.addWidget(page)
    assert "No backups yet" in page.backup_summary.text()
    with qtbot.waitSignal(window.safety.scheduler.backed_up, timeout=10000):
        window.safety.back_up_now()              # File › Back up now
    assert "Backups kept: 1" in page.backup_summary.text()
