"""Reading and normalising a big CSV file in a second process while the import writes what it has read."""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from leadinbox.core.errors import FileRefused, RowProblem
from leadinbox.core.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from leadinbox.core.headers import HeaderMatch
    from leadinbox.core.leadfile import LeadFile

# A CSV file of at least this size is read in a second process. Starting it costs about 0.2 s (a new
# interpreter loading the readers) and sending the records about 3 us each; the import writes about 12 us a
# record while the other process reads, where it would otherwise wait. Worth it from about 25k rows (~500
# bytes a row). Not a workbook nor a JSON file: their readers read the whole file when it is opened
# (python-calamine the sheet, json the text), so a second process would read it again and hold a second copy
# (236 MB for a 100k-row workbook), and was slower.
MIN_BYTES = 12 * 1024**2
KINDS = frozenset({"csv", "tsv"})
log = logging.getLogger("leadinbox.read_ahead")
# Records sent at a time. The pipe holds about one batch: the reader works at most one batch ahead of the
# writer, so memory does not grow with the file.
BATCH = 1000


class ReaderStopped(Exception):
    """The reading process ended without finishing the file (killed, out of memory)."""


def worth_it(lead_file: LeadFile) -> bool:
    """Read this file in a second process? Only a CSV file on disk (a pulled table has its rows in memory)
    big enough to pay for the process, on a machine with a second core."""
    return (lead_file.origin is None and lead_file.table.kind in KINDS and lead_file.size >= MIN_BYTES
            and (os.cpu_count() or 1) > 1)


def record_values(lead_file: LeadFile) -> Iterator[tuple[tuple, Sequence[object]] | RowProblem]:
    """What lead_file.record_values() yields, read and normalised in a second process (the raw row of a
    record's cells is made here: this process waits for the reader, and sending the cells costs the reader
    less than making the JSON). Keeps lead_file.rows_read, its warnings and where in the file the reader is
    (for fraction_read) as the records arrive. Raises the FileRefused the reader raised. A reader that cannot
    be started, or ends before its first batch, leaves the file to be read here; one that ends later raises
    ReaderStopped. Closing the iterator (a cancelled or failed import) stops the process."""
    try:
        process = subprocess.Popen(_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_environment(),
                                   creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except OSError as exc:
        log.warning("could not start a process to read %s (%s): reading it here", lead_file.path.name, exc)
        yield from lead_file.record_values()
        return
    position = lead_file.table.position
    read = [0]
    lead_file.table.position = lambda: read[0]
    received = here = False
    try:
        try:
            with process.stdin:
                pickle.dump((lead_file.path, lead_file.size, list(lead_file.table.headers), lead_file.match,
                             lead_file.layout, BATCH), process.stdin)
        except OSError:          # gone already: said below, by the end of its output
            pass
        while True:
            try:
                message = pickle.load(process.stdout)
            except EOFError:
                if not received:
                    here = True
                    break        # nothing came: read here instead (after the process is waited for)
                raise ReaderStopped(f"the process reading {lead_file.path.name} stopped before the end of the "
                                    f"file (exit code {process.wait()})") from None
            received = True
            kind = message[0]
            if kind == "rows":
                _, items, rows_read, where, warnings = message
                lead_file.warnings.extend(warnings)
                read[0] = where
                for item in items:
                    lead_file.rows_read += 1
                    yield item
                lead_file.rows_read = rows_read
            elif kind == "done":
                lead_file.warnings.extend(message[1])
                lead_file.rows_read = message[2]
                return
            elif kind == "refused":
                raise message[1]
            else:
                raise RuntimeError(f"reading {lead_file.path.name} failed:\n{message[1]}")
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        process.stdout.close()
        if not here and lead_file.table.close is not None:
            lead_file.table.close()   # the file as this process opened it, never read past its header
    log.warning("the process to read %s ended at once (exit code %s): reading it here", lead_file.path.name,
                process.returncode)
    lead_file.table.position = position
    yield from lead_file.record_values()


FLAG = "--read-ahead"


def _command() -> list[str]:
    """The second process: the app itself when it is a bundle (its entry point knows FLAG), else this
    Python running the package (leadinbox/__main__.py)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG]
    return [sys.executable, "-m", "leadinbox", FLAG]


def _environment() -> dict[str, str]:
    """This environment, with the folder this package was loaded from first on the path: the second process
    reads with the same code (a source tree, a test's copy)."""
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join([root, *filter(None, [env.get("PYTHONPATH")])])
    return env


def serve() -> None:
    """The second process's work: the file named on stdin opened again, its rows normalised and sent on
    stdout in batches, then "done"; or what went wrong. Nothing else is written to stdout."""
    out = sys.stdout.buffer
    sys.stdout = sys.stderr          # a stray print() must not corrupt the stream

    def put(message: tuple) -> None:
        pickle.dump(message, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()
    try:
        path, size, headers, match, layout, batch = pickle.load(sys.stdin.buffer)
        from leadinbox.core.leadfile import LeadFile, read_table
        table = read_table(path, size)
        if list(table.headers) != headers:
            raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the file changed while it was being read"))
        lead_file = LeadFile(path, table, match, layout, size)
        position = table.position or (lambda: 0)
        items: list = []
        sent = 0
        for item in lead_file.record_values():
            items.append(item)
            if len(items) >= batch:
                try:
                    where = position()
                except (ValueError, OSError):     # the reader closed the file: it read it all
                    where = size
                put(("rows", items, lead_file.rows_read, where, lead_file.warnings[sent:]))
                sent = len(lead_file.warnings)
                items = []
        if items:
            put(("rows", items, lead_file.rows_read, size, lead_file.warnings[sent:]))
            sent = len(lead_file.warnings)
        put(("done", lead_file.warnings[sent:], lead_file.rows_read))
    except BrokenPipeError:
        return                       # the import stopped reading (cancelled, failed): nothing to say
    except FileRefused as exc:
        put(("refused", exc))
    except BaseException:       # noqa: BLE001  anything else: said in the importing process, as it was
        put(("failed", traceback.format_exc()))
