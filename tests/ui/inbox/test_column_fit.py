"""Inbox columns in the width the list has: blank width goes first, then the least important columns hide,
then the badges and the name narrow; what is left over goes to the columns whose text is long."""

from leadinbox.ui.inbox.column_fit import fit_columns

WANTED = {0: 170, 1: 160, 2: 230, 3: 140, 4: 90, 5: 80}     # name, due, badges, company, status, attempts
GIVE_WAY = (5, 4, 3)
SHRINK = {2: 110, 0: 110}
GROW = (0, 3)


def test_everything_fits_and_the_last_column_takes_the_rest():
    widths = fit_columns(WANTED, GIVE_WAY, SHRINK, 1000)
    assert widths == {**WANTED, 5: 80 + 1000 - sum(WANTED.values())}


def test_the_least_important_columns_hide_first():
    widths = fit_columns(WANTED, GIVE_WAY, SHRINK, 700)
    assert widths[5] is None and widths[4] is None and widths[3] == 140
    assert sum(w for w in widths.values() if w) == 700


def test_then_the_badges_narrow_before_the_name():
    widths = fit_columns(WANTED, GIVE_WAY, SHRINK, 500)
    assert widths == {0: 170, 1: 160, 2: 170, 3: None, 4: None, 5: None}
    assert fit_columns(WANTED, GIVE_WAY, SHRINK, 400) == {0: 130, 1: 160, 2: 110, 3: None, 4: None, 5: None}


def test_too_narrow_for_the_minimums_keeps_them():
    assert fit_columns(WANTED, GIVE_WAY, SHRINK, 100) == {0: 110, 1: 160, 2: 110, 3: None, 4: None, 5: None}


def test_blank_width_goes_before_a_column_hides():
    """A follow-up sized for Dutch and an empty Attempts column held 75 px of nothing while Company hid."""
    need = {0: 150, 1: 120, 2: 230, 3: 140, 4: 90, 5: 70}
    widths = fit_columns(WANTED, GIVE_WAY, SHRINK, 800, need, GROW)
    assert None not in widths.values()
    assert widths[1] == 120 and widths[5] == 70
    assert sum(widths.values()) == 800


def test_spare_width_goes_to_the_long_texts_not_the_last_column():
    need = {0: 200, 1: 120, 2: 230, 3: 180, 4: 90, 5: 70}
    widths = fit_columns(WANTED, GIVE_WAY, SHRINK, 1000, need, GROW)
    assert widths[5] == 70 and widths[1] == 120          # the blank columns stay as narrow as their text
    assert widths[0] >= 200 and widths[3] >= 180          # first the names and companies whole, then the rest
    assert sum(widths.values()) == 1000
    assert abs(widths[0] - 200 - (widths[3] - 180)) <= 1  # shared out evenly


def test_a_narrowing_step_cuts_long_texts_evenly_before_the_next_column_hides():
    """Dutch at 1400 px: Offer and Company give some width so Status stays (it hid for want of 50 px)."""
    steps = (5, {3: 100, 0: 150}, 4, 3)
    widths = fit_columns(WANTED, steps, SHRINK, 750, grow=GROW)
    assert widths[4] == 90 and widths[5] is None
    assert widths[3] == 140 - 20 and widths[0] == 170 - 20        # 40 px short: 20 each
    assert sum(w for w in widths.values() if w) == 750
    widths = fit_columns(WANTED, steps, SHRINK, 700, grow=GROW)   # the minimums are not enough: Status hides,
    assert widths[4] is None and widths[3] == 140 and widths[0] == 170      # and the cut texts are whole again
