"""Builds Outlook .msg files for the tests, as Outlook stores them: an OLE2 compound file (MS-CFB, version 3)
with the message's properties in `__properties_version1.0`, string properties in `__substg1.0_XXXXYYYY`
streams and one `__recip_version1.0_#N` storage per recipient (MS-OXMSG). No program here can write a .msg,
and Outlook cannot run here: this writes the format, and the real reader (extract-msg) reads it."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import datetime, timezone

SECTOR, MINI, CUTOFF = 512, 64, 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
PT_LONG, PT_SYSTIME, PT_UNICODE = 0x0003, 0x0040, 0x001F


@dataclass
class Node:
    name: str
    data: bytes | None = None            # None: a storage
    children: list["Node"] = field(default_factory=list)
    sid: int = 0
    start: int = END


def _filetime(moment: datetime) -> int:
    return int((moment - datetime(1601, 1, 1, tzinfo=timezone.utc)).total_seconds() * 10_000_000)


def _properties(fixed: list[tuple[int, int, bytes]], strings: dict[int, str], header: bytes) -> tuple[bytes, list[Node]]:
    """The property stream (fixed values inline, strings by size) and the string streams."""
    out = bytearray(header)
    streams = []
    for prop, kind, value in fixed:
        out += struct.pack("<II", (prop << 16) | kind, 6) + value.ljust(8, b"\0")
    for prop, text in strings.items():
        data = text.encode("utf-16-le")
        out += struct.pack("<IIII", (prop << 16) | PT_UNICODE, 6, len(data) + 2, 0)
        streams.append(Node(f"__substg1.0_{prop:04X}{PT_UNICODE:04X}", data))
    return bytes(out), streams


def build_msg(*, subject: str = "", sender: tuple[str, str] | None = None, to=(), cc=(), bcc=(),
              message_id: str | None = None, sent: datetime | None = None, body: str | None = None,
              in_reply_to: str | None = None, received: bool = False, big_body: int = 0) -> bytes:
    """A .msg. `to`, `cc`, `bcc` hold (name, address) pairs; `received` marks it as read from an inbox
    (no transport headers: the message as Outlook saves a sent item or a drag from a folder)."""
    strings = {0x001A: "IPM.Note", 0x0037: subject}
    if sender:
        strings |= {0x0C1A: sender[0], 0x0C1F: sender[1], 0x5D01: sender[1], 0x0C1E: "SMTP"}
    if message_id:
        strings[0x1035] = message_id
    if in_reply_to:
        strings[0x1042] = in_reply_to
    if body is not None or big_body:
        strings[0x1000] = (body or "") + "x" * big_body
    recipients = [(1, r) for r in to] + [(2, r) for r in cc] + [(3, r) for r in bcc]
    strings[0x0E04] = "; ".join(n for _, (n, _a) in recipients if _ == 1)
    fixed = [(0x0E07, PT_LONG, struct.pack("<I", 1 if received else 0))]   # MSGFLAG_READ; not unsent (8)
    if sent:
        fixed.append((0x0039, PT_SYSTIME, struct.pack("<Q", _filetime(sent))))      # PR_CLIENT_SUBMIT_TIME
        fixed.append((0x0E06, PT_SYSTIME, struct.pack("<Q", _filetime(sent))))      # PR_MESSAGE_DELIVERY_TIME
    header = struct.pack("<8sIIII8s", b"", len(recipients), 0, len(recipients), 0, b"")
    props, streams = _properties(fixed, strings, header)
    root = Node("Root Entry", children=[Node("__properties_version1.0", props), *streams,
                                        Node("__nameid_version1.0", children=[
                                            Node("__substg1.0_00020102", b""), Node("__substg1.0_00030102", b""),
                                            Node("__substg1.0_00040102", b"")])])
    for n, (kind, (name, address)) in enumerate(recipients):
        rprops, rstreams = _properties([(0x0C15, PT_LONG, struct.pack("<I", kind))],
                                       {0x3001: name, 0x3003: address, 0x39FE: address, 0x3002: "SMTP"},
                                       b"\0" * 8)
        root.children.append(Node(f"__recip_version1.0_#{n:08X}",
                                  children=[Node("__properties_version1.0", rprops), *rstreams]))
    return write_cfb(root)


def _key(node: Node):
    return (len(node.name), node.name.upper())


def _tree(nodes: list[Node]) -> tuple[int, dict[int, tuple[int, int]]]:
    """A balanced binary search tree of siblings, in CFB order: (root sid, {sid: (left, right)})."""
    links: dict[int, tuple[int, int]] = {}

    def build(items: list[Node]) -> int:
        if not items:
            return NOSTREAM
        mid = len(items) // 2
        links[items[mid].sid] = (build(items[:mid]), build(items[mid + 1:]))
        return items[mid].sid
    return build(sorted(nodes, key=_key)), links


def write_cfb(root: Node) -> bytes:
    entries: list[Node] = []

    def number(node: Node) -> None:
        node.sid = len(entries)
        entries.append(node)
        for child in node.children:
            number(child)
    number(root)
    mini = bytearray()
    minifat: list[int] = []
    big: list[Node] = []
    for node in entries[1:]:
        if node.data is None:
            continue
        if len(node.data) >= CUTOFF:
            big.append(node)
        elif node.data:
            first = len(minifat)
            count = -(-len(node.data) // MINI)
            node.start = first
            minifat += list(range(first + 1, first + count)) + [END]
            mini += node.data.ljust(count * MINI, b"\0")
        else:
            node.start = END
    dir_sectors = -(-len(entries) * 128 // SECTOR)
    minifat_sectors = -(-len(minifat) * 4 // SECTOR)
    mini_sectors = -(-len(mini) // SECTOR)
    big_sectors = [-(-len(n.data) // SECTOR) for n in big]
    other = dir_sectors + minifat_sectors + mini_sectors + sum(big_sectors)
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < fat_sectors + other:
        fat_sectors += 1
    assert fat_sectors <= 109
    fat: list[int] = [FATSECT] * fat_sectors

    def chain(count: int) -> int:
        if count == 0:
            return END
        first = len(fat)
        fat.extend(list(range(first + 1, first + count)) + [END])
        return first
    dir_start = chain(dir_sectors)
    minifat_start = chain(minifat_sectors)
    root.start = chain(mini_sectors)
    for node, count in zip(big, big_sectors):
        node.start = chain(count)
    fat += [FREE] * (fat_sectors * (SECTOR // 4) - len(fat))
    links: dict[int, tuple[int, int]] = {}
    child_of: dict[int, int] = {}
    for node in entries:
        if node.children:
            top, more = _tree(node.children)
            child_of[node.sid] = top
            links |= more
    directory = bytearray()
    for node in entries:
        name = node.name.encode("utf-16-le") + b"\0\0"
        kind = 5 if node is root else (1 if node.data is None else 2)
        left, right = links.get(node.sid, (NOSTREAM, NOSTREAM))
        size = len(mini) if node is root else len(node.data or b"")
        start = node.start if (node is root or node.data is not None) else 0
        directory += struct.pack("<64sHBBIII16sIQQIQ", name, len(name), kind, 1, left, right,
                                 child_of.get(node.sid, NOSTREAM), b"", 0, 0, 0, start, size)
    directory += (b"\0" * 64 + struct.pack("<HBBIII", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM) + b"\0" * 48) * (
        dir_sectors * 4 - len(entries))
    difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"", 0x3E, 3, 0xFFFE, 9,
                         6, b"", 0, fat_sectors, dir_start, 0, CUTOFF, minifat_start if minifat else END,
                         minifat_sectors, END, 0) + struct.pack("<109I", *difat)
    body = struct.pack(f"<{len(fat)}I", *fat) + bytes(directory)
    body += struct.pack(f"<{len(minifat)}I", *minifat).ljust(minifat_sectors * SECTOR, b"\xff")
    body += bytes(mini).ljust(mini_sectors * SECTOR, b"\0")
    for node, count in zip(big, big_sectors):
        body += node.data.ljust(count * SECTOR, b"\0")
    return header + body
