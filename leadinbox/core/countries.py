"""Country names and codes, in English, Dutch, German and Chinese, to ISO 3166 alpha-2; codes to labels."""

from __future__ import annotations

import gettext
import json
from functools import lru_cache

from leadinbox.core.text import fold
from leadinbox.paths import ASSETS

# The table of names to codes, built by build_table() and shipped (`make countries` writes it again; a test
# checks it against pycountry): building it on the first country of an import took 25-30 ms, most of a
# 1k-row `leadinbox import` beyond its goal (pycountry's import, seven languages' names, 3,000 names folded).
TABLE_FILE = ASSETS / "countries.json"

# Names the ISO tables do not carry but lead files do.
_ALIASES = {
    "usa": "US", "u s a": "US", "u s": "US", "america": "US", "united states of america": "US", "美国": "US",
    "uk": "GB", "u k": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "holland": "NL", "the netherlands": "NL", "nederland": "NL",
    "taiwan": "TW", "台灣": "TW", "臺灣": "TW", "台湾": "TW", "中華民國": "TW", "中華民國台灣": "TW",
    "republic of korea": "KR", "south korea": "KR", "korea": "KR", "russia": "RU", "vietnam": "VN",
    "uae": "AE", "czech republic": "CZ", "turkey": "TR", "hong kong": "HK", "香港": "HK",
    "deutschland": "DE", "schweiz": "CH", "österreich": "AT", "belgië": "BE", "belgique": "BE",
}
_LANGUAGES = ("nl", "de", "fr", "es", "zh_TW", "zh_CN", "ja")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return json.loads(TABLE_FILE.read_text(encoding="utf-8"))


def build_table() -> dict[str, str]:
    """Every name pycountry knows a country by, in English and _LANGUAGES, and _ALIASES, folded: its code."""
    import pycountry
    table: dict[str, str] = {}
    translations = []
    for lang in _LANGUAGES:
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:  # a trimmed pycountry without locales still gives English names
            pass
    for country in pycountry.countries:
        code = country.alpha_2
        names = {country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)}
        for name in list(names):
            if name:
                names.update(t.gettext(name) for t in translations)
        for name in names:
            if name:
                table.setdefault(_key(name), code)
        table[code.lower()] = code
        table[country.alpha_3.lower()] = code
    for alias, code in _ALIASES.items():
        table[_key(alias)] = code
    return table


def _key(name: str) -> str:
    return fold(name.replace(".", " ").replace(",", " ").replace("_", " "))


@lru_cache(maxsize=2048)
def country_code(raw: str | None) -> str | None:
    """ISO alpha-2 code for a country as written (`US`, `USA`, `United States`, `Nederland`, `台灣`)."""
    if not raw:
        return None
    return _table().get(_key(raw))


@lru_cache(maxsize=None)
def _names_in(language: str) -> gettext.NullTranslations:
    """pycountry's ISO 3166 names in `language` ('nl', 'zh_TW'); English for 'en' or a language it lacks."""
    import pycountry
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def country_label(code: str, language: str = "en") -> str:
    """'NL' -> 'NL – Netherlands', 'NL – Nederland' in Dutch, 'NL – 荷蘭' in Chinese: the code first, so a
    list of them stays in the order of the codes people know; the bare code when ISO has no such country."""
    import pycountry      # the filters' and reports' labels only: an import reads the shipped table
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    # The everyday name where ISO has one ('South Korea', not 'Korea, Republic of'); every language pycountry
    # translates it into has it ('Zuid-Korea', '南韓'), or writes it the same ('Bolivia').
    name = getattr(country, "common_name", None) or country.name
    return f"{code} – {_names_in(language).gettext(name)}"
