"""Output formats.

``text`` (compiler-style lines), ``json`` (an array of findings), ``github`` (GitHub
Actions workflow commands, which annotate the diff), ``sarif`` (SARIF 2.1.0, for code
scanning) and ``junit`` (JUnit XML: one testcase per file checked, one failure per finding).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import quote

from corpuslint import __version__
from corpuslint.model.findings import Finding, Severity
from corpuslint.printable import shown_path, utf8, visible

if TYPE_CHECKING:
    from corpuslint.model.rule import Rule

FORMATS = ("text", "json", "github", "sarif", "junit")


@dataclass
class Report:
    """What a writer needs: the findings, the rules that ran and the files checked.

    ``findings`` may be a stream, consumed once and in order; ``files`` is read only
    after it (a stream fills it in as it goes).
    """

    findings: Iterable[Finding]
    rules: Sequence[Rule] = ()
    files: Sequence[str] = field(default_factory=list)
    color: bool = False  # ANSI colours, for a terminal (text only)


def text_line(f: Finding) -> str:
    """``path:line:col: severity: message [rule]`` — the shape Vim and Emacs parse; names and
    text are printed visibly (see :mod:`corpuslint.printable`)."""
    return f"{shown_path(f.path)}:{f.line}:{f.column}: {f.severity}: {visible(f.message)} [{f.rule}]"


COLOURS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}


def coloured_line(f: Finding) -> str:
    """:func:`text_line` for a terminal: the place in bold, the severity in its colour, the
    rule dim."""
    return (f"\x1b[1m{shown_path(f.path)}:{f.line}:{f.column}:\x1b[0m "
            f"{COLOURS[f.severity]}{f.severity}:\x1b[0m {visible(f.message)} "
            f"\x1b[2m[{f.rule}]\x1b[0m")


def write_text(report: Report, out: TextIO) -> None:
    line = coloured_line if report.color else text_line
    out.writelines(line(f) + "\n" for f in report.findings)


def write_json(report: Report, out: TextIO) -> None:
    """A JSON array of findings, written as they come (the layout of ``indent=2``)."""
    opening = "[\n  "
    for f in report.findings:
        out.write(opening)
        out.write(json.dumps(_utf8(f.to_json()), ensure_ascii=False, indent=2)
                  .replace("\n", "\n  "))
        opening = ",\n  "
    out.write("[]\n" if opening.startswith("[") else "\n]\n")


def _utf8(value: Any) -> Any:
    """``value`` (JSON data) with every string encodable as UTF-8."""
    if isinstance(value, str):
        return utf8(value)
    if isinstance(value, list):
        return [_utf8(item) for item in value]
    if isinstance(value, dict):
        return {key: _utf8(item) for key, item in value.items()}
    return value


GITHUB_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def default_format(environ: Mapping[str, str]) -> str:
    """``github`` inside a GitHub Actions job, else ``text``."""
    return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"


def github_data(value: str) -> str:
    """Escape a workflow command's message: GitHub's percent-encoding of ``%`` and line
    breaks, after every other control character is escaped visibly."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(value)


def github_property(value: object) -> str:
    """Escape a workflow command's property value."""
    return github_data(str(value)).replace(":", "%3A").replace(",", "%2C")


def write_github(report: Report, out: TextIO) -> None:
    """``::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message``."""
    for f in report.findings:
        props = {"file": f.path, "line": f.line, "col": f.column, "endLine": f.end_line,
                 "endColumn": f.end_column, "title": f.rule}
        joined = ",".join(f"{k}={github_property(v)}" for k, v in props.items())
        out.write(f"::{GITHUB_COMMANDS[f.severity]} {joined}::{github_data(f.message)}\n")


SARIF_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(?=\s+[\"“(A-Z]|$)", text)
    return match.group(1) if match else text


def sarif_rule(rule: Rule) -> dict[str, Any]:
    examples = [f"{label}: {text}" for key, label in (("fail", "Flagged"), ("pass", "Not flagged"))
                for text in rule.examples.get(key, [])]
    description = " ".join(rule.description.split())
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": first_sentence(description) or rule.message},
        "fullDescription": {"text": description or rule.message},
        "help": {"text": "\n\n".join([description or rule.message, *examples])},
        "defaultConfiguration": {"level": SARIF_LEVELS[rule.severity]},
        "properties": {"kind": rule.kind},
    }


