"""What the inbox asks for: a search, quick filters, a view and a sort; plain data, no SQL."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

VIEWS = ("due", "needs_reply", "due_today", "nurturing", "all", "closed", "dnc")
# The command line's view names, and the inbox's (here, not in the store, so that the command line's parser
# does not load the store's listing code, and sqlite-utils with it, for a command that does not list).
CLI_VIEWS = {"due": "due", "first-reply": "needs_reply", "due-today": "due_today", "nurturing": "nurturing",
             "all": "all", "closed": "closed", "dnc": "dnc"}
SORTS = ("urgency", "name", "company", "country", "latest", "leads", "status", "attempts")
_WORDS = re.compile(r"\w+", re.UNICODE)
# How a phone number is typed: digits with spaces, '+', '-', '( )' and dots; nothing else.
_PHONE_LIKE = re.compile(r"[\d\s+\-().]+")
# Each phone form in the search index starts with this private-use character: a token to SQLite's tokenizer,
# but never part of a word typed in the search box (\w), so a word search for '2' or '31' does not read every
# phone number ('Company 2' would take twice as long), and a number is found by its digits only.
SEARCH_MARK = "\ue000"


@dataclass(frozen=True)
class InboxQuery:
    search: str = ""
    view: str = "all"
    action: str | None = None          # a canonical action code
    source: str | None = None          # azure_marketplace, appsource, ...
    offer: str | None = None           # offer key
    country: str | None = None         # ISO alpha-2
    date_from: str | None = None       # YYYY-MM-DD, on the lead's date
    date_to: str | None = None
    hide_test: bool = True
    hide_dnc: bool = False
    owner: str | None = None           # None: anyone's; '': the app's user (no owner); else that owner
    tag: str | None = None             # customers with this tag
    company: str | None = None         # a company's key, or '@' + its business domain (store/people/companies)
    sort: str = "urgency"
    descending: bool = False

    def search_terms(self) -> list[str]:
        """Words of the search box; each matches as a prefix ('jsm' finds 'jsmith@contoso')."""
        return _WORDS.findall(self.search.casefold())[:8]

    def phone_digits(self) -> str | None:
        """A search typed as a phone number ('+31 20 123', '(425) 555-01', '020 123 4567'): its digits in one
        piece, to match as the start of a customer's number; None for any other search ('3M', 'Tailspin
        2026'). Digits from other scripts count as theirs ('０２０' is 020)."""
        text = self.search.strip()
        if not _PHONE_LIKE.fullmatch(text):
            return None
        digits = "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())
        return digits or None
