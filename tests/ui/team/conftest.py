"""The team window's fixture: this window's desk and another, on one team table in Azurite."""

from __future__ import annotations

import pytest

from leadinbox.sources.azure_connection import AzureTableConnection
from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path
from leadinbox.store.team import desk as team_desk
from tests.team.helpers import join, make_desk, new_team
from tests.ui.team.helpers import AZ


@pytest.fixture
def team_window(qtbot, db_path, settings, azurite, tmp_path, samples):
    """This window's desk “Bo” and another desk “Ana”, both with the marketplace's leads, on one team."""
    from leadinbox.ui.window.main_window import MainWindow
    _, sas = new_team(azurite)
    ana = make_desk(tmp_path, "Ana", [samples / AZ])
    join(ana, sas)
    db = open_database(db_path)
    import_path(db, samples / AZ)
    team_desk.join(db, AzureTableConnection.from_sas_url(sas), "Bo")       # its key where the window looks
    win = MainWindow(db, db_path, settings, report_dialogs=False)
    qtbot.addWidget(win)
    win.team.syncer.soon.setInterval(50)
    yield win, ana
    win.team.syncer.stop()
    ana.close()
    db.close()
