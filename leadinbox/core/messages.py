"""What the core tells the user: an English template with {named} placeholders, and the values for them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

CONTEXT = "CoreMessages"    # the translation context of every template; the UI looks them up under it


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name packaging/translations.py reads
    """Marks a template for the translation catalogue, as Qt's function of that name does; the core cannot
    import Qt, and the extractor reads the name, not where it comes from. The UI translates at display."""
    return text


@dataclass(frozen=True, slots=True)
class Message:
    """`str(message)` is the English text the command line and `import --json` print. `params` hold the
    values as they are (numbers stay numbers, so the UI can write them the locale's way); text taken from
    the file (a header, a bad value, an encoding name) is a param too, so it is never translated."""

    template: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        return self.template.format(**self.params)
