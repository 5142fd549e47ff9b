"""The filter bar: debounced search, quick filters, reset."""

from PySide6.QtCore import Qt

from leadinbox.ui.filter_bar import FilterBar


def test_typing_emits_one_debounced_query(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    seen = []
    bar.changed.connect(seen.append)
    with qtbot.waitSignal(bar.changed, timeout=1000):
        qtbot.keyClicks(bar.search, "sanne")
    assert [q.search for q in seen] == ["sanne"]


def test_quick_filters_and_reset(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_facets({"offers": [("pub.x", "Offer X")], "countries": [("NL", "NL")]})
    with qtbot.waitSignal(bar.changed):
        bar.action.setCurrentIndex(bar.action.findData("PLT"))
    with qtbot.waitSignal(bar.changed):
        bar.country.setCurrentIndex(bar.country.findData("NL"))
    bar.hide_dnc.setChecked(True)
    q = bar.query()
    assert (q.action, q.country, q.hide_dnc, q.hide_test) == ("PLT", "NL", True, True)
    with qtbot.waitSignal(bar.changed):
        qtbot.mouseClick(bar.reset, Qt.MouseButton.LeftButton)
    q = bar.query()
    assert (q.action, q.country, q.search) == (None, None, "")
