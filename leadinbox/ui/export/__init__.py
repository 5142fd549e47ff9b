"""File › Export: the dialog and the export run in the background."""
