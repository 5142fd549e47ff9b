"""Turning one row of any layout into a LeadRecord: cleaning, parsing and flagging."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import product
from operator import call, itemgetter

from leadinbox.core import leadsource
from leadinbox.core.countries import country_code
from leadinbox.core.dates import BadDate, to_utc_iso
from leadinbox.core.errors import RowProblem
from leadinbox.core.headers import HeaderMatch, normalise_header
from leadinbox.core.identity import customer_key, offer_key
from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.core.names import join_name, split_full_name
from leadinbox.core.phones import to_e164
from leadinbox.core.rawjson import raw_row
from leadinbox.core.records import LeadRecord
from leadinbox.core.text import clean

_TEXT_FIELDS = (
    "external_id", "first_name", "last_name", "full_name", "email", "phone", "job_title", "company", "country",
    "city", "state", "lead_source", "action", "offer_name", "offer_id", "publisher_name", "description",
    "owner", "status", "lead_type", "lead_quality",
)
_DATE_FIELDS = ("created_at", "partition_key", "timestamp")
_INFO_KEYS = {"firstname": "first_name", "lastname": "last_name", "email": "email", "phone": "phone",
              "country": "country", "company": "company", "title": "job_title"}
# Every column's cleaned text is remembered for its last _CLEAN_MEMO distinct cells (countries, statuses,
# offers repeat); after _MEMO_TRIAL rows, a column whose cells rarely repeat (ids, emails, notes) is
# cleaned without the memo, which would only cost it time.
_CLEAN_MEMO = 256
_MEMO_TRIAL = 2000
_INTENT_MEMO = 4096
# What a record lacks, by (no email, no phone, no name, no company).
_MISSING = {flags: ",".join(f for f, lacks in zip(("email", "phone", "name", "company"), flags) if lacks) or None
            for flags in product((False, True), repeat=4)}


def _getter(indexes: list[int]) -> Callable[[Sequence[object]], tuple]:
    """cells -> the cells at `indexes`, as a tuple (IndexError on a short row)."""
    if len(indexes) > 1:
        return itemgetter(*indexes)
    if indexes:
        index = indexes[0]
        return lambda cells: (cells[index],)
    return lambda cells: ()


class RowNormaliser:
    """Builds LeadRecords from the rows of one file, given its header match."""

    def __init__(self, headers: Sequence[object], match: HeaderMatch, source_system: str,
                 warnings: list[RowProblem] | None = None) -> None:
        # Rows kept with a value that could not be read (a date, a country, a phone): flagged, never dropped.
        self.warnings: list[RowProblem] = warnings if warnings is not None else []
        self.headers = [str(h) if h is not None else f"column {i + 1}" for i, h in enumerate(headers)]
        self.source_system = source_system
        self._col = {name: index for index, name in match.columns.items()}
        text = [(name, self._col[name]) for name in _TEXT_FIELDS if name in self._col]
        self._names = tuple(name for name, _ in text)
        self._indexes = [index for _, index in text]
        self._pick = _getter(self._indexes)
        self._cleaners: list[Callable] = [lru_cache(maxsize=_CLEAN_MEMO, typed=True)(clean) for _ in text]
        # Every field of _TEXT_FIELDS from the cleaned texts; a field without a column reads the None
        # appended after them.
        slot = {name: i for i, name in enumerate(self._names)}
        self._fields = itemgetter(*(slot.get(name, len(text)) for name in _TEXT_FIELDS))
        self._has_offer_id = "offer_id" in slot
        self._rows = 0
        self._intents: dict[tuple, tuple] = {}
        self._dates = [index for name, index in ((n, self._col.get(n)) for n in _DATE_FIELDS) if index is not None]
        self._updated = self._col.get("updated_at")
        self._info = self._col.get("customer_info")

    def header_of(self, field: str) -> str | None:
        index = self._col.get(field)
        return self.headers[index] if index is not None else None

    def build(self, row_no: int, cells: Sequence[object]) -> LeadRecord | RowProblem | None:
        out = self.values(row_no, cells)
        if out is None or out.__class__ is RowProblem:
            return out
        values, cells = out
        return LeadRecord(*values, raw=raw_row(cells))

    def values(self, row_no: int, cells: Sequence[object]) -> tuple[tuple, Sequence[object]] | RowProblem | None:
        """The record's fields in the order of records.RECORD_FIELDS, and the row's cells (for its raw row,
        rawjson.raw_row, written only for a lead the import keeps); or the problem; None for a blank row
        (nothing in any cell), which is no row at all."""
        width = len(cells)
        try:
            texts = list(map(call, self._cleaners, self._pick(cells)))
        except (IndexError, TypeError):   # a short row; or a cell the memo cannot hold (not hashable)
            texts = [clean(cells[index]) if index < width else None for index in self._indexes]
        self._rows += 1
        if self._rows == _MEMO_TRIAL:
            self._drop_useless_memos()
        if self._info is not None and self._info < width:
            v = dict(zip(self._names, texts))
            problem = self._merge_info(row_no, cells[self._info], v)
            if problem:
                return problem
            fields = tuple(map(v.get, _TEXT_FIELDS))
        else:
            texts.append(None)
            fields = self._fields(texts)
        created = None
        unread = None        # the first date cell that could not be read: (its column, the cell)
        for index in self._dates:
            cell = cells[index] if index < width else None
            if cell is None or cell == "":
                continue
            try:
                created = to_utc_iso(cell)
            except BadDate:
                if unread is None and clean(cell) is not None:
                    unread = (index, cell)
                continue
            if created:
                break
        updated = None
        if self._updated is not None and self._updated < width:
            try:
                updated = to_utc_iso(cells[self._updated])
            except BadDate:
                updated = None  # an unreadable "modified on" is not worth losing the lead for
        return self._record(row_no, cells, fields, created, None if created else unread, updated)

    def _drop_useless_memos(self) -> None:
        for slot, cleaner in enumerate(self._cleaners):
            info = cleaner.cache_info()
            if info.hits < info.misses:
                self._cleaners[slot] = clean

    def _merge_info(self, row_no: int, cell: object, v: dict[str, str | None]) -> RowProblem | None:
        """Azure Table keeps the person in a JSON cell (`CustomerInfo`); its keys are case-insensitive."""
        text = clean(cell)
        if not text:
            return None
        try:
            info = json.loads(text)
        except ValueError:
            return RowProblem.of(row_no, self.header_of("customer_info"),
                                 QT_TRANSLATE_NOOP("CoreMessages", "the customer details are not valid JSON"))
        if not isinstance(info, dict):
            return RowProblem.of(row_no, self.header_of("customer_info"),
                                 QT_TRANSLATE_NOOP("CoreMessages", "the customer details are not a JSON object"))
        for key, value in info.items():
            name = _INFO_KEYS.get(str(key).casefold())
            if name and not v.get(name):
                v[name] = clean(value if not isinstance(value, (dict, list)) else None)
        return None

    def _record(self, row_no, cells, fields, created, unread, updated) -> tuple[tuple, Sequence[object]] | RowProblem | None:
        (external_id, first, last, full, email, phone, job_title, company, country_raw, city, state, lead_source,
         action_cell, offer_name_cell, offer_id_cell, publisher, description, owner, status, lead_type,
         lead_quality) = fields
        flags = None         # field -> the text the file gave for a value that could not be read
        if email:
            email_cell, email = email, email.lower().removeprefix("mailto:").strip()
            if "@" not in email or " " in email or len(email) > 254:
                email = None
                flags = {"email": email_cell}
        if full and not (first or last):
            first, last = split_full_name(full)
        elif not full:
            full = join_name(first, last)
        key = customer_key(email, full, company)
        if key is None:
            if all(cell is None or (cell.__class__ is str and not cell.strip()) for cell in cells):
                return None      # a blank line: not a row of the file at all
            return RowProblem.of(row_no, self.header_of("email") or self.header_of("full_name"),
                                 QT_TRANSLATE_NOOP("CoreMessages",
                                                   "no email and no name: the lead cannot be tied to a customer"))
        if not (email or phone or company or lead_source or action_cell or offer_name_cell or offer_id_cell
                or description or created or unread):
            # A name and nothing that makes a lead: a spreadsheet's "Total: 10" footer, a note typed below.
            return RowProblem.of(row_no, self.header_of("full_name") or self.header_of("last_name")
                                 or self.header_of("first_name"),
                                 QT_TRANSLATE_NOOP("CoreMessages", "“{value}” is only a name, with nothing that "
                                                   "makes it a lead (no email, phone, company, lead source, "
                                                   "action, offer, date or message): not imported"),
                                 value=_shown(full))
        intent_of = (lead_source, offer_name_cell, action_cell, offer_id_cell)
        intent = self._intents.get(intent_of)
        if intent is None:
            if len(self._intents) >= _INTENT_MEMO:
                self._intents.clear()
            intent = self._intents[intent_of] = self._intent(*intent_of)
        source, action, offer_id, offer_name, lead_source_raw, offer = intent
        code = country_code(country_raw)
        phone_e164 = to_e164(phone, code)
        if unread is not None or (country_raw and code is None) or (phone and phone_e164 is None) or flags:
            flags = self._flag(row_no, flags, unread, country_raw if code is None else None,
                               phone if phone_e164 is None else None, code)
        # "msft_test" has an underscore, and casefold() makes none: only parts with one can hold it.
        is_test = any("msft_test" in part.casefold() for part in (full, company, email, lead_source_raw)
                      if part and "_" in part)
        return (row_no, self.source_system, key, offer, email, first, last, full, phone, phone_e164,
                job_title, company, country_raw, code, city, state, source, action, lead_source_raw, offer_id,
                offer_name, publisher, created, updated, external_id, description, owner, status, lead_type,
                lead_quality, is_test, _MISSING[not email, not phone, not full, not company], flags), cells

    def _flag(self, row_no: int, flags: dict | None, unread, country: str | None, phone: str | None,
              code: str | None) -> str | None:
        """The lead's `unreadable` flags (JSON: field -> what the file said), and a warning for each value
        that could not be read. The lead is kept; the value stays as written where it has a column."""
        flags = dict(flags or {})
        add = self.warnings.append
        if "email" in flags:
            add(RowProblem.of(row_no, self.header_of("email"), QT_TRANSLATE_NOOP(
                "CoreMessages", "“{value}” is not an email address: the lead is kept without one"),
                value=_shown(flags["email"])))
        if unread is not None:
            index, cell = unread
            flags["created_at"] = str(cell)
            add(RowProblem.of(row_no, self.headers[index], QT_TRANSLATE_NOOP(
                "CoreMessages", "“{value}” could not be read as a date: the lead is kept without one, its reply "
                "clock starting at the import"), value=_shown(str(cell))))
        if country:
            flags["country"] = country
            add(RowProblem.of(row_no, self.header_of("country"), QT_TRANSLATE_NOOP(
                "CoreMessages", "“{value}” is not a country this app knows: kept as written"), value=_shown(country)))
        if phone and _unreadable_phone(phone, code):
            flags["phone"] = phone
            add(RowProblem.of(row_no, self.header_of("phone"), QT_TRANSLATE_NOOP(
                "CoreMessages", "“{value}” could not be read as a phone number: kept as written"),
                value=_shown(phone)))
        return json.dumps(flags, ensure_ascii=False) if flags else None

    def _intent(self, raw: str | None, offer_name: str | None, action: str | None, offer_id: str | None):
        """Source, action and offer from LeadSource, ActionCode/Call to action, Offer columns or a Topic;
        with the offer's key. Depends on nothing but these four cells (and which columns the file has)."""
        parsed = leadsource.parse(raw)
        if offer_name and leadsource.looks_composite(offer_name):
            # Dynamics keeps the marketplace string in Topic; its Lead Source is a picklist such as "Other".
            topic = leadsource.parse(offer_name)
            if not (parsed.source or parsed.action):
                parsed, raw = topic, offer_name
            offer_name = topic.offer_name
            if not self._has_offer_id:
                offer_id = topic.offer_id
        column_action = leadsource.action_code(action)
        candidates = (column_action, parsed.action)
        action = next((a for a in candidates if leadsource.is_known_action(a)), None)
        action = action or column_action or parsed.action
        source = parsed.source or leadsource.source_name(raw)
        if source is None and action == "StartTestDrive":
            source = "test_drive"
        offer_id = (offer_id or parsed.offer_id or None)
        offer_id = offer_id.lower() if offer_id else None
        offer_name = offer_name or parsed.offer_name
        return source, action, offer_id, offer_name, raw, offer_key(offer_id, offer_name)


def _shown(text: str | None, limit: int = 80) -> str:
    """A value from the file as a message quotes it: a long one cut."""
    text = text or ""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _unreadable_phone(phone: str, code: str | None) -> bool:
    """A phone without an E.164 form that had what it takes to get one (a '+', or the lead's country), or
    that has too few or too many digits to be a number at all. A national number of a lead without a
    country is not unreadable: nothing says where it is."""
    digits = sum(ch.isdigit() for ch in phone)
    return code is not None or phone.lstrip().startswith("+") or not 6 <= digits <= 17


def normalised_headers(headers: Sequence[object]) -> list[str]:
    return [normalise_header(h) for h in headers]
