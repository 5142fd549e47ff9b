"""Moving the data folder: a consistent copy of the open database and its backups, refusals that leave
nothing behind, and the pointer the next start follows."""

import os

import pytest

from leadinbox import paths
from leadinbox.store.safety.data_move import MoveRefused, move_data_folder
from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path


@pytest.fixture
def live(tmp_path, samples):
    folder = tmp_path / "old"
    db = open_database(folder / paths.DB_NAME)
    import_path(db, samples / "azure-table-marketplaceleads.csv")
    (folder / "backups").mkdir()
    (folder / "backups" / "leadinbox-20261101T000000Z-daily.sqlite").write_bytes(b"backup")
    (folder / f"{paths.DB_NAME}.handover").mkdir()          # the window's mailbox: runtime state, not data
    yield db, folder
    db.close()


def test_the_copy_holds_every_lead_and_the_backups(live, tmp_path):
    db, folder = live
    leads = db.execute("SELECT count(*) FROM leads").fetchone()[0]
    moved = move_data_folder(db, folder, tmp_path / "new")
    assert moved == tmp_path / "new" / paths.DB_NAME
    copy = open_database(moved)
    assert copy.execute("SELECT count(*) FROM leads").fetchone()[0] == leads > 0
    copy.close()
    new = tmp_path / "new"
    assert (new / "backups" / "leadinbox-20261101T000000Z-daily.sqlite").read_bytes() == b"backup"
    assert not any(p.name.endswith((".lock", ".partial", "-wal", "-shm", ".handover")) for p in new.iterdir())
    assert os.stat(moved).st_mode & 0o077 == 0                  # still readable by the user only
    assert (folder / paths.DB_NAME).exists()        # the old folder stays until the user deletes it


@pytest.mark.parametrize("where", ["inside", "same", "full"])
def test_refusals_leave_nothing_behind(live, tmp_path, where):
    db, folder = live
    target = {"inside": folder / "sub", "same": folder, "full": tmp_path / "full"}[where]
    if where == "full":
        target.mkdir()
        (target / "mine.txt").write_text("keep")
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(MoveRefused):
        move_data_folder(db, folder, target)
    assert sorted(p.name for p in folder.iterdir()) == before
    if where == "full":
        assert [p.name for p in target.iterdir()] == ["mine.txt"]


def test_a_failed_copy_removes_the_new_folder(live, tmp_path, monkeypatch):
    db, folder = live
    from leadinbox.store.safety import data_move

    def broken(_db, _path):
        raise OSError("disk full")
    monkeypatch.setattr(data_move, "_copy_database", broken)
    with pytest.raises(OSError):
        move_data_folder(db, folder, tmp_path / "new")
    assert not (tmp_path / "new").exists()


def test_the_next_start_follows_the_pointer_unless_the_environment_says_otherwise(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv(paths.DATA_ENV, raising=False)
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    default = paths.data_dir()
    paths.remember_data_dir(tmp_path / "moved")
    assert paths.data_dir() == (tmp_path / "moved").resolve()
    assert paths.default_db_path() == (tmp_path / "moved").resolve() / paths.DB_NAME
    monkeypatch.setenv(paths.DATA_ENV, str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"
    monkeypatch.delenv(paths.DATA_ENV)
    paths.moved_to_file().unlink()
    assert paths.data_dir() == default
