"""The SQLite store, over sqlite-utils; imports no Qt."""
