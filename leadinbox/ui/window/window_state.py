"""The window's size, the split between its panes, the list's columns and the view chosen: kept across starts."""

from __future__ import annotations

from leadinbox.ui.language import i18n
from leadinbox.ui.window.screen_fit import resize_to_screen


def restore_state(window, s) -> None:
    if s.value("window/geometry"):
        window.restoreGeometry(s.value("window/geometry"))
    else:
        resize_to_screen(window, 1400, 820)
    # Widths saved in another language fit that language's words ("Needs first reply" is longer in
    # Dutch): keep the column order and sort, but size the views and columns for this language.
    same_language = s.value("window/language", i18n.current_language()) == i18n.current_language()
    if s.value("window/splitter") and same_language:
        window.splitter.restoreState(s.value("window/splitter"))
    # v4: the Offer column came in after Activity; an older state would put widths on the wrong columns.
    if s.value("window/header-v4"):
        window.tree.header().restoreState(s.value("window/header-v4"))
        if same_language:
            window.tree.adopt_header_widths()
        else:
            window.tree.set_default_widths()
    window.saved_views.restore(s.value("window/view", "needs_reply"))


def save_state(window, s) -> None:
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/splitter", window.splitter.saveState())
    s.setValue("window/header-v4", window.tree.header().saveState())
    s.setValue("window/language", i18n.current_language())
    s.setValue("window/view", window.views.current_view())
