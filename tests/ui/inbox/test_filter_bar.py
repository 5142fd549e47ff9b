"""The filter bar: debounced search, quick filters, reset."""

from PySide6.QtCore import Qt

from leadinbox.ui.inbox.filter_bar import FilterBar


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


def _items(combo):
    return [(combo.itemData(i), combo.itemText(i)) for i in range(1, combo.count())]


def test_countries_are_named_in_the_ui_language_sorted_by_label(qtbot, qapp):
    from leadinbox.ui.language import i18n
    bar = FilterBar()
    qtbot.addWidget(bar)
    codes = [("US", "US"), ("DE", "DE"), ("NL", "NL"), ("TW", "TW")]
    bar.set_facets({"countries": codes})
    assert _items(bar.country) == [("DE", "DE – Germany"), ("NL", "NL – Netherlands"), ("TW", "TW – Taiwan"),
                                   ("US", "US – United States")]
    try:
        i18n.install("zh_TW", qapp)
        bar.set_facets({"countries": codes})
        assert [label for _, label in _items(bar.country)] == ["DE – 德國", "NL – 荷蘭", "TW – 臺灣", "US – 美國"]
        i18n.install("nl", qapp)
        bar.set_facets({"countries": codes})
        assert [label for _, label in _items(bar.country)][:2] == ["DE – Duitsland", "NL – Nederland"]
    finally:
        i18n.install("en", qapp)


def test_a_picked_offer_that_leaves_the_choices_falls_back_to_any(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_facets({"offers": [("pub.x", "Offer X"), ("name:contoso test", "Contoso Test")], "countries": []})
    with qtbot.waitSignal(bar.changed):
        bar.offer.setCurrentIndex(bar.offer.findData("name:contoso test"))
    with qtbot.waitSignal(bar.changed) as emitted:          # the list must not keep filtering on it unseen
        bar.set_facets({"offers": [("pub.x", "Offer X")], "countries": []})
    assert emitted.args[0].offer is None and bar.offer.currentIndex() == 0
    with qtbot.assertNotEmitted(bar.changed):               # a choice still there: nothing to tell
        bar.set_facets({"offers": [("pub.x", "Offer X"), ("pub.y", "Offer Y")], "countries": []})


def test_the_search_placeholder_says_how_to_get_there(qtbot, language):
    bar = FilterBar()
    qtbot.addWidget(bar)
    assert bar.search.placeholderText().endswith("(press / to search)")      # not a cryptic "( / )"
    language("nl", "nl_NL")
    bar = FilterBar()
    qtbot.addWidget(bar)
    assert "druk op / om te zoeken" in bar.search.placeholderText()
