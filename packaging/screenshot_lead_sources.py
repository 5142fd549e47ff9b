"""Renders docs/screenshots/lead-sources.png (Settings › Lead sources with a connected table) and
pull-status.png (the window after a pull: new leads highlighted, the reminder and "Leads pulled …" in the
status bar), against Azurite started for the purpose (run under Xvfb:
xvfb-run -a -s "-screen 0 1600x1000x24" python packaging/screenshot_lead_sources.py)."""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from leadinbox.sources.azure_connection import AzureTableConnection  # noqa: E402
from leadinbox.store.db import open_database  # noqa: E402
from leadinbox.store.importing.entry import import_path  # noqa: E402
from leadinbox.store.sources.connect import connect  # noqa: E402
from leadinbox.ui.language import i18n  # noqa: E402
from tests import azurite as emulator  # noqa: E402
from tests.sources.helpers import lead_entity, sas_url, service  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def wait(app: QApplication, done, seconds: float = 30) -> None:
    import time
    until = time.monotonic() + seconds
    while not done() and time.monotonic() < until:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    QCoreApplication.setApplicationName("LeadInbox")
    i18n.install("en", app)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = emulator.start(folder / "azurite")
        try:
            table = service(server).create_table("MarketplaceLeads")
            db_path = folder / "leadinbox.sqlite"
            db = open_database(db_path)
            import_path(db, ROOT / "leadinbox" / "assets" / "samples" / "partner-center-leads-export.csv")
            connect(db, AzureTableConnection.from_sas_url(sas_url(server, "MarketplaceLeads", hours=24 * 300)))
            people = [("Ingrid", "Svensson", "Nordlys AB", "SE", "PLT"), ("Mateo", "García", "Soluciones Río", "ES", "INS"),
                      ("Hana", "Kobayashi", "Sakura Systems", "JP", "INS")]
            for n, (first, last, company, country, action) in enumerate(people):
                entity = lead_entity(900 + n, email=f"{first.lower()}@{company.split()[0].lower()}.example",
                                     action=action, day=datetime.now(timezone.utc) - timedelta(minutes=40 - 9 * n))
                entity["CustomerInfo"] = entity["CustomerInfo"].replace(f"First{900 + n}", first).replace(
                    f"Last{900 + n}", last).replace(f"Company {900 + n}", company).replace('"US"', f'"{country}"')
                table.create_entity(entity)
            from leadinbox.ui.window.main_window import MainWindow
            settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
            win = MainWindow(db, db_path, settings, report_dialogs=False)
            win.resize(1280, 760)
            win.show()
            win.views.select("all")
            win.sources.puller.timer.stop()
            win.sources.puller.pull_now()
            wait(app, lambda: not win.sources.puller.busy)
            wait(app, lambda: False, 1.0)
            OUT.mkdir(parents=True, exist_ok=True)
            win.grab().save(str(OUT / "pull-status.png"))
            from leadinbox.ui.settings.dialog import SettingsDialog
            dialog = SettingsDialog(win)
            page = win.sources.add_settings_page(dialog)
            dialog.resize(1000, 760)
            dialog.show()
            dialog.pages.setCurrentRow(0)
            page.load()
            wait(app, lambda: False, 0.5)
            dialog.grab().save(str(OUT / "lead-sources.png"))
            dialog.close()
            win.sources.puller.stop()
            win.close()
            db.close()
        finally:
            emulator.stop(server.process)
    print(f"wrote {OUT / 'lead-sources.png'} and {OUT / 'pull-status.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
