"""The user's follow-up rules, templates and qualification criteria, kept in the database's settings table."""

from __future__ import annotations

from dataclasses import asdict

from leadinbox.store.database import Database

from leadinbox.core.cadence import FollowUpRules
from leadinbox.core.qualification import DEFAULT_CRITERIA, clean_criteria
from leadinbox.core.templates import DEFAULTS, KINDS, Template, defaults_for
from leadinbox.store.settings import read_json as _get, write_json as _put


def load_rules(db: Database) -> FollowUpRules:
    saved = _get(db, "followup_rules") or {}
    try:
        return FollowUpRules(**{k: tuple(v) if k == "cadence_days" else v for k, v in saved.items()
                                if k in FollowUpRules.__dataclass_fields__})
    except (TypeError, ValueError):
        return FollowUpRules()        # a hand-edited value that makes no sense: the defaults, not a crash


def save_rules(db: Database, rules: FollowUpRules) -> None:
    _put(db, "followup_rules", asdict(rules))


def load_templates(db: Database, language: str | None = None) -> dict[str, Template]:
    """The templates the user edited, as written, and the defaults of `language` (the window's without one)
    for the others: an email to a customer is written in the customer's language."""
    saved = _get(db, "templates") or {}
    out = dict(DEFAULTS) if language is None else defaults_for(language)
    for kind, value in saved.items():
        if kind in KINDS and isinstance(value, dict):
            out[kind] = Template(str(value.get("subject", "")), str(value.get("body", "")))
    return out


def save_templates(db: Database, templates: dict[str, Template]) -> None:
    _put(db, "templates", {k: {"subject": t.subject, "body": t.body} for k, t in templates.items() if k in KINDS})


def load_criteria(db: Database) -> tuple[str, ...]:
    saved = _get(db, "qualification_criteria")
    return clean_criteria(saved) if isinstance(saved, list) else DEFAULT_CRITERIA


def save_criteria(db: Database, criteria: list[str]) -> None:
    _put(db, "qualification_criteria", list(clean_criteria(criteria)))
