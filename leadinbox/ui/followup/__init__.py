"""Follow-up: the Lead menu and its undoable commands, dialogs for attempts, plans and owners, reminders."""
