"""Importing from the window: the controller, the report, the mapping dialog and the import history."""
