"""The database handle every store function takes: sqlite-utils' Database, and its named Migrations."""

from __future__ import annotations

# One place names the handle, so the store's modules do not each depend on where it comes from. It is
# sqlite-utils' (the project's chosen layer over SQLite: atomic() with savepoints, named migrations recorded
# in _sqlite_migrations), not a copy of its few methods: loading it costs a small command about 40 ms of
# its start (click, pluggy, dateutil come with it), which is not worth owning a second implementation of
# transactions and migration records.
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

__all__ = ["Database", "Migrations"]
