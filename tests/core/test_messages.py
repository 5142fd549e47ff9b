"""The core's messages: each one marked for translation, and each one translated in the catalogues."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from leadinbox.core.errors import FileRefused, RowProblem
from leadinbox.core.messages import CONTEXT, QT_TRANSLATE_NOOP, Message

CORE = Path(__file__).resolve().parents[2] / "leadinbox" / "core"
TS = Path(__file__).resolve().parents[2] / "resources" / "translations"
# The calls that take a message: the argument that holds it.
TAKES_MESSAGE = {"FileRefused": 0, "BadDate": 0, "Message": 0, "of": 2}


def _calls():
    for path in sorted(CORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                yield path, node, name


def core_templates() -> set[str]:
    return {node.args[1].value for _path, node, name in _calls() if name == "QT_TRANSLATE_NOOP"}


def test_every_message_the_core_gives_is_marked():
    """A literal or f-string handed to FileRefused & co. would reach the window in English only."""
    unmarked = []
    for path, node, name in _calls():
        at = TAKES_MESSAGE.get(name)
        if at is not None and len(node.args) > at and isinstance(node.args[at], (ast.Constant, ast.JoinedStr,
                                                                                   ast.BinOp)):
            unmarked.append(f"{path.name}:{node.lineno}")
        if name == "QT_TRANSLATE_NOOP":
            context, text = node.args
            if not (isinstance(context, ast.Constant) and context.value == CONTEXT and isinstance(text, ast.Constant)):
                unmarked.append(f"{path.name}:{node.lineno} (context {CONTEXT!r} and a literal text)")
    assert not unmarked, unmarked
    assert len(core_templates()) >= 45


@pytest.mark.parametrize("language", ["nl", "zh_TW"])
def test_every_core_template_is_translated_with_its_placeholders(language):
    root = ET.parse(TS / f"leadinbox_{language}.ts").getroot()
    catalogue = {m.findtext("source"): m.find("translation") for c in root.iter("context")
                 if c.findtext("name") == CONTEXT for m in c.iter("message")}
    missing = sorted(core_templates() - catalogue.keys())
    assert not missing, f"not in {language}'s catalogue: run `make translations`: {missing}"
    broken = []
    for template in core_templates():
        translation = catalogue[template]
        text = translation.text or ""
        if translation.get("type") or sorted(re.findall(r"\{[^}]*\}", template)) != sorted(
                re.findall(r"\{[^}]*\}", text)):
            broken.append(f"{template!r} -> {text!r}")
    assert not broken, "\n".join(broken)


def test_the_english_text_is_the_template_filled_in():
    refused = FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "more than {limit:,} rows; split the file"),
                          row=5, limit=5_000_000)
    assert (refused.reason, refused.describe()) == ("more than 5,000,000 rows; split the file",
                                                    "row 5: more than 5,000,000 rows; split the file")
    assert refused.refusal.message == Message("more than {limit:,} rows; split the file", {"limit": 5_000_000})
    problem = RowProblem.of(3, "Email", "“{value}” is not a date this app can read", value="x")
    assert problem.as_dict() == {"row": 3, "column": "Email", "reason": "“x” is not a date this app can read"}
    assert problem == RowProblem(3, "Email", "“x” is not a date this app can read")   # compared by its text
