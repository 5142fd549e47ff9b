"""Finds user-visible text in leadinbox/ui that does not go through Qt's translation (used by test_i18n.py).

A string literal counts as text when it holds a word and reads like prose (a space between words, or a
capital followed by small letters). It is fine when it is: an argument of a translation call (tr,
translate, QT_TRANSLATE_NOOP), a docstring, a dict key, a comparison operand, or an argument of a call that
never reaches the user (logging, settings keys, object names, style sheets, exceptions for developers).
A literal on a line holding `# i18n: not UI`, or right below such a line, is skipped (e.g. a CSV header that
scripts read, or details for a bug report).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from tests.packaging.helpers import load_script

translations = load_script("translations")

TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3"}
# Calls whose string arguments are never shown: keys, names, styles, logs, paths, formats, developer errors.
SILENT = {"setObjectName", "setStyleSheet", "value", "setValue", "contains", "remove", "beginGroup",
          "debug", "info", "warning", "error", "exception", "critical_log", "getLogger", "Path", "open",
          "setProperty", "property", "findChild", "findChildren", "startswith", "endswith", "split", "join",
          "replace", "strip", "rstrip", "lstrip", "strftime", "strptime", "fromisoformat", "toString",
          "fromString", "setDisplayFormat", "QDate", "QDateTime", "QColor", "QKeySequence", "get",
          "setdefault",
          "pop", "setData", "data", "writerow", "writerows", "RuntimeError", "ValueError", "TypeError",
          "KeyError", "AssertionError", "NotImplementedError", "setDefaultSuffix", "isinstance", "getattr",
          "hasattr", "setattr", "format_exception", "encode", "decode", "sub", "match", "search", "compile",
          "fullmatch", "findall", "setFamily", "QFont", "fromLocalFile", "QUrl", "setUrl", "re",
          "dumps", "loads", "mimeData", "hasFormat", "setMimeData", "setFormat_internal", "singleShot"}
WORD = re.compile(r"[^\W\d_]{2,}")
PROSE = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]|^\W*[A-Z][a-z]")
SKIP_MARK = "# i18n: not UI"
KEYS = re.compile(r"^((Ctrl|Shift|Alt|Meta)\+)+.*$|^F\d+$|^(Esc|Enter|Return|Del|Delete|Backspace|Tab)$")
TABLES = {"Labels", "Texts", "Pairs"}    # leadinbox.ui.language.i18n: (context, labels marked with QT_TRANSLATE_NOOP)


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path.name}:{self.line}: {self.text!r}"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def looks_like_text(value: str) -> bool:
    if KEYS.match(value):
        return False
    stripped = re.sub(r"<[^>]*>?|&\w+;|\{[^}]*\}|%[-\d.]*[sdfn]|%\d", " ", value)  # markup, entities, fields
    return bool(WORD.search(stripped)) and bool(PROSE.search(stripped.strip()))


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: Path, source: str, helpers: set[str]) -> None:
        self.path = path
        self.translating = TRANSLATING | helpers
        self.lines = source.splitlines()
        self.findings: list[Finding] = []
        self._quiet = 0

    def _visit_quietly(self, nodes) -> None:
        self._quiet += 1
        for node in nodes:
            self.visit(node)
        self._quiet -= 1

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name in self.translating or name in SILENT:
            self.visit(node.func)
            self._visit_quietly([*node.args, *(k.value for k in node.keywords)])
            return
        if name in TABLES and node.args:
            self._visit_quietly(node.args[:1])
            for child in [*node.args[1:], *(k.value for k in node.keywords)]:
                self.visit(child)
            return
        self.generic_visit(node)

    def visit_Raise(self, node: ast.Raise) -> None:
        self._visit_quietly([n for n in (node.exc, node.cause) if n is not None])

    def visit_Assert(self, node: ast.Assert) -> None:
        self._visit_quietly([node.test] + ([node.msg] if node.msg else []))

    def visit_Compare(self, node: ast.Compare) -> None:
        self._visit_quietly([node.left, *node.comparators])

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.visit(node.value)
        self._visit_quietly([node.slice])

    def visit_Dict(self, node: ast.Dict) -> None:
        self._visit_quietly([k for k in node.keys if k is not None])
        for value in node.values:
            self.visit(value)

    def _body(self, node) -> None:
        body = node.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            body = body[1:]        # the docstring
        for child in (getattr(node, "decorator_list", []) + ([node.args] if hasattr(node, "args") else [])
                      + body + getattr(node, "bases", [])):
            self.visit(child)

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = visit_Module = _body

    def visit_Constant(self, node: ast.Constant) -> None:
        if self._quiet or not isinstance(node.value, str) or not looks_like_text(node.value):
            return
        nearby = self.lines[max(node.lineno - 2, 0):node.lineno]
        if not any(SKIP_MARK in line for line in nearby):
            self.findings.append(Finding(self.path, node.lineno, node.value))


def unmarked_text(paths: list[Path]) -> list[Finding]:
    found: list[Finding] = []
    for path in paths:
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source, str(path))
        scanner = _Scanner(path, source, set(translations.helpers(tree)))
        scanner.visit(tree)
        found.extend(scanner.findings)
    return found


def marked_texts(paths: list[Path]) -> set[str]:
    """Every literal source text handed to a translation call (lupdate must find each of them)."""
    texts: set[str] = set()
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        helpers = set(translations.helpers(tree))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node.func) not in TRANSLATING | helpers:
                continue
            with_context = ("translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3")
            position = 1 if _name(node.func) in with_context else 0
            if len(node.args) > position and isinstance(node.args[position], ast.Constant):
                texts.add(node.args[position].value)
    return texts
