"""The default qualification criteria in the UI language; the database keeps them under their English names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leadinbox.ui.language.i18n import Labels

# Keyed by the stored names (core.qualification.DEFAULT_CRITERIA): a lead qualified under "Budget" in
# English still shows it met in Dutch, and a criterion the user typed has no entry and shows as typed.
DEFAULT_LABELS = Labels("Criteria", {
    "Budget": QT_TRANSLATE_NOOP("Criteria", "Budget"),
    "Authority": QT_TRANSLATE_NOOP("Criteria", "Authority"),
    "Need": QT_TRANSLATE_NOOP("Criteria", "Need"),
    "Timeline": QT_TRANSLATE_NOOP("Criteria", "Timeline"),
})


def shown(name: str) -> str:
    """How the stored criterion `name` reads in the UI: a default in the UI language, else as typed."""
    return DEFAULT_LABELS.get(name, name)
