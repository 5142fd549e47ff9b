"""Shared fixtures: Qt offscreen, a migrated in-memory database, the sample files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Fuzz tests (hypothesis): few examples in CI; `HYPOTHESIS_PROFILE=long` for a thorough run (see README).
# No deadline in CI (a shared, noisy machine); pytest-timeout catches a hang.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", max_examples=40, deadline=None, database=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

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
