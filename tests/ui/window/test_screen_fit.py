"""First-start window sizes shrink to a small screen's free area and stay as wished on a big one."""

import pytest
from PySide6.QtCore import QRect, QSize

from leadinbox.ui.window.screen_fit import fitted_size


def test_a_laptop_screen_gets_a_window_that_fits():
    size = fitted_size(QSize(1300, 900), QRect(0, 0, 1366, 740))      # 768 px less the panel
    assert size.width() == 1256 and size.height() <= 740 - 40


def test_a_big_screen_gets_the_size_asked_for():
    assert fitted_size(QSize(1300, 900), QRect(0, 0, 2560, 1400)) == QSize(1300, 900)


@pytest.mark.parametrize("lang", ["en", "nl", "zh_TW"])
def test_settings_and_reports_fit_a_1024_px_screen_in_every_language(qtbot, language, db_path, sample_db, settings,
                                                                    lang):
    """Settings' Follow-up page needed 1,109 px (1,170 in Dutch) side by side, Reports 1,027 in Dutch."""
    from leadinbox.ui.safety.data_folder import DataFolderRow
    from leadinbox.ui.followup.settings_page import FollowUpSettingsPage
    from leadinbox.ui.reports.view import ReportsWindow
    from leadinbox.ui.settings.dialog import GeneralPage, SettingsDialog
    from leadinbox.store.inbox import facets
    language(lang)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    general = GeneralPage(settings, data_folder=DataFolderRow(sample_db, db_path, busy=lambda: False))
    dialog.add_page("General", general, load=general.load, save=general.save)
    follow = FollowUpSettingsPage()
    dialog.add_page("Follow-up", follow, load=lambda: follow.load(sample_db), save=lambda: follow.save(sample_db))
    reports = ReportsWindow(db_path, settings)
    qtbot.addWidget(reports)
    reports.view.set_facets(facets(sample_db))
    assert dialog.minimumSizeHint().width() <= 1000
    assert reports.minimumSizeHint().width() <= 1000
