"""Settings › Lead sources: connect (tried in the background first), refusals said on the page, what is
connected and when it was last read, disconnect; against Azurite."""

from __future__ import annotations

from leadinbox.store.sources.registry import list_sources, pull_minutes
from leadinbox.ui.sources.settings_page import LeadSourcesPage
from tests.sources.helpers import new_table, sas_url


def page_for(qtbot, window, tmp_path):
    from leadinbox.sources.credentials import CredentialStore
    page = LeadSourcesPage(window.db, window.jobs, credentials=CredentialStore(tmp_path / "credentials"),
                           on_change=window.sources.puller.start)
    qtbot.addWidget(page)
    page.load()
    return page


def test_connect_refuse_and_disconnect(qtbot, window, azurite, tmp_path):
    page = page_for(qtbot, window, tmp_path)
    assert page.connected.isHidden() and not page.nothing.isHidden()
    page.secret.setText(sas_url(azurite, "NoSuchTable"))
    page.connect_button.click()
    qtbot.waitUntil(lambda: not page.busy and page.connect_button.isEnabled(), timeout=20000)
    assert page.result.text().startswith("Not connected: there is no table “NoSuchTable”")
    assert list_sources(window.db) == []
    page.secret.setText("https://contoso.table.core.windows.net/MarketplaceLeads?sv=1")    # said at once
    page.connect_button.click()
    assert "sig=" in page.result.text()
    table = new_table(azurite)
    page.secret.setText(sas_url(azurite, table.table_name))
    page.connect_button.click()
    qtbot.waitUntil(lambda: page.connected.topLevelItemCount() == 1, timeout=20000)
    assert page.result.text().startswith("Connected devstoreaccount1/") and page.secret.text() == ""
    item = page.connected.topLevelItem(0)
    assert item.text(2) == "a file only you can read" and item.text(3) == "not yet"
    assert window.sources.puller.timer.isActive()                # the window heard of it: pulls start
    page.connected.setCurrentItem(item)
    page.disconnect_button.click()
    qtbot.waitUntil(lambda: page.connected.topLevelItemCount() == 0, timeout=20000)
    assert list_sources(window.db) == [] and "forgotten" in page.result.text()
    qtbot.waitUntil(lambda: not window.sources.puller.timer.isActive(), timeout=5000)


def test_the_pull_interval_is_saved(qtbot, window, tmp_path):
    page = page_for(qtbot, window, tmp_path)
    assert page.minutes.value() == 5
    page.minutes.setValue(15)
    assert page.save() and pull_minutes(window.db) == 15


def test_the_page_is_in_settings(qtbot, window, monkeypatch):
    from leadinbox.ui.settings.dialog import SettingsDialog
    shown = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: shown.append(self) or 0)
    window.show_settings()
    titles = [shown[0].pages.item(i).text() for i in range(shown[0].pages.count())]
    assert "Lead sources" in titles
