"""Languages: which one to use (setting, else the system's), loading its translators, and locale-aware dates
and numbers; plus label tables that translate when read, so module-level constants can hold UI text."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from leadinbox.core import templates
from leadinbox.paths import ASSETS

LANGUAGES = ("en", "nl", "zh_TW")       #: the languages the UI speaks; English is the source text
# Each language's name in itself, never translated: a user lost in a foreign UI still finds their own.
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands", "zh_TW": "繁體中文"}  # i18n: not UI
SETTING = "ui/language"                 #: "" (or missing) = follow the system
# Where 0.x saved it, as "general/language": Qt's INI format keeps a group named "general" (any case) in its
# own [%General] section, which reads back as "General/language", so the choice never came back.
_LEGACY_SETTING = "General/language"  # i18n: not UI
TRANSLATIONS = ASSETS / "translations"
# Short date patterns per UI language: "23 Nov 2026" reads better than en_US's "11/23/26";
# Taiwan writes y/M/d.
_DATE_PATTERNS = {"en": "d MMM yyyy", "nl": "d MMM yyyy", "zh_TW": "yyyy/M/d"}  # i18n: not UI

_generation = 0                         # bumped when translators change: lazy label caches refill
_installed: list[QTranslator] = []
_loaded: list[str] = []                 # names of the translation files in use
_language = "en"


def language_for(setting: str | None, system: QLocale | None = None) -> str:
    """The UI language: the setting when it names one we have, else the system locale's, else English."""
    if setting in LANGUAGES:
        return setting
    system = system or QLocale.system()
    if system.language() == QLocale.Language.Dutch:
        return "nl"
    if system.language() == QLocale.Language.Chinese and (
            system.script() == QLocale.Script.TraditionalChineseScript
            or system.territory() in (QLocale.Country.Taiwan, QLocale.Country.HongKong,
                                      QLocale.Country.Macao)):
        return "zh_TW"
    return "en"


def install(language: str, app: QCoreApplication | None = None, folder: Path = TRANSLATIONS) -> list[str]:
    """Load LeadInbox's and Qt's own (dialog buttons) translations for `language`, replacing earlier ones.
    Returns the names of the files loaded."""
    global _generation, _language
    app = app or QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded = []
    files = [(f"leadinbox_{language}", folder)]          # English: its plural forms ('1 lead', '2 leads')
    if language != "en":
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        files.append((f"qtbase_{language}", qt_folder))
    for name, where in files:
        translator = QTranslator(app)
        if _load(translator, name, where):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    _language = language
    _loaded[:] = loaded
    _generation += 1
    templates.set_language(language)   # the default email templates speak the UI's language too
    return loaded


def _load(translator: QTranslator, name: str, folder: Path) -> bool:
    """Our own catalogue is read into memory: Qt maps a .qm file it loads by name, and a file replaced in
    place while the app runs (an update, a rebuild) then crashes the next translated string. Qt does not
    copy the bytes: the translator keeps them."""
    path = folder / f"{name}.qm"
    if not path.name.startswith("leadinbox_"):
        return translator.load(name, str(folder))
    try:
        data = path.read_bytes()
    except OSError:
        return False
    translator.leadinbox_data = data
    return translator.load(data)


def start(settings) -> str:
    """At start-up: the language from `settings` (else the system's), its translators, and the locale that
    dates and numbers use. Returns the language."""
    setting = saved_language(settings)
    language = language_for(setting)
    install(language)
    locale = locale_for(language, setting)
    # The C/POSIX locale (no LANG, a minimal container or service) omits the group separator: counts then
    # read "100000 new leads". Grouped in every locale, in format_number and in Qt's own %Ln alike.
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    QLocale.setDefault(locale)
    return language


def saved_language(settings) -> str:
    """The language the user chose in Settings ("" = the system's), also where an older version saved it."""
    value = settings.value(SETTING)
    if value is None:
        value = settings.value(_LEGACY_SETTING)
    return str(value or "")


def save_language(settings, language: str) -> None:
    settings.setValue(SETTING, language)
    settings.remove(_LEGACY_SETTING)


def current_language() -> str:
    return _language


def loaded_files() -> list[str]:
    return list(_loaded)


def locale_for(language: str, setting: str | None) -> QLocale:
    """Dates and numbers: the system's conventions, unless the user chose a language other than the
    system's."""
    system = QLocale.system()
    if not setting or language_for(None, system) == language:
        return system
    return QLocale(language)


