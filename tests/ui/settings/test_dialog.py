"""The settings dialog: pages load on add, OK saves them all, a page that refuses keeps the dialog open."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from leadinbox.ui.settings.dialog import GeneralPage, SettingsDialog


def test_general_page_round_trip(qtbot, settings):
    settings.setValue("user/name", "Sam")
    page = GeneralPage(settings)
    qtbot.addWidget(page)
    page.load()
    assert page.name.text() == "Sam"
    page.name.setText("  Sam Lee ")
    page.signature.setPlainText("Sam Lee\nContoso")
    assert page.save()
    assert (settings.value("user/name"), settings.value("user/signature")) == ("Sam Lee", "Sam Lee\nContoso")


def test_ok_saves_every_page_and_stops_at_a_refusal(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    calls = []
    answers = {"a": True, "b": False}
    for key in ("a", "b"):
        dialog.add_page(key, QLabel(key), load=lambda k=key: calls.append(("load", k)),
                        save=lambda k=key: calls.append(("save", k)) or answers[k])
    assert calls == [("load", "a"), ("load", "b")]
    dialog.pages.setCurrentRow(0)
    dialog.save_and_close()
    assert calls[2:] == [("save", "a"), ("save", "b")]
    assert dialog.result() == 0 and dialog.pages.currentRow() == 1      # still open, on the refusing page
    answers["b"] = True
    dialog.save_and_close()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_general_page_chooses_the_language(qtbot, settings):
    from leadinbox.ui.language import i18n
    page = GeneralPage(settings)
    qtbot.addWidget(page)
    page.load()
    assert page.language.currentData() == "" and page.language.currentText().startswith("System default")
    assert not page.language_note.isVisibleTo(page)
    page.language.setCurrentIndex(page.language.findData("zh_TW"))
    assert page.language.currentText() == "繁體中文" and page.language_note.isVisibleTo(page)
    assert page.save() and settings.value(i18n.SETTING) == "zh_TW"
    assert i18n.language_for(settings.value(i18n.SETTING)) == "zh_TW"       # what the next start uses


def test_a_page_brings_its_own_load_and_save(qtbot):
    class Page(QLabel):
        def load(self):
            self.setText("loaded")

        def save(self):
            return self.text() == "loaded"
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    page = Page()
    dialog.add_page("Mine", page)
    assert page.text() == "loaded"
    dialog.save_and_close()
    assert dialog.result() == dialog.DialogCode.Accepted


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")   # offscreen: showing a dialog
def test_the_page_list_fits_its_longest_name(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    for title in ("General", "Back-ups en privacy and a much longer page name than before"):
        dialog.add_page(title, QLabel(title), load=lambda: None, save=lambda: True)
    dialog.show()
    qtbot.waitExposed(dialog)
    longest = max(dialog.pages.visualItemRect(dialog.pages.item(row)).width() for row in range(2))
    assert dialog.pages.viewport().width() >= longest
    assert not dialog.pages.horizontalScrollBar().isVisible()


_READ_BACK = """
import sys
from PySide6.QtCore import QSettings
from leadinbox.ui.language import i18n
print(i18n.saved_language(QSettings(sys.argv[1], QSettings.Format.IniFormat)))
"""


def _next_start_reads(path) -> str:
    # Another process: QSettings caches a file per process, so only a new one reads what was written.
    done = subprocess.run([sys.executable, "-c", _READ_BACK, str(path)], capture_output=True, text=True,
                          check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return done.stdout.strip()


def test_the_chosen_language_is_what_the_next_start_reads(qtbot, settings, tmp_path):
    page = GeneralPage(settings)
    qtbot.addWidget(page)
    page.load()
    page.language.setCurrentIndex(page.language.findData("nl"))
    assert page.save()
    settings.sync()
    assert _next_start_reads(tmp_path / "settings.ini") == "nl"


def test_a_language_saved_by_an_older_version_is_still_read(qtbot, tmp_path):
    from leadinbox.ui.language import i18n
    path = tmp_path / "old.ini"
    path.write_text("[%General]\nlanguage=zh_TW\n", encoding="utf-8")   # what "general/language" became on disk
    old = QSettings(str(path), QSettings.Format.IniFormat)
    assert i18n.saved_language(old) == "zh_TW"
    page = GeneralPage(old)
    qtbot.addWidget(page)
    page.load()
    assert page.language.currentData() == "zh_TW"
    page.language.setCurrentIndex(page.language.findData("nl"))
    page.save()
    old.sync()
    assert _next_start_reads(path) == "nl" and "%General" not in path.read_text(encoding="utf-8")
