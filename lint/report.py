"""Output formats: compiler-style text and a JSON array."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from corpuslint.findings import Finding

FORMATS = ("text", "json")


def write_text(findings: Sequence[Finding], out: TextIO) -> None:
    """``path:line:col: severity: message [rule]`` — the shape Vim and Emacs parse."""
    out.writelines(f"{f.path}:{f.line}:{f.column}: {f.severity}: {f.message} [{f.rule}]\n" for f in findings)


def write_json(findings: Sequence[Finding], out: TextIO) -> None:
    json.dump([f.to_json() for f in findings], out, ensure_ascii=False, indent=2)
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
