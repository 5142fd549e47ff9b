"""The marketplace `Source-Action|Offer` grammar, and the friendly values Partner Center shows instead."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Canonical action codes, strongest intent first (the order badges are shown in).
ACTIONS = ("Create", "INS", "PLT", "StartTestDrive", "DNC")
INTENT = {code: rank for rank, code in enumerate(ACTIONS)}
# What the window calls each action (ui/badges.py translates these words; a test keeps the two equal), for
# the English command line: "Contact me (PLT)", not a bare "PLT".
ACTION_NAMES = {"PLT": "Contact me", "StartTestDrive": "Test drive", "INS": "Get it now", "Create": "Azure portal",
                "DNC": "Do not contact"}
_CODES = {code.casefold(): code for code in ACTIONS}

SOURCES = ("azure_marketplace", "azure_portal", "appsource", "test_drive")
_SOURCE_NAMES = {
    "azuremarketplace": "azure_marketplace", "azure marketplace": "azure_marketplace",
    "marketplace": "azure_marketplace",
    "azureportal": "azure_portal", "azure portal": "azure_portal", "portal": "azure_portal",
    "spza": "appsource", "appsource": "appsource", "appsource (spza)": "appsource", "app source": "appsource",
    "testdrive": "test_drive", "test drive": "test_drive",
}
# Call-to-action labels of Partner Center (and its Dutch and Chinese UI) mapped to action codes.
_FRIENDLY = {
    "contact me": "PLT", "contactme": "PLT", "neem contact met mij op": "PLT", "contact opnemen": "PLT",
    "聯絡我": "PLT", "与我联系": "PLT", "連絡我": "PLT", "partner-led trial": "PLT",
    "get it now": "INS", "getitnow": "INS", "free trial": "INS", "nu downloaden": "INS", "gratis proefversie": "INS",
    "nu ophalen": "INS", "立即取得": "INS", "免費試用": "INS", "install": "INS", "installation": "INS",
    "test drive": "StartTestDrive", "testdrive": "StartTestDrive", "start test drive": "StartTestDrive",
    "proefrit": "StartTestDrive", "試用產品": "StartTestDrive", "試用版": "StartTestDrive",
    "create": "Create", "subscribe": "Create", "purchase": "Create",
    "do not contact": "DNC", "niet benaderen": "DNC", "請勿聯絡": "DNC",
}
_CTA = {"INS": "get_it_now", "PLT": "contact_me", "DNC": "do_not_contact", "Create": "create",
        "StartTestDrive": "test_drive"}
_OFFER_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]*\.[a-z0-9][a-z0-9_.\-]*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LeadSource:
    """What one LeadSource value says. `action` is a canonical code, or the raw code when unknown."""

    source: str | None = None
    action: str | None = None
    offer_id: str | None = None
    offer_name: str | None = None


def action_code(raw: str | None) -> str | None:
    """'ins' -> 'INS', 'Contact me' -> 'PLT', an unknown code is kept as it came."""
    if not raw:
        return None
    key = raw.strip().casefold()
    return _CODES.get(key) or _FRIENDLY.get(key) or raw.strip()


def is_known_action(code: str | None) -> bool:
    return code in INTENT


def source_name(raw: str | None) -> str | None:
    if not raw:
        return None
    return _SOURCE_NAMES.get(raw.strip().casefold())


def call_to_action(action: str | None) -> str:
    return _CTA.get(action or "", "unknown")


def split_offer(offer: str | None) -> tuple[str | None, str | None]:
    """An offer is either an id ('publisher.offer') or a display name."""
    if not offer:
        return None, None
    offer = offer.strip()
    if _OFFER_ID.match(offer) and " " not in offer:
        return offer.lower(), None
    return None, offer


@lru_cache(maxsize=4096)
def parse(raw: str | None) -> LeadSource:
    """Parse 'AzureMarketplace-StartTestDrive|Red Hat OpenShift' and its variants.

    Split at the first '|' (offer on the right), then at the first '-' (source, action). Without either,
    the whole value is a source ('AzureMarketplace' in HTTPS payloads) or a friendly action label.
    """
    if not raw or not raw.strip():
        return LeadSource()
    left, bar, offer = raw.partition("|")
    left = left.strip()
    offer_id, offer_name = split_offer(offer) if bar else (None, None)
    source_raw, dash, action_raw = left.partition("-")
    if dash:
        return LeadSource(source_name(source_raw), action_code(action_raw), offer_id, offer_name)
    if (src := source_name(left)) is not None:
        return LeadSource(src, None, offer_id, offer_name)
    friendly = _FRIENDLY.get(left.casefold()) or _CODES.get(left.casefold())
    return LeadSource(None, friendly, offer_id, offer_name)


def looks_composite(raw: str | None) -> bool:
    """True for 'Source-Action|Offer' strings, which Dynamics puts in Topic rather than Lead Source."""
    if not raw or "|" not in raw:
        return False
    parsed = parse(raw)
    return parsed.source is not None or is_known_action(parsed.action)
