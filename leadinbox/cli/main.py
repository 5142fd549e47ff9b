"""The command line: `leadinbox` opens the window; subcommands import, list, undo and count."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sqlite3
import sys
from pathlib import Path

from leadinbox import __version__
from leadinbox.core.english import count
from leadinbox.core.fields import FIELDS
from leadinbox.paths import default_db_path


class _Everything(Exception):
    """The parser of `import` alone met something wrong: the parser of every command says it."""


class _ImportOnly(argparse.ArgumentParser):
    """The parser of `import` alone. A mistake is said by the parser of every command, as it always was (its
    usage names them all): while parsing, by parsing again with it; afterwards (a wrong --map), by it."""
    parsed = False

    def error(self, message: str):
        if not self.parsed:
            raise _Everything(message)
        _parser().error(message)


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser; for `import` only its own (the others and their modules: 5 ms of a 1k-row
    import from the command line, whose goal is 0.2 s)."""
    db_help = "database file (default: $LEADINBOX_DB, else leadinbox.sqlite in your data folder)"
    top = argparse.ArgumentParser(add_help=False)
    top.add_argument("--db", type=Path, help=db_help, default=None)
    # The same option after a command; SUPPRESS keeps an absent one from overwriting `leadinbox --db X cmd`.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, help=db_help, default=argparse.SUPPRESS)
    kind = _ImportOnly if command == "import" else argparse.ArgumentParser
    parser = kind(prog="leadinbox", parents=[top],
                  description="LeadInbox: marketplace leads, imported and followed up.")
    parser.add_argument("--version", action="version", version=f"LeadInbox {__version__}")
    sub = parser.add_subparsers(dest="command")
    imp = sub.add_parser("import", parents=[common], help="import lead files (CSV, TSV, XLSX, JSON)")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                     help=f"place a column on a field ({', '.join(FIELDS)}; empty to ignore it)")
    imp.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    imp.add_argument("--json", action="store_true", help="print the result as JSON")
    if command == "import":
        return parser
    from leadinbox.cli import (customer, customers, due, export, mail, mailbox, open as open_command, safety,
                               sources, team)
    lst = sub.add_parser("imports", parents=[common], help="list imports (batches)")
    lst.add_argument("--json", action="store_true")
    undo = sub.add_parser("undo-import", parents=[common], help="undo one import")
    undo.add_argument("batch", type=int, metavar="BATCH")
    undo.add_argument("--force", action="store_true", help="also when its leads were worked on")
    stats = sub.add_parser("stats", parents=[common], help="print the totals of the database")
    stats.add_argument("--json", action="store_true")
    due.add_parsers(sub, common)
    customers.add_parsers(sub, common)
    open_command.add_parsers(sub, common)
    export.add_parsers(sub, common)
    safety.add_parsers(sub, common)
    sources.add_parsers(sub, common)
    team.add_parsers(sub, common)
    customer.add_parsers(sub, common)
    mail.add_parsers(sub, common)
    mailbox.add_parsers(sub, common)
    return parser


def _mapping(pairs: list[str], parser: argparse.ArgumentParser) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        column, sep, name = pair.rpartition("=")
        if not sep or not column:
            parser.error(f"--map takes COLUMN=FIELD, not {pair!r}")
        if name and name not in FIELDS:
            parser.error(f"unknown field {name!r}; fields are: {', '.join(FIELDS)}")
        mapping[column] = name
    return mapping


# The commands that start a database where there is none: importing a file, and connecting a lead source.
_CREATES = ("import", "connect")


def _missing_database(db_path: Path, command: str) -> int | None:
    """The database file is not there. Only `import` makes one (that is how a database starts); any other
    command says so and fails, so a mistyped --db is never answered with a new, empty database. Backups of
    this file beside the path mean it was moved or deleted: said, with the way back. The databases in one
    folder share its backups folder, so another database's backups are never offered. Returns the exit
    status, or None to go on."""
    from leadinbox.store.safety.backups import folder_for, inspect, list_backups
    folder = folder_for(db_path)
    infos = [inspect(b) for b in list_backups(folder)]
    mine = [i for i in infos if i.of(db_path)]
    unknown = [i for i in infos if i.of(db_path) is None]
    again = f"--db {shlex.quote(str(db_path))}"
    if mine:
        print(f"leadinbox: note: the database file {db_path} does not exist, but {folder} holds "
              f"{count(len(mine), 'backup')} of it, the newest from {mine[0].backup.taken_at:%Y-%m-%d %H:%M} UTC. "
              f"If it was moved, put it back (or use --db); otherwise `leadinbox restore --newest {again}` brings "
              "the newest backup back.", file=sys.stderr)
    elif unknown:
        # Copies from before they recorded their database: they may be another database's in this folder.
        print(f"leadinbox: note: the database file {db_path} does not exist. {folder} holds "
              f"{count(len(unknown), 'backup')} that may be of it or of another database in that folder; "
              f"`leadinbox restore {again}` lists them with their counts, if it was moved or deleted.",
              file=sys.stderr)
    if command in _CREATES:
        if mine or unknown:
            print("leadinbox: note: importing into a new, empty database.", file=sys.stderr)
        return None
    if not (mine or unknown):
        print(f"leadinbox: there is no database at {db_path}: nothing has been imported there yet "
              "(`leadinbox import FILE` creates it).", file=sys.stderr)
    return 1


