"""Email in the timeline: messages logged as attempts and replies on the customers they name."""
