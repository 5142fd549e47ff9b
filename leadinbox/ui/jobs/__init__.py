"""Background work: database jobs off the GUI thread, with progress, cancel and a value-or-error outcome."""
