"""A database with the samples imported, for the people tests."""

import pytest

from leadinbox.store.importing.entry import import_path


@pytest.fixture
def loaded(db, samples):
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    return db


def cid(db, email: str) -> int:
    return db.execute("SELECT id FROM customers WHERE email = ?", (email,)).fetchone()[0]
