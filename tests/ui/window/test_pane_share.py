"""A squeezed views list takes its width back from the inbox's spare room, then from the detail pane."""

from leadinbox.ui.window.pane_share import share


def test_a_list_wide_enough_is_left_alone():
    assert share([130, 600, 340], 127, 460, 280) == [130, 600, 340]


def test_the_inbox_spare_width_goes_first():
    assert share([99, 560, 313], 127, 460, 280) == [127, 532, 313]


def test_then_the_detail_pane_narrows_to_its_minimum_but_the_inbox_keeps_its_own():
    assert share([99, 460, 313], 127, 460, 280) == [127, 460, 285]
    assert share([90, 460, 297], 158, 460, 270) == [117, 460, 270]
