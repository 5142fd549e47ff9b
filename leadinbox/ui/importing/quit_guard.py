"""Quitting while a write runs that the quit would throw away (an import: a cancel rolls it back) asks first:
an event filter on the window's close, installed by the import controller."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuitGuard", text)


class _Guard(QObject):
    def __init__(self, window, jobs) -> None:
        super().__init__(window)
        self.jobs = jobs

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close and not may_quit(watched, self.jobs):
            event.ignore()           # the user keeps the import: the window stays, nothing stops
            return True
        return False


_NOTHING_LOST: weakref.WeakSet = weakref.WeakSet()


def nothing_lost(job) -> None:
    """`job` (an import's search step) loses nothing when a quit stops it: not asked about."""
    _NOTHING_LOST.add(job)


def install(window, jobs) -> None:
    window.installEventFilter(_Guard(window, jobs))


def may_quit(window, jobs) -> bool:
    """True when nothing would be lost, or the user chose to lose it. A write that cannot be cancelled (an undo,
    a restore, an erase) is not asked about: closing waits for it and it commits; nor the search step after an
    import (its leads are in; what it has not indexed is indexed next time)."""
    if not any(job.name == "import" and job.cancellable and job not in _NOTHING_LOST for job in jobs.running()):
        return True
    return ask(window, _tr("An import is running: quit and lose it?"),
               _tr("Nothing of this import is kept when LeadInbox quits now; you can import the files again "
                   "later."))


def ask(parent: QWidget, text: str, detail: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Quit LeadInbox"), text, parent=parent)
    box.setInformativeText(detail)
    lose = box.addButton(_tr("Quit and lose the import"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("Keep importing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)           # Enter by habit does not throw the import away
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is lose
