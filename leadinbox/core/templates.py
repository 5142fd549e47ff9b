"""Email templates per kind of lead, with {placeholders} filled from the customer and the user."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from leadinbox.core import template_texts
from leadinbox.core.leadsource import INTENT

# Template keys: the first email answers the lead's action; later attempts use the follow-up; once the
# customer has answered, the conversation goes on ("reply") and is never chased; once a call or meeting is
# booked, the email does not propose one again ("booked").
KINDS = ("PLT", "StartTestDrive", "INS", "Create", "followup", "reply", "booked")
PLACEHOLDERS = ("first_name", "full_name", "company", "offer", "my_name", "signature", "their_message")
QUOTE_LIMIT = 300        # characters of what the customer wrote that an email quotes; longer is shortened


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


# The defaults in the UI language (set_language); the same dict object throughout, so modules that
# imported DEFAULTS see the language the app runs in.
DEFAULTS: dict[str, Template] = {}
_FALLBACKS: dict[str, str] = {}
_UI_LANGUAGE = ["en"]

# The languages a customer may be written to in (those with default templates), and the countries whose
# customers are written to in one of them; any other known country gets English, the language of business
# mail to a stranger abroad. Belgium and Switzerland speak several: their customers get English too.
EMAIL_LANGUAGES = tuple(template_texts.DEFAULTS_BY_LANGUAGE)
_COUNTRY_LANGUAGE = {"NL": "nl", "SR": "nl", "AW": "nl", "CW": "nl", "SX": "nl", "BQ": "nl",
                     "TW": "zh_TW", "HK": "zh_TW", "MO": "zh_TW"}


def set_language(language: str) -> None:
    """Use the default templates and fill-in words of `language` (English when there are none)."""
    DEFAULTS.clear()
    DEFAULTS.update(defaults_for(language))
    _FALLBACKS.clear()
    _FALLBACKS.update(_fallbacks(language))
    _UI_LANGUAGE[0] = language


def defaults_for(language: str) -> dict[str, Template]:
    """The default templates of `language` (English when there are none)."""
    chosen = template_texts.DEFAULTS_BY_LANGUAGE.get(language, template_texts.ENGLISH)
    return {kind: Template(*texts) for kind, texts in chosen.items()}


def _fallbacks(language: str | None) -> dict[str, str]:
    fallbacks = template_texts.FALLBACKS_BY_LANGUAGE
    return fallbacks.get(language or _UI_LANGUAGE[0], fallbacks["en"])


set_language("en")


def email_language(language: str | None, country_code: str | None) -> str:
    """The language an email to a customer is written in: the language set on the customer (when there are
    templates in it: 'nl', 'zh_TW', 'zh-Hant', 'zh_HK'; any other, such as 'de', is English), else their
    country's, else (no language, no country) the window's."""
    if language:
        code = language.replace("-", "_").lower()
        if code.startswith("zh") and ("hant" in code or code[3:5] in ("tw", "hk", "mo")):
            return "zh_TW"
        base = code.split("_")[0]
        return base if base in EMAIL_LANGUAGES else "en"
    if country_code:
        return _COUNTRY_LANGUAGE.get(country_code.upper(), "en")
    return _UI_LANGUAGE[0] if _UI_LANGUAGE[0] in EMAIL_LANGUAGES else "en"


def kind_for(action: str | None, attempt_no: int, *, replied: bool = False, booked: bool = False) -> str:
    """The template for attempt number `attempt_no` (1-based) on a lead with `action`; `replied` when the
    customer has answered (a "following up… is this still on your list?" would read as if they had not);
    `booked` when a call or meeting with them is booked (proposing one again would read as if it were not)."""
    if booked:
        return "booked"
    if replied:
        return "reply"
    if attempt_no > 1:
        return "followup"
    return action if action in KINDS else "PLT"


def _answer_rank(action: str | None) -> int:
    # "Contact me" first: it is the one action where the customer asks a person to get back to them, often
    # with a question in their own words (the timeline quotes it first); answering it covers a later "Get it
    # now" too, while a getting-started email would leave the question unanswered. The other actions follow
    # in the order of their intent (leadsource.INTENT); unknown ones last.
    return -1 if action == "PLT" else INTENT.get(action or "", len(INTENT))


def lead_to_answer(leads: list[dict]) -> dict | None:
    """Of a customer's leads (dicts with `action` and `sort_at`), the one an email should answer: the
    strongest intent by `_answer_rank`, the newest of those; None without leads."""
    newest_first = sorted(leads, key=lambda lead: lead.get("sort_at") or "", reverse=True)
    return min(newest_first, key=lambda lead: _answer_rank(lead.get("action")), default=None)   # min is stable


class _Values(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _written(name: str, spec: str, conversion: str | None) -> str:
    return "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"


def _placeholders(text: str):
    """(as written, its name or None when it is more than a name) of each placeholder; ValueError for a
    brace that is not closed."""
    for _, name, spec, conversion in string.Formatter().parse(text):
        if name is not None:
            plain = name.isidentifier() and not spec and not conversion
            yield _written(name, spec, conversion), name if plain else None


def placeholders_in(text: str) -> set[str]:
    """The names of the placeholders that are a name only (the others are never filled in)."""
    return {name for _, name in _placeholders(text) if name}


def unknown_placeholders(template: Template) -> set[str]:
    return (placeholders_in(template.subject) | placeholders_in(template.body)) - set(PLACEHOLDERS)


def not_names(template: Template) -> list[str]:
    """Placeholders written with more than a name ('{first_name.__class__}', '{x[0]}', '{offer!r}',
    '{company:>9}'), as written: they are left so in the email."""
    found = [written for text in (template.subject, template.body) for written, name in _placeholders(text)
             if name is None]
    return list(dict.fromkeys(found))


def _fill_names(text: str, values: dict[str, str]) -> str:
    """str.format for a template the user wrote, without its reach into Python objects: str.format follows
    '{first_name.__class__}' to the class of a str and '{x[0]}' into an item, and a spec such as ':>999999999'
    makes a string of a gigabyte. Here a placeholder is a name, filled in, or else left as written."""
    out = []
    for literal, name, spec, conversion in string.Formatter().parse(text):
        out.append(literal)
        if name is not None:
            plain = name.isidentifier() and not spec and not conversion
            out.append(values[name] if plain else _written(name, spec, conversion))
    return "".join(out)


def quote(message: str | None, language: str | None = None) -> str:
    """What the customer wrote, quoted for an email: the language's lead-in ("You wrote:"), then the text as
    '> ' lines, shortened at a word to about QUOTE_LIMIT characters ('…'); '' for nothing written."""
    text = " ".join((message or "").split())
    if not text:
        return ""
    if len(text) > QUOTE_LIMIT:
        cut = text[:QUOTE_LIMIT]
        space = cut.rfind(" ")
        text = (cut[:space] if space > QUOTE_LIMIT * 2 // 3 else cut).rstrip(" ,.;:") + "…"
    return _fallbacks(language)["quote"] + "\n> " + text


def _drop_empty_lines(text: str, name: str) -> str:
    """A line that is only the placeholder `name`, left out (with the blank line it stood in) when it is empty:
    no "You wrote:" without a quote, no gap in the email."""
    lines = text.split("\n")
    kept = [line for line in lines if line.strip() != "{" + name + "}"]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept))


def render(template: Template, values: dict[str, str | None], language: str | None = None) -> Template:
    """Fill the placeholders; a missing value becomes an empty string (a greeting without a name reads
    'Hello ,' which is why the defaults are written so that a gap stays readable); the fill-in words are
    `language`'s (the window's without one). `their_message` is what the customer wrote, quoted (quote())."""
    words = _fallbacks(language)
    clean = _Values({k: (v or "").strip() for k, v in values.items() if k in PLACEHOLDERS})
    if not clean.get("first_name"):
        clean["first_name"] = clean.get("full_name") or words["first_name"]
    if not clean.get("company"):
        clean["company"] = words["company"]
    if not clean.get("offer"):
        clean["offer"] = words["offer"]
    if not clean.get("signature"):
        clean["signature"] = clean.get("my_name", "")
    clean["their_message"] = quote(clean.get("their_message"), language)

    def fill(text: str) -> str:
        if not clean["their_message"]:
            text = _drop_empty_lines(text, "their_message")
        try:
            return _fill_names(text, clean)
        except ValueError:
            return text           # a user's template with a stray brace is sent as written
    return Template(fill(template.subject), fill(template.body).strip() + "\n")
