"""Expected problems with input files: a refused file, and a skipped row."""

from __future__ import annotations

from dataclasses import dataclass, field

from leadinbox.core.messages import QT_TRANSLATE_NOOP, Message


class FileRefused(Exception):
    """The whole file cannot be imported; nothing of it is written.

    `row` is the spreadsheet-style row number (the header is row 1 in a CSV), `column` the header text.
    `message` is the reason as a template and its values (for the UI's language); `reason` its English text.
    """

    def __init__(self, template: str | Message, /, *, row: int | None = None, column: str | None = None,
                 **params: object) -> None:
        self.message = template if isinstance(template, Message) else Message(template, params)
        self.reason = str(self.message)
        self.row = row
        self.column = column
        super().__init__(self.describe())

    def describe(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column “{self.column}”")
        return f"{', '.join(where)}: {self.reason}" if where else self.reason

    @property
    def refusal(self) -> Refusal:
        return Refusal(self.message, self.row, self.column)


@dataclass(frozen=True, slots=True)
class Refusal:
    """A FileRefused without its traceback: what an import result keeps, for the window to word it."""

    message: Message
    row: int | None = None
    column: str | None = None


class LayoutNotRecognised(FileRefused):
    """The headers match no known export; the caller must supply a column mapping."""

    def __init__(self, unplaced: list[str], guess: dict[str, str]) -> None:
        self.unplaced = unplaced
        self.guess = guess
        super().__init__(QT_TRANSLATE_NOOP("CoreMessages", "the layout of this file was not recognised; could not "
                                           "place: {fields} (map columns with --map COLUMN=FIELD)"),
                         fields=", ".join(unplaced))


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One row that was skipped, and why: `reason` in English, `message` as a template for the UI."""

    row: int
    column: str | None
    reason: str
    message: Message | None = field(default=None, compare=False)

    @classmethod
    def of(cls, row: int, column: str | None, template: str | Message, **params: object) -> RowProblem:
        message = template if isinstance(template, Message) else Message(template, params)
        return cls(row, column, str(message), message)

    def as_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "reason": self.reason}
