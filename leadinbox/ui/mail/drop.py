"""What a drop holds: files (lead files or saved messages, told apart by content) or, from classic Outlook,
messages that are no files (FileGroupDescriptorW names and FileContents bytes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMimeData

from leadinbox.core.mail.outlook_drag import descriptor_names
from leadinbox.core.mail.reading import mail_kind

# How Qt on Windows names clipboard formats it has no MIME type for.
OUTLOOK_NAMES = 'application/x-qt-windows-mime;value="FileGroupDescriptorW"'
OUTLOOK_CONTENTS = 'application/x-qt-windows-mime;value="FileContents"'


@dataclass
class Drop:
    lead_files: list[Path] = field(default_factory=list)      # imported as before (folders too)
    mail_files: list[Path] = field(default_factory=list)
    dragged: list[tuple[str, bytes]] = field(default_factory=list)   # (name, .msg bytes) from Outlook
    dragged_count: int = 0          # how many Outlook said it dragged


def is_outlook_drag(mime: QMimeData) -> bool:
    formats = set(mime.formats())
    return OUTLOOK_NAMES in formats and OUTLOOK_CONTENTS in formats


def accepts(mime: QMimeData) -> bool:
    urls = mime.urls()
    return bool(urls) and all(u.isLocalFile() for u in urls) or is_outlook_drag(mime)


def split(mime: QMimeData) -> Drop:
    """Sort a drop. A file is a message when its bytes say so (`.eml` headers, Outlook's OLE2 streams),
    whatever its name; everything else goes to the importer, which says what it cannot read."""
    drop = Drop()
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        (drop.mail_files if path.is_file() and mail_kind(path) else drop.lead_files).append(path)
    if not drop.lead_files and not drop.mail_files and is_outlook_drag(mime):
        names = descriptor_names(bytes(mime.data(OUTLOOK_NAMES).data()))
        contents = bytes(mime.data(OUTLOOK_CONTENTS).data())
        drop.dragged_count = len(names)
        if contents:
            # Qt hands over the first item's contents only (it asks for index 0 of FileContents).
            drop.dragged.append((names[0] if names else "message.msg", contents))
    return drop
