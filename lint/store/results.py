"""A content cache of first-pass results, like ruff's.

Keyed by the file's bytes, its reported path, the active rules with their options and
corpuslint's version, each entry holds the file's findings, problems, inline directives
and corpus-wide summaries — so a re-run reads only changed files yet still judges them
against the whole corpus.  Entries are JSON written atomically; a damaged entry is a miss.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from corpuslint import __version__
from corpuslint.model.findings import Directive, FileResult, Finding, Occurrence, Problem, Severity
from corpuslint.store.jsonfiles import file_digest, read_json, write_json

if TYPE_CHECKING:
    from corpuslint.model.rule import Rule


def rules_fingerprint(rules: list[Rule]) -> str:
    """Changes with corpuslint's version and any rule: options and the data files they name."""
    described = [[r.id, r.kind, str(r.severity), r.message, r.enabled,
                  repr(sorted(r.options.items())), [file_digest(p) for p in r.data_files]]
                 for r in rules]
    return hashlib.sha256(json.dumps([__version__, RESULT_FORMAT, described]).encode()).hexdigest()


RESULT_FORMAT = 3  # the shape of a stored finding: stored results of another shape are not read


def _finding(f: Finding) -> list:
    return [f.line, f.column, f.end_line, f.end_column, f.rule, int(f.severity), f.message,
            f.text, list(f.suggestions), f.start, f.end, f.replacement, list(f.advice)]


def to_json(result: FileResult, summaries: bool = True) -> dict:
    """``result`` as JSON-able data (without its corpus-wide summaries if not needed)."""
    return {
        "findings": [_finding(f) for f in result.findings],
        "problems": [[p.message, p.line, p.severity] for p in result.problems],
        "summaries": result.summaries if summaries else {},
        "directives": [[d.action, list(d.rules), list(d.where)] for d in result.directives],
        "metrics": result.metrics,
        "digest": result.digest,
    }


def from_json(path: str, data: dict) -> FileResult:
    findings = [Finding(path, line, col, end_line, end_col, rule, Severity(sev), msg, text,
                        tuple(sugg), start, end, repl, tuple(advice))
                for line, col, end_line, end_col, rule, sev, msg, text, sugg, start, end, repl, advice
                in data["findings"]]
    problems = [Problem(path, msg, line, sev) for msg, line, sev in data["problems"]]
    directives = [Directive(action, tuple(rules), Occurrence(*where))
                  for action, rules, where in data["directives"]]
    return FileResult(path, findings, problems, data["summaries"], directives, data["metrics"],
                      data["digest"])


class ResultCache:
    def __init__(self, directory: Path | None, rules: list[Rule], measured: bool = False) -> None:
        self.directory = directory / "files" if directory else None
        # results that carry each scope's share are kept apart from those that do not
        self.fingerprint = rules_fingerprint(rules) + ("+scopes" if measured else "")

    def key(self, path: str, data: bytes) -> str:
        digest = hashlib.sha256(self.fingerprint.encode())
        digest.update(path.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _file(self, key: str) -> Path | None:
        return self.directory / key[:2] / f"{key[2:]}.json" if self.directory else None

    def get(self, path: str, key: str) -> FileResult | None:
        data = read_json(self._file(key))
        try:
            return None if data is None else from_json(path, data)
        except (KeyError, TypeError, ValueError):
            return None  # from an older layout: lint the file again

    def put(self, key: str, result: FileResult) -> None:
        if self.directory is not None and not result.failed:
            write_json(self._file(key), to_json(result), self.directory.parent)
