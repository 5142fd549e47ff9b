"""Default email templates in the UI language: every kind, the same placeholders as English, readable
fill-in words; a switch back restores English."""

import re

import pytest

from leadinbox.core import template_texts, templates
from leadinbox.core.templates import KINDS, placeholders_in, render


@pytest.fixture
def speak():
    yield templates.set_language
    templates.set_language("en")


@pytest.mark.parametrize("language", sorted(template_texts.DEFAULTS_BY_LANGUAGE))
def test_every_language_has_every_kind_with_the_english_placeholders(language):
    texts = template_texts.DEFAULTS_BY_LANGUAGE[language]
    assert set(texts) == set(KINDS)
    for kind in KINDS:
        english, translated = template_texts.ENGLISH[kind], texts[kind]
        assert placeholders_in(translated[0]) == placeholders_in(english[0]), (language, kind, "subject")
        assert placeholders_in(translated[1]) == placeholders_in(english[1]), (language, kind, "body")


def test_dutch_defaults_and_fill_in_words(speak):
    speak("nl")
    filled = render(templates.DEFAULTS["PLT"], {"offer": "Contoso Gateway", "signature": "Sam"})
    assert filled.subject == "Uw aanvraag over Contoso Gateway"
    assert filled.body.startswith("Beste heer/mevrouw,\n") and "uw organisatie" in filled.body


def test_chinese_defaults_then_back_to_english(speak):
    speak("zh_TW")
    assert render(templates.DEFAULTS["followup"], {"first_name": "怡君"}).body.startswith("怡君 您好：")
    speak("en")
    assert templates.DEFAULTS["PLT"].subject == "Your request about {offer}"
    assert render(templates.DEFAULTS["PLT"], {}).body.startswith("Hello there,")


def test_an_unknown_language_gets_english(speak):
    speak("fr")
    assert templates.DEFAULTS["INS"].subject == "Getting started with {offer}"


def test_dutch_emails_address_the_customer_formally_throughout():
    """Business email to a prospect says "u"; a "je" in the middle of a "u" email reads as careless."""
    informal = re.compile(r"\b(?:je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
    texts = [text for pair in template_texts.DUTCH.values() for text in pair]
    texts += template_texts.FALLBACKS_BY_LANGUAGE["nl"].values()
    assert [text for text in texts if informal.search(text)] == []
    assert all(re.search(r"\b[Uu]w?\b", body) for kind, (_, body) in template_texts.DUTCH.items()
               if kind != "followup")    # the follow-up gets by without addressing anyone
