"""Reading a saved message: `.eml` (RFC 5322, the stdlib's email package) or Outlook's `.msg` (extract-msg),
told apart from lead files by their bytes, not their names. A broken file is refused, never a crash."""

from __future__ import annotations

import re
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from leadinbox.core.errors import FileRefused
from leadinbox.core.identity import normal_email
from leadinbox.core.mail.message import Address, MailMessage, clean_message_id, cut_body, utc
from leadinbox.core.messages import QT_TRANSLATE_NOOP

EML, MSG = "eml", "msg"
MAX_MAIL_BYTES = 256 * 1024**2      # a message with its attachments; only the headers are read unless kept
MAX_HEADER_BYTES = 1024**2          # the header block of an .eml: real ones are a few KiB
SNIFF_BYTES = 64 * 1024
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FIELD = re.compile(rb"[!-9;-~]{1,76}:")          # a header field name and its colon (RFC 5322 ftext)
_MAIL_FIELDS = {b"from", b"to", b"cc", b"date", b"subject", b"message-id", b"received", b"return-path",
                b"mime-version", b"delivered-to", b"in-reply-to", b"references", b"x-mailer", b"bcc"}

NOT_MAIL = QT_TRANSLATE_NOOP("CoreMessages", "this is not an email message (.eml or Outlook .msg)")
TOO_BIG = QT_TRANSLATE_NOOP("CoreMessages", "the message is larger than {limit} MB")
HEADER_TOO_BIG = QT_TRANSLATE_NOOP("CoreMessages", "the message's header block is larger than 1 MB")
BROKEN_MSG = QT_TRANSLATE_NOOP("CoreMessages", "the Outlook message cannot be read ({reason})")
NO_ADDRESSES = QT_TRANSLATE_NOOP("CoreMessages", "the message names no sender and no recipient")
CANNOT_OPEN = QT_TRANSLATE_NOOP("CoreMessages", "the file cannot be read ({reason})")


def sniff(head: bytes) -> str | None:
    """EML or MSG when the first bytes look like a message, else None (a lead file, or anything else).
    An OLE2 file is a .msg only if olefile finds Outlook's property streams in it: see `is_msg`."""
    if head.startswith(_OLE2):
        return MSG
    text = head.lstrip(b"\xef\xbb\xbf")
    if text.startswith(b"From ") and b"\n" in text:          # an mbox-style envelope line before the header
        text = text.split(b"\n", 1)[1]
    fields: set[bytes] = set()
    for line in text.replace(b"\r\n", b"\n").split(b"\n")[:400]:
        if not line.strip():
            break                                             # the end of the header block
        if line[:1] in (b" ", b"\t"):
            if not fields:
                return None
            continue                                          # a folded continuation
        match = _FIELD.match(line)
        if not match:
            return None                                       # a CSV row, JSON, prose: not a header
        fields.add(match.group()[:-1].lower())
    known = fields & _MAIL_FIELDS
    if b"from" in fields and len(known) >= 2 or len(known) >= 3:
        return EML
    return None


def is_msg(path: Path) -> bool:
    """An OLE2 file holding Outlook's message streams (an old .xls or .doc is OLE2 too)."""
    try:
        import olefile       # comes with extract-msg; only a dropped OLE2 file pays for it
    except ImportError:      # pragma: no cover - a bundle without the .msg reader
        return False
    try:
        with olefile.OleFileIO(str(path)) as ole:
            return ole.exists("__properties_version1.0") and any(
                entry[0].startswith("__substg1.0_") for entry in ole.listdir(streams=True, storages=False))
    except Exception:   # noqa: BLE001 - a damaged or truncated OLE2 file is no message we can read
        return False


