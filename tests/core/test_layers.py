"""The house plan, checked (docs/architecture.md): layers in one direction only (ui -> store -> core; the
network packages sources/ and team/ beside the store), the core and the network packages without Qt or
SQL, the store without Qt, the window's code without SQL, transactions or connection calls, and small
modules."""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "leadinbox"

CHECK = """
import importlib, pkgutil, sys
import leadinbox.{pkg} as pkg
for mod in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    importlib.import_module(mod.name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in {forbidden})
print(",".join(bad))
"""
QT = {"PySide6", "shiboken6"}
SQL = {"sqlite3", "sqlite_utils", "_sqlite3"}


@pytest.mark.parametrize("pkg, forbidden", [
    ("core", QT | SQL),
    ("store", QT),
    # The network packages: no Qt, no SQL (store, cli and ui call them).
    ("team", QT | SQL),
    ("sources", QT | SQL),
])
def test_layer_imports_nothing_above_it(pkg, forbidden):
    out = subprocess.run([sys.executable, "-c", CHECK.format(pkg=pkg, forbidden=forbidden)],
                         capture_output=True, text=True, check=True).stdout.strip()
    assert out == "", f"leadinbox.{pkg} pulled in {out}"


def _modules(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _leadinbox_imports(tree: ast.AST):
    """(line, the leadinbox package imported), also for imports inside functions (made when first used)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            parts = node.module.split(".")
            if parts[0] == "leadinbox":
                names = [parts[1]] if len(parts) > 1 else [alias.name for alias in node.names]
                yield from ((node.lineno, name) for name in names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "leadinbox" and len(parts) > 1:
                    yield node.lineno, parts[1]


# What each package must not import, even inside a function: the layers go one way.
ABOVE = {"core": {"store", "ui", "cli", "sources", "team"},
         "sources": {"store", "ui", "cli", "team"},
         "team": {"store", "ui", "cli"},
         "store": {"ui", "cli"},
         "ui": {"cli"}}


@pytest.mark.parametrize("pkg", sorted(ABOVE))
def test_no_import_goes_up_a_layer(pkg):
    wrong = [f"{path.relative_to(PACKAGE)}:{line} imports leadinbox.{name}"
             for path, tree in _modules(PACKAGE / pkg)
             for line, name in _leadinbox_imports(tree) if name in ABOVE[pkg]]
    assert not wrong, "\n".join(wrong)


SQL_TEXT = re.compile(r"\b(SELECT\b.*\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                      r"CREATE\s+(TABLE|INDEX|TRIGGER|VIEW)|DROP\s+(TABLE|INDEX)|PRAGMA\s+\w+|"
                      r"BEGIN\s+(IMMEDIATE|EXCLUSIVE|TRANSACTION))", re.S)
# sqlite3.Connection and sqlite_utils.Database methods that run SQL, hold a transaction or reach the
# connection; the UI asks the store (store/*) instead. (`query` is left out: filters have a query too.)
CONNECTION_CALLS = {"execute", "executemany", "executescript", "atomic", "commit", "rollback", "interrupt",
                    "set_progress_handler", "set_authorizer", "create_function", "cursor", "enable_wal"}
# The store's own functions of the same name are the way the UI asks for them (store/cancel.py: interrupt).
STORE_MODULES_CALLED = {"sqlite_cancel"}
UI_CONNECTION_EXCEPTIONS: set[str] = set()      # none: keep it so


def _ui_database_work(path: Path, tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.search(node.value):
            yield node.lineno, f"SQL text {node.value[:40]!r}"
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in CONNECTION_CALLS \
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id in STORE_MODULES_CALLED):
            yield node.lineno, f"{ast.unparse(node.func)}()"
        elif isinstance(node, ast.Attribute) and node.attr == "conn":
            yield node.lineno, ast.unparse(node)


def test_the_ui_runs_no_sql_holds_no_transaction_and_calls_no_connection():
    ui = PACKAGE / "ui"
    wrong = [f"{path.relative_to(PACKAGE)}:{line}: {what}"
             for path, tree in _modules(ui) if path.relative_to(ui).as_posix() not in UI_CONNECTION_EXCEPTIONS
             for line, what in _ui_database_work(path, tree)]
    assert not wrong, "\n".join(wrong)


def test_the_checks_see_what_they_look_for():
    """The UI check is no check if it cannot see a transaction or a query."""
    tree = ast.parse("with db.atomic():\n    db.execute('SELECT id FROM leads WHERE x')\nc = db.conn\n")
    assert sorted(what for _, what in _ui_database_work(Path("x.py"), tree)) == [
        "SQL text 'SELECT id FROM leads WHERE x'", "db.atomic()", "db.conn", "db.execute()"]
    tree = ast.parse("from leadinbox.store import inbox\nimport leadinbox.ui.window\nfrom leadinbox import cli\n")
    assert [name for _, name in _leadinbox_imports(tree)] == ["store", "ui", "cli"]


MAX_LINES = 400


def test_no_module_is_over_400_lines():
    long = {path.relative_to(PACKAGE).as_posix(): n for path in PACKAGE.rglob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, long
