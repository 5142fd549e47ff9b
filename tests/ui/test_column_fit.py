"""Inbox columns in the width the list has: the least important hide first, then the name narrows."""

from leadinbox.ui.column_fit import fit_columns

WANTED = {0: 170, 1: 160, 2: 230, 3: 140, 4: 90, 5: 80}     # name, due, badges, company, status, attempts
GIVE_WAY = (5, 4, 3)
SHRINK = {0: 110, 2: 110}


def test_everything_fits_and_the_last_column_takes_the_rest():
    widths = fit_columns(WANTED, GIVE_WAY, SHRINK, 1000)
    assert widths == {**WANTED, 5: 80 + 1000 - sum(WANTED.values())}


def test_the_least_important_columns_hide_first():
    widths = fit_columns(WANTED, GIVE_WAY, SHRINK, 700)
    assert widths[5] is None and widths[4] is None and widths[3] == 140
    assert sum(w for w in widths.values() if w) == 700


def test_then_the_name_narrows_before_the_badges():
    widths = fit_columns(WANTED, GIVE_WAY, SHRINK, 500)
    assert widths == {0: 110, 1: 160, 2: 230, 3: None, 4: None, 5: None}
    assert fit_columns(WANTED, GIVE_WAY, SHRINK, 400)[2] == 130       # the badges last, to their minimum


def test_too_narrow_for_the_minimums_keeps_them():
    assert fit_columns(WANTED, GIVE_WAY, SHRINK, 100) == {0: 110, 1: 160, 2: 110, 3: None, 4: None, 5: None}
