"""CSV and TSV: encoding and delimiter sniffing, strict quoting, bounded fields."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path


from leadinbox.core import limits
from leadinbox.core.errors import FileRefused, RowProblem
from leadinbox.core.headers import header_score
from leadinbox.core.messages import QT_TRANSLATE_NOOP, Message
from leadinbox.core.table import TOO_MANY_ROWS, Row, Table, chain_rows, header_index, split_header

csv.field_size_limit(limits.MAX_FIELD_CHARS)
_SAMPLE = 256 * 1024
_LEGACY = ["cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "big5", "cp950", "gb18030", "cp932",
           "euc_kr", "iso8859_15"]


def sniff_encoding(sample: bytes) -> str:
    """BOM first; then strict UTF-8; then UTF-16 without BOM; then the likeliest legacy code page."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    even, odd = sample[0::2], sample[1::2]
    if sample and odd.count(0) > len(odd) * 0.4 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if sample and even.count(0) > len(even) * 0.4 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return _legacy_encoding(sample)


_LATIN = frozenset({"cp1252", "cp1250", "cp1257", "cp1254", "iso8859_15"})
_CJK = frozenset({"big5", "cp950", "gb18030", "cp932", "euc_kr"})
# Typographic characters that Western text has between its letters (cp1252 0x80-0xA0).
_TYPOGRAPHIC = frozenset("‘’‚“”„–—…•€™†‡‰‹›\xa0«»°·´©®£")


_TOUCHING_ASCII_LETTER = re.compile(r"(?<=[A-Za-z])[^\x00-\x7f]|[^\x00-\x7f](?=[A-Za-z])")


def _legacy_encoding(sample: bytes) -> str:
    """The likeliest legacy code page. charset_normalizer alone guesses poorly on short files (a one-row
    export): its first guess that reads as plausible text wins, and cp1252 wins ties among Latin pages."""
    from charset_normalizer import from_bytes     # 30-70 ms to import: only for a file that is not UTF-8
    matches = list(from_bytes(sample, cp_isolation=_LEGACY))
    if not matches:
        return "cp1252"
    chosen = next((m for m in matches if _plausible(sample, m.encoding)), matches[0])
    if chosen.encoding in _LATIN and chosen.encoding != "cp1252" and _plausible(sample, "cp1252"):
        cp1252 = next((m for m in matches if m.encoding == "cp1252"), None)
        if cp1252 is not None and cp1252.chaos <= chosen.chaos:
            return "cp1252"
        try:   # charset_normalizer drops a page whose reading equals another's: cp1252 is that reading
            if codecs.decode(sample, "cp1252") == codecs.decode(sample, chosen.encoding):
                return "cp1252"
        except UnicodeDecodeError:
            pass
    return chosen.encoding


def _plausible(sample: bytes, encoding: str) -> bool:
    """Whether the sample read in `encoding` looks like real text: letters (and, in Latin scripts, the
    usual typography), not symbols such as "³¯©§" or half-width katakana, which are the bytes of another
    script read wrongly."""
    text = codecs.decode(sample, encoding, "ignore")
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if len(wide) < 3:
        return True      # too little to judge ("40 m²"): charset_normalizer's order stands
    if encoding in _CJK:
        good = sum(1 for ch in wide if 0x3000 <= ord(ch) <= 0x9FFF or 0xAC00 <= ord(ch) <= 0xD7A3
                   or 0xFF01 <= ord(ch) <= 0xFF5E)   # CJK, kana, Hangul, CJK punctuation, full-width forms
        if encoding == "euc_kr" and sum(0xAC00 <= ord(ch) <= 0xD7A3 for ch in wide) < len(wide) * 0.9:
            return False     # Korean names and companies are Hangul; "Hanja" are more likely misread Chinese
    else:
        good = sum(1 for ch in wide if ch.isalpha() or ch in _TYPOGRAPHIC)
        if encoding not in _LATIN:   # Cyrillic or Greek letters inside a Latin word ("Wуjcik"): misread
            good -= sum(1 for _ in _TOUCHING_ASCII_LETTER.finditer(text))
    return good >= len(wide) * 0.8


def sniff_delimiter(first_line: str) -> str:
    """The header line's most frequent separator outside quotes: ',' ';' or tab (Excel uses ';' in NL/DE)."""
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    return max(counts, key=lambda d: (counts[d], d == ","))


