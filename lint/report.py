"""Output formats: compiler-style text and a JSON array."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO

from corpuslint.findings import Finding
from corpuslint.packs import Rule

FORMATS = ("text", "json")


@dataclass
class Report:
    """What a writer needs: the findings, the rules that ran and the files checked."""

    findings: Sequence[Finding]
    rules: Sequence[Rule] = ()
    files: Sequence[str] = field(default_factory=list)


def write_text(report: Report, out: TextIO) -> None:
    """``path:line:col: severity: message [rule]`` — the shape Vim and Emacs parse."""
    out.writelines(f"{f.path}:{f.line}:{f.column}: {f.severity}: {f.message} [{f.rule}]\n"
                   for f in report.findings)


def write_json(report: Report, out: TextIO) -> None:
    json.dump([f.to_json() for f in report.findings], out, ensure_ascii=False, indent=2)
    out.write("\n")


WRITERS = {"text": write_text, "json": write_json}


def summary(findings: Sequence[Finding], files: int) -> str:
    """One line for stderr, e.g. ``7 findings (6 warning, 1 info) in 3 files checked``."""
    noun = "file" if files == 1 else "files"
    if not findings:
        return f"corpuslint: no findings in {files} {noun} checked"
    counts = Counter(str(f.severity) for f in findings)
    parts = ", ".join(f"{counts[s]} {s}" for s in ("error", "warning", "info") if counts[s])
    with_findings = len({f.path for f in findings})
    total = len(findings)
    return (f"corpuslint: {total} finding{'s' if total != 1 else ''} ({parts}) in "
            f"{with_findings} of {files} {noun} checked")
