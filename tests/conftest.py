"""Shared fixtures: Qt offscreen, a migrated in-memory database, the sample files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SAMPLES = Path(__file__).resolve().parents[1] / "leadinbox" / "assets" / "samples"


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def db():
    from leadinbox.store.db import open_database

    database = open_database(":memory:")
    yield database
    database.close()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "data" / "leadinbox.sqlite"
