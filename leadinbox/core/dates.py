"""Lead timestamps in every format the exports use, normalised to UTC ISO-8601 strings."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from leadinbox.core.messages import QT_TRANSLATE_NOOP, Message

_EXCEL_EPOCH = datetime(1899, 12, 30, tzinfo=timezone.utc)
# Serial numbers of 1990-01-01 .. 2099-12-31: anything outside is not a plausible lead date.
_SERIAL_MIN, _SERIAL_MAX = 32874, 73415
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_MONTHS.update({"mrt": 3, "mei": 5, "okt": 10, "mär": 3, "mai": 5, "dez": 12, "sept": 9})

_NUMERIC = re.compile(
    r"^(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})"            # 10/2/2026, 2.10.2026, 2026-10-02
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"  # optional time
    r"\s*([AaPp][Mm])?)?\s*(Z|[+-]\d{2}:?\d{2})?$"
)
_NAMED = re.compile(r"^([A-Za-zäé]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$")
_NAMED_DMY = re.compile(r"^(\d{1,2})\.?\s+([A-Za-zäé]{3,9})\.?,?\s+(\d{4})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_AZURE_KEY = re.compile(r"^\d{1,2}:2F\d{1,2}:2F\d{4}$", re.IGNORECASE)
# Already UTC ISO-8601 to the second, with or without a fraction (Partner Center, Azure Table, JSON), in
# the years _fmt finds plausible (1900-2999): other years take the general path, which refuses them.
_ISO_UTC = re.compile(r"((?:19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})(?:\.[0-9]+)?Z")
# Partner Center's "Updated date" and most US exports: M/D/YYYY h:mm:ss AM, read here as _numeric reads it
# (D/M when M cannot be a month) without the general path's tries (0.36 s of 100k rows -> about 0.1 s).
# Anything odd about it (a year _fmt refuses, a 31 February) takes the general path.
_US_TIME = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ([AP])M")


class BadDate(ValueError):
    """A value that is meant to be a date but cannot be read as one; `message` says why (messages.py)."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.message = Message(template, params)
        super().__init__(str(self.message))


def to_utc_iso(value: object) -> str | None:
    """Parse a date/time cell (text, datetime, date or Excel serial) to 'YYYY-MM-DDTHH:MM:SSZ'.

    Naive times are taken as UTC: the exports document UTC and carry no zone. Raises BadDate.
    """
    if value is None or value == "":
        return None
    if value.__class__ is str:
        # Fast path for text already in the output form: fromisoformat validates it (a 30 February or
        # hour 24 falls through to the general parser, which rejects it the same way as before).
        m = _ISO_UTC.fullmatch(value)
        if m is not None:
            try:
                datetime.fromisoformat(value)
            except ValueError:
                pass
            else:
                return m.group(1) + "Z"
        m = _US_TIME.fullmatch(value)
        if m is not None:
            fast = _us_time(*m.groups())
            if fast is not None:
                return fast
    if isinstance(value, datetime):
        return _fmt(value)
    if isinstance(value, date):
        return _fmt(datetime(value.year, value.month, value.day))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_serial(float(value))
    return _parse_text(str(value).strip())


def _us_time(a: str, b: str, y: str, hh: str, mm: str, ss: str, half: str) -> str | None:
    mo, d = int(a), int(b)
    if mo > 12 >= d:
        mo, d = d, mo
    year = int(y)
    if not 1900 <= year <= 2999:
        return None
    try:
        moment = datetime(year, mo, d, int(hh) % 12 + (12 if half == "P" else 0), int(mm), int(ss))
    except ValueError:
        return None
    return moment.isoformat() + "Z"


def _fmt(moment: datetime) -> str:
    # A lead from before 1900 or after 2999 is a typing error; near year 1 or 9999 a time zone cannot even be
    # applied (OverflowError), and before 1000 the text would not be ISO (found by tests/core/test_fuzz_parsers.py).
    if not 1900 <= moment.year <= 2999:
        raise BadDate(QT_TRANSLATE_NOOP("CoreMessages", "{date} is not a plausible date"),
                      date=f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}")
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds") + "Z"   # several times faster than strftime


def _from_serial(serial: float) -> str:
    if not _SERIAL_MIN <= serial <= _SERIAL_MAX:
        raise BadDate(QT_TRANSLATE_NOOP("CoreMessages", "{value} is not a date"), value=f"{serial:g}")
    return _fmt(_EXCEL_EPOCH + timedelta(days=serial))


@lru_cache(maxsize=4096)
def _parse_text(text: str) -> str:
    if not text:
        raise BadDate(QT_TRANSLATE_NOOP("CoreMessages", "empty date"))
    if _AZURE_KEY.match(text):  # Azure Table PartitionKey: "/" escaped as ":2F"
        text = re.sub(":2F", "/", text, flags=re.IGNORECASE)
    if text[0].isdigit() and len(text) >= 10 and text[4] == "-":
        try:
            return _fmt(datetime.fromisoformat(text))
        except ValueError:
            pass
    if _SERIAL.match(text):
        return _from_serial(float(text))
    for parser in (_numeric, _named):
        moment = parser(text)
        if moment is not None:
            return _fmt(moment)
    raise BadDate(QT_TRANSLATE_NOOP("CoreMessages", "“{value}” is not a date this app can read"),
                  value=text[:40])


def _numeric(text: str) -> datetime | None:
    m = _NUMERIC.match(text)
    if not m:
        return None
    a, sep, b, c, hh, mm, ss, ampm, zone = m.groups()
    if len(a) == 4:                       # 2026-10-02, 2026/10/02
        y, mo, d = int(a), int(b), int(c)
    elif sep == "/":                      # M/D/YYYY (US, Partner Center); D/M when M cannot be a month
        y, mo, d = int(c), int(a), int(b)
        if mo > 12 >= d:
            mo, d = d, mo
    else:                                 # D.M.YYYY and D-M-YYYY (German, Dutch)
        y, mo, d = int(c), int(b), int(a)
    if y < 100 and len(a if len(a) == 4 else c) <= 2:     # '26' is 2026; '0001' is year 1 (refused)
        y += 2000
    hour = int(hh or 0)
    if ampm:
        hour = hour % 12 + (12 if ampm.lower() == "pm" else 0)
    try:
        moment = datetime(y, mo, d, hour, int(mm or 0), int(ss or 0))
    except ValueError:
        return None
    if zone and zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        moment = moment.replace(tzinfo=timezone(sign * offset))
    return moment


def _named(text: str) -> datetime | None:
    m = _NAMED.match(text)
    if m:
        mon, d, y, hh, mm, ss, ampm = m.groups()
    else:
        m = _NAMED_DMY.match(text)
        if not m:
            return None
        d, mon, y, hh, mm, ss = m.groups()
        ampm = None
    month = _MONTHS.get(mon[:3].lower()) or _MONTHS.get(mon[:4].lower())
    if month is None:
        return None
    hour = int(hh or 0)
    if ampm:
        hour = hour % 12 + (12 if ampm.lower() == "pm" else 0)
    try:
        return datetime(int(y), month, int(d), hour, int(mm or 0), int(ss or 0))
    except ValueError:
        return None
