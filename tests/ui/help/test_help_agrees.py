"""Help, the badges and the README say the same: overdue is orange, and the badges come in one order
everywhere (the list's chips, Help › Getting started, the README)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtGui import QColor

from leadinbox.core.leadsource import ACTIONS, ACTION_NAMES
from leadinbox.ui.help.getting_started import guide_html
from leadinbox.ui.inbox.badges import FOLLOWUP_COLOURS, action_label
from leadinbox.ui.inbox.cells import BADGES_ROLE, COL_ACTIVITY, customer_cell

README = Path(__file__).resolve().parents[3] / "README.md"


def test_overdue_is_orange_and_help_and_readme_say_so():
    hue = QColor(FOLLOWUP_COLOURS["overdue"]).hslHue()
    assert 15 <= hue <= 40, hue                        # orange, not red (0) or yellow (60)
    assert "Overdue items are shown in orange." in guide_html()
    assert "in red" not in guide_html() and "in\n  orange once overdue" in README.read_text()


def test_help_lists_the_badges_in_the_lists_order():
    html = guide_html()
    found = sorted(ACTIONS, key=lambda code: html.find(f"&nbsp;{action_label(code)}&nbsp;"))
    assert found == list(ACTIONS)


def test_the_list_shows_the_badges_in_that_order():
    customer = {"actions": "StartTestDrive DNC PLT Create INS", "is_test": 0, "missing": None, "dnc": 1}
    chips = customer_cell(customer, COL_ACTIVITY, BADGES_ROLE, datetime.now(timezone.utc), set())
    assert [label for label, _ in chips] == [action_label(code) for code in ACTIONS]


def test_the_readme_names_the_badges_in_that_order():
    text = " ".join(README.read_text().split())
    sentence = text[text.index("strongest intent first"):]
    sentence = sentence[:sentence.index("stop mark")]
    names = [ACTION_NAMES[code] if code != "DNC" else "Do not contact" for code in ACTIONS]
    positions = [sentence.find(f"*{name}*") for name in names]
    assert -1 not in positions and positions == sorted(positions), positions
