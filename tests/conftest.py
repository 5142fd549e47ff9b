"""Shared fixtures: Qt offscreen, a migrated in-memory database, the sample files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test reaches the computer's real keyring: credentials go to the private-file fallback (CI has no keyring
# either); the keyring path is tested with an in-memory backend.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

# Fuzz tests (hypothesis): few examples in CI; `HYPOTHESIS_PROFILE=long` for a thorough run (see README).
# No deadline in CI (a shared, noisy machine); pytest-timeout catches a hang.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", max_examples=40, deadline=None, database=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SAMPLES = Path(__file__).resolve().parents[1] / "leadinbox" / "assets" / "samples"


@pytest.fixture(autouse=True)
def _private_config_folder(tmp_path_factory, monkeypatch):
    """Whatever a test saves in the config folder (a source's secret, a moved data folder) lands in a
    temporary one, never in the user's."""
    monkeypatch.setenv("LEADINBOX_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


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


@pytest.fixture(scope="session")
def azurite(tmp_path_factory):
    """One Azurite (table service) for the session, stopped by its process id at the end. A test that needs
    it fails, never skips, when it cannot be installed or started."""
    from tests import azurite as emulator

    server = emulator.start(tmp_path_factory.mktemp("azurite"))
    yield server
    emulator.stop(server.process)


@pytest.fixture
def dovecot():
    """A Dovecot IMAP server of its own for the test (a fresh maildir: UIDs and UIDVALIDITY start anew),
    stopped by its process id afterwards. A test that needs it fails, never skips, when it cannot start."""
    from tests import dovecot as server

    running = server.start()
    yield running
    server.stop(running)


@pytest.fixture
def reading_processes(monkeypatch):
    """The processes started to read a big CSV file (core/read_ahead.py), each one to have done the reading: a
    fallback to reading in the importing process fails the test (it gives the same records, and would hide a
    reader that never worked). Files are read ahead as on a machine with two cores."""
    from leadinbox.core import read_ahead
    started = []
    real = read_ahead.subprocess.Popen
    monkeypatch.setattr(read_ahead.subprocess, "Popen", lambda *a, **k: started.append(real(*a, **k)) or started[-1])
    monkeypatch.setattr(read_ahead, "_cores", lambda: 2)

    def here(_lead_file, why):
        raise AssertionError(f"read in the importing process: {why}")
    monkeypatch.setattr(read_ahead, "read_here", here)
    return started
