"""Email templates per kind of lead, with {placeholders} filled from the customer and the user."""

from __future__ import annotations

import string
from dataclasses import dataclass

from leadinbox.core import template_texts
from leadinbox.core.leadsource import INTENT

# Template keys: the first email answers the lead's action; later attempts use the follow-up; once the
# customer has answered, the conversation goes on ("reply") and is never chased.
KINDS = ("PLT", "StartTestDrive", "INS", "Create", "followup", "reply")
PLACEHOLDERS = ("first_name", "full_name", "company", "offer", "my_name", "signature")


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


# The defaults in the UI language (set_language); the same dict object throughout, so modules that
# imported DEFAULTS see the language the app runs in.
DEFAULTS: dict[str, Template] = {}
_FALLBACKS: dict[str, str] = {}


def set_language(language: str) -> None:
    """Use the default templates and fill-in words of `language` (English when there are none)."""
    chosen = template_texts.DEFAULTS_BY_LANGUAGE.get(language, template_texts.ENGLISH)
    DEFAULTS.clear()
    DEFAULTS.update({kind: Template(*texts) for kind, texts in chosen.items()})
    _FALLBACKS.clear()
    fallbacks = template_texts.FALLBACKS_BY_LANGUAGE
    _FALLBACKS.update(fallbacks.get(language, fallbacks["en"]))


set_language("en")


def kind_for(action: str | None, attempt_no: int, *, replied: bool = False) -> str:
    """The template for attempt number `attempt_no` (1-based) on a lead with `action`; `replied` when the
    customer has answered (a "following up… is this still on your list?" would read as if they had not)."""
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


def render(template: Template, values: dict[str, str | None]) -> Template:
    """Fill the placeholders; a missing value becomes an empty string (a greeting without a name reads
    'Hello ,' which is why the defaults are written so that a gap stays readable)."""
    clean = _Values({k: (v or "").strip() for k, v in values.items() if k in PLACEHOLDERS})
    if not clean.get("first_name"):
        clean["first_name"] = clean.get("full_name") or _FALLBACKS["first_name"]
    if not clean.get("company"):
        clean["company"] = _FALLBACKS["company"]
    if not clean.get("offer"):
        clean["offer"] = _FALLBACKS["offer"]
    if not clean.get("signature"):
        clean["signature"] = clean.get("my_name", "")

    def fill(text: str) -> str:
        try:
            return _fill_names(text, clean)
        except ValueError:
            return text           # a user's template with a stray brace is sent as written
    return Template(fill(template.subject), fill(template.body).strip() + "\n")
