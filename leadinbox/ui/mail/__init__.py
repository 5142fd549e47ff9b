"""Email in the window: dropped and dragged messages logged, the mailbox watched, its settings page."""
