"""Badge words and colours (Okabe-Ito, readable by colour-blind users; every badge carries its word)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from leadinbox.ui.language.i18n import Labels

ACTION_WORDS = Labels("Badges", {
    "PLT": QT_TRANSLATE_NOOP("Badges", "Contact me"),
    "StartTestDrive": QT_TRANSLATE_NOOP("Badges", "Test drive"),
    "INS": QT_TRANSLATE_NOOP("Badges", "Get it now"),
    "Create": QT_TRANSLATE_NOOP("Badges", "Azure portal"),
    "DNC": QT_TRANSLATE_NOOP("Badges", "Do not contact"),
})
ACTION_COLOURS = {"PLT": "#E69F00", "StartTestDrive": "#56B4E9", "INS": "#009E73", "Create": "#0072B2",
                  "DNC": "#D55E00"}  # DNC: the delegate adds a stop mark


class _ActionBadges(Mapping[str, tuple[str, str]]):
    """code -> (word in the UI language, colour)."""

    def __getitem__(self, code: str) -> tuple[str, str]:
        return ACTION_WORDS[code], ACTION_COLOURS[code]

    def __iter__(self) -> Iterator[str]:
        return iter(ACTION_COLOURS)

    def __len__(self) -> int:
        return len(ACTION_COLOURS)


ACTION_BADGES = _ActionBadges()
SOURCE_LABELS = Labels("Badges", {"azure_marketplace": QT_TRANSLATE_NOOP("Badges", "Azure Marketplace"),
                                  "azure_portal": QT_TRANSLATE_NOOP("Badges", "Azure portal"),
                                  "appsource": QT_TRANSLATE_NOOP("Badges", "AppSource"),
                                  "test_drive": QT_TRANSLATE_NOOP("Badges", "Test Drive")})
UNKNOWN_COLOUR = "#7F7F7F"
NEUTRAL = "neutral"       # an outlined chip in the palette's text colour
FOLLOWUP_COLOURS = {"overdue": "#D55E00", "soon": "#B8860B"}


def action_badge(code: str | None) -> tuple[str, str]:
    """(text, colour) for an action code; an unknown code shows as it came, in grey."""
    if not code:
        return QCoreApplication.translate("Badges", "Unknown action"), UNKNOWN_COLOUR
    return ACTION_BADGES.get(code, (code, UNKNOWN_COLOUR))


def action_label(code: str | None) -> str:
    return action_badge(code)[0]


def text_colour_for(background: str) -> QColor:
    """Black or white, whichever reads better on the chip (WCAG relative luminance)."""
    c = QColor(background)
    lum = 0.2126 * c.redF() ** 2.2 + 0.7152 * c.greenF() ** 2.2 + 0.0722 * c.blueF() ** 2.2
    return QColor("#000000") if lum > 0.18 else QColor("#FFFFFF")
