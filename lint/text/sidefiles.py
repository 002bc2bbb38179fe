"""Reading the files beside the articles: configuration, rule packs, name groups, baselines.

They are read with the same care as articles: only regular files (a device such as
``/dev/zero`` or a pipe would never end, or never start), at most ``limit`` bytes, and
every failure is a one-line :class:`~corpuslint.errors.ConfigError` naming the file —
which never quotes the file's content.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from corpuslint.errors import ConfigError

SIDE_FILE_LIMIT = 32 * 1024 * 1024  # bytes; a 100,000-entry lexicon is about 10 MB


def read_side_file(path: str | os.PathLike[str], display: str | None = None,
                   limit: int = SIDE_FILE_LIMIT, what: str = "file") -> bytes:
    """The bytes of the regular file at ``path`` (``display`` names it in errors)."""
    name = display or str(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise ConfigError(f"is a directory, not a {what}", name)
        if not stat.S_ISREG(info.st_mode):
            raise ConfigError(f"not a regular file (a device, pipe or socket), so not a {what}",
                              name)
        if info.st_size > limit:
            raise ConfigError(f"too large for a {what} ({info.st_size} bytes; the limit is "
                              f"{limit})", name)
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise ConfigError("no such file", name) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", name) from None
    if len(data) > limit:  # it grew while being read
        raise ConfigError(f"too large for a {what} (over {limit} bytes)", name)
    return data


def is_side_file(path: Path) -> bool:
    """Whether ``path`` is a regular file (a place where configuration may be found)."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False
