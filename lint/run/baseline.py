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

Key = tuple[str, str, str, str]
LineText = Callable[[Finding], str]


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
    entries = [dict(zip(("rule", "path", "text", "context"), key(f, line_text), strict=True))
               for f in findings]
    data = {"version": 1, "findings": entries}
    write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode())
    return len(entries)


def load(path: Path) -> Counter:
    try:
        data = json.loads(path.read_text("utf-8"))
        return Counter(tuple(e[k] for k in ("rule", "path", "text", "context"))
                       for e in data["findings"])
    except FileNotFoundError:
        raise ConfigError("baseline file not found (write one with --write-baseline)",
                          str(path)) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"not a corpuslint baseline ({exc})", str(path)) from None


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
