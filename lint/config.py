"""Configuration: ``.corpuslint.yaml`` or ``[tool.corpuslint]`` in pyproject.toml.

Found from the working directory upward (or given with ``--config``).  Example::

    packs: [style/house.yaml]        # extra rule packs, relative to this file
    builtin: true                    # load the built-in packs (default)
    include: ["*.md", "*.txt"]       # file-name globs linted in directories
    exclude: ["drafts/**"]           # gitignore-style patterns, relative to this file
    select: [loaded, stats]          # only these rules (ids or family prefixes)
    ignore: [loaded.intensifier]
    fail_on: warning                 # lowest severity that makes the exit status 1
    max_file_mb: 10                  # larger files are reported as errors, not linted
    rules:
      loaded.labels: {severity: error}
      loaded.intensifier: off
      loaded.emotive: {skip: [comment]}
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from corpuslint.errors import ConfigError
from corpuslint.model.findings import Finding, Severity
from corpuslint.model.selectors import matches
from corpuslint.text.sidefiles import is_side_file, read_side_file
from corpuslint.text.yamlsource import YMap, load_yaml_file, position_of

CONFIG_NAMES = (".corpuslint.yaml", ".corpuslint.yml")
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt")
KEYS = {"packs", "builtin", "include", "exclude", "select", "ignore", "fail_on", "rules",
        "max_file_mb", "overrides"}
OVERRIDE_KEYS = {"files", "rules"}
DEFAULT_MAX_FILE_MB = 10.0


@dataclass
class RuleOverride:
    """Per-rule settings from the configuration file."""

    enabled: bool = True
    severity: Severity | None = None
    options: dict[str, Any] = field(default_factory=dict)
    line: int | None = None
    where: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)  # of options


@dataclass
class PathOverride:
    """Rule settings for some files only: ``files`` patterns (gitignore-style, relative to
    the configuration's folder) and, per rule id or family, ``off`` or a severity."""

    files: list[str]
    rules: dict[str, Severity | None]  # None: off
    line: int | None = None

    def __post_init__(self) -> None:
        import pathspec

        self.spec = pathspec.GitIgnoreSpec.from_lines(self.files)


@dataclass
class Config:
    root: Path
    source: str | None = None
    cwd: Path = field(default_factory=Path.cwd)  # where relative paths given to a run start
    # the corpus its files are judged against: the configuration's folder, else the git work
    # tree holding them, else only the files given (None)
    corpus_root: Path | None = None
    path: Path | None = None  # the configuration file, when there is one
    packs: list[Path] = field(default_factory=list)
    builtin: bool = True
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: Severity = Severity.WARNING
    max_file_mb: float = DEFAULT_MAX_FILE_MB  # larger files are reported, not linted
    rules: dict[str, RuleOverride] = field(default_factory=dict)
    overrides: list[PathOverride] = field(default_factory=list)

    def setting_for(self, path: Path, rule_id: str) -> tuple[bool, Severity | None]:
        """Whether an override touches ``rule_id`` in the file at ``path`` (resolved), and
        the severity it gives (None: off).  The last matching override decides; within
        one, a rule id beats its family."""
        decided, severity = False, None
        if not self.overrides:
            return decided, severity
        try:
            rel = path.relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return decided, severity
        for override in self.overrides:
            if not override.spec.match_file(rel):
                continue
            chosen = [s for s in override.rules if matches(rule_id, [s])]
            if chosen:
                decided, severity = True, override.rules[max(chosen, key=len)]
        return decided, severity

    def overridden(self, findings: list[Finding], path: Path) -> list[Finding]:
        """``findings`` as the per-folder ``overrides`` leave them for the file at ``path``
        (resolved): some rules off, some at another severity."""
        kept = []
        for finding in findings:
            decided, severity = self.setting_for(path, finding.rule)
            if not decided:
                kept.append(finding)
            elif severity is not None:
                kept.append(replace(finding, severity=severity))
        return kept


def find_config(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start``."""
    for directory in (start, *start.parents):
        found = _config_in(directory)
        if found is not None:
            return found
    return None


def _read(path: Path) -> bytes:
    try:
        return read_side_file(path, what="configuration file")
    except ConfigError:
        return b""  # an unreadable pyproject.toml holds no configuration of ours


def _load_pyproject(path: Path, display: str) -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    raw = read_side_file(path, display, what="configuration file")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not UTF-8 (byte {raw[exc.start]:#04x})", display) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", display) from None
    section = data.get("tool", {}).get("corpuslint", {})
    if not isinstance(section, dict):
        raise ConfigError("[tool.corpuslint] must be a table", display)
    return section


def _string_list(data: dict, key: str, source: str) -> list[str]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f'"{key}" must be a list of strings', source, *_where(data, key))
    return list(value)


def _where(data: dict, key: str | None = None) -> tuple[int | None, int | None]:
    return data.where(key) if isinstance(data, YMap) else (None, None)


def _override(value: Any, rule_id: str, source: str, data: dict) -> RuleOverride:
    line = _where(data, rule_id)[0]
    if value is False or value in ("off", "disable", "disabled"):
        return RuleOverride(enabled=False, line=line)
    if value is True or value in ("on", "enable", "enabled"):
        return RuleOverride(line=line)
    if isinstance(value, str):
        try:
            return RuleOverride(severity=Severity.parse(value), line=line)
        except ValueError as exc:
            raise ConfigError(f"{exc} for rule {rule_id}", source, *_where(data, rule_id)) from None
    if not isinstance(value, dict):
        raise ConfigError(f"settings of rule {rule_id} must be a mapping, a severity or off",
                          source, *_where(data, rule_id))
    options = dict(value)
    override = RuleOverride(enabled=options.pop("enabled", True) is not False, line=line)
    override.where = {name: _where(value, name) for name in options}
    if "severity" in options:
        try:
            override.severity = Severity.parse(options.pop("severity"))
        except ValueError as exc:
            raise ConfigError(f"{exc} for rule {rule_id}", source,
                              *_where(value, "severity")) from None
    override.options = options
    return override


def parse_config(data: Any, root: Path, source: str) -> Config:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("configuration must be a mapping", source)
    if data and not KEYS.intersection(data):
        # not a configuration at all (a file named by mistake): its keys are not quoted
        raise ConfigError("not a corpuslint configuration: none of its keys is a "
                          "configuration key (corpuslint init writes one)", source)
    for key in data:
        if key not in KEYS:
            raise ConfigError(f'unknown configuration key "{key}"', source, *_where(data, key))
    for key in [k for k, v in data.items() if v is None]:
        del data[key]  # a key left empty (only comments under it) means its default
    config = Config(root=root, source=source)
    names = _string_list(data, "packs", source)
    config.packs = [root / name for name in names]
    for i, (name, pack) in enumerate(zip(names, config.packs)):
        if not pack.exists():  # what exists but is no regular file is refused when read
            listed = data["packs"]
            where = position_of(listed, i) if isinstance(listed, list) else _where(data, "packs")
            raise ConfigError(f'pack "{name}" not found (looked for {pack})', source, *where)
    config.builtin = data.get("builtin", True)
    if not isinstance(config.builtin, bool):
        raise ConfigError('"builtin" must be true or false', source, *_where(data, "builtin"))
    if "include" in data:
        config.include = _string_list(data, "include", source)
    config.exclude = _string_list(data, "exclude", source)
    config.select = _string_list(data, "select", source)
    config.ignore = _string_list(data, "ignore", source)
    if "fail_on" in data:
        try:
            config.fail_on = Severity.parse(data["fail_on"])
        except ValueError as exc:
            raise ConfigError(str(exc), source, *_where(data, "fail_on")) from None
    if "max_file_mb" in data:
        limit = data["max_file_mb"]
        if isinstance(limit, bool) or not isinstance(limit, (int, float)) or \
                not math.isfinite(limit) or limit <= 0:
            raise ConfigError('"max_file_mb" must be a positive number', source,
                              *_where(data, "max_file_mb"))
        config.max_file_mb = float(limit)
    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        raise ConfigError('"rules" must be a mapping of rule id to settings', source,
                          *_where(data, "rules"))
    config.rules = {rule_id: _override(value, rule_id, source, rules)
                    for rule_id, value in rules.items()}
    config.overrides = _path_overrides(data.get("overrides", []), source)
    return config


def _path_overrides(items: Any, source: str) -> list[PathOverride]:
    """``overrides: [{files: [globs], rules: {rule or family: off | severity}}]``."""
    if not isinstance(items, list):
        raise ConfigError('"overrides" must be a list of {files, rules}', source,
                          *_where(items))
    result = []
    for item in items:
        where = _where(item) if isinstance(item, YMap) else (None, None)
        if not isinstance(item, dict) or set(item) != OVERRIDE_KEYS:
            raise ConfigError('each of "overrides" needs "files" and "rules", and nothing else',
                              source, *where)
        files = _string_list(item, "files", source)
        if not isinstance(item["rules"], dict) or not item["rules"]:
            raise ConfigError('"rules" of an override must map rule ids or families to off or '
                              "a severity", source, *_where(item, "rules"))
        rules: dict[str, Severity | None] = {}
        for rule, value in item["rules"].items():
            if value is False or value == "off":
                rules[str(rule)] = None
                continue
            try:
                rules[str(rule)] = Severity.parse(value)
            except ValueError:
                raise ConfigError(f'override of {rule} must be off or a severity (error, warning, '
                                  'info)', source, *_where(item["rules"], rule)) from None
        result.append(PathOverride(files, rules, where[0]))
    return result


def git_top(directory: Path) -> Path | None:
    """The top of the git work tree holding ``directory`` (a folder with ``.git``), if any."""
    for folder in (directory, *directory.parents):
        if (folder / ".git").exists():
            return folder
    return None


class Configurations:
    """The configuration that applies to each folder: the one given (``--config``), else the
    nearest at or above the folder, as ruff and ESLint find theirs; each file loaded once.

    A folder no configuration covers gets the defaults, with the git work tree holding it
    (or, outside git, the working directory) as the folder its paths are relative to.
    """

    def __init__(self, cwd: Path, explicit: str | None = None) -> None:
        self.cwd = cwd
        self.given = load_config(explicit, cwd) if explicit else None
        self._folders: dict[Path, Config] = {}
        self._files: dict[Path, Config] = {}

    def of(self, folder: Path) -> Config:
        """The configuration for files in ``folder`` (a resolved path)."""
        if self.given is not None:
            return self.given
        unknown = []
        for directory in (folder, *folder.parents):  # a loop: any depth of folders
            if directory in self._folders:
                found = self._folders[directory]
                break
            unknown.append(directory)
            path = _config_in(directory)
            if path is not None:
                found = self._load(path)
                break
        else:
            top = git_top(folder)
            found = self._defaults(top)
        for directory in unknown:
            self._folders[directory] = found
        return found

    def _load(self, path: Path) -> Config:
        if path not in self._files:
            self._files[path] = load_config(str(path), self.cwd, os.path.relpath(path, self.cwd))
        return self._files[path]

    def _defaults(self, top: Path | None) -> Config:
        key = top or self.cwd
        if key not in self._files:
            self._files[key] = Config(root=key, cwd=self.cwd, corpus_root=top)
        return self._files[key]


def _config_in(directory: Path) -> Path | None:
    """The configuration file in ``directory`` itself, if there is one."""
    for name in CONFIG_NAMES:
        if (directory / name).exists() and not (directory / name).is_dir():
            return directory / name  # a pipe or device is reported when read
    pyproject = directory / "pyproject.toml"
    if is_side_file(pyproject) and b"[tool.corpuslint" in _read(pyproject):
        return pyproject
    return None


def load_config(explicit: str | None, cwd: Path, display: str | None = None) -> Config:
    """Load ``--config FILE`` or the configuration found from ``cwd`` upward (defaults when
    there is none); ``display`` names the file in errors."""
    path = cwd / explicit if explicit else find_config(cwd)
    if path is None:
        top = git_top(cwd)
        return Config(root=top or cwd, cwd=cwd, corpus_root=top)
    display = display or (os.path.relpath(path, cwd) if explicit is None else explicit)
    if path.is_dir():
        raise ConfigError("is a directory; --config needs a file", display)
    if not path.exists():
        raise ConfigError("configuration file not found", display)
    root = path.resolve().parent
    if path.name == "pyproject.toml":
        config = parse_config(_load_pyproject(path, display), root, display)
    else:
        config = parse_config(load_yaml_file(path, display), root, display)
    config.cwd = cwd
    config.corpus_root = root
    config.path = path.absolute()
    return config
