"""Turning one row of any layout into a LeadRecord: cleaning, parsing and flagging."""

from __future__ import annotations

import json
from collections.abc import Sequence

from leadinbox.core import leadsource
from leadinbox.core.countries import country_code
from leadinbox.core.dates import BadDate, to_utc_iso
from leadinbox.core.errors import RowProblem
from leadinbox.core.headers import HeaderMatch, normalise_header
from leadinbox.core.identity import customer_key
from leadinbox.core.names import company_key, join_name, split_full_name
from leadinbox.core.phones import to_e164
from leadinbox.core.records import LeadRecord
from leadinbox.core.text import clean

_TEXT_FIELDS = (
    "external_id", "first_name", "last_name", "full_name", "email", "phone", "job_title", "company", "country",
    "city", "state", "lead_source", "action", "offer_name", "offer_id", "publisher_name", "description",
    "owner", "status", "lead_type", "lead_quality",
)
_DATE_FIELDS = ("created_at", "partition_key", "timestamp")
_MISSING = object()
_INFO_KEYS = {"firstname": "first_name", "lastname": "last_name", "email": "email", "phone": "phone",
              "country": "country", "company": "company", "title": "job_title"}
MAX_RAW_CELL = 1_000_000
# Cells the fast path of `_raw` hands to the JSON encoder as they are; anything else is made text first.
_PLAIN = frozenset({str, int, float, bool, type(None)})
_TEXT_ONLY = frozenset({str, type(None)})
_quote = json.encoder.encode_basestring   # the C function json.dumps(ensure_ascii=False) uses
# json.dumps(raw, ensure_ascii=False) builds a new encoder per call; one prepared encoder writes the same text.
_c_encoder = getattr(json.encoder, "c_make_encoder", None)
if _c_encoder is not None:
    _encode = _c_encoder(None, json.JSONEncoder().default, json.encoder.encode_basestring, None, ": ", ", ",
                         False, False, True)

    def _to_json(raw: dict) -> str:
        return "".join(_encode(raw, 0))
else:  # pragma: no cover - CPython always has the C encoder
    _to_json = json.JSONEncoder(ensure_ascii=False).encode
# Per column, the cleaned text of repeated cells (country, status, offer, ...) is remembered; a column
# with more distinct values than this (ids, emails, notes) stops being remembered.
_CLEAN_MEMO = 256