def read_csv(path: Path, sample: bytes) -> Table:
    encoding = sniff_encoding(sample)
    # The first line, from the sample (bad bytes marked, not raised: the careful pass reports them).
    first = _FIRST_LINE.match(codecs.decode(sample, encoding, _MARK)).group().lstrip("\ufeff")
    hint = first.strip()
    skip_hint = hint.lower().startswith("sep=") and len(hint) == 5
    delimiter = hint[4] if skip_hint else sniff_delimiter(first)     # Excel's "sep=;" hint line
    stream = io.TextIOWrapper(open(path, "rb"), encoding=encoding, errors="strict", newline="")
    names: list[str | None] = []    # the header, once found: to name the column of a problem
    ending = {"newline": True}
    # Excel hides the hint line, so rows are numbered as if it were not there: the header is row 1.
    header, buffered, rest = split_header(_records(stream, path, delimiter, encoding, skip_hint, names, ending))
    if header and isinstance(header[0], str):
        header[0] = header[0].lstrip("\ufeff")
    names[:] = [h.strip() if isinstance(h, str) and h.strip() else None for h in header]
    return Table(header, _cut_off_last(chain_rows(buffered, rest), names, ending),
                 kind="tsv" if delimiter == "\t" else "csv", details={"encoding": encoding, "delimiter": delimiter},
                 position=stream.buffer.tell, close=stream.close)


def _cut_off_last(rows: Iterator[Row], names: list[str | None], ending: dict) -> Iterator[Row]:
    """Rows as they come, but a last row that is shorter than the header in a file that stops without a
    line break is a download cut off in the middle of a lead: it is reported, not imported half."""
    previous = None
    for row in rows:
        if previous is not None:
            yield previous
        previous = row
    if previous is None:
        return
    number, cells = previous
    if not ending["newline"] and len(cells) < len(names):
        column = _column_name(len(cells), names)
        previous = (number, RowProblem.of(number, column, QT_TRANSLATE_NOOP(
            "CoreMessages", "the row is cut off: the file ends in the middle of it (an interrupted download?)")))
    yield previous


_FIRST_LINE = re.compile(r"[^\r\n]*")


def _mark_bad_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Like errors="surrogateescape", but for every byte (utf-16 errors include bytes under 0x80)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(0xDC00 + b) for b in exc.object[exc.start:exc.end]), exc.end


_MARK = "leadinbox.mark"
codecs.register_error(_MARK, _mark_bad_bytes)
# A decoder never yields a lone low surrogate from valid input: these can only be marked bytes.
_MARKED = re.compile("[\udc00-\udcff]")


class _LongLine(Exception):
    """A physical line longer than limits.MAX_LINE_CHARS: refused before it is read whole."""


def _lines(stream: io.TextIOWrapper, pending: list[str] | None = None, ending: dict | None = None) -> Iterator[str]:
    """The stream's lines as csv wants them, but never more than MAX_LINE_CHARS of one line in memory.
    `ending["newline"]` says whether the last line read ended with a line break."""
    readline = stream.readline
    limit = limits.MAX_LINE_CHARS
    line = ""
    while line := readline(limit):
        if pending is not None:
            pending.append(line)
        if len(line) >= limit and line[-1] not in "\r\n":
            raise _LongLine
        if ending is not None:
            ending["newline"] = line[-1] in "\r\n"
        yield line


def _records(stream: io.TextIOWrapper, path: Path, delimiter: str, encoding: str, skip_hint: bool,
             names: list[str | None], ending: dict) -> Iterator[Row]:
    reader = csv.reader(_lines(stream, ending=ending), delimiter=delimiter, strict=True)
    number = 0
    try:
        with stream:
            if skip_hint:
                stream.readline(limits.MAX_LINE_CHARS)
            for number, cells in enumerate(reader, start=1):
                if number > limits.MAX_ROWS:
                    raise FileRefused(TOO_MANY_ROWS, row=number, limit=limits.MAX_ROWS)
                if len(cells) > limits.MAX_COLUMNS:
                    raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "this row has {count:,} cells; at most "
                                                        "{limit:,} are read (is the file damaged?)"),
                                      row=number, count=len(cells), limit=limits.MAX_COLUMNS)
                if cells and (len(cells) > 1 or cells[0].strip("\x00")):   # NUL padding is not a row
                    yield number, cells
    except (csv.Error, _LongLine, UnicodeDecodeError) as exc:
        # The fast pass only knows roughly where it failed (a decoder reads ahead in blocks); a second,
        # careful pass finds the exact row and cell.
        fallback = FileRefused(_generic_reason(exc, encoding), row=number + 1)
        raise _diagnose(path, encoding, delimiter, skip_hint, names, fallback) from None


