"""Settings › General › Data folder: Move… checks the folder at once, moves on OK, refuses while importing
and when the database is not in the data folder."""

import pytest
from PySide6.QtWidgets import QMessageBox

from leadinbox import paths
from leadinbox.store.db import open_database
from leadinbox.ui.safety import data_folder
from leadinbox.ui.safety.data_folder import DataFolderRow


@pytest.fixture
def messages(monkeypatch):
    said = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda _parent, _title, text, kind=kind: said.append((kind, text)))
    return said


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A data folder of our own, and a config folder for the pointer to the moved one."""
    monkeypatch.delenv(paths.DATA_ENV, raising=False)
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(data_folder, "data_dir", lambda: tmp_path / "data")
    db = open_database(tmp_path / "data" / paths.DB_NAME)
    yield db, tmp_path
    db.close()


def test_move_on_ok_copies_and_points_the_next_start_there(qtbot, home, messages):
    db, tmp = home
    row = DataFolderRow(db, tmp / "data" / paths.DB_NAME)
    qtbot.addWidget(row)
    assert row.button.isEnabled()
    assert row.choose(tmp / "elsewhere") and row.pending == tmp / "elsewhere"
    assert not (tmp / "elsewhere").exists()                  # nothing happens before OK
    assert row.move_now()
    assert (tmp / "elsewhere" / paths.DB_NAME).is_file()
    assert paths.data_dir() == (tmp / "elsewhere").resolve()
    assert messages[-1][0] == "information"


def test_a_folder_with_files_gets_a_leadinbox_folder_inside(qtbot, home, messages):
    db, tmp = home
    (tmp / "Documents").mkdir()
    (tmp / "Documents" / "letter.txt").write_text("mine")
    row = DataFolderRow(db, tmp / "data" / paths.DB_NAME)
    qtbot.addWidget(row)
    assert row.choose(tmp / "Documents") and row.pending == tmp / "Documents" / "LeadInbox"


def test_refusals(qtbot, home, messages):
    db, tmp = home
    row = DataFolderRow(db, tmp / "data" / paths.DB_NAME, busy=lambda: True)
    qtbot.addWidget(row)
    assert not row.choose(tmp / "data" / "inside")
    assert messages[-1][0] == "warning" and row.pending is None
    assert row.choose(tmp / "new") and not row.move_now()     # an import is running
    assert "import is running" in messages[-1][1] and not (tmp / "new").exists()


def test_a_database_outside_the_data_folder_cannot_be_moved(qtbot, home):
    db, tmp = home
    row = DataFolderRow(db, tmp / "somewhere" / "other.sqlite")
    qtbot.addWidget(row)
    assert not row.button.isEnabled() and "--db" in row.button.toolTip()


def test_settings_ok_moves_the_data_and_closes_the_window(qtbot, window, tmp_path, monkeypatch, messages):
    from leadinbox.ui.settings.dialog import SettingsDialog
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(data_folder, "data_dir", lambda: window.db_path.parent)

    def ok(dialog):
        dialog.stack.widget(0).data_folder.choose(tmp_path / "moved")
        dialog.save_and_close()
        return dialog.result()
    monkeypatch.setattr(SettingsDialog, "exec", ok)
    closed = []
    monkeypatch.setattr(window, "close", lambda: closed.append(True))
    window.show_settings()
    assert (tmp_path / "moved" / paths.DB_NAME).is_file() and closed == [True]
    assert paths.data_dir() == (tmp_path / "moved").resolve()