class RowNormaliser:
    """Builds LeadRecords from the rows of one file, given its header match."""

    def __init__(self, headers: Sequence[object], match: HeaderMatch, source_system: str) -> None:
        self.headers = [str(h) if h is not None else f"column {i + 1}" for i, h in enumerate(headers)]
        self.source_system = source_system
        self._col = {name: index for index, name in match.columns.items()}
        self._text = [(name, self._col[name]) for name in _TEXT_FIELDS if name in self._col]
        self._memo: list[dict | None] = [{} for _ in self._text]
        # '"Header": ' per column, for rows of text only (every CSV row) under headers that are unique.
        unique = len(set(self.headers)) == len(self.headers)
        self._keys = [_quote(h) + ": " for h in self.headers] if unique else None
        self._dates = [(name, self._col[name]) for name in _DATE_FIELDS if name in self._col]
        self._updated = self._col.get("updated_at")
        self._info = self._col.get("customer_info")

    def header_of(self, field: str) -> str | None:
        index = self._col.get(field)
        return self.headers[index] if index is not None else None

    def build(self, row_no: int, cells: Sequence[object]) -> LeadRecord | RowProblem:
        width = len(cells)
        v: dict[str, str | None] = {}
        memo = self._memo
        for slot, (name, index) in enumerate(self._text):
            if index >= width:
                v[name] = None
                continue
            cell = cells[index]
            known = memo[slot]
            if known is None or cell.__class__ is not str:   # only text: 1, 1.0 and True are equal keys
                v[name] = clean(cell)
            elif (text := known.get(cell, _MISSING)) is not _MISSING:
                v[name] = text
            else:
                v[name] = known[cell] = clean(cell)
                if len(known) > _CLEAN_MEMO:
                    memo[slot] = None
        if self._info is not None and self._info < width:
            problem = self._merge_info(row_no, cells[self._info], v)
            if problem:
                return problem
        created = None
        for name, index in self._dates:
            cell = cells[index] if index < width else None
            if cell is None or cell == "":
                continue
            try:
                created = to_utc_iso(cell)
            except BadDate as exc:
                return RowProblem(row_no, self.headers[index], str(exc))
            if created:
                break
        updated = None
        if self._updated is not None and self._updated < width:
            try:
                updated = to_utc_iso(cells[self._updated])
            except BadDate:
                updated = None  # an unreadable "modified on" is not worth losing the lead for
        return self._record(row_no, cells, v, created, updated)

    def _merge_info(self, row_no: int, cell: object, v: dict[str, str | None]) -> RowProblem | None:
        """Azure Table keeps the person in a JSON cell (`CustomerInfo`); its keys are case-insensitive."""
        text = clean(cell)
        if not text:
            return None
        try:
            info = json.loads(text)
        except ValueError:
            return RowProblem(row_no, self.header_of("customer_info"), "the customer details are not valid JSON")
        if not isinstance(info, dict):
            return RowProblem(row_no, self.header_of("customer_info"), "the customer details are not a JSON object")
        for key, value in info.items():
            name = _INFO_KEYS.get(str(key).casefold())
            if name and not v.get(name):
                v[name] = clean(value if not isinstance(value, (dict, list)) else None)
        return None

    def _record(self, row_no, cells, v, created, updated) -> LeadRecord | RowProblem:
        email = v.get("email")
        if email:
            email = email.lower().removeprefix("mailto:").strip()
            if "@" not in email or " " in email or len(email) > 254:
                email = None
        first, last, full = v.get("first_name"), v.get("last_name"), v.get("full_name")
        if full and not (first or last):
            first, last = split_full_name(full)
        elif not full:
            full = join_name(first, last)
        company = v.get("company")
        key = customer_key(email, full, company)
        if key is None:
            return RowProblem(row_no, self.header_of("email") or self.header_of("full_name"),
                              "no email and no name: the lead cannot be tied to a customer")
        source, action, offer_id, offer_name, lead_source_raw = self._intent(v)
        country_raw = v.get("country")
        code = country_code(country_raw)
        phone = v.get("phone")
        probe = " ".join(filter(None, (full, company, email, lead_source_raw))).casefold()
        missing = [f for f, val in (("email", email), ("phone", phone), ("name", full), ("company", company))
                   if not val]
        return LeadRecord(
            row=row_no, source_system=self.source_system, customer_key=key,
            email=email, first_name=first, last_name=last, full_name=full,
            phone=phone, phone_e164=to_e164(phone, code), job_title=v.get("job_title"),
            company=company, company_key=company_key(company), country_raw=country_raw, country_code=code,
            city=v.get("city"), state=v.get("state"), source=source, action=action,
            lead_source_raw=lead_source_raw, offer_id=offer_id, offer_name=offer_name,
            publisher=v.get("publisher_name"), created_at=created, updated_at=updated,
            external_id=v.get("external_id"), description=v.get("description"), owner=v.get("owner"),
            ext_status=v.get("status"), lead_type=v.get("lead_type"), lead_quality=v.get("lead_quality"),
            is_test="msft_test" in probe, missing=",".join(missing) or None, raw=self._raw(cells),
        )

    def _intent(self, v: dict[str, str | None]):
        """Source, action and offer from LeadSource, ActionCode/Call to action, Offer columns or a Topic."""
        raw = v.get("lead_source")
        offer_name = v.get("offer_name")
        parsed = leadsource.parse(raw)
        if offer_name and leadsource.looks_composite(offer_name):
            # Dynamics keeps the marketplace string in Topic; its Lead Source is a picklist such as "Other".
            topic = leadsource.parse(offer_name)
            if not (parsed.source or parsed.action):
                parsed, raw = topic, offer_name
            offer_name = topic.offer_name
            v.setdefault("offer_id", topic.offer_id)
        column_action = leadsource.action_code(v.get("action"))
        candidates = (column_action, parsed.action)
        action = next((a for a in candidates if leadsource.is_known_action(a)), None)
        action = action or column_action or parsed.action
        source = parsed.source or leadsource.source_name(raw)
        if source is None and action == "StartTestDrive":
            source = "test_drive"
        offer_id = (v.get("offer_id") or parsed.offer_id or None)
        offer_id = offer_id.lower() if offer_id else None
        offer_name = offer_name or parsed.offer_name
        return source, action, offer_id, offer_name, raw

    def _raw(self, cells: Sequence[object]) -> str:
        headers = self.headers
        keys = self._keys
        if keys is not None and len(cells) <= len(keys) and _TEXT_ONLY.issuperset(map(type, cells)):
            # What json.dumps(raw, ensure_ascii=False) writes, without building the dict.
            return "{" + ", ".join([k + _quote(c) for k, c in zip(keys, cells) if c]) + "}"
        if len(cells) <= len(headers) and _PLAIN.issuperset(map(type, cells)):
            # The common case, as the loop below: empty cells left out, a repeated header keeps its
            # first place and its last value.
            return _to_json({h: c for h, c in zip(headers, cells) if c is not None and c != ""})
        raw = {}
        for index, cell in enumerate(cells):
            if cell is None or cell == "":
                continue
            name = headers[index] if index < len(headers) else f"column {index + 1}"
            raw[name] = cell if isinstance(cell, (str, int, float)) else str(cell)
        return _to_json(raw)


def normalised_headers(headers: Sequence[object]) -> list[str]:
    return [normalise_header(h) for h in headers]
