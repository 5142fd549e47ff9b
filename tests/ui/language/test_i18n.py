"""Translations: every UI text is marked, the .ts/.qm files match the code, the language and locale are
chosen as documented, and translations keep their placeholders."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from leadinbox.ui.language import i18n
from tests.ui.i18n_scan import looks_like_text, translations, unmarked_text

UI = Path(i18n.__file__).resolve().parent
UI_MODULES = sorted(UI.rglob("*.py"))


def test_every_ui_text_goes_through_translation():
    found = unmarked_text(UI_MODULES)
    assert not found, "wrap these in self.tr() / QCoreApplication.translate():\n" + "\n".join(map(str, found))


def test_the_scanner_sees_unmarked_text(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text('from x import y\n\nclass W:\n    """Doc string is fine."""\n    def f(self):\n'
                      '        self.label.setText("Import failed")\n        self.s.value("window/geometry")\n'
                      '        self.b.setText(self.tr("Marked text"))\n', encoding="utf-8")
    assert [f.text for f in unmarked_text([module])] == ["Import failed"]
    assert looks_like_text("Hide test leads") and not looks_like_text("needs_reply")
    assert not looks_like_text("Ctrl+Shift+S") and not looks_like_text("<b>{name}</b>")


def test_every_marked_text_has_the_context_qt_looks_it_up_under():
    problems = []
    for path in UI_MODULES:
        problems += [f"{path.name}: {p}" for p in translations.messages(path.read_text(encoding="utf-8"))[1]]
    assert not problems


def test_helper_calls_and_fstrings_are_extracted_with_their_context():
    source = ('from PySide6.QtCore import QCoreApplication\n'
              'def _tr(text):\n    return QCoreApplication.translate("Timeline", text)\n'
              'class Pane:\n    def f(self, n):\n'
              '        return f"{self.tr(\'in f-string\')} {_tr(\'helper\')}" + self.tr("%n lead(s)", "", n)\n')
    found, problems = translations.messages(source)
    assert problems == []
    assert {(m.context, m.text, m.plural) for m in found} == {
        ("Pane", "in f-string", False), ("Timeline", "helper", False), ("Pane", "%n lead(s)", True)}


def test_translation_files_match_the_code():
    stale = translations.stale_files()
    assert not stale, f"{', '.join(stale)} out of date: run `make translations` and translate the new texts"


@pytest.mark.parametrize("language", ["nl", "zh_TW"])
def test_translations_keep_their_placeholders(language):
    """%1, %n, %Ln and HTML tags must survive translation, or the UI shows raw or missing values."""
    root = ET.parse(translations.ts_path(language)).getroot()
    broken = []
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for form in forms:
            for pattern in (r"%L?n", r"%\d", r"</?[a-z]+"):
                if sorted(re.findall(pattern, source)) != sorted(re.findall(pattern, form)):
                    broken.append(f"{source!r} -> {form!r}")
            # Python's %s and %d fill in order: a translation cannot move them around.
            if re.findall(r"%[sd]", source) != re.findall(r"%[sd]", form):
                broken.append(f"{source!r} -> {form!r} (the %s/%d order changed)")
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize("setting, system, expected", [
    ("nl", "en_US", "nl"), ("zh_TW", "nl_NL", "zh_TW"), ("", "nl_BE", "nl"), ("", "zh_TW", "zh_TW"),
    ("", "zh_HK", "zh_TW"), ("", "zh_CN", "en"), ("", "de_DE", "en"), ("fr", "nl_NL", "nl"),
    (None, "C", "en"),
])
def test_language_follows_the_setting_then_the_system(setting, system, expected):
    assert i18n.language_for(setting, QLocale(system)) == expected


def test_dutch_and_chinese_translate_the_ui_and_qt(language):
    from leadinbox.ui.inbox.views_panel import VIEW_LABELS
    language("nl")
    assert dict(VIEW_LABELS)["needs_reply"] == "Onbeantwoord"
    assert QCoreApplication.translate("StatusBar", "%Ln lead(s)", "", 2) == "2 leads"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"      # qtbase_nl
    language("zh_TW")
    assert dict(VIEW_LABELS)["needs_reply"] == "待首次回覆"
    assert QCoreApplication.translate("StatusBar", "%Ln lead(s)", "", 12345) == "12,345 筆潛在客戶"
    language("en")
    assert dict(VIEW_LABELS)["needs_reply"] == "Needs first reply"


def test_english_plural_forms(language):
    language("en", "en_US")
    assert QCoreApplication.translate("StatusBar", "%Ln lead(s)", "", 1) == "1 lead"
    assert QCoreApplication.translate("StatusBar", "%Ln lead(s)", "", 12345) == "12,345 leads"


def test_dates_and_numbers_follow_the_locale(language):
    moment = datetime(2026, 11, 23, 14, 5)
    language("nl")
    assert i18n.format_number(12345) == "12.345" and i18n.format_date(moment) == "23 nov 2026"
    assert i18n.format_time(moment) == "14:05"
    language("zh_TW")
    assert i18n.format_date(moment) == "2026/11/23"
    language("en", "en_US")
    assert i18n.format_number(12345) == "12,345" and i18n.format_date(moment) == "23 Nov 2026"


def test_an_explicit_language_brings_its_conventions_the_system_default_keeps_the_system():
    system = QLocale.system()
    assert i18n.locale_for(i18n.language_for("", system), "") == system
    other = "nl" if i18n.language_for("", system) != "nl" else "zh_TW"
    assert i18n.locale_for(other, other).name().startswith(other.split("_")[0])


def test_a_catalogue_replaced_while_the_app_runs_does_not_change_what_it_shows(language, tmp_path):
    """Qt maps a .qm loaded by name; rewriting the file in place (an update, a rebuild) then corrupts the
    running app's strings, and crashed it. LeadInbox's own catalogue is loaded from memory."""
    import shutil
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(i18n.TRANSLATIONS / "leadinbox_nl.qm", folder / "leadinbox_nl.qm")
    app = QCoreApplication.instance()
    try:
        assert i18n.install("nl", app, folder)[0] == "leadinbox_nl"
        size = (folder / "leadinbox_nl.qm").stat().st_size
        with open(folder / "leadinbox_nl.qm", "r+b") as handle:     # the same file, rewritten in place
            handle.write(b"\xff" * size)
        assert QCoreApplication.translate("FilterBar", "Any action") == "Elke actie"
    finally:
        language("en")


@pytest.mark.parametrize("locale, date_format", [
    ("en_US", "M/d/yyyy"),
    ("nl_NL", "dd-MM-yyyy"),
    ("de_DE", "dd.MM.yyyy"),           # its 'dd.MM.yy' gets a four-digit year
    ("C", "yyyy-MM-dd"),               # not '23 11 2026'
])
def test_date_fields_type_dates_the_locales_way_unless_that_is_ambiguous(language, locale, date_format):
    language("en", locale)
    assert i18n.date_field_format() == date_format


@pytest.mark.parametrize("name, locale, text", [
    ("en", "en_US", "23 Nov 2026 2:05\u202fPM"),
    ("en", "C", "23 Nov 2026 14:05"),                       # not ISO '2026-11-23 14:05'
    ("nl", "nl_NL", "23 nov 2026 14:05"),                   # not '23-11-2026 14:05' beside '23 nov 2026'
    ("zh_TW", "zh_TW", "2026/11/23 下午2:05"),
])
def test_date_time_fields_read_as_every_other_moment_in_the_window(language, name, locale, text):
    from datetime import datetime
    language(name, locale)
    moment = QDateTime(QDate(2026, 11, 23), QTime(14, 5))
    assert QLocale().toString(moment, i18n.datetime_field_format()) == text
    assert i18n.format_datetime(datetime(2026, 11, 23, 14, 5)) == text


def test_counts_are_grouped_also_in_the_c_locale(language, settings, monkeypatch):
    """Started with no LANG (the C locale omits group separators): 100,000 leads, not 100000."""
    monkeypatch.setattr(i18n, "locale_for", lambda _language, _setting: QLocale.c())
    i18n.start(settings)
    assert i18n.format_number(100000) == "100,000"
    assert QCoreApplication.translate("ImportReport", "Imported %Ln new lead(s)", "", 100000) \
        == "Imported 100,000 new leads"


# Numbers that are not counts of things: an ordinal, a setting's limit in days, a process id, minutes.
NOT_COUNTS = ("Log this email as attempt %d?", "An attempt can be planned at most %d days after the first.",
              "(process %d)", "%d min")


def test_counts_in_ui_texts_are_formatted_by_the_locale():
    """A count reaches the text as %Ln or as a format_number() string (%s, %1): %n and %d would show
    "12345" where the locale writes 12,345 or 12.345."""
    root = ET.parse(translations.ts_path("nl")).getroot()
    raw = [s for s in (m.findtext("source") for m in root.iter("message"))
           if re.search(r"%n|%d", s) and not any(k in s for k in NOT_COUNTS)]
    assert not raw, "\n".join(raw)


def test_the_window_title_groups_the_due_count(window, language):
    language("nl")
    window.followup.notifier.count_changed.emit(12345)
    assert window.windowTitle() == "LeadInbox – 12.345 te doen"


def test_a_count_in_a_mixins_self_tr_is_refused():
    # PySide tries the object's classes in turn only while a text comes back unchanged, and a count always
    # changes it: a mixin's plural would be looked up under the subclass alone and never translated.
    source = ('class PlanningMixin:\n    def f(self, n):\n        return self.tr("%Ln call(s)", "", n)'
              ' + self.tr("Plan call")\n')
    found, problems = translations.messages(source)
    assert [m.text for m in found] == ["Plan call"]
    assert len(problems) == 1 and "QCoreApplication.translate('PlanningMixin'" in problems[0]


@pytest.mark.parametrize("name", ["nl", "zh_TW"])
def test_more_in_all_names_the_view_as_the_views_list_does(language, name):
    # Dutch said "Nog 3 in Alles" under the search box beside a views list that says "Alle".
    language(name)
    view = QCoreApplication.translate("Views", "All")
    more = QCoreApplication.translate("FilterBar", "%Ln more in All – <a href='all'>show them</a> (Alt+A)", "", 3)
    assert re.search(rf"(?<!\w){re.escape(view)}(?!\w)", more), (view, more)


@pytest.mark.parametrize("name, quoted", [("nl", "“%1”"), ("zh_TW", "「%1」")])
def test_start_from_today_names_the_due_now_view_in_quotes(qtbot, sample_db, language, name, quoted):
    # Dutch read "zodat Nu te doen toont wat echt te doen is": the view's name, unmarked, read as words.
    from PySide6.QtWidgets import QLabel
    from leadinbox.ui.followup.start_dialog import StartFromTodayDialog
    language(name)
    dialog = StartFromTodayDialog(sample_db)
    qtbot.addWidget(dialog)
    view = QCoreApplication.translate("Views", "Due now")
    assert any(quoted.replace("%1", view) in label.text() for label in dialog.findChildren(QLabel))