def _command(argv: list[str]) -> str | None:
    """The command `argv` names when nothing but --db comes before it; None when that is not certain."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif not word.startswith("--db="):
            return None if word.startswith("-") else word
    return None


def main(argv: list[str] | None = None) -> int:
    where: list[Path] = []      # the database the command works on, once known: a failure names it
    try:
        return _main(argv, where)
    except BrokenPipeError:      # `leadinbox due | head`: the reader has gone, which is not an error
        sys.stdout = open(os.devnull, "w")
        return 0
    except (sqlite3.Error, OSError) as exc:   # disk full, read-only folder, busy, damaged: said plainly
        from leadinbox.store.failures import explain
        database = where[0] if where else None
        message = explain(exc, str(database.parent) if database else "", database=database)
        if message is None:
            raise
        print(f"leadinbox: {message}", file=sys.stderr)
        return 1


def _main(argv: list[str] | None, where: list[Path]) -> int:
    parser = _parser(_command(sys.argv[1:] if argv is None else argv))
    try:
        args = parser.parse_args(argv)
        parser.parsed = True
    except _Everything:
        parser = _parser()
        args = parser.parse_args(argv)
    if args.command in (None, "open"):
        from leadinbox.cli import open as open_command
        return open_command.run_open(args, args.db or default_db_path())
    db_path = Path(args.db or default_db_path())
    where.append(db_path)
    created = not db_path.exists()       # only `import` (and `connect`) go on to create it
    if args.command != "restore" and created:
        if (status := _missing_database(db_path, args.command)) is not None:
            return status
    from leadinbox.cli import safety
    if args.command == "restore":        # replaces the file: takes the database for itself (cli/restore.py)
        return safety.run(args, db_path)
    from leadinbox.store.lock import DatabaseInUse
    # Held while this command has the database open: nothing removes or replaces the file under it (another
    # command's refused first import, a restore), as nothing does under the window.
    in_use = DatabaseInUse(db_path).share()
    try:
        return _open_and_run(args, parser, db_path)
    finally:
        if created and args.command in _CREATES:
            from leadinbox.store.unused_file import remove_if_unused
            remove_if_unused(db_path, in_use)   # nothing went in (refused, a dry run): no empty database left
        in_use.release()


def _open_and_run(args, parser, db_path: Path) -> int:
    from leadinbox.cli import safety
    if args.command in safety.COMMANDS:
        return safety.run(args, db_path)
    from leadinbox.store.db import NotALeadInboxDatabase, StoreError, open_database
    try:
        db = open_database(db_path)
    except StoreError as exc:
        print(f"leadinbox: {exc}", file=sys.stderr)
        if isinstance(exc, NotALeadInboxDatabase):
            print("If it is LeadInbox's and damaged, `leadinbox restore` lists the backups to restore.",
                  file=sys.stderr)
        return 1
    try:
        return _run(db, args, parser)
    finally:
        db.close()   # the last connection to close folds the log in and removes the -wal file


def _run(db, args, parser) -> int:
    if args.command == "import":
        mapping = _mapping(args.map, parser)
        _check_mapped_columns(mapping, args.files, parser)
        return _import(db, args, mapping)
    if args.command == "imports":
        return _imports(db, args)
    if args.command == "undo-import":
        return _undo(db, args)
    from leadinbox.cli import customer, customers, due, export, mail, mailbox, sources, team
    if args.command == "due":
        return due.run_due(db, args)
    if args.command == "export":
        return export.run_export(db, args)
    if args.command in sources.COMMANDS:
        return sources.run(db, args)
    if args.command in team.COMMANDS:
        return team.run(db, args, Path(args.db or default_db_path()))
    if args.command in customer.COMMANDS:
        return customer.run(db, args)
    if args.command == "log-mail":
        return mail.run_log_mail(db, args)
    if args.command in mailbox.COMMANDS:
        return mailbox.run(db, args)
    if args.command == "customers":
        return customers.run_customers(db, args)
    return _stats(db, args)


def _import(db, args, mapping: dict[str, str]) -> int:
    """Every file in one transaction, through the store's entry point the window uses too."""
    from leadinbox.store import search_pending
    from leadinbox.store.importing.entry import import_files
    results = import_files(db, args.files, mapping=mapping or None, dry_run=args.dry_run, search_later=True).results
    # The leads are committed (a window open on the database shows them); the command ends once a search finds
    # them too. If that step fails or is interrupted the leads stay: it is said, and the report still printed.
    unsearchable = None
    try:
        search_pending.finish(db)
    except KeyboardInterrupt:
        unsearchable = "interrupted"
    except (sqlite3.Error, OSError) as exc:      # (failures.explain's words say nothing changed: not so here)
        unsearchable = str(exc)
    if unsearchable:
        print(f"The leads are imported, but not yet searchable ({unsearchable}): the next import, or the "
              "window when it opens, makes them searchable.", file=sys.stderr)
    if args.json:
        out = {"files": [r.as_dict() for r in results]}
        if args.dry_run:
            out["dry_run"] = True
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for r in results:
            _print_result(r, args.dry_run)
    return 1 if any(r.status == "refused" for r in results) else 0


