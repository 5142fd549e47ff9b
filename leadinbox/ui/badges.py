"""Badge words and colours (Okabe-Ito, readable by colour-blind users; every badge carries its word)."""

from __future__ import annotations

from PySide6.QtGui import QColor

ACTION_BADGES = {
    "PLT": ("Contact me", "#E69F00"),
    "StartTestDrive": ("Test drive", "#56B4E9"),
    "INS": ("Get it now", "#009E73"),
    "Create": ("Azure portal", "#0072B2"),
    "DNC": ("Do not contact", "#D55E00"),  # the delegate adds a stop mark
}
SOURCE_LABELS = {"azure_marketplace": "Azure Marketplace", "azure_portal": "Azure portal",
                 "appsource": "AppSource", "test_drive": "Test Drive"}
UNKNOWN_COLOUR = "#7F7F7F"
NEUTRAL = "neutral"       # an outlined chip in the palette's text colour
FOLLOWUP_COLOURS = {"overdue": "#D55E00", "soon": "#B8860B"}


def action_badge(code: str | None) -> tuple[str, str]:
    """(text, colour) for an action code; an unknown code shows as it came, in grey."""
    if not code:
        return "Unknown action", UNKNOWN_COLOUR
    return ACTION_BADGES.get(code, (code, UNKNOWN_COLOUR))


def action_label(code: str | None) -> str:
    return action_badge(code)[0]


def text_colour_for(background: str) -> QColor:
    """Black or white, whichever reads better on the chip (WCAG relative luminance)."""
    c = QColor(background)
    lum = 0.2126 * c.redF() ** 2.2 + 0.7152 * c.greenF() ** 2.2 + 0.0722 * c.blueF() ** 2.2
    return QColor("#000000") if lum > 0.18 else QColor("#FFFFFF")
