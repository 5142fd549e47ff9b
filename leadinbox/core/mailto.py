"""mailto: and tel: links (RFC 6068 / RFC 3966), UTF-8 percent-encoded so any mail client reads them."""

from __future__ import annotations

import re
from urllib.parse import quote

_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+$")


class NotAnAddress(ValueError):
    pass


def mailto_url(to: str, subject: str = "", body: str = "") -> str:
    """A mailto URL. Line breaks become CRLF as RFC 6068 asks; every non-ASCII character is
    percent-encoded UTF-8 (Dutch accents, Chinese), and '&', '?', '#', '%' in the text stay text."""
    to = to.strip()
    if not _ADDRESS.match(to):
        raise NotAnAddress(f"{to!r} is not an email address")
    body = re.sub(r"\r\n|\r|\n", "\r\n", body)
    query = []
    if subject:
        query.append("subject=" + quote(subject, safe=""))
    if body:
        query.append("body=" + quote(body, safe=""))
    return "mailto:" + quote(to, safe="@") + ("?" + "&".join(query) if query else "")


def tel_url(number: str) -> str:
    """A tel: URL keeping the digits and a leading plus. Pass the E.164 form where there is one: a number
    as written, like '+31 (0)20 …', carries a trunk zero that a dialler must not call."""
    digits = re.sub(r"[^\d+]", "", number)
    digits = digits[0] + digits[1:].replace("+", "") if digits else ""
    if len(digits.lstrip("+")) < 3:
        raise NotAnAddress(f"{number!r} is not a phone number")
    return "tel:" + digits
