"""Team-wide keys: salted one-way codes of what identifies a customer or a lead, the same on every desk, never
an email, a name or a local row id."""

from __future__ import annotations

import hashlib
import hmac
import re

# Azure Table keys may not hold / \ # ? or control characters; hex digests never do.
_SAFE = re.compile(r"[0-9a-z-]{1,200}")


def digest(salt: str, key: str) -> str:
    """HMAC-SHA256 of `key` under the team's salt: the same function as the erasure list's
    (store/safety/suppression.py), so a customer's team key *is* the digest an erasure puts on every desk's
    list."""
    return hmac.new(salt.encode(), key.encode(), hashlib.sha256).hexdigest()


def customer_key(salt: str, local_key: str) -> str:
    """A customer's team key from their identity key (`e:<email>` or `n:<name>|<company>`,
    core/identity.py): the same lead imported from a Partner Center export on one desk and pulled from the
    Azure Table on another has the same email, so the same key."""
    return digest(salt, local_key)


def lead_key(salt: str, local_key: str, action: str | None, created_day: str | None,
             offer_name: str | None) -> str:
    """A lead's team key: who, which action, which day, which offer (by its display name, which every layout
    carries; the offer id is missing from Partner Center's exports) - the facts the importer deduplicates
    on (store/importing/staged.py)."""
    offer = " ".join((offer_name or "").casefold().split())
    return digest(salt, f"lead|{local_key}|{action or ''}|{created_day or ''}|{offer}")


def desk_row(salt: str, name: str) -> str:
    """The row of a desk's name in the team table: unique per folded name, without the name in the key."""
    return digest(salt, "desk|" + " ".join(name.casefold().split()))


def safe(key: str) -> bool:
    return bool(_SAFE.fullmatch(key))
