"""Cancelling an import in any phase, between statements or inside one, leaves the database as it was."""

import pytest

from leadinbox.core.leadfile import open_lead_file
from leadinbox.store.importing.result import ImportCancelled, Phase
from leadinbox.store.importing.writer import import_lead_file
from tests.store.helpers import run_import, snapshot
from tests.store.importing.test_batches import pc_file

FIRST = pytest.mark.parametrize("first", [True, False], ids=["into-empty-db", "into-db-with-leads"])


def _prepare(db, tmp_path, first):
    if not first:
        run_import(db, pc_file(tmp_path, "a.csv", range(3)))
    return snapshot(db), open_lead_file(pc_file(tmp_path, "big.csv", range(100, 200)))


@FIRST
def test_every_phase_is_reported_in_order(db, tmp_path, first):
    _, lead_file = _prepare(db, tmp_path, first)
    seen = []
    import_lead_file(db, lead_file, progress=lambda phase, rows, share: seen.append((phase, rows, share)))
    phases = [p for i, (p, _, _) in enumerate(seen) if i == 0 or seen[i - 1][0] != p]
    assert phases == [Phase.READING, Phase.DUPLICATES, Phase.CUSTOMERS, Phase.SEARCH, Phase.SAVING]
    reading = [(rows, share) for p, rows, share in seen if p is Phase.READING]
    assert reading[-1] == (100, 1.0)                        # the CSV's bytes read: a percentage
    assert all(share is None for p, _, share in seen if p is not Phase.READING)


@FIRST
@pytest.mark.parametrize("phase", list(Phase))
def test_cancel_in_each_phase_changes_nothing(db, tmp_path, first, phase):
    before, lead_file = _prepare(db, tmp_path, first)
    seen = set()
    with pytest.raises(ImportCancelled):
        with db.atomic():              # as the window's import runs: all files of a drop in one transaction
            import_lead_file(db, lead_file, progress=lambda p, *_: seen.add(p), cancelled=lambda: phase in seen)
    assert snapshot(db) == before


@FIRST
@pytest.mark.parametrize("phase", list(Phase))
def test_a_statement_interrupted_in_each_phase_is_a_cancel(db, tmp_path, first, phase):
    """The window's Cancel calls Connection.interrupt(): SQLite stops the statement running and rolls the
    transaction back. Here a progress handler does the same inside the first statement of `phase`."""
    before, lead_file = _prepare(db, tmp_path, first)
    state = {"armed": False, "fired": False}

    def progress(p, *_):
        state["armed"] |= p is phase

    def handler():
        if state["armed"] and not state["fired"]:
            state["fired"] = True
            return 1                   # abort the statement: SQLITE_INTERRUPT, as interrupt() gives
        return 0
    db.conn.set_progress_handler(handler, 1)
    try:
        with pytest.raises(ImportCancelled):
            with db.atomic():
                import_lead_file(db, lead_file, progress=progress, cancelled=lambda: state["fired"])
    finally:
        db.conn.set_progress_handler(None, 1)
    assert state["fired"] and not db.conn.in_transaction
    assert snapshot(db) == before


def test_an_interrupted_statement_without_a_cancel_is_an_error(db, tmp_path):
    """Only the user's cancel turns an interruption into a cancel: anything else stays an error."""
    _, lead_file = _prepare(db, tmp_path, True)
    db.conn.set_progress_handler(lambda: 1, 1000)
    try:
        with pytest.raises(Exception, match="interrupted"):
            import_lead_file(db, lead_file, cancelled=lambda: False)
    finally:
        db.conn.set_progress_handler(None, 1)