def mail_kind(path: Path) -> str | None:
    """EML, MSG or None for a file on disk, by its content."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return None
    kind = sniff(head)
    if kind == MSG and not is_msg(path):
        return None
    return kind


def read_mail(path: Path, *, keep_body: bool = False) -> MailMessage:
    """The message in the file, by its content (the name's extension is not trusted). Raises FileRefused."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as exc:
        raise FileRefused(CANNOT_OPEN, reason=exc.strerror or type(exc).__name__) from None
    if size > MAX_MAIL_BYTES:
        raise FileRefused(TOO_BIG, limit=MAX_MAIL_BYTES // 1024**2)
    kind = sniff(head)
    if kind == MSG:
        return read_msg(path, keep_body=keep_body)
    if kind == EML:
        if keep_body:
            return parse_eml(path.read_bytes(), keep_body=True)
        return parse_eml(_header_block(path), keep_body=False)
    raise FileRefused(NOT_MAIL)


def _header_block(path: Path) -> bytes:
    """The header block of an .eml, read up to its blank line: a message's attachments are never read."""
    out = bytearray()
    with open(path, "rb") as handle:
        for line in handle:
            out += line
            if not line.strip():
                break
            if len(out) > MAX_HEADER_BYTES:
                raise FileRefused(HEADER_TOO_BIG)
    return bytes(out)


def parse_eml(data: bytes, *, keep_body: bool = False) -> MailMessage:
    """An RFC 5322 message from its bytes (the whole message, or only its header block)."""
    if not sniff(data[:SNIFF_BYTES]) == EML:
        raise FileRefused(NOT_MAIL)
    if data.startswith(b"From "):
        data = data.split(b"\n", 1)[1]
    msg = BytesParser(policy=policy.default).parsebytes(data, headersonly=not keep_body)
    found = _from_headers(lambda name: _header(msg, name))
    body = _eml_body(msg) if keep_body else None
    return _checked(MailMessage(**found, body=cut_body(body)))


def _header(msg, name: str) -> str | None:
    """A header's text, decoded. policy.default parses lazily and can raise on a malformed value: the raw
    text is used then (a broken header costs that header, not the message)."""
    try:
        value = msg.get(name)
        return None if value is None else str(value)
    except Exception:   # noqa: BLE001 - the stdlib's header parser on hostile input
        for key, raw in msg.raw_items():
            if key.lower() == name.lower():
                return str(raw)
        return None


def _addresses(text: str | None) -> tuple[Address, ...]:
    if not text:
        return ()
    out: list[Address] = []
    seen: set[str] = set()
    try:
        pairs = getaddresses([text])
    except Exception:   # noqa: BLE001
        return ()
    for name, addr in pairs:
        email = normal_email(addr)
        if email and email not in seen:
            seen.add(email)
            out.append(Address(email, " ".join(name.split())[:200]))
    return tuple(out)


def _date(text: str | None):
    if not text:
        return None
    try:
        return utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _from_headers(get) -> dict:
    sender = _addresses(get("From"))
    return {"message_id": clean_message_id(get("Message-ID")), "sent_at": _date(get("Date")),
            "sender": sender[0] if sender else None, "to": _addresses(get("To")), "cc": _addresses(get("Cc")),
            "bcc": _addresses(get("Bcc")), "subject": " ".join((get("Subject") or "").split())[:998],
            "in_reply_to": clean_message_id(get("In-Reply-To"))}


def _eml_body(msg) -> str | None:
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is None:
            return None
        text = part.get_content()
    except Exception:   # noqa: BLE001 - an unknown charset or a broken MIME part: headers are what counts
        return None
    if part.get_content_subtype() == "html":
        text = _strip_html(text)
    return text


def _strip_html(html: str) -> str:
    text = re.sub(r"(?is)<(script|style).*?</\1>", " ", html)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    import html as html_module
    return html_module.unescape(text)


def _checked(message: MailMessage) -> MailMessage:
    if message.sender is None and not message.recipients:
        raise FileRefused(NO_ADDRESSES)
    return message


def read_msg(path: Path, *, keep_body: bool = False) -> MailMessage:
    """An Outlook .msg, read by extract-msg (imported here: only a dropped .msg pays its ~100 ms)."""
    if not is_msg(path):
        raise FileRefused(NOT_MAIL)
    try:
        import extract_msg
    except ImportError:      # pragma: no cover - a bundle built without it
        raise FileRefused(BROKEN_MSG, reason="the .msg reader is not installed") from None
    try:
        msg = extract_msg.openMsg(str(path), delayAttachments=True)
    except Exception as exc:   # noqa: BLE001 - the reader's many ways to fail on a damaged file
        raise FileRefused(BROKEN_MSG, reason=type(exc).__name__) from None
    try:
        return _checked(_from_msg(msg, keep_body))
    except FileRefused:
        raise
    except Exception as exc:   # noqa: BLE001
        raise FileRefused(BROKEN_MSG, reason=type(exc).__name__) from None
    finally:
        try:
            msg.close()
        except Exception:   # noqa: BLE001
            pass


def _from_msg(msg, keep_body: bool) -> MailMessage:
    to: list[Address] = []
    cc: list[Address] = []
    bcc: list[Address] = []
    lists = {1: to, 2: cc, 3: bcc}
    for recipient in msg.recipients:
        # The SMTP address; an Exchange-internal one (/O=…) is no address and is skipped.
        email = normal_email(recipient.email)
        kind = int(getattr(recipient, "type", 1) or 1)
        if email and kind in lists:
            lists[kind].append(Address(email, " ".join((recipient.name or "").split())[:200]))
    if not (to or cc or bcc):                              # no recipient tables: the display lines
        to, cc, bcc = (list(_addresses(getattr(msg, name))) for name in ("to", "cc", "bcc"))
    sender = _addresses(msg.sender)
    sent = utc(msg.date) if msg.date else None
    if sent is None:
        sent = utc(msg.receivedTime) if getattr(msg, "receivedTime", None) else None
    body = cut_body(msg.body) if keep_body else None
    return MailMessage(message_id=clean_message_id(msg.messageId), sent_at=sent,
                       sender=sender[0] if sender else None, to=tuple(to), cc=tuple(cc), bcc=tuple(bcc),
                       subject=" ".join((msg.subject or "").split())[:998],
                       in_reply_to=clean_message_id(msg.inReplyTo), body=body)