def _check_mapped_columns(mapping: dict[str, str], files: list[Path], parser: argparse.ArgumentParser) -> None:
    """A --map column that none of the files has is a typo: say so instead of importing without it."""
    if not mapping:
        return
    from leadinbox.store.importing.entry import missing_columns
    if missing := missing_columns(mapping, files):
        parser.error(f"--map names a column no file has: {', '.join(missing)}")


def _print_result(r, dry_run: bool) -> None:
    verb = "would add" if dry_run else "added"
    if r.status == "refused":
        print(f"{r.file}: refused: {r.error}")
        return
    from leadinbox.core.headers import layout_name
    print(f"{r.file}: {r.status} ({layout_name(r.layout)}): {count(r.rows, 'row')} read; {verb} "
          f"{count(r.new_leads, 'new lead')}, {count(r.new_customers, 'new customer')}; "
          f"{r.known_leads:,} already known"
          + (f" ({r.updated_leads:,} of them filled in from this file)" if r.updated_leads else "")
          + f"; {count(len(r.skipped_rows), 'row')} skipped"
          + (f"; {count(len(r.warnings), 'warning')}" if r.warnings else "")
          + (f"; {count(r.suppressed_rows, 'row')} of erased people suppressed" if r.suppressed_rows else ""))
    for title, problems in (("skipped", r.skipped_rows), ("warning", r.warnings)):
        for p in problems[:50]:
            where = f"row {p.row}" + (f", column “{p.column}”" if p.column else "")
            print(f"  {title}: {where}: {p.reason}")
        if len(problems) > 50:
            print(f"  … and {len(problems) - 50} more (use --json for all)")


def _imports(db, args) -> int:
    from leadinbox.store.batches import list_batches
    batches = list_batches(db)
    if args.json:
        print(json.dumps(batches, ensure_ascii=False, indent=2))
        return 0
    if not batches:
        print("No imports yet.")
    for b in batches:
        state = f"undone {b['undone_at']}" if b["undone_at"] else "active"
        print(f"{b['id']:>5}  {b['imported_at']}  {b['file_name']}  {b['new_leads']} new leads, "
              f"{b['new_customers']} new customers, {b['known_leads']} known  [{state}]")
    return 0


def _undo(db, args) -> int:
    from leadinbox.store.batches import UndoRefused, undo_with_backup
    try:
        done = undo_with_backup(db, Path(args.db or default_db_path()), args.batch, force=args.force)
    except UndoRefused as exc:
        print(f"leadinbox: {exc}", file=sys.stderr)
        return 1
    print(f"Undid import {done['batch']} ({done['file']}): removed {count(done['removed_leads'], 'lead')} and "
          f"{count(done['removed_customers'], 'customer')}.")
    print(f"The database as it was is kept in {done['backup']} (`leadinbox restore` brings it back).")
    return 0


def _stats(db, args) -> int:
    from leadinbox.store.stats import totals
    t = totals(db)
    if args.json:
        print(json.dumps(t, ensure_ascii=False, indent=2))
    else:
        print(f"{count(t['customers'], 'customer')}, {count(t['leads'], 'lead')} ({t['dnc_leads']} do-not-contact, "
              f"{t['test_leads']} test) from {count(t['imports'], 'import')}")
        from leadinbox.core.leadsource import ACTION_NAMES
        names = {code: f"{ACTION_NAMES.get(code, code)} ({code})" if code in ACTION_NAMES else code
                 for code in t["by_action"]}
        width = max((len(name) for name in names.values()), default=0) + 2
        for action, n in t["by_action"].items():
            print(f"  {names[action]:<{width}}{n:>6}")
    return 0
