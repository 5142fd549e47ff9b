"""The Dutch UI speaks to the user informally ("je", "jouw") throughout; a formal "u"/"uw" slipped in next
to "je" reads as two different writers."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from tests.ui.i18n_scan import translations

# "u", "uw", "uzelf" as words. Not formal: the hour unit ("%n u", "%s u", "47 u") and text quoted from the
# customer-facing emails (“uw organisatie”), which address the customer formally on purpose.
FORMAL = re.compile(r"\b(?:[Uu]w?|[Uu]zelf|[Uu]we)\b")
NOT_ADDRESS = re.compile(r"“[^”]*”|(?:%L?n|%s|\d+) u\b|<[^>]+>")


def formal_forms(text: str) -> list[str]:
    return FORMAL.findall(NOT_ADDRESS.sub(" ", text))


def dutch_translations() -> list[tuple[str, str]]:
    root = ET.parse(translations.ts_path("nl")).getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        found += [(message.findtext("source"), form) for form in forms]
    return found


def test_the_dutch_ui_never_says_u_or_uw():
    formal = [f"{source!r} -> {text!r}" for source, text in dutch_translations() if formal_forms(text)]
    assert not formal, "use je/jij/jouw:\n" + "\n".join(formal)


def test_the_scan_sees_formal_forms_and_lets_the_hour_unit_and_quotes_pass():
    assert formal_forms("Uw naam is nog niet ingesteld") == ["Uw"]
    assert formal_forms("Weet u het zeker?") == ["u"]
    assert formal_forms("Dit is voor uzelf.") == ["uzelf"]
    assert formal_forms("volgende poging over %n u") == []
    assert formal_forms("Het bedrijf van de klant (“uw organisatie” als dat ontbreekt)") == []
    assert formal_forms("Je naam en <u>jouw</u> handtekening") == []
