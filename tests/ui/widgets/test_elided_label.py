"""The one-line label of the detail pane: shortened with "…" when narrow; an email address breaks before "@"."""

from __future__ import annotations

from leadinbox.ui.widgets.elided_label import ElidedLabel

ADDRESS = "daan.devries25@adventureworks.example"


def shown(qtbot, width: int, **kwargs) -> ElidedLabel:
    label = ElidedLabel(**kwargs)
    qtbot.addWidget(label)
    label.set_full_text(ADDRESS)
    label.show()
    label.resize(width, 40)
    qtbot.waitUntil(lambda: label.width() == width)
    return label


def test_a_long_address_goes_on_two_lines_before_it_is_shortened(qtbot):
    metrics_width = ElidedLabel().fontMetrics().horizontalAdvance
    width = max(metrics_width("daan.devries25"), metrics_width("@adventureworks.example")) + 4
    label = shown(qtbot, width, break_at="@")
    assert label.text() == "daan.devries25\n@adventureworks.example"
    assert label.full_text == ADDRESS


def test_without_a_break_point_it_is_shortened_and_the_tooltip_has_it_whole(qtbot):
    label = shown(qtbot, 120)
    assert "…" in label.text() and "\n" not in label.text() and label.toolTip() == ADDRESS


def test_a_part_too_long_alone_is_shortened_too(qtbot):
    label = shown(qtbot, 60, break_at="@")
    first, second = label.text().split("\n")
    assert "…" in first + second and label.toolTip() == ADDRESS
