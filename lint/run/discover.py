"""Find the files to lint: explicit files, and directories walked in sorted order.

Each file is linted under the configuration that applies to its folder (the nearest at or
above it).  In directories, files whose names match that configuration's ``include`` are
linted; hidden files and directories are skipped, and so is anything ignored by a
``.gitignore`` (from the directory walked, its subdirectories and its parents up to the
repository root) or matched by the configuration's ``exclude`` patterns.
"""

from __future__ import annotations

import errno
import fnmatch
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pathspec

from corpuslint.config import Config, Configurations
from corpuslint.errors import UsageError
from corpuslint.model.findings import Problem


@dataclass(frozen=True)
class Target:
    display: str  # the path as reported
    path: Path  # the path on disk
    real: Path  # the path with every link resolved
    config: Config = field(compare=False, repr=False)  # the configuration that applies
    data: bytes | None = field(default=None, compare=False, repr=False)  # unsaved content
    named: bool = field(default=False, compare=False)  # given by name, not found in a folder


class _Ignores:
    """gitignore specs keyed by the directory they apply to."""

    def __init__(self) -> None:
        self.specs: list[tuple[Path, pathspec.PathSpec]] = []

    def add(self, directory: Path) -> None:
        gitignore = directory / ".gitignore"
        if gitignore.is_file():
            try:
                lines = gitignore.read_text("utf-8", "replace").splitlines()
            except OSError:
                return
            self.specs.append((directory, pathspec.GitIgnoreSpec.from_lines(lines)))

    def ignored(self, path: Path, is_dir: bool) -> bool:
        for directory, spec in self.specs:
            try:
                rel = path.relative_to(directory).as_posix()
            except ValueError:
                continue
            if spec.match_file(rel + "/" if is_dir else rel):
                return True
        return False


def _repository_parents(directory: Path) -> list[Path]:
    """``directory``'s ancestors up to the one holding ``.git`` (none outside a repository)."""
    chain = []
    for parent in (directory, *directory.parents):
        chain.append(parent)
        if (parent / ".git").exists():
            return list(reversed(chain[1:]))
    return []


class Discovery:
    """The files to lint, each with the configuration that applies to it.

    ``only``: walk for one configuration's corpus, leaving out the folders another
    configuration governs (the rest of a corpus, in partial runs).
    """

    def __init__(self, configs: Configurations, cwd: Path, only: Config | None = None) -> None:
        self.configs = configs
        self.cwd = cwd
        self.only = only
        self.problems: list[Problem] = []
        self._excludes: dict[int, pathspec.PathSpec] = {}

    def display(self, path: Path) -> str:
        try:
            return os.path.relpath(path, self.cwd)
        except ValueError:  # another drive on Windows
            return str(path)

    def excluded(self, config: Config, real: Path, is_dir: bool = False) -> bool:
        """Whether ``config``'s ``exclude`` matches the resolved path ``real``."""
        if not config.exclude:
            return False
        spec = self._excludes.get(id(config))
        if spec is None:
            spec = self._excludes[id(config)] = pathspec.GitIgnoreSpec.from_lines(config.exclude)
        try:
            rel = real.relative_to(config.root.resolve()).as_posix()
        except ValueError:
            return False
        return rel != "." and spec.match_file(rel + "/" if is_dir else rel)

    @staticmethod
    def included(config: Config, name: str) -> bool:
        return any(fnmatch.fnmatchcase(name, pattern) for pattern in config.include)

    def targets(self, paths: list[str]) -> Iterator[Target]:
        """The files ``paths`` name (relative to the working directory), each reported as
        named, or by its path from the working directory when found in a directory."""
        missing = [p for p in paths if not os.path.lexists(self.cwd / p)]
        if missing:
            raise UsageError(f"no such file or directory: {missing[0]}")
        for raw in paths:
            path = self.cwd / raw
            if path.is_dir():
                yield from self._walk(path)
            elif not path.exists():
                self.problems.append(Problem(raw, _broken_link(path)))
            else:
                real = path.resolve()
                config = self.configs.of(real.parent)
                if not self.excluded(config, real):
                    yield Target(raw if not Path(raw).is_absolute() else self.display(path), path,
                                 real, config, named=True)

    def _walk(self, root: Path) -> Iterator[Target]:
        """The files under ``root``, depth first in sorted order, with an explicit stack so
        that no depth of folders can exhaust Python's recursion limit."""
        ignores = _Ignores()
        for parent in _repository_parents(root.resolve()):
            ignores.add(parent)
        stack = [self._open_dir(root, root.resolve(), ignores)]
        while stack:
            prefix, real, ignores, config, entries = stack[-1]
            entry = next(entries, None)
            if entry is None:
                stack.pop()
                continue
            path, child = Path(entry.path), real / entry.name
            if entry.is_dir(follow_symlinks=False):
                if not ignores.ignored(child, True) and not self.excluded(config, child, True):
                    frame = self._open_dir(path, child, _child(ignores))
                    if self.only is None or frame[3] is self.only:
                        stack.append(frame)
            elif self.included(config, entry.name):
                target = self._file(entry, prefix + entry.name, path, child, ignores, config)
                if target is not None:
                    yield target

    def _open_dir(self, directory: Path, real: Path, ignores: _Ignores):
        """A folder's place on the walk's stack: how its files are named, its resolved path
        (children are joined to it, as links to folders are never followed), its ignore
        rules, its configuration and its sorted entries."""
        ignores.add(real)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            self.problems.append(Problem(self.display(directory),
                                         f"cannot read directory: {exc.strerror}"))
            entries = []
        shown = self.display(directory)
        prefix = "" if shown == "." else shown + os.sep
        return prefix, real, ignores, self.configs.of(real), \
            (e for e in entries if not e.name.startswith("."))

    def _file(self, entry: os.DirEntry, display: str, path: Path, child: Path,
              ignores: _Ignores, config: Config) -> Target | None:
        if entry.is_symlink():
            if not path.exists():
                self.problems.append(Problem(self.display(path), _broken_link(path)))
                return None
            if path.is_dir():
                return None  # a symbolic link to a directory: not followed, like the others
        if not entry.is_file():  # a FIFO would block the run, a device never end
            self.problems.append(Problem(self.display(path), "not a regular file, skipped",
                                         severity="warning"))
            return None
        if ignores.ignored(child, False) or self.excluded(config, child):
            return None
        return Target(display, path, path.resolve() if entry.is_symlink() else child, config)


def _broken_link(path: Path) -> str:
    """Why a symbolic link cannot be followed: it points nowhere, or round in a loop."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop, skipped"
    return "broken symbolic link, skipped"


def _child(ignores: _Ignores) -> _Ignores:
    child = _Ignores()
    child.specs = list(ignores.specs)
    return child
