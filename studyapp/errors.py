"""One error hierarchy: everything a user may see derives from StudyAppError.

The CLI and the GUI catch StudyAppError in one place each and show its message; anything
else is a bug and goes to the log with its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class StudyAppError(Exception):
    """An error with a message written for the user, saying what to do."""


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in a bank file, printed as `path:line: field: what is wrong`."""

    path: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}"


class BankError(StudyAppError):
    """A bank file could not be loaded; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, path: Path | str, field: str, message: str, line: int | None = None) -> "BankError":
        return cls([Problem(str(path), line, field, message)])


class StorageError(StudyAppError):
    """The progress database cannot be opened or written."""


class DatabaseTooNewError(StorageError):
    """The database was written by a newer studyapp; refusing keeps it intact."""


class DatabaseCorruptError(StorageError):
    """The database failed its integrity check."""


class StoredTimeError(DatabaseCorruptError, ValueError):
    """A time stored in the progress file is not a date (a damaged or hand-edited file). Also a
    ValueError, so code that reads times defensively keeps working."""


class SettingsError(StudyAppError):
    """The settings file is unreadable or holds invalid values."""


class BankVersionError(StudyAppError):
    """A bank older than the installed version was offered; installing it would undo changes."""


class DatabaseDamagedError(DatabaseCorruptError):
    """The progress file failed its check on open and was moved aside; a backup may be restored."""

    def __init__(self, message: str, moved_to: Path | None = None, latest_backup: Path | None = None):
        super().__init__(message)
        self.moved_to = moved_to
        self.latest_backup = latest_backup


class GenerateError(StudyAppError):
    """An article could not be turned into a bank (unreadable, empty, or nothing to ask)."""


class GenerateCancelled(GenerateError):
    """The teacher cancelled drafting; raised from the generator's checkpoint between stages."""
