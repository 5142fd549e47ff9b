"""The core's messages (why a file was refused, why a row was skipped) in the UI's language."""

from __future__ import annotations

import re
from string import Formatter

from PySide6.QtCore import QCoreApplication

from leadinbox.core.errors import Refusal, RowProblem
from leadinbox.core.messages import CONTEXT, Message
from leadinbox.ui.language.i18n import format_number


def _tr(text: str) -> str:
    return QCoreApplication.translate("CoreMessages", text)


def message_text(message: Message) -> str:
    """The template translated (context CoreMessages, marked in the core), its values filled in: numbers the
    locale's way, text from the file as it is."""
    translated = QCoreApplication.translate(CONTEXT, message.template)
    try:
        return _fill(translated, message.params)
    except (KeyError, ValueError, IndexError):   # a translation that lost or bent a placeholder: English
        pass
    try:
        return _fill(message.template, message.params)
    except (KeyError, ValueError, IndexError):   # plain text with a brace, no template: as it is
        return message.template


def _fill(template: str, params) -> str:
    out = []
    for literal, name, spec, _conversion in Formatter().parse(template):
        out.append(literal)
        if name is None:
            continue
        value = params[name]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            # "{size:.1f}" keeps its decimals; ",", the English grouping, is the locale's business here.
            decimals = int(spec[1:-1]) if spec.startswith(".") and spec.endswith("f") else 0
            out.append(format_number(value, decimals))
        else:
            out.append(str(value))
    return "".join(out)


def refusal_text(refusal: Refusal) -> str:
    """'row 3, column “Email”: a quote opens in this cell …', as FileRefused.describe() says it in English."""
    text = message_text(refusal.message)
    row = format_number(refusal.row) if refusal.row is not None else None
    if row is not None and refusal.column:
        return _args(_tr("row %1, column “%2”: %3"), row, refusal.column, text)
    if row is not None:
        return _args(_tr("row %1: %2"), row, text)
    if refusal.column:
        return _args(_tr("column “%1”: %2"), refusal.column, text)
    return text


def _args(template: str, *values: str) -> str:
    """%1, %2, … filled in one pass: a header or a value from the file may itself hold "%1"."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


def result_error(result) -> str:
    """Why an import result was refused: translated when the core said why, else its (English) text."""
    return refusal_text(result.refusal) if result.refusal is not None else str(result.error or "")


def refusal_of(exc: BaseException) -> str:
    """Why the store refused a change (store/refusal.py: NotAllowed, DoNotContact, …), in the UI's language;
    any other exception's own text."""
    message = getattr(exc, "message", None)
    return message_text(message) if isinstance(message, Message) else str(exc)


def problem_text(problem: RowProblem) -> str:
    """Why a row was skipped: translated when the core said it with a template, else its English reason."""
    return message_text(problem.message) if problem.message is not None else problem.reason
