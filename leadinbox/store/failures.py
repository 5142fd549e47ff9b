"""What a failed write means for the user: disk full, read-only folder, busy, damaged. Every one of these
happens inside a transaction, so the message can say that nothing was half-written."""

from __future__ import annotations

import errno
import sqlite3

DISK_FULL = ("The disk is full: nothing was changed (the last transaction was rolled back). "
             "Free some space and try again.")
READ_ONLY = ("LeadInbox cannot write to its data folder ({where}): it is read-only or not yours. Nothing was "
             "changed. Fix the folder's permissions, or start LeadInbox with --db pointing to a writable place.")
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


def explain(exc: BaseException, where: str = "") -> str | None:
    """A message for an expected failure of the disk or the database file; None for anything else (a bug,
    which the exception hook reports)."""
    text = str(exc)
    if _is_disk_full(exc):
        return DISK_FULL
    if isinstance(exc, PermissionError) or (isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES)):
        return READ_ONLY.format(where=where or getattr(exc, "filename", "") or "?")
    if isinstance(exc, sqlite3.OperationalError):
        if "readonly" in text or "read-only" in text or "unable to open database file" in text:
            return READ_ONLY.format(where=where or "?")
        if "locked" in text or "busy" in text:
            return BUSY
        if "disk I/O error" in text:
            return WRITE_FAILED.format(detail=text)
    if isinstance(exc, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text
                                                   or "corrupt" in text):
        return DAMAGED.format(detail=text)
    return None
