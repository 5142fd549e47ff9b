"""What a failed write means for the user: disk full, read-only folder, busy, damaged. Every one of these
happens inside a transaction, so the message can say that nothing was half-written."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

DISK_FULL = ("The disk is full: nothing was changed (the last transaction was rolled back). "
             "Free some space and try again.")
READ_ONLY = ("LeadInbox cannot write to its data folder ({where}): it is read-only or not yours. Nothing was "
             "changed. Fix the folder's permissions, or start LeadInbox with --db pointing to a writable place.")
READ_ONLY_FILE = ("LeadInbox cannot write to its database ({where}): the file is read-only (its permissions, an "
                  "immutable flag, or a read-only copy). Nothing was changed. Make the file writable again, or start "
                  "LeadInbox with --db pointing to a writable copy.")
BUSY = ("The database is busy: another LeadInbox (an import from the command line, or the window) is writing "
        "to it. Nothing was changed; try again when it has finished.")
WRITE_FAILED = ("LeadInbox could not write to the disk ({detail}); it may be full or failing. Nothing was "
                "changed: the last transaction was rolled back. Free some space, or check the disk, and try again.")
DAMAGED = ("The database file is damaged: {detail}. Nothing more was written to it. Restore the newest good "
           "backup: File › Restore backup…, or `leadinbox restore`.")


def _is_disk_full(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code == sqlite3.SQLITE_FULL or "disk is full" in str(exc) or getattr(exc, "errno", None) in (
        errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def database_file(db) -> Path | None:
    """The file a connection has open (None in memory): a message names it."""
    try:
        name = next((r[2] for r in db.execute("PRAGMA database_list") if r[1] == "main"), "")
    except sqlite3.Error:
        return None
    return Path(name) if name else None


def _read_only(where: str, database: Path | str | None) -> str:
    """The folder or the file: a writable folder means the file (or the connection to it) is the read-only
    one, and blaming the folder would send the user to fix the wrong thing."""
    if database is not None:
        folder = Path(database).parent
        if os.access(folder, os.W_OK) or not folder.exists():
            return READ_ONLY_FILE.format(where=database)
        return READ_ONLY.format(where=folder)
    return READ_ONLY.format(where=where or "?")


def explain(exc: BaseException, where: str = "", *, database: Path | str | None = None) -> str | None:
    """A message for an expected failure of the disk or the database file; None for anything else (a bug,
    which the exception hook reports). With `database` (its path) a read-only file is told from a read-only
    folder."""
    text = str(exc)
    if not where and database is not None:
        where = str(Path(database).parent)     # never "its data folder (?)": the folder of the file at hand
    if _is_disk_full(exc):
        return DISK_FULL
    if isinstance(exc, PermissionError) or (isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES)):
        return READ_ONLY.format(where=where or getattr(exc, "filename", "") or "?")
    if isinstance(exc, sqlite3.OperationalError):
        if "readonly" in text or "read-only" in text or "unable to open database file" in text:
            return _read_only(where, database)
        if "locked" in text or "busy" in text:
            return BUSY
        if "disk I/O error" in text:
            return WRITE_FAILED.format(detail=text)
    if isinstance(exc, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text
                                                   or "corrupt" in text):
        return DAMAGED.format(detail=text)
    return None
