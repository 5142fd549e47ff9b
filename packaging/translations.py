"""`make translations`: update resources/translations/*.ts from the UI code (and the core's messages, which
the UI shows translated), then build the .qm files into leadinbox/assets/translations/ (package data).
`--check` only reports whether the .ts files are current.

The messages are found here (self.tr, Class.tr, translate, QT_TRANSLATE_NOOP, and module helpers such as
`def _tr(text): return QCoreApplication.translate("Context", text)`, also inside f-strings), each with the
context Qt looks it up under at run time; pyside6-lupdate then merges them into the .ts files.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The UI, and the core: it marks its messages (refused files, rejected rows) with a Qt-free
# QT_TRANSLATE_NOOP in context "CoreMessages" (leadinbox/core/messages.py); the window translates them.
# The lead sources (leadinbox/sources) word why a source cannot be read the same way, and the store why it
# refuses a change (leadinbox/store/refusal.py).
SOURCES = (ROOT / "leadinbox" / "ui", ROOT / "leadinbox" / "core", ROOT / "leadinbox" / "sources",
           ROOT / "leadinbox" / "store")
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "leadinbox" / "assets" / "translations"
LANGUAGES = ("en", "nl", "zh_TW")    # leadinbox.ui.language.i18n.LANGUAGES; English holds only the plural forms


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this Python (a venv), else on PATH."""
    local = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(local) if local.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (pip install -e .)")
    return found


def helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level functions `def f(text): return QCoreApplication.translate("Ctx", text)` -> {f: Ctx}."""
    found = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and len(node.body) == 1
                and isinstance(node.body[0], ast.Return)):
            continue
        call = node.body[0].value
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate" and len(call.args) == 2 and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[1], ast.Name) and node.args.args
                and call.args[1].id == node.args.args[0].arg):
            found[node.name] = call.args[0].value
    return found


@dataclass(frozen=True)
class Message:
    context: str
    text: str
    comment: str = ""
    plural: bool = False


def _literal(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Extractor(ast.NodeVisitor):
    """Every translation call of a module with the context Qt will look it up under at run time."""

    def __init__(self, helpers: dict[str, str]) -> None:
        self.helpers = helpers
        self.classes: list[str] = []
        self.messages: list[Message] = []
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func, args = node.func, node.args
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        context, text_at = None, 0
        if name in self.helpers and isinstance(func, ast.Name):
            context = self.helpers[name]
        elif name == "tr" and isinstance(func, ast.Attribute):
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls") and self.classes:
                context = self.classes[-1]
            elif isinstance(owner, ast.Name) and owner.id[:1].isupper():
                context = owner.id
        elif name in ("translate", "QT_TRANSLATE_NOOP"):
            context, text_at = (_literal(args[0]) if args else None), 1
        elif name == "QT_TR_NOOP" and self.classes:
            context = self.classes[-1]
        elif name != "tr":
            return
        text = _literal(args[text_at]) if len(args) > text_at else None
        if text is None:
            return          # a variable: its text is marked where it is defined (QT_TRANSLATE_NOOP)
        if context is None:
            self.problems.append(f"line {node.lineno}: cannot tell the context of {name}({text!r})")
            return
        comment = _literal(args[text_at + 1]) if len(args) > text_at + 1 else ""
        plural = len(args) > text_at + 2
        if plural and name == "tr" and context.endswith("Mixin"):
            # PySide's self.tr tries the object's classes in turn only while the text comes back unchanged; a
            # count always changes it (%n filled in), so the subclass's context is the only one looked at.
            self.problems.append(f"line {node.lineno}: self.tr({text!r}) with a count in a mixin is never "
                                 f"translated: use QCoreApplication.translate({context!r}, ...)")
            return
        self.messages.append(Message(context, text, comment or "", plural))


def messages(source: str) -> tuple[list[Message], list[str]]:
    """(messages, problems) of one module."""
    tree = ast.parse(source)
    extractor = _Extractor(helpers(tree))
    extractor.visit(tree)
    return extractor.messages, extractor.problems


def explicit_calls(found: list[Message]) -> str:
    """The messages as plain translate() calls: lupdate reads these (it does not look inside f-strings or
    through helpers, and would file a helper's text under the wrong context)."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for m in found:
        extra = f", {m.comment!r}, 1" if m.plural else (f", {m.comment!r}" if m.comment else "")
        lines.append(f"QCoreApplication.translate({m.context!r}, {m.text!r}{extra})")
    return "\n".join(lines) + "\n"


def source_files(sources: tuple[Path, ...] = SOURCES) -> list[Path]:
    """The modules whose messages go into the catalogue."""
    return [path for folder in sources for path in sorted(folder.rglob("*.py"))]


def lupdate(ts_files: list[Path], sources: tuple[Path, ...] = SOURCES, *, plural_only: bool = False) -> str:
    """Update `ts_files` from the sources (no line numbers, no obsolete entries: small, stable diffs)."""
    with tempfile.TemporaryDirectory() as tmp:
        copies, problems = [], []
        for path in source_files(sources):
            found, trouble = messages(path.read_text(encoding="utf-8"))
            problems += [f"{path.name}: {p}" for p in trouble]
            copy = Path(tmp) / path.relative_to(ROOT)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(explicit_calls(found), encoding="utf-8")
            copies.append(str(copy))
        if problems:
            raise SystemExit("\n".join(problems))
        proc = subprocess.run([tool("lupdate"), *copies, "-no-obsolete", "-locations", "none",
                               *(["-pluralonly"] if plural_only else []), "-ts", *map(str, ts_files)],
                              capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(proc.stdout + proc.stderr)
    return proc.stdout


def english_plurals(ts: Path) -> int:
    """Fill the English file's plural forms from the source: '%n lead(s)' -> '%n lead' / '%n leads'."""
    import xml.etree.ElementTree as ET
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source")
        for form in list(translation):
            translation.remove(form)
        for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
        filled += 1
    if filled:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        ts.write_text(header + body + "\n", encoding="utf-8")
        lupdate([ts], plural_only=True)     # back into lupdate's own layout: --check compares like with like
    return filled


def update(folder: Path = TS_DIR) -> None:
    """lupdate every .ts in `folder` (English: plural forms only, filled in)."""
    folder.mkdir(parents=True, exist_ok=True)
    lupdate([ts_path(language, folder) for language in LANGUAGES if language != "en"])
    lupdate([ts_path("en", folder)], plural_only=True)
    english_plurals(ts_path("en", folder))


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(proc.stdout + proc.stderr)


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"leadinbox_{language}.ts"


def qm_path(language: str, folder: Path = QM_DIR) -> Path:
    return folder / f"leadinbox_{language}.qm"


def unfinished(ts: Path) -> int:
    """Messages without a finished translation."""
    import xml.etree.ElementTree as ET
    return sum(1 for t in ET.parse(ts).getroot().iter("translation") if t.get("type") == "unfinished")


def stale_files() -> list[str]:
    """The .ts and .qm files that `make translations` would change."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            shutil.copy(ts_path(language), ts_path(language, Path(tmp)))
        update(Path(tmp))
        for language in LANGUAGES:
            fresh = ts_path(language, Path(tmp))
            if fresh.read_bytes() != ts_path(language).read_bytes():
                stale.append(ts_path(language).name)
            lrelease(ts_path(language), qm_path(language, Path(tmp)))
            built, shipped = qm_path(language, Path(tmp)), qm_path(language)
            if not shipped.exists() or built.read_bytes() != shipped.read_bytes():
                stale.append(shipped.name)
    return stale


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = stale_files()
        print("out of date: " + ", ".join(stale) if stale else "translations are up to date")
        return 1 if stale else 0
    update()
    for language in LANGUAGES:
        lrelease(ts_path(language), qm_path(language))
        target = qm_path(language).relative_to(ROOT)
        print(f"{language}: {unfinished(ts_path(language))} unfinished -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
