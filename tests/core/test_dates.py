import pytest

from leadinbox.core.dates import BadDate, to_utc_iso
from datetime import date, datetime


@pytest.mark.parametrize("value, expected", [
    ("2026-10-02T19:00:00Z", "2026-10-02T19:00:00Z"),
    ("2026-10-02T21:00:00+02:00", "2026-10-02T19:00:00Z"),
    ("10/02/2026 19:00:00", "2026-10-02T19:00:00Z"),
    ("10/2/2026", "2026-10-02T00:00:00Z"),
    ("10/2/2026 7:05 PM", "2026-10-02T19:05:00Z"),
    ("13/10/2026", "2026-10-13T00:00:00Z"),          # cannot be M/D: read as D/M
    ("2.10.2026", "2026-10-02T00:00:00Z"),           # German D.M.YYYY
    ("02-10-2026", "2026-10-02T00:00:00Z"),          # Dutch D-M-YYYY
    ("Oct 02, 2026", "2026-10-02T00:00:00Z"),
    ("2 okt 2026", "2026-10-02T00:00:00Z"),
    ("10:2F2:2F2026", "2026-10-02T00:00:00Z"),       # Azure Table PartitionKey
    ("46297", "2026-10-02T00:00:00Z"),               # Excel serial as text
    (46297.75, "2026-10-02T18:00:00Z"),
    (datetime(2026, 10, 2, 19), "2026-10-02T19:00:00Z"),
    (date(2026, 10, 2), "2026-10-02T00:00:00Z"),
    (None, None), ("", None),
])
def test_parses_every_export_format(value, expected):
    assert to_utc_iso(value) == expected


@pytest.mark.parametrize("value", ["banana", "31/31/2026", "2026-13-45", "99999", 12.5, "10/02"])
def test_rejects_what_is_not_a_date(value):
    with pytest.raises(BadDate):
        to_utc_iso(value)


@pytest.mark.parametrize("text", ["1500-01-01T00:00:00Z", "1899-12-31T23:59:59.5Z", "3000-01-01T00:00:00Z"])
def test_implausible_years_are_refused_in_the_utc_form_too(text):
    with pytest.raises(BadDate, match="not a plausible date"):
        to_utc_iso(text)
    with pytest.raises(BadDate, match="not a plausible date"):
        to_utc_iso(text.replace("Z", "+00:00"))


def test_plausible_edge_years_in_the_utc_form():
    assert to_utc_iso("1900-01-01T00:00:00Z") == "1900-01-01T00:00:00Z"
    assert to_utc_iso("2999-12-31T23:59:59.123Z") == "2999-12-31T23:59:59Z"


def _general(text: str) -> str:
    from leadinbox.core.dates import _parse_text
    try:
        return _parse_text.__wrapped__(text)
    except BadDate as exc:
        return f"refused: {exc}"


def _fast(text: str) -> str:
    try:
        return to_utc_iso(text)
    except BadDate as exc:
        return f"refused: {exc}"


def test_the_us_time_fast_path_reads_as_the_general_parser():
    # M/D/YYYY h:mm:ss AM takes its own path (dates._US_TIME): every corner of it must read, or be refused,
    # as the general parser reads it: months past 12 (D/M), day 0, 30 February, 12 AM/PM, hours and minutes
    # out of range, years _fmt refuses.
    cases = [f"{a}/{b}/{y} {h}:{mm}:{ss} {half}M"
             for a in (0, 1, 2, 12, 13, 29, 31, 32) for b in (0, 1, 12, 13, 29, 30, 31, 32)
             for y in ("0001", "1899", "1900", "2024", "2026", "2999", "3000")
             for h, mm, ss in (("0", "00", "00"), ("12", "00", "00"), ("11", "59", "59"), ("13", "60", "61"))
             for half in "AP"]
    differing = [(c, _general(c), _fast(c)) for c in cases if _general(c) != _fast(c)]
    assert differing == []
    assert _fast("2/29/2024 12:00:01 AM") == "2024-02-29T00:00:01Z"
    assert _fast("2/29/2026 12:00:01 AM").startswith("refused")
    assert _fast("13/1/2026 12:30:00 PM") == "2026-01-13T12:30:00Z"
