"""Matching a file's header row to canonical fields by synonyms, and recognising the export layout."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from leadinbox.core.fields import ESSENTIAL, FIELDS, FOREIGN_PREFIXES, SYNONYMS, WHOLE_HEADER_ONLY
from leadinbox.core.messages import QT_TRANSLATE_NOOP

_PUNCT = re.compile(r"[_\-/\\().:,;'\"]+")
_SPACES = re.compile(r"\s+")


def normalise_header(header: object) -> str:
    """'Customer_Contact-Email (Address)' -> 'customer contact email address'."""
    text = str(header or "").replace("\ufeff", "").casefold()
    return _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip()


_EXACT: dict[str, tuple[str, int]] = {}
for _field, _synonyms in SYNONYMS.items():
    for _rank, _syn in enumerate(_synonyms):
        _EXACT.setdefault(normalise_header(_syn), (_field, _rank))
_FOREIGN = tuple(normalise_header(p) for p in FOREIGN_PREFIXES)
_WHOLE_ONLY = frozenset(normalise_header(s) for s in WHOLE_HEADER_ONLY)


@dataclass
class HeaderMatch:
    """Which column holds which field; what could not be placed; which columns competed for one field."""

    columns: dict[int, str] = field(default_factory=dict)   # column index -> canonical field
    conflicts: dict[str, list[int]] = field(default_factory=dict)  # field -> losing column indexes
    score: int = 0

    def column_of(self, name: str) -> int | None:
        for index, placed in self.columns.items():
            if placed == name:
                return index
        return None

    @property
    def fields(self) -> set[str]:
        return set(self.columns.values())


def _candidate(norm: str) -> tuple[str, int, int] | None:
    """(field, kind, rank) for one normalised header; kind 0 is an exact synonym, 1 a suffix match."""
    if norm in _EXACT:
        name, rank = _EXACT[norm]
        return name, 0, rank
    words = norm.split(" ")
    for cut in range(1, len(words)):
        prefix, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if tail in _EXACT and tail not in _WHOLE_ONLY:
            if any(prefix == f or prefix.endswith(" " + f) or prefix.startswith(f + " ") for f in _FOREIGN):
                return None
            name, rank = _EXACT[tail]
            return name, 1, rank
    return None


def match_headers(headers: list[object], overrides: dict[str, str] | None = None) -> HeaderMatch:
    """Place each column on a field. `overrides` maps header text to a field (or '' to ignore a column)."""
    overrides = {normalise_header(k): v for k, v in (overrides or {}).items()}
    best: dict[str, tuple[tuple[int, int, int], int]] = {}
    losers: dict[str, list[int]] = {}
    forced: dict[int, str] = {}
    for index, header in enumerate(headers):
        norm = normalise_header(header)
        if norm in overrides:
            if overrides[norm]:
                forced[index] = overrides[norm]
            continue
        cand = _candidate(norm) if norm and norm != "customer name" else None
        if cand is None:
            continue
        name, kind, rank = cand
        key = (kind, rank, index)
        if name in best:
            losers.setdefault(name, []).append(max(best[name][1], index) if key > best[name][0] else best[name][1])
            if key > best[name][0]:
                continue
        best[name] = (key, index)
    result = HeaderMatch()
    forced_fields = set(forced.values())
    for name, (_key, index) in best.items():
        if name not in forced_fields:
            result.columns[index] = name
    result.columns.update(forced)
    result.conflicts = {k: v for k, v in losers.items() if k not in forced_fields}
    _resolve_customer_name(headers, result)
    result.score = sum(2 if n in ESSENTIAL else 1 for n in result.columns.values())
    return result


def _resolve_customer_name(headers: list[object], match: HeaderMatch) -> None:
    """'Customer Name' is the company in co-sell and insights files, the person where a company column exists."""
    for index, header in enumerate(headers):
        if normalise_header(header) == "customer name" and index not in match.columns:
            target = "full_name" if "company" in match.fields else "company"
            if target not in match.fields:
                match.columns[index] = target


# Known exports, recognised by normalised header names that only they use.
_SIGNATURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("azure_table", ("partitionkey", "rowkey")),
    ("dyn_export", ("do not modify lead",)),
    ("pc_leads_export", ("leadcreationdatetime",)),
    ("pc_leads_export", ("call to action", "customer email")),
    ("pc_cosell", ("customer contact email address", "referral id")),
    ("pc_insights", ("referral id", "call to action", "lead type")),
    ("sf_report", ("company account",)),
    ("sf_report", ("lead owner", "lead source")),
    ("sf_report", ("lead-quelle",)),
    ("sf_report", ("lead quelle",)),
    ("sf_dataexport", ("firstname", "lastname", "leadsource")),
    ("sf_dataexport", ("first_name", "last_name", "lead_source")),
    ("marketo", ("email address", "company name", "lead source")),
    ("https_json", ("userdetails email",)),
)


# Headers only Partner Center's files have. A Partner Center export whose other columns happen to match a
# CRM's signature (FirstName/LastName/LeadSource, a "Lead owner" beside "Lead source") is still Partner
# Center's when two of these are there: a file is never reported as another product's export.
# ("Call to action" and "Offer ID" are not among them: LeadInbox's own export has those.)
_PARTNER_CENTER = frozenset({"leadcreationdatetime", "email validity", "phone validity", "engagement id",
                             "referral id", "marketplace purchase intent", "customer email", "customer phone"})
# What the report calls each layout (the window translates these under CoreMessages).
LAYOUT_NAMES = {
    "pc_leads_export": QT_TRANSLATE_NOOP("CoreMessages", "Partner Center leads export"),
    "pc_insights": QT_TRANSLATE_NOOP("CoreMessages", "Partner Center leads insights download"),
    "pc_cosell": QT_TRANSLATE_NOOP("CoreMessages", "Partner Center co-sell export"),
    "azure_table": QT_TRANSLATE_NOOP("CoreMessages", "Azure Table (marketplace leads)"),
    "https_json": QT_TRANSLATE_NOOP("CoreMessages", "HTTPS endpoint leads (JSON)"),
    "sf_report": QT_TRANSLATE_NOOP("CoreMessages", "Salesforce report"),
    "sf_dataexport": QT_TRANSLATE_NOOP("CoreMessages", "Salesforce data export"),
    "dyn_export": QT_TRANSLATE_NOOP("CoreMessages", "Dynamics 365 export"),
    "marketo": QT_TRANSLATE_NOOP("CoreMessages", "Marketo export"),
    "generic": QT_TRANSLATE_NOOP("CoreMessages", "lead list (columns recognised by name)"),
    "mapped": QT_TRANSLATE_NOOP("CoreMessages", "lead list (columns placed by you)"),
}


def layout_name(layout: str | None) -> str:
    """The English name of a layout code ('pc_leads_export' -> 'Partner Center leads export')."""
    return LAYOUT_NAMES.get(layout or "", layout or "")


def recognise_layout(headers: list[object], match: HeaderMatch) -> str | None:
    """The export this header row comes from, 'generic' when the synonyms place every essential field,
    or None when the file must be mapped by the user."""
    norms = {normalise_header(h) for h in headers} | {str(h).casefold() for h in headers}
    partner_center = len(norms & _PARTNER_CENTER) >= 2
    for name, needed in _SIGNATURES:
        if all(n in norms for n in needed):
            if partner_center and not name.startswith("pc_") and name not in ("azure_table", "https_json"):
                return "pc_leads_export"
            return name
    if partner_center and not unplaced_fields(match):
        return "pc_leads_export"
    if not unplaced_fields(match):
        return "generic"
    return None


def unplaced_fields(match: HeaderMatch) -> list[str]:
    """Essential fields (who, what, when) that no column provides."""
    have = match.fields
    missing = []
    if not have & {"email", "full_name", "first_name", "last_name", "customer_info"}:
        missing.append("email")
        missing.append("full_name")
    if not have & {"lead_source", "action"}:
        missing.append("action")
    if not have & {"created_at", "partition_key", "timestamp"}:
        missing.append("created_at")
    return missing


def header_score(cells: list[object]) -> int:
    """How much a row looks like a header row; used to find it below title rows."""
    texts = [c for c in cells if isinstance(c, str) and c.strip()]
    if len(texts) < 2:
        return 0
    return match_headers(texts).score


__all__ = ["FIELDS", "LAYOUT_NAMES", "HeaderMatch", "header_score", "layout_name", "match_headers", "normalise_header", "recognise_layout",
           "unplaced_fields"]
