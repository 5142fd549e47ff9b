"""Chips that do not fit their cell are counted in a "+N" chip, never dropped without a trace."""

from leadinbox.ui.inbox.chip_fit import chips_that_fit


def more(n: int) -> float:
    return 20 + 5 * len(str(n))      # "+1" is 25 px wide


def test_all_chips_show_when_they_fit():
    assert chips_that_fit([80, 90, 60], 238, 4, more) == 3
    assert chips_that_fit([], 10, 4, more) == 0


def test_the_last_chips_give_way_to_a_count_of_them():
    # 80 + 4 + 90 + 4 = 178, and "+1" (25) fits in 210; the third chip (60) does not.
    assert chips_that_fit([80, 90, 60], 210, 4, more) == 2
    # Room for the second chip, but not for it and the "+1" that must follow it.
    assert chips_that_fit([80, 90, 60], 190, 4, more) == 1


def test_a_cell_too_narrow_for_the_first_chip_shows_only_the_count():
    assert chips_that_fit([80, 90, 60], 50, 4, more) == 0