# Formatting --------------------------------------------------------------------------------------------
def format_number(value: int | float, decimals: int = 0) -> str:
    """12,345 / 12.345 / 12,345.5 by the locale (QLocale.setDefault is set at start-up)."""
    if isinstance(value, int) or decimals == 0:
        return QLocale().toString(int(round(value)))
    return QLocale().toString(float(value), "f", decimals)


def format_money(amount: float, currency: str) -> str:
    """12,500.00 EUR / 12.500,00 EUR: the number by the locale, then its currency code, joined by a no-break
    space, so a wrapped line never leaves the amount on one line and its currency on the next."""
    return f"{format_number(amount, 2)}\u00a0{currency}"


def date_pattern() -> str:
    """How dates read in this UI language ('d MMM yyyy', 'yyyy/M/d'): lists, timeline, dialogs, fields."""
    return _DATE_PATTERNS.get(_language) or QLocale().dateFormat(QLocale.FormatType.ShortFormat)


def format_date(day: date | datetime) -> str:
    qdate = QDate(day.year, day.month, day.day)
    return QLocale().toString(qdate, date_pattern())


def format_day_month(day: date | datetime) -> str:
    """'23 Nov' / '11/23' for compact columns and chart axes."""
    qdate = QDate(day.year, day.month, day.day)
    return QLocale().toString(qdate, "M/d" if _language == "zh_TW" else "d MMM")


def format_time(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def format_datetime(moment: datetime) -> str:
    return f"{format_date(moment)} {format_time(moment)}"


# Date fields ------------------------------------------------------------------------------------------
ISO_DATE_FIELD = "yyyy-MM-dd"   # i18n: not UI


def date_field_format() -> str:
    """The display format of a date field: the locale's short one, the way the user types dates
    ('M/d/yyyy', 'dd-MM-yyyy'), with a four-digit year. A numeric format with only spaces between day,
    month and year (the C/POSIX locale's 'd MM yyyy' reads '23 11 2026') or without all three becomes ISO."""
    pattern = re.sub(r"y+", "yyyy", QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    if not all(part in pattern for part in "dMy"):
        return ISO_DATE_FIELD
    if "MMM" not in pattern and not re.search(r"[/.\-]", pattern):
        return ISO_DATE_FIELD
    return pattern


def datetime_field_format() -> str:
    """A date-and-time field's display format (when an attempt was made, when a call is planned): the moment
    as format_datetime writes it everywhere else ('23 Nov 2026 15:37', '2026/11/23 下午3:37'), not ISO or
    '23-11-2026' beside a timeline that says '23 nov 2026'. Its sections still take typing and arrows; the
    locale's short time ('HH:mm' when that has no hours or minutes)."""
    time = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    if "m" not in time or not {"h", "H"} & set(time):
        time = "HH:mm"   # i18n: not UI
    return f"{date_pattern()} {time}"


# Label tables ------------------------------------------------------------------------------------------
class Labels(Mapping[str, str]):
    """A dict of UI labels (values marked with QT_TRANSLATE_NOOP(context, …)) that translates when read."""

    def __init__(self, context: str, labels: dict[str, str]) -> None:
        self.context, self.source = context, dict(labels)
        self._cache: tuple[int, dict[str, str]] = (-1, {})

    def _translated(self) -> dict[str, str]:
        if self._cache[0] != _generation:
            self._cache = (_generation, {k: QCoreApplication.translate(self.context, v)
                                         for k, v in self.source.items()})
        return self._cache[1]

    def __getitem__(self, key: str) -> str:
        return self._translated()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.source)

    def __len__(self) -> int:
        return len(self.source)


class Texts(Sequence[str]):
    """A tuple of UI texts (each marked with QT_TRANSLATE_NOOP(context, …)) that translates when read."""

    def __init__(self, context: str, texts: Sequence[str]) -> None:
        self._labels = Labels(context, {str(i): t for i, t in enumerate(texts)})

    def __getitem__(self, index):  # type: ignore[override]
        items = list(self._labels.values())
        return items[index]

    def __len__(self) -> int:
        return len(self._labels)


class Pairs(Sequence[tuple[str, str]]):
    """(key, label) pairs, e.g. the views in their order, whose labels translate when read."""

    def __init__(self, context: str, pairs: Sequence[tuple[str, str]]) -> None:
        self._labels = Labels(context, dict(pairs))

    def __getitem__(self, index):  # type: ignore[override]
        return list(self._labels.items())[index]

    def __len__(self) -> int:
        return len(self._labels)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._labels.items())
