"""Cleaning of cell values: trimming, NFC, NUL removal, and placeholders that mean "missing"."""

from __future__ import annotations

import re
import unicodedata

# Values that exports write where there is no data; they become missing, never the string.
_PLACEHOLDERS = frozenset(
    {"", "not specified", "notspecified", "n/a", "na", "none", "null", "nil", "-", "--", "—", "?",
     "unknown", "niet opgegeven", "nicht angegeben", "未指定", "無"}
)
_SPACES = re.compile(r"\s+")
# What an export neutralised against formula injection ("'=...", "'+31 ..."; core/export_cells.py): the
# apostrophe is not part of the value, so a re-imported export reads back as it was written.
_NEUTRALISED = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")


def clean(value: object) -> str | None:
    """Return the value as trimmed NFC text, or None when it is blank or a placeholder."""
    if value.__class__ is str:       # every CSV cell: skip the isinstance checks
        text = value
    elif value is None:
        return None
    else:
        text = value if isinstance(value, str) else str(value)
    if "\x00" in text:
        text = text.replace("\x00", "")
    text = text.strip()
    if not text:
        return None
    if text[0] == "'" and len(text) > 1 and text[1] in _NEUTRALISED:
        text = text[1:]
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if len(text) <= 16 and text.casefold() in _PLACEHOLDERS:
        return None
    return text


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for identity keys ("Chloé" and "chloe" agree)."""
    if text.isascii():  # nothing to decompose and no combining marks; casefold is lower for ASCII
        return _SPACES.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text).strip()
