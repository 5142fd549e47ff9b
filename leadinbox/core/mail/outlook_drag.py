"""What classic Outlook puts on the clipboard when a message is dragged: no file, but `FileGroupDescriptorW`
(the names of the virtual files, a FILEGROUPDESCRIPTORW structure) and `FileContents` (the bytes of a .msg)."""

from __future__ import annotations

import struct

DESCRIPTOR_SIZE = 592          # FILEDESCRIPTORW: flags, clsid, sizes, times, then 260 UTF-16 characters
NAME_OFFSET = 72
MAX_ITEMS = 10_000


def descriptor_names(data: bytes) -> list[str]:
    """The file names a FILEGROUPDESCRIPTORW lists (e.g. 'Re: pricing.msg'); [] when it is not one."""
    if len(data) < 4:
        return []
    (count,) = struct.unpack_from("<I", data)
    if count > MAX_ITEMS or len(data) < 4 + count * DESCRIPTOR_SIZE:
        return []
    names = []
    for i in range(count):
        start = 4 + i * DESCRIPTOR_SIZE + NAME_OFFSET
        raw = data[start:start + 520].decode("utf-16-le", errors="replace")
        names.append(raw.split("\x00", 1)[0])
    return names


def descriptor(names: list[str]) -> bytes:
    """A FILEGROUPDESCRIPTORW as Outlook writes it (FD_PROGRESSUI | FD_WRITESTIME... flags kept simple): for
    the tests, and for anyone who needs to put such a drag together."""
    out = bytearray(struct.pack("<I", len(names)))
    for name in names:
        item = bytearray(DESCRIPTOR_SIZE)
        struct.pack_into("<I", item, 0, 0x4000 | 0x40)        # FD_UNICODE | FD_FILESIZE
        encoded = name.encode("utf-16-le")[:518]
        item[NAME_OFFSET:NAME_OFFSET + len(encoded)] = encoded
        out += item
    return bytes(out)
