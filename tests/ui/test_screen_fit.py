"""First-start window sizes shrink to a small screen's free area and stay as wished on a big one."""

from PySide6.QtCore import QRect, QSize

from leadinbox.ui.screen_fit import fitted_size


def test_a_laptop_screen_gets_a_window_that_fits():
    size = fitted_size(QSize(1300, 900), QRect(0, 0, 1366, 740))      # 768 px less the panel
    assert size.width() == 1256 and size.height() <= 740 - 40


def test_a_big_screen_gets_the_size_asked_for():
    assert fitted_size(QSize(1300, 900), QRect(0, 0, 2560, 1400)) == QSize(1300, 900)
