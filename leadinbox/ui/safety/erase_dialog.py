"""Lead › Erase person…: names who and what will go, and that it cannot be undone; the Erase button is
enabled only once the user has ticked that they understand."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from leadinbox.store.safety.erase import Erasure


MIN_WIDTH = 480      #: the list of what goes reads one item a line, in Dutch too
MAX_WIDTH = 640
MARGIN = 20          #: a dialog that cannot be undone gets room around its words


class EraseDialog(QDialog):
    def __init__(self, what: Erasure, backups: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase person"))
        self.setMinimumWidth(MIN_WIDTH)
        who = what.name or what.email or self.tr("this customer")
        contact = ", ".join(x for x in (what.email if what.name else None, what.company) if x)
        heading = QLabel(self.tr("Erase <b>%s</b> and everything recorded about them?") % _html(who)
                         + (f"<br>{_html(contact)}" if contact else ""))
        heading.setWordWrap(True)
        # One plural each ("1 attempt", not "1 attempts"); %Ln groups digits as the locale does. What they do
        # not have is not listed ("0 notes" reads as if something were missing); the leads always are.
        items = [self.tr("%Ln lead(s), with the rows they were imported from", "", what.leads)]
        items += [text for n, text in (
            (what.attempts, self.tr("%Ln attempt(s)", "", what.attempts)),
            (what.notes, self.tr("%Ln note(s)", "", what.notes)),
            (what.calls, self.tr("%Ln planned call(s)", "", what.calls)),
            (what.status_changes, self.tr("%Ln status change(s), and their entry in the search", "",
                                          what.status_changes)),
            (backups, self.tr("their copies in %Ln backup(s) in the data folder", "", backups))) if n]
        body = QLabel("<ul>" + "".join(f"<li>{_html(i)}</li>" for i in items) + "</ul>")
        body.setWordWrap(True)
        explanation = QLabel(self.tr(
            "A one-way code of their email (or name and company) is kept, so importing an old file does not "
            "bring them back; the import report counts the rows it skips. Copies outside LeadInbox (exports, "
            "your own backups) are not reached."))
        explanation.setWordWrap(True)
        self.understood = QCheckBox(self.tr("I understand this cannot be undone"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setEnabled(False)
        self.understood.toggled.connect(self.erase_button.setEnabled)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(12)
        for widget in (heading, body, explanation):
            layout.addWidget(widget)
        layout.addStretch(1)         # a taller window puts its room here, not between the lines
        layout.addWidget(self.understood)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        # Wrapped labels ask for their height at the width they get: open as wide as the longest line wants
        # (within reason) and exactly as tall as that width needs, not the taller guess Qt makes first.
        width = max(MIN_WIDTH, min(self.sizeHint().width(), MAX_WIDTH))
        self.resize(width, layout.totalHeightForWidth(width))
        self.explanation = explanation
        self.text = f"{heading.text()}\n{body.text()}{explanation.text()}"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
