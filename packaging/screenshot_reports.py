"""Renders docs/screenshots/reports.png: the Reports window over the samples and a generated lead file, with
follow-up work logged through the store as a salesperson would (run under Xvfb:
xvfb-run -a -s "-screen 0 1600x1000x24" python packaging/screenshot_reports.py)."""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

import generate  # noqa: E402

from leadinbox.ui.language import i18n
from leadinbox.core.query import InboxQuery  # noqa: E402
from leadinbox.store.work import attempts as followup  # noqa: E402
from leadinbox.store.db import open_database  # noqa: E402
from leadinbox.store.importing.entry import import_path  # noqa: E402
from leadinbox.store.inbox import facets  # noqa: E402
from leadinbox.ui.importing.controller import SAMPLES  # noqa: E402
from leadinbox.ui.reports.view import ReportsWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
LEADS = 4000
NOW = datetime(2026, 10, 30, 9, 0, tzinfo=timezone.utc)     # the generated leads end on 27 October


def work(db, rnd: random.Random) -> None:
    """First attempts from minutes to days after the lead; a reply on about a third of the attempts;
    replies qualified and won now and then; silent leads closed after the cadence, or lost earlier."""
    rows = db.execute("""SELECT customer_id, min(sort_at) FROM leads WHERE status = 'new' AND action != 'DNC'
                         AND NOT is_test GROUP BY customer_id""").fetchall()
    for customer_id, first in rows:
        if rnd.random() > 0.7:
            continue
        at = datetime.fromisoformat(first.replace("Z", "+00:00")) + timedelta(
            hours=rnd.choice([0.3, 0.8, 2, 3, 6, 10, 18, 20, 23, 30, 40, 60, 90]))
        leads = [r[0] for r in db.execute("SELECT id FROM leads WHERE customer_id = ?", (customer_id,))]
        for day in (0, 2, 5, 9, 14):
            when = at + timedelta(days=day, hours=rnd.randint(0, 5))
            if when > NOW:
                break
            outcome = rnd.choices(["replied", "meeting", "no_answer", "voicemail", "bounced"],
                                  [26, 6, 50, 14, 4])[0]
            channel = rnd.choice(["email", "email", "call"])
            try:
                followup.log_attempt(db, customer_id, channel, outcome, at=when, now=NOW)
            except (followup.NotAllowed, followup.DoNotContact):
                break
            if outcome in ("replied", "meeting"):
                fate = rnd.random()
                if fate < 0.45:
                    followup.set_status(db, leads, "qualified", now=when + timedelta(days=3))
                    if fate < 0.25:
                        followup.set_status(db, leads, "won", now=when + timedelta(days=12))
                elif fate < 0.6:
                    followup.set_status(db, leads, "lost", now=when + timedelta(days=6))
                break
            if outcome == "bounced":
                followup.set_status(db, leads, "lost", reason="bounced", now=when)
                break
        else:
            if when + timedelta(days=3) < NOW:
                followup.set_status(db, leads, "no_response", now=when + timedelta(days=3))


def main() -> int:
    app = QApplication(sys.argv)
    QCoreApplication.setOrganizationName("LeadInbox-screenshots")
    tmp = Path(tempfile.mkdtemp())
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    i18n.save_language(settings, "en")
    i18n.start(settings)   # English, and numbers grouped, as the app starts
    db_path = tmp / "leadinbox.sqlite"
    db = open_database(db_path)
    generated = tmp / "generated-leads.csv"
    generate.write_csv(generated, LEADS)
    for path in [*sorted(SAMPLES.iterdir()), generated]:
        import_path(db, path)
    work(db, random.Random(6))
    window = ReportsWindow(db_path, settings)
    window.resize(1440, 1000)
    window.view.today = NOW.date
    window.open_with(InboxQuery(), facets(db))
    window.view.period.setCurrentIndex(window.view.period.findData(26))

    def shoot(query, _result) -> None:
        if query != window.view.query():
            return
        QApplication.processEvents()
        window.grab().save(str(OUT / "reports.png"))
        print("wrote", OUT / "reports.png")
        QTimer.singleShot(0, app.quit)

    window.view.counting.answered.connect(shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