def sarif_uri(path: str) -> str:
    """A relative URI for a path: its bytes (undecodable ones too) percent-encoded."""
    return quote(path.replace("\\", "/").encode("utf-8", "surrogateescape"), safe="/")


def sarif_result(f: Finding, index: int | None) -> dict[str, Any]:
    uri = sarif_uri(f.path)
    region = {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
              "endColumn": f.end_column, "snippet": {"text": f.text}}
    result: dict[str, Any] = {"ruleId": f.rule}
    if index is not None:
        result["ruleIndex"] = index
    result["level"] = SARIF_LEVELS[f.severity]
    result["message"] = {"text": f.message}
    result["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": uri},
                                                 "region": region}}]
    deleted = {k: region[k] for k in ("startLine", "startColumn", "endLine", "endColumn")}
    texts = [f.replacement] if f.replacement is not None else \
        [matching_case(f.text, s) for s in f.suggestions]
    if texts:  # each a fix a tool may apply: replacements only, never advice
        result["fixes"] = [{"description": {"text": f'Replace with "{text}"'},
                            "artifactChanges": [{
                                "artifactLocation": {"uri": uri},
                                "replacements": [{"deletedRegion": deleted,
                                                  "insertedContent": {"text": text}}]}]}
                           for text in texts]
    return result


def matching_case(flagged: str, replacement: str) -> str:
    """``replacement`` capitalised as ``flagged`` is ("Brutal" -> "Violent")."""
    if flagged[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def write_sarif(report: Report, out: TextIO) -> None:
    """One SARIF 2.1.0 run; columns count code points, as in every other format."""
    findings = list(report.findings)
    rules = [sarif_rule(r) for r in report.rules]
    index = {r.id: i for i, r in enumerate(report.rules)}
    for rule_id in sorted({f.rule for f in findings} - index.keys()):
        index[rule_id] = len(rules)  # reported by the engine itself, not by a pack rule
        rules.append({"id": rule_id, "name": rule_id, "shortDescription": {"text": rule_id}})
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "corpuslint", "version": __version__, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": [sarif_result(f, index.get(f.rule)) for f in findings],
        }],
    }
    json.dump(_utf8(log), out, ensure_ascii=False, indent=2)
    out.write("\n")


XML_ILLEGAL = re.compile("[\ufffe\uffff]")


def xml_text(value: str) -> str:
    """Text XML 1.0 can carry: control characters and undecodable bytes escaped visibly,
    the two non-characters replaced with U+FFFD."""
    return XML_ILLEGAL.sub("\ufffd", visible(value))


def write_junit(report: Report, out: TextIO) -> None:
    """JUnit XML: a testcase per file checked; ``failures`` counts files with findings."""
    found_in: dict[str, list[Finding]] = {}
    for f in report.findings:
        found_in.setdefault(f.path, []).append(f)
    by_path = {path: found_in.pop(path, []) for path in report.files}
    by_path.update(found_in)
    failing = sum(1 for found in by_path.values() if found)
    counts = {"tests": str(len(by_path)), "failures": str(failing), "errors": "0"}
    root = ET.Element("testsuites", counts)
    suite = ET.SubElement(root, "testsuite", {"name": "corpuslint", **counts})
    for path, found in by_path.items():
        case = ET.SubElement(suite, "testcase", classname="corpuslint", name=xml_text(path))
        for f in found:
            where = f"{f.path}:{f.line}:{f.column}: {f.message}"
            failure = ET.SubElement(case, "failure", type=f.rule, message=xml_text(where))
            failure.text = xml_text(text_line(f))
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="utf-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode") + "\n")


WRITERS = {"text": write_text, "json": write_json, "github": write_github,
           "sarif": write_sarif, "junit": write_junit}


def summary(severities: Mapping[Severity, int], with_findings: int, files: int,
            in_baseline: int = 0) -> str:
    """One line for stderr, e.g. ``7 findings (6 warning, 1 info) in 3 of 9 files checked``
    (and ``; 4 more in the baseline`` when a baseline holds some back)."""
    noun = "file" if files == 1 else "files"
    total = sum(severities.values())
    held = f"; {in_baseline} more in the baseline" if in_baseline else ""
    if not total:
        return f"corpuslint: no findings in {files} {noun} checked{held}"
    parts = ", ".join(f"{severities[s]} {s}" for s in sorted(severities, reverse=True)
                      if severities[s])
    return (f"corpuslint: {total} finding{'s' if total != 1 else ''} ({parts}) in "
            f"{with_findings} of {files} {noun} checked{held}")
