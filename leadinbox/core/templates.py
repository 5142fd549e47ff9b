"""Email templates per kind of lead, with {placeholders} filled from the customer and the user."""

from __future__ import annotations

import string
from dataclasses import dataclass

# Template keys: the first email answers the lead's action; later attempts use the follow-up.
KINDS = ("PLT", "StartTestDrive", "INS", "Create", "followup")
PLACEHOLDERS = ("first_name", "full_name", "company", "offer", "my_name", "signature")


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


DEFAULTS = {
    "PLT": Template(
        "Your request about {offer}",
        "Hello {first_name},\n\nThank you for asking us to contact you about {offer}. I would be glad to hear "
        "what {company} is looking for and to show you how {offer} can help.\n\nWould a short call this week "
        "suit you? Just reply with a time that works.\n\n{signature}"),
    "StartTestDrive": Template(
        "Your test drive of {offer}",
        "Hello {first_name},\n\nI saw that you started a test drive of {offer}. How is it going? I can walk you "
        "through the parts that matter most for {company} in a 20-minute call.\n\n{signature}"),
    "INS": Template(
        "Getting started with {offer}",
        "Hello {first_name},\n\nThank you for trying {offer}. To help {company} get the most out of it, I would "
        "like to offer you a short onboarding call. Which day suits you?\n\n{signature}"),
    "Create": Template(
        "Welcome to {offer}",
        "Hello {first_name},\n\nThank you for deploying {offer} from the Azure portal. I am your contact for "
        "anything you need while you set it up. Shall we schedule a short call?\n\n{signature}"),
    "followup": Template(
        "Following up: {offer}",
        "Hello {first_name},\n\nI wanted to follow up on my earlier message about {offer}. Is this still on "
        "your list at {company}? If another time or person is better, just let me know.\n\n{signature}"),
}


def kind_for(action: str | None, attempt_no: int) -> str:
    """The template for attempt number `attempt_no` (1-based) on a lead with `action`."""
    if attempt_no > 1:
        return "followup"
    return action if action in KINDS else "PLT"


class _Values(dict):
    def __missing__(self, key: str) -> str:
        return ""


def placeholders_in(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def unknown_placeholders(template: Template) -> set[str]:
    return (placeholders_in(template.subject) | placeholders_in(template.body)) - set(PLACEHOLDERS)


def render(template: Template, values: dict[str, str | None]) -> Template:
    """Fill the placeholders; a missing value becomes an empty string (a greeting without a name reads
    'Hello ,' which is why the defaults are written so that a gap stays readable)."""
    clean = _Values({k: (v or "").strip() for k, v in values.items() if k in PLACEHOLDERS})
    if not clean.get("first_name"):
        clean["first_name"] = clean.get("full_name") or "there"
    if not clean.get("company"):
        clean["company"] = "your team"
    if not clean.get("offer"):
        clean["offer"] = "our offer"
    if not clean.get("signature"):
        clean["signature"] = clean.get("my_name", "")

    def fill(text: str) -> str:
        try:
            return string.Formatter().vformat(text, (), clean)
        except (ValueError, IndexError, KeyError, AttributeError):
            return text           # a user's template with a stray brace is sent as written
    return Template(fill(template.subject), fill(template.body).strip() + "\n")
