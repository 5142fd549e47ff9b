"""A change the store refuses: an English template with named values, as the core's messages are."""

from __future__ import annotations

from leadinbox.core.messages import Message


class Refused(Exception):
    """`str(exc)` is the English the command line prints; `message` the template (marked with
    QT_TRANSLATE_NOOP("CoreMessages", …)) and its values, for the window to say in its language
    (ui/language/core_messages.py: refusal_of). Values stay values: a name or an email is never translated."""

    def __init__(self, template: str | Message, /, **params: object) -> None:
        self.message = template if isinstance(template, Message) else Message(template, params)
        # Without values the text is used as it is: an f-string that holds a brace is no template.
        super().__init__(str(self.message) if self.message.params else self.message.template)
