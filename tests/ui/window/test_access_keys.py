"""Every item of a main-window menu has its own access key (Alt+letter), in every language."""

from __future__ import annotations

import re

import pytest
from leadinbox.ui.language import i18n


def access_key(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower-cased."""
    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(menu) -> list[str]:
    """Texts in `menu` (and its submenus) that share their access key with an earlier item."""
    seen: dict[str, str] = {}
    found = []
    for action in menu.actions():
        key = access_key(action.text())
        if key in seen:
            found.append(f"{seen[key]!r} and {action.text()!r}")
        elif key:
            seen[key] = action.text()
        if action.menu() is not None:
            found += clashes(action.menu())
    return found


def test_access_key_reads_the_letter_after_a_single_ampersand():
    assert [access_key(t) for t in ("&File", "Re&open", "Tom && Jerry", "寄信(&E)", "Due now")] == \
        ["f", "o", None, "e", None]


@pytest.fixture(params=i18n.LANGUAGES)
def ui_language(request, qapp):
    """The UI in each language, switched before the window is built (its menus translate when made)."""
    i18n.install(request.param, qapp)
    yield request.param
    i18n.install("en", qapp)


def test_no_two_items_of_a_menu_share_an_access_key(ui_language, window):
    bar = window.menuBar()
    found = clashes(bar)
    assert not found, f"{ui_language}: shared access keys: " + "; ".join(found)
    assert len(bar.actions()) == 5 and all(access_key(a.text()) for a in bar.actions())
