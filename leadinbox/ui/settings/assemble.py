"""Edit › Settings…: the dialog with the general and follow-up pages and each feature's own, and what follows
when it is accepted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from leadinbox.core.changes import Changes
from leadinbox.ui.language.i18n import format_number


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def show_settings(parent, settings, db, jobs, status, pages: list[Callable]) -> bool:
    """Runs the dialog; `pages` add a feature's page to it (`add(dialog)`). True when the user chose to move
    the data folder now: the window then closes, after every page saved into this database."""
    from leadinbox.ui.followup.settings_page import FollowUpSettingsPage
    from leadinbox.ui.safety.data_folder import DataFolderRow
    from leadinbox.ui.settings.dialog import GeneralPage, SettingsDialog
    dialog = SettingsDialog(parent)
    general = GeneralPage(settings, data_folder=DataFolderRow(db, jobs.db_path, busy=lambda: jobs.busy("import")))
    dialog.add_page(_tr("General"), general, load=general.load, save=general.save)
    follow = FollowUpSettingsPage()
    dialog.add_page(_tr("Follow-up"), follow, load=lambda: follow.load(db), save=lambda: follow.save(db))
    for add in pages:
        add(dialog)
    accepted = dialog.exec()
    if accepted and follow.replanned:
        jobs.changes.emit(Changes.of(settings=["rules"]))
        status.say(_tr("New follow-up rules: %s open leads replanned.") % format_number(follow.replanned))
    return bool(accepted and general.data_folder.move_now())
