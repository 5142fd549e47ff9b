"""CSV and TSV: encoding and delimiter sniffing, strict quoting, bounded fields."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from leadinbox.core import limits
from leadinbox.core.errors import FileRefused
from leadinbox.core.table import Row, Table, chain_rows, split_header

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
    best = from_bytes(sample, cp_isolation=_LEGACY).best()
    return best.encoding if best is not None else "cp1252"


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
    stream = io.TextIOWrapper(open(path, "rb"), encoding=encoding, errors="strict", newline="")
    try:
        first = stream.readline()
        hint = first.lstrip("\ufeff").strip()
        delimiter: str | None = None
        if hint.lower().startswith("sep=") and len(hint) == 5:
            delimiter = hint[4]     # Excel's "sep=;" hint line
        else:
            stream.seek(0)
            delimiter = sniff_delimiter(first.lstrip("\ufeff"))
    except UnicodeDecodeError as exc:
        stream.close()
        raise FileRefused(f"the text is not valid {encoding}: {exc.reason}", row=1) from None
    # Excel hides the hint line, so rows are numbered as if it were not there: the header is row 1.
    header, buffered, rest = split_header(_records(stream, delimiter, encoding, 1), what="file")
    if header and isinstance(header[0], str):
        header[0] = header[0].lstrip("\ufeff")
    return Table(header, chain_rows(buffered, rest), kind="tsv" if delimiter == "\t" else "csv",
                 details={"encoding": encoding, "delimiter": delimiter})


def _records(stream: io.TextIOWrapper, delimiter: str, encoding: str, start: int) -> Iterator[Row]:
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    number = start - 1
    try:
        with stream:
            for number, cells in enumerate(reader, start=start):
                if number > limits.MAX_ROWS:
                    raise FileRefused(f"more than {limits.MAX_ROWS:,} rows; split the file", row=number)
                if cells:
                    yield number, cells
    except csv.Error as exc:
        text = str(exc)
        if "field larger than field limit" in text:
            reason = f"a cell is longer than {limits.MAX_FIELD_CHARS // 1024} KiB (an unclosed quote?)"
        else:
            reason = f"the CSV is malformed ({text}); is a quote left open?"
        raise FileRefused(reason, row=number + 1) from None
    except UnicodeDecodeError as exc:
        raise FileRefused(f"the file mixes text encodings: it reads as {encoding} until here, "
                          f"then has bytes that are not ({exc.reason})", row=number + 1) from None
