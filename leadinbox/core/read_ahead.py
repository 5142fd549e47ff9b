"""Reading and normalising a big CSV file in a second process while the import writes what it has read."""

from __future__ import annotations

import json
import logging
import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import threading
import traceback
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from leadinbox.core.errors import FileRefused, RowProblem

if TYPE_CHECKING:
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
# Records sent at a time, and batches received ahead of the writer. A pipe holds 4-64 KiB, a batch about
# 1 MB: read only when the writer asked for the next batch, the pipe stopped the reader a few KiB into each
# batch until the writer was done with the one before (the reading phase of a 100k import took 3.6 s; 2.4 s
# with a thread that keeps the pipe empty). Memory does not grow with the file: AHEAD batches at most.
BATCH = 1000
AHEAD = 2


class ReaderStopped(Exception):
    """The reading process ended without finishing the file (killed, out of memory)."""


def _cores() -> int:
    """The cores this process may run on (a container's share, not the host's)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):          # not on Linux
        return os.cpu_count() or 1


def worth_it(lead_file: LeadFile) -> bool:
    """Read this file in a second process? Only a CSV file on disk (a pulled table has its rows in memory)
    big enough to pay for the process, on a machine with a second core."""
    return (lead_file.origin is None and lead_file.table.kind in KINDS and lead_file.size >= MIN_BYTES
            and _cores() > 1)


def record_values(lead_file: LeadFile) -> Iterator[tuple[tuple, Sequence[object]] | RowProblem]:
    """What lead_file.record_values() yields, read and normalised in a second process (the raw row of a
    record's cells is made here: this process waits for the reader, and sending the cells costs the reader
    less than making the JSON). Keeps lead_file.rows_read, its warnings and where in the file the reader is
    (for fraction_read) as the records arrive. Raises what the reader raised (a FileRefused, an OSError, ...)
    as it was raised there. A reader that cannot be started, cannot open the file as this process opened it
    (moved, replaced) or ends before its first batch leaves the file to be read here, from the handle this
    process has; one that ends later raises ReaderStopped. Closing the iterator (a cancelled or failed import)
    stops the process."""
    try:
        process = subprocess.Popen(_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_environment(),
                                   creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except OSError as exc:
        yield from read_here(lead_file, f"could not start a process to read it ({exc})")
        return
    position = lead_file.table.position
    read = [0]
    lead_file.table.position = lambda: read[0]
    received = finished = False
    messages: _Receiver | None = None
    here: str | None = None          # why the file is read here after all
    try:
        try:
            with process.stdin:
                pickle.dump((lead_file.path, lead_file.size, list(lead_file.table.headers), lead_file.match,
                             lead_file.layout, BATCH), process.stdin)
        except OSError:          # gone already: said below, by the end of its output
            pass
        messages = _Receiver(process.stdout)
        while True:
            try:
                message = messages.next()
            except (EOFError, pickle.UnpicklingError):     # ended, or killed halfway through a batch
                if not received:
                    here = f"the process reading it ended at once (exit code {process.wait()})"
                    break
                raise ReaderStopped(f"the process reading {lead_file.path.name} stopped before the end of the "
                                    f"file (exit code {process.wait()})") from None
            kind = message[0]
            if kind == "here" and not received:
                here = message[1]
                break
            received = True
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
                finished = True
                return
            elif kind == "raised":
                finished = True
                raise message[1]
            else:
                finished = True
                raise RuntimeError(f"reading {lead_file.path.name} failed:\n{message[1]}")
    finally:
        try:
            process.wait(timeout=10 if finished else 0)     # a reader that said its last is ending
        except subprocess.TimeoutExpired:
            process.kill()
        process.wait()
        if messages is not None:
            messages.close()
        process.stdout.close()
        if here is None and lead_file.table.close is not None:
            lead_file.table.close()   # the file as this process opened it, never read past its header
    lead_file.table.position = position
    yield from read_here(lead_file, here)


class _Receiver:
    """The reader's messages, unpickled by a thread as they come so the pipe never fills while the import
    writes: up to AHEAD of them wait here. next() gives them in order and raises what reading the pipe
    raised (EOFError at its end)."""

    _END = object()

    def __init__(self, pipe) -> None:
        self._pipe = pipe
        self._queue: queue.Queue = queue.Queue(maxsize=AHEAD)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._receive, name="read-ahead receiver", daemon=True)
        self._thread.start()

    def _receive(self) -> None:
        # Bytes only: reading a pipe lets go of the GIL, unpickling does not (done here it slowed the writer).
        while not self._stop.is_set():
            try:
                head = _read_exactly(self._pipe, _HEAD.size)
                frame = _read_exactly(self._pipe, _HEAD.unpack(head)[0])
            except BaseException as exc:     # noqa: BLE001  EOF or a cut message: next() raises it
                self._put((self._END, exc))
                return
            self._put(frame)

    def _put(self, item) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def next(self) -> tuple:
        item = self._queue.get()
        if item.__class__ is tuple:
            raise item[1]
        return pickle.loads(item)

    def close(self) -> None:
        """After the process has ended (its pipe then ends too): the thread stops."""
        self._stop.set()
        self._thread.join()


_HEAD = struct.Struct("<Q")      # each message: its length, then its pickle


def _read_exactly(pipe, size: int) -> bytes:
    data = pipe.read(size)
    if len(data) < size:
        raise EOFError("the reader's message was cut off")
    return data


def _frame(message: tuple) -> bytes:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEAD.pack(len(data)) + data


def read_here(lead_file: LeadFile, why: str) -> Iterator[tuple[tuple, Sequence[object]] | RowProblem]:
    """The file read in this process after all (from the handle it opened), and why."""
    log.warning("reading %s in the importing process: %s", lead_file.path.name, why)
    yield from lead_file.record_values()


FLAG = "--read-ahead"
# The second process's sys.path, exactly this one's: the same leadinbox and the same libraries, whatever
# folder it starts in (`python -m` would put the working folder first, where another leadinbox may be).
_PATH = "LEADINBOX_READ_AHEAD_PATH"


def _command() -> list[str]:
    """The second process: the app itself when it is a bundle (its entry point knows FLAG), else this
    Python, told not to put any folder of its own on the path (-P) and given this process's path."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG]
    return [sys.executable, "-P", "-c", f"import json, os, sys; sys.path[:] = json.loads(os.environ[{_PATH!r}]); "
            "from leadinbox.core.read_ahead import serve; serve()"]


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        # This package's folder first; '' (the working folder, which may have changed) left out.
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        env[_PATH] = json.dumps([root, *(p for p in sys.path if p and p != root)])
    return env