def _generic_reason(exc: Exception, encoding: str) -> Message:
    if isinstance(exc, _LongLine):
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "this row is longer than {size} MiB (is the file damaged?)"),
                       {"size": limits.MAX_LINE_CHARS // 1024**2})
    if isinstance(exc, UnicodeDecodeError):
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "the file mixes text encodings: it reads as {encoding}, "
                                         "then has bytes that are not"), {"encoding": encoding})
    if "field larger than field limit" in str(exc):
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "a cell is longer than {size} KiB (an unclosed quote?)"),
                       {"size": limits.MAX_FIELD_CHARS // 1024})
    return Message(QT_TRANSLATE_NOOP("CoreMessages", "the CSV is malformed ({error}); is a quote left open?"),
                   {"error": str(exc)})


def _diagnose(path: Path, encoding: str, delimiter: str, skip_hint: bool, names: list[str | None],
              fallback: FileRefused) -> FileRefused:
    """Read the file again, keeping bad bytes and each record's lines, to name the row and cell at fault."""
    pending: list[str] = []
    head: list[Row] = []
    number = 0
    with open(path, "rb") as raw:
        stream = io.TextIOWrapper(raw, encoding=encoding, errors=_MARK, newline="")
        if skip_hint:
            stream.readline(limits.MAX_LINE_CHARS)
        reader = csv.reader(_lines(stream, pending), delimiter=delimiter, strict=True)
        try:
            for number, cells in enumerate(reader, start=1):
                pending.clear()
                for index, cell in enumerate(cells):
                    if not cell.isascii() and _MARKED.search(cell):
                        return FileRefused(
                            QT_TRANSLATE_NOOP("CoreMessages", "the text changes encoding here: the file reads as "
                                              "{encoding} before this cell, but this cell is not {encoding} (save "
                                              "the file as UTF-8 and import it again)"),
                            row=number, column=_column_name(index, names or _header_of(head)), encoding=encoding)
                if not names and cells and len(head) < limits.HEADER_SCAN_ROWS:
                    head.append((number, cells))
        except (csv.Error, _LongLine):
            found = _bad_cell("".join(pending), delimiter)
            if found is not None:
                index, reason = found
                column = _column_name(index, names or _header_of(head))
                return FileRefused(reason, row=number + 1, column=column)
            return FileRefused(fallback.message, row=number + 1)
    return fallback


def _header_of(head: list[Row]) -> list[str | None]:
    """The header among the rows read so far, for a problem found before the reader had chosen one."""
    best = header_index(head) if head else None
    if best is None or not header_score(head[best][1]):
        return []
    return [c.strip() or None for c in head[best][1]]


def _column_name(index: int, names: list[str | None]) -> str:
    """The header text of a column, or its spreadsheet letter when the header is not known (yet)."""
    if index < len(names) and names[index]:
        return names[index]
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _bad_cell(text: str, delimiter: str) -> tuple[int, Message] | None:
    """(index, reason) for the cell where one record's text, as far as it was read, goes wrong.

    Follows csv's rules (a cell is quoted when it starts with '"'; '""' is a quote inside it).
    """
    limit = limits.MAX_FIELD_CHARS
    kib = limit // 1024
    ends = re.compile(f"[{re.escape(delimiter)}\r\n]")
    index, pos, end = 0, 0, len(text)
    while index <= limits.MAX_COLUMNS:
        if text.startswith('"', pos):
            close = pos + 1
            while (close := text.find('"', close)) >= 0 and text.startswith('"', close + 1):
                close += 2
            if close < 0:
                if end - pos > limit:
                    return index, Message(QT_TRANSLATE_NOOP("CoreMessages", "this cell is longer than {size} KiB (is "
                                                            "a closing quote missing?)"), {"size": kib})
                return index, Message(QT_TRANSLATE_NOOP("CoreMessages", "a quote opens in this cell and is never "
                                                        "closed (is the file cut off?)"))
            if close - pos > limit:
                return index, Message(QT_TRANSLATE_NOOP("CoreMessages", "this quoted cell is longer than {size} KiB"),
                                      {"size": kib})
            after = close + 1
            if after == end or text[after] in "\r\n":
                return None
            if text[after] != delimiter:
                return index, Message(QT_TRANSLATE_NOOP("CoreMessages", "text follows the closing quote of this "
                                                        'cell; a quote inside a cell must be doubled ("")'))
            pos = after + 1
        else:
            found = ends.search(text, pos)
            stop = found.start() if found else end
            if stop - pos > limit:
                return index, Message(QT_TRANSLATE_NOOP("CoreMessages", "this cell is longer than {size} KiB"),
                                      {"size": kib})
            if found is None:
                return None
            if found.group() != delimiter:
                return None
            pos = stop + 1
        index += 1
    return None
