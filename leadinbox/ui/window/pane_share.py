"""How the window's width is shared between the views list, the inbox and the detail pane when it is tight."""

from __future__ import annotations


def share(sizes: list[int], views_wanted: int, list_min: int, detail_min: int) -> list[int]:
    """[views, inbox, detail] with the views list widened to `views_wanted` (its longest name) when it was
    squeezed: first from what the inbox has beyond its minimum, then from the detail pane down to its own.
    The inbox never gives up its minimum (who, what is due, the badges), the detail pane goes first."""
    views, inbox, detail = sizes
    short = views_wanted - views
    if short <= 0:
        return list(sizes)
    from_inbox = min(short, max(inbox - list_min, 0))
    from_detail = min(short - from_inbox, max(detail - detail_min, 0))
    return [views + from_inbox + from_detail, inbox - from_inbox, detail - from_detail]
