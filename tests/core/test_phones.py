"""The E.164 fast paths give exactly what phonenumbers' own parse gives."""

import random
import re

import phonenumbers
import pytest

from leadinbox.core import phones


def _reference(raw: str, country: str | None) -> str | None:
    """to_e164 as it was before the fast paths: the '+' shortcut, else the library's parse."""
    digits = re.sub(r"\D", "", raw)
    if not 6 <= len(digits) <= 17:
        return None
    if raw.lstrip().startswith("+") and "(0" not in raw and "x" not in raw.lower() and len(digits) <= 15:
        return "+" + digits
    return phones._library(raw, country)


def _numbers(rnd: random.Random, count: int):
    regions = sorted(phonenumbers.SUPPORTED_REGIONS) + ["XX", "nl", None]
    plain = "0123456789" * 4 + " -.()/"
    for _ in range(count):
        region = rnd.choice(regions)
        kind = rnd.random()
        if kind < 0.35:
            text = "".join(rnd.choice(plain) for _ in range(rnd.randint(6, 22)))
        elif kind < 0.5:
            text = "+" + rnd.choice(["", " ", "(", "0"]) + "".join(rnd.choice(plain) for _ in range(rnd.randint(6, 20)))
            if rnd.random() < 0.5:
                text = text[:3] + " (0)" + text[3:]
        elif kind < 0.8 and region:
            meta = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
            prefix = rnd.choice(["0", "00", "", "1", "011", str(meta.country_code) if meta else "",
                                 (meta.national_prefix or "") if meta else ""])
            text = prefix + rnd.choice(["", " ", "-", "("]) + "".join(rnd.choice("0123456789")
                                                                        for _ in range(rnd.randint(4, 13)))
        else:
            example = phonenumbers.example_number(region) if region in phonenumbers.SUPPORTED_REGIONS else None
            if example is None:
                continue
            text = phonenumbers.format_number(example, rnd.choice(
                [phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL]))
            if rnd.random() < 0.3:
                text = text[:-1] + rnd.choice("0123456789")
        text = text.strip()
        if text:
            yield text, region


@pytest.mark.parametrize("seed", [1, 2])
def test_fast_paths_agree_with_the_library(seed):
    for raw, region in _numbers(random.Random(seed), 6000):
        assert phones.to_e164.__wrapped__(raw, region) == _reference(raw, region), (raw, region)


@pytest.mark.parametrize("raw, country, e164", [
    ("(425) 555-0100", "US", "+14255550100"), ("425.555.0100", "US", "+14255550100"),
    ("1-425-555-0100", "US", "+14255550100"),            # with the calling code: the library's way
    ("06-12345678", "NL", "+31612345678"), ("020 555 0134", "NL", "+31205550134"),
    ("0031 20 555 0134", "NL", "+31205550134"),        # an international prefix: the library's way
    ("+31 (0)6 1234 5678", "US", "+31612345678"),      # the calling code wins over the lead's country
    ("02-5555-1234", "TW", "+886255551234"), ("555 0134", None, None), ("020 555 0134", "nl", None),
])
def test_national_numbers(raw, country, e164):
    assert phones.to_e164.__wrapped__(raw, country) == e164


def test_the_private_helpers_the_fast_path_uses_are_there():
    """phones.py calls two private functions of phonenumbers; a release without them silently sends every
    number the slow way, and the agreement tests above would then compare the library with itself."""
    assert phones._strip_prefix is not None and phones._length is not None, phonenumbers.__version__
    assert phones._region("NL") is not None and phones._region("US") is not None


def _parsed(raw: str, region: str) -> str | None:
    """phonenumbers.parse itself, not through phones.py."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@pytest.mark.parametrize("helpers", ["private", "missing"])
def test_every_regions_example_numbers_read_as_phonenumbers_parse_reads_them(helpers, monkeypatch):
    if helpers == "missing":     # as with a phonenumbers release without the private helpers
        monkeypatch.setattr(phones, "_strip_prefix", None)
    phones._region.cache_clear()
    try:
        for region in sorted(phonenumbers.SUPPORTED_REGIONS):
            for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE):
                example = phonenumbers.example_number_for_type(region, kind)
                if example is None:
                    continue
                for style in (phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL):
                    raw = phonenumbers.format_number(example, style)
                    if 6 <= len(re.sub(r"\D", "", raw)) <= 17:
                        assert phones.to_e164.__wrapped__(raw, region) == _parsed(raw, region), (raw, region)
    finally:
        phones._region.cache_clear()
