"""Lead › Erase person…: room for its words in every language, on a 1024×768 screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from leadinbox.store.safety.erase import Erasure
from leadinbox.ui.safety.erase_dialog import EraseDialog

CHEN = Erasure(1, name="陳 怡君", email="yijun.chen@tailspin.example.com", company="Tailspin 科技股份有限公司",
               leads=3, attempts=1, notes=2, calls=1, status_changes=4)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")   # offscreen: showing a dialog
@pytest.mark.parametrize("lang", ["en", "nl", "zh_TW"])
def test_the_dialog_is_wide_enough_and_fits_a_small_screen(qtbot, language, lang):
    language(lang)
    dialog = EraseDialog(CHEN, 12)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.minimumWidth() >= 440
    assert min(dialog.layout().contentsMargins().left(), dialog.layout().contentsMargins().top()) >= 16
    assert dialog.width() <= 1024 * 0.9 and dialog.height() <= 768 * 0.9
    for label in dialog.findChildren(QLabel):
        assert label.wordWrap()
        assert label.height() >= label.heightForWidth(label.width())      # no line cut off


@pytest.mark.parametrize("lang, one, several", [("en", "1 attempt", "3 leads"), ("nl", "1 poging", "3 leads"),
                                                ("zh_TW", "1 次聯絡嘗試", "3 筆潛在客戶")])
def test_what_goes_is_counted_in_words_that_agree_with_the_number(qtbot, language, lang, one, several):
    language(lang)
    dialog = EraseDialog(CHEN, 1)
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"{one}<" in text and several in text and "1 attempts" not in text and "1 backups" not in text


def test_what_they_do_not_have_is_not_listed_but_their_leads_are(qtbot):
    dialog = EraseDialog(Erasure(1, name="Emma Bakker", email=None, company=None, leads=1, attempts=0, notes=2,
                                 calls=0, status_changes=0), 0)
    qtbot.addWidget(dialog)
    body = dialog.text.split("\n")[1].split("</ul>")[0] + "</ul>"
    assert body == ("<ul><li>1 lead, with the rows they were imported from</li><li>2 notes</li></ul>")
