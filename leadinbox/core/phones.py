"""Phone numbers: kept as written, plus an E.164 form where the number can be read."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

_NOT_DIGITS = re.compile(r"\D")


@lru_cache(maxsize=4096)
def to_e164(raw: str | None, country: str | None = None) -> str | None:
    """'+31 20 555 0134' -> '+31205550134'; a national number needs the lead's country."""
    if not raw:
        return None
    digits = _NOT_DIGITS.sub("", raw)
    if not 6 <= len(digits) <= 17:
        return None
    # Fast path: a plain international number needs no metadata (phonenumbers costs ~15 µs a call,
    # a third of the whole per-row budget); "(0)" trunk prefixes and extensions take the slow path.
    if raw.lstrip().startswith("+") and "(0" not in raw and "x" not in raw.lower() and len(digits) <= 15:
        return "+" + digits
    try:
        parsed = phonenumbers.parse(raw, country or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
