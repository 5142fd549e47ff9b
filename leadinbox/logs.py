"""The log file: private (0600 in a 0700 folder), rotated, and scrubbed of personal data.

LeadInbox logs customers by id only; the filter is the safety net for text it does not write itself (an
exception's message may quote a cell): email addresses, phone-like numbers and quoted text are replaced.
"""

from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from leadinbox.paths import private_dir

EMAIL = re.compile(r"[^\s@<>()\[\]{},;:\"'`]+@[^\s@<>()\[\]{},;:\"'`]+")
# Seven or more digits, possibly split by spaces, dots, dashes or brackets, optionally after a +.
PHONE = re.compile(r"(?<![\w.])\+?\(?\d(?:[\d\s().\-/]{5,}\d)(?![\w.])")
# Text in quotes: a cell value, a name (“Lefèvre”, 'Ann', "Bob"); short quoted identifiers are kept.
QUOTED = re.compile(r"“[^”]{1,500}”|‘[^’]{1,500}’|\"[^\"\n]{1,500}\"|'[^'\n]{1,500}'")
_PATHS = re.compile(r"(?:/|[A-Za-z]:\\)[^\s:'\"]+")
# Quoted dotted or snake_case identifiers ("leads.email", 'm003_trust', a kept path) are code: kept.
_KEEP_QUOTED = re.compile(r"^.(?:[a-z_][a-z0-9]*[_.][a-z0-9_.]{1,40}|\x00\d+\x00).$")


def scrub(text: str) -> str:
    """`text` without email addresses, phone numbers or quoted values. Paths are left as they are (a
    traceback needs them), and quoted identifiers such as 'leads.email' too."""
    paths: list[str] = []

    def keep_path(m: re.Match) -> str:
        paths.append(m.group(0))
        return f"\x00{len(paths) - 1}\x00"
    text = _PATHS.sub(keep_path, text)
    text = EMAIL.sub("<email>", text)
    text = QUOTED.sub(lambda m: m.group(0) if _KEEP_QUOTED.match(m.group(0)) else "<text>", text)
    text = PHONE.sub(lambda m: m.group(0) if _looks_like_a_time(m.group(0)) else "<number>", text)
    return re.sub("\x00(\\d+)\x00", lambda m: paths[int(m.group(1))], text)


def _looks_like_a_time(text: str) -> bool:
    """Dates and times ('2026-11-23 10:01:02') are not phone numbers."""
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}(?::\d{2}){0,2})?", text.strip()))


class ScrubbingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        return True


class PrivateFileHandler(RotatingFileHandler):
    """A rotating file handler whose files are created 0600 (the default follows the umask: 0644)."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)           # a log left by an older version
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def setup_logging(folder: Path, *, level: int = logging.INFO) -> logging.Handler:
    """Log LeadInbox's own messages to `folder`/leadinbox.log; returns the handler (tests remove it)."""
    private_dir(folder)
    os.chmod(folder, 0o700)
    handler = PrivateFileHandler(folder / "leadinbox.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubbingFilter())
    logger = logging.getLogger("leadinbox")
    logger.addHandler(handler)
    logger.setLevel(level)
    return handler
