"""Phone numbers: kept as written, plus an E.164 form where the number can be read."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneMetadata, phonenumberutil

from leadinbox.core.query import SEARCH_MARK  # the mark of each phone form in the index (re-exported)

_NOT_DIGITS = re.compile(r"\D")
# A national number written with ASCII digits and the usual separators only: "(425) 555-0100", "06-12345678".
_PLAIN_NATIONAL = re.compile(r"[0-9 ()./\-]+")
# phonenumbers' own steps for such a number, called directly (its parse() spends ~30 µs a number finding
# the digits in the text first). Missing in some release: every number takes the library's full path.
_strip_prefix = getattr(phonenumberutil, "_maybe_strip_national_prefix_carrier_code", None)
_length = getattr(phonenumberutil, "_test_number_length", None)
_VR = phonenumberutil.ValidationResult
_KEEP_UNSTRIPPED = frozenset({_VR.TOO_SHORT, _VR.IS_POSSIBLE_LOCAL_ONLY, _VR.INVALID_LENGTH})
_POSSIBLE = frozenset({_VR.IS_POSSIBLE, _VR.IS_POSSIBLE_LOCAL_ONLY})


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
    text = raw.lstrip()
    if text.startswith("+") and _PLAIN_NATIONAL.fullmatch(text, 1):
        # "+31 (0)6 1234 5678": the calling code names the region, whatever the lead's country.
        code, rest = _calling_code(digits)
        region = _region(phonenumbers.region_code_for_country_code(code)) if code else None
        if region is not None:
            return _national(raw, rest, *region, international=True)
    elif country and _PLAIN_NATIONAL.fullmatch(raw):
        region = _region(country)
        if region is not None:
            return _national(raw, digits, *region)
    return _library(raw, country)


def _calling_code(digits: str) -> tuple[int, str]:
    """The calling code a number written after '+' starts with, as phonenumbers finds it (0 when none)."""
    if digits.startswith("0"):
        return 0, digits
    for size in (1, 2, 3):
        if int(digits[:size]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return int(digits[:size]), digits[size:]
    return 0, digits


def _library(raw: str, country: str | None) -> str | None:
    try:
        parsed = phonenumbers.parse(raw, country or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=None)
def _region(country: str) -> tuple | None:
    """(metadata, calling code, its text, international prefix) of a region whose numbers the fast path
    reads exactly as phonenumbers.parse does; None sends the region's numbers the library's way."""
    if _strip_prefix is None or _length is None:
        return None
    metadata = PhoneMetadata.metadata_for_region(country, None)   # "nl" is no region to phonenumbers either
    if metadata is None or metadata.country_code is None:
        return None
    # is_possible_number judges by the main region of the calling code (GB for GG, US for CA's +1 ...).
    if phonenumbers.region_code_for_country_code(metadata.country_code) != country:
        return None
    idd = re.compile(metadata.international_prefix) if metadata.international_prefix else None
    # The library's length test looks at nothing but the length: its verdicts, by length, once.
    verdicts = tuple(_length("0" * n, metadata) for n in range(18))
    return metadata, metadata.country_code, str(metadata.country_code), idd, verdicts


def _national(raw: str, digits: str, metadata, code: int, code_text: str, idd, verdicts, *,
              international: bool = False) -> str | None:
    """What parse + is_possible_number + format_number(E164) give for these national digits (the digits
    after the calling code when the number was `international`)."""
    if not international and (digits.startswith(code_text) or (idd is not None and idd.match(digits))):
        # Written with the country code or an international prefix ("0031 20 ..."): the library decides.
        return _library(raw, metadata.id)
    _carrier, stripped, _found = _strip_prefix(digits, metadata)
    national = digits if verdicts[len(stripped)] in _KEEP_UNSTRIPPED else stripped
    if not 2 <= len(national) <= 17 or verdicts[len(national)] not in _POSSIBLE:
        return None
    return f"+{code}{national}"


def search_text(raw: str | None, e164: str | None) -> str | None:
    """The phone column of the search index: the number in one piece in each form it is typed in, each form
    marked (SEARCH_MARK): its digits as written ('+31 (0)20 …' -> '310201234567'), the E.164 digits
    ('31201234567'), the national number ('201234567') and the national number after the country's trunk
    prefix ('0201234567'), the way people dial it at home."""
    # Called once per customer while the search index is written (63k at 100k leads): plain lists and
    # joins, not a generator into dict.fromkeys (9 -> 4 us a number).
    written = _NOT_DIGITS.sub("", raw) if raw else ""
    forms = [written] if written else []
    if e164 and e164.startswith("+"):
        full = e164[1:]
        code, national = _calling_code(full)
        for piece in ((full, national, _trunk_prefix(code) + national) if code else (full,)):
            if piece and piece not in forms:          # each once, in order
                forms.append(piece)
    return SEARCH_MARK + (" " + SEARCH_MARK).join(forms) if forms else None


@lru_cache(maxsize=None)
def _trunk_prefix(code: int) -> str:
    """'0' for +31, '06' for +36, '1' for +1; '' where national numbers are dialled as they are (+39)."""
    metadata = PhoneMetadata.metadata_for_region(phonenumbers.region_code_for_country_code(code), None)
    prefix = metadata.national_prefix if metadata is not None else None
    return prefix if prefix and prefix.isdigit() else ""
