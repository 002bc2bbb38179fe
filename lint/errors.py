"""Errors that end a run with a one-line message and exit status 2."""

from __future__ import annotations

from corpuslint.printable import shown_path, visible


class CorpuslintError(Exception):
    """A usage or configuration problem, reported as ``where: error: message``."""

    def __init__(self, message: str, path: str | None = None,
                 line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = [str(part) for part in (self.path, self.line, self.column) if part is not None]
        prefix = shown_path(":".join(where)) + ": " if where else "corpuslint: "
        return f"{prefix}error: {visible(self.message)}"


class UsageError(CorpuslintError):
    """The command line asks for something that cannot be done."""


class ConfigError(CorpuslintError):
    """A configuration file or rule pack is invalid."""