def serve() -> None:
    """The second process's work: the file named on stdin opened again, its rows normalised and sent on
    stdout in batches, then "done"; or what went wrong: "here" (the file cannot be opened as the import
    opened it: read it there), "raised" (the exception itself), "failed" (its traceback, when it cannot be
    sent). Nothing else is written to stdout: it is the stream, and anything else written there goes to
    stderr."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # Ctrl+C in a terminal is the importing process's to act on
    # The pipes by their descriptors: a windowed app (the bundle on Windows) may have no sys.stdin or sys.stdout.
    source = os.fdopen(os.dup(0), "rb")
    out = os.fdopen(os.dup(1), "wb")
    try:
        os.dup2(2, 1)
    except OSError:                                   # no stderr (a windowed app): nowhere else to write
        pass
    sys.stdout = sys.stderr

    def put(message: tuple) -> None:
        out.write(_frame(message))
        out.flush()
    try:
        with source:
            path, size, headers, match, layout, batch = pickle.load(source)
        from leadinbox.core.leadfile import LeadFile, read_table
        try:
            table = read_table(path, size)
        except OSError as exc:
            put(("here", f"the process reading it cannot open it ({exc})"))
            return
        if list(table.headers) != headers:
            put(("here", "the file changed since it was opened"))
            return
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
    except BaseException as exc:     # noqa: BLE001  said in the importing process, as it was raised here
        try:
            if not isinstance(exc, FileRefused):     # an expected refusal needs no traceback
                exc.add_note(f"(in the process reading the file)\n{traceback.format_exc()}")
            try:
                pickle.loads(pickle.dumps(exc))
            except Exception:        # noqa: BLE001  an exception that does not pickle: its traceback
                put(("failed", traceback.format_exc()))
            else:
                put(("raised", exc))
        except BrokenPipeError:
            return
    finally:
        try:
            out.close()
        except OSError:              # the import is gone: nothing left to say
            pass
