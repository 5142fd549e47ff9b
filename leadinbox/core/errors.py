"""Expected problems with input files: a refused file, and a skipped row."""

from __future__ import annotations

from dataclasses import dataclass


class FileRefused(Exception):
    """The whole file cannot be imported; nothing of it is written.

    `row` is the spreadsheet-style row number (the header is row 1 in a CSV), `column` the header text.
    """

    def __init__(self, reason: str, *, row: int | None = None, column: str | None = None) -> None:
        self.reason = reason
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


class LayoutNotRecognised(FileRefused):
    """The headers match no known export; the caller must supply a column mapping."""

    def __init__(self, unplaced: list[str], guess: dict[str, str]) -> None:
        self.unplaced = unplaced
        self.guess = guess
        super().__init__(
            "the layout of this file was not recognised; could not place: "
            + ", ".join(unplaced)
            + " (map columns with --map COLUMN=FIELD)"
        )


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One row that was skipped, and why."""

    row: int
    column: str | None
    reason: str

    def as_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "reason": self.reason}
