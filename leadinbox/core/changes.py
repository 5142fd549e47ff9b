"""What a write changed: which customers, leads, imports and settings. One value per write, told to every view."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


# In `settings`: who works which customer changed (a claim, a release, a hand-over, Assign owner). Which
# customers a list filtered by owner (Mine, Unclaimed) holds may have changed; an unfiltered list has not.
OWNERS = "owners"
# In `settings`: search entries were written after their import committed (store/search_pending.py): a list
# showing a search may find more.
SEARCH = "search"


def _ids(values: Iterable[int] | None) -> frozenset[int]:
    return frozenset(values or ())


@dataclass(frozen=True)
class Changes:
    """A view looks at the parts it shows and reads again only those. `everything` when the extent is not
    known (another program wrote, a backup was restored): every view reads again. `breaks_undo` when rows
    an undo step points at may be gone or replaced (erase, restore, retention, another program): the undo
    steps go. `outside` when another program made the change: nothing this window said about the data
    before still holds."""

    customers: frozenset[int] = field(default_factory=frozenset)
    leads: frozenset[int] = field(default_factory=frozenset)
    imports: frozenset[int] = field(default_factory=frozenset)     # batch ids imported or undone
    settings: frozenset[str] = field(default_factory=frozenset)    # e.g. "rules", "templates", "retention",
    #                                                                  OWNERS
    everything: bool = False
    breaks_undo: bool = False
    outside: bool = False

    @classmethod
    def of(cls, *, customers: Iterable[int] | None = None, leads: Iterable[int] | None = None,
           imports: Iterable[int] | None = None, settings: Iterable[str] | None = None, **flags: bool) -> Changes:
        """From any iterables: `Changes.of(customers=[12])`."""
        return cls(_ids(customers), _ids(leads), _ids(imports), frozenset(settings or ()), **flags)

    @classmethod
    def all(cls, *, breaks_undo: bool = True, outside: bool = False) -> Changes:
        return cls(everything=True, breaks_undo=breaks_undo, outside=outside)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.customers | other.customers, self.leads | other.leads, self.imports | other.imports,
                       self.settings | other.settings, self.everything or other.everything,
                       self.breaks_undo or other.breaks_undo, self.outside or other.outside)

    def __bool__(self) -> bool:
        return bool(self.customers or self.leads or self.imports or self.settings or self.everything)

    @property
    def rows(self) -> bool:
        """True when which customers the inbox lists may have changed (not only what a listed one shows)."""
        return self.everything or bool(self.imports) or "rules" in self.settings or SEARCH in self.settings

    @property
    def owners(self) -> bool:
        """True when who works a customer changed: a list filtered by owner reads again."""
        return self.everything or OWNERS in self.settings

    def touches(self, customer_id: int | None) -> bool:
        """True when the customer's own data may have changed."""
        return customer_id is not None and (self.rows or customer_id in self.customers)
