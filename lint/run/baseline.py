"""``--baseline FILE``: report only findings that are new since the baseline was written.

A finding is matched by rule, path, flagged text and the words either side of it, not
by line number, so edits above a finding (or elsewhere in its line) do not bring it back.  Identical findings are counted:
a third copy of a phrase already in the baseline twice is new.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from corpuslint.errors import ConfigError
from corpuslint.model.findings import Finding
from corpuslint.store.atomic import write_atomic
from corpuslint.store.jsonfiles import json_text
from corpuslint.text.sidefiles import read_side_file

Key = tuple[str, str, str, str]
LineText = Callable[[Finding], str]
FIELDS = ("rule", "path", "text", "context")
VERSION = 1
LIMIT = 256 * 1024 * 1024  # bytes


def context(finding: Finding, line_text: LineText) -> str:
    """The word before and the word after the flagged text on its line."""
    line = line_text(finding)
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    before = line[:start].split()[-1:]
    after = line[end:].split()[:1]
    return " ".join([*before, "…", *after])


def key(finding: Finding, line_text: LineText) -> Key:
    return (finding.rule, finding.path, finding.text, context(finding, line_text))


def write(path: Path, findings: Iterable[Finding], line_text: LineText) -> int:
    """Record ``findings`` in the baseline file; returns how many."""
    entries = [dict(zip(FIELDS, key(f, line_text), strict=True)) for f in findings]
    data = {"version": VERSION, "findings": entries}
    write_atomic(path, (json_text(data, indent=1) + "\n").encode())
    return len(entries)


def load(path: Path, display: str | None = None) -> Counter:
    """The findings a baseline file records, counted; any other file is a one-line error."""
    name = display or str(path)
    if not path.exists() and not path.is_symlink():
        raise ConfigError("baseline file not found (write one with --write-baseline)", name)
    raw = read_side_file(path, name, LIMIT, "baseline")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ConfigError("not a corpuslint baseline (not JSON)", name) from None
    except RecursionError:
        raise ConfigError("not a corpuslint baseline (nested too deeply)", name) from None
    if not isinstance(data, dict) or "findings" not in data:
        raise ConfigError("not a corpuslint baseline (no \"findings\")", name)
    if data.get("version") != VERSION:
        has = f"version {str(data['version'])[:20]}" if "version" in data else "no version"
        raise ConfigError(f"the baseline has {has}, not {VERSION}: write it again with "
                          "--write-baseline", name)
    entries = data["findings"]
    if not isinstance(entries, list) or not all(
            isinstance(e, dict) and all(isinstance(e.get(k), str) for k in FIELDS)
            for e in entries):
        raise ConfigError(f"not a corpuslint baseline (each finding needs {', '.join(FIELDS)} "
                          "as text)", name)
    return Counter(tuple(e[k] for k in FIELDS) for e in entries)


def new_findings(findings: Iterable[Finding], remaining: Counter,
                 line_text: LineText) -> list[Finding]:
    """The findings not in the baseline; each match uses up one entry of ``remaining``."""
    result = []
    for finding in findings:
        k = key(finding, line_text)
        if remaining[k] > 0:
            remaining[k] -= 1
        else:
            result.append(finding)
    return result
